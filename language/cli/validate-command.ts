import { PROJECT_FILE_CODE } from '../project/project-config.js';
import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { PROJECT_MESSAGES } from '../i18n/project-messages.js';
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js';
import { InputError, type InputProblem } from '../workspace/input-error.js';
import {
    byPlace,
    countBySeverity,
    diagnosticRecords,
    unreadableRecord,
    type DiagnosticRecord
} from './diagnostic-records.js';
import { toSarif } from './sarif-report.js';
import { fingerprints } from './reports/fingerprints.js';
import { githubAnnotations } from './reports/github-report.js';
import { gitlabCodeQuality } from './reports/gitlab-report.js';
import type { ValidateFormat } from './reports/formats.js';
import { terminalText } from './terminal-text.js';

export interface ValidateOptions {
    format: ValidateFormat;
    lang: Locale;
    /** More warnings than this fail the run; undefined or -1: no limit. */
    maxWarnings?: number;
}

/**
 * `strat validate`: prints every finding and returns the exit code (0 clean, 1 errors or more
 * warnings than `maxWarnings`, 2 a path or file that cannot be read, or a project file with errors).
 * The files that can be read are checked also when others cannot, and each unreadable file or project
 * file error is a finding of the report (`unreadable-file`, `project-file`), in every format: a report
 * for machines is always one complete document. The unreadable files are named on standard error, too.
 */
export async function runValidate(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: ValidateOptions
): Promise<number> {
    let workspace: LoadedWorkspace | undefined;
    let problems: readonly InputProblem[];
    try {
        workspace = await loadWorkspace(services, paths, process.cwd(), options.lang, {
            keepUnreadable: true
        });
        problems = workspace.unreadable;
    } catch (error) {
        if (!(error instanceof InputError)) {
            throw error;
        }
        problems = error.problems;
    }
    // A problem that no file can hold (paths in different projects) is no finding; in text, a broken
    // project file is named on standard error and nothing is checked under settings it does not give.
    const brokenProject = problems.some(p => p.code === PROJECT_FILE_CODE);
    if (problems.some(p => p.path === '') || (options.format === 'text' && brokenProject)) {
        throw new InputError(problems.map(p => p.message).join('\n'), [], problems);
    }
    const words = PROJECT_MESSAGES[options.lang];
    for (const file of workspace?.leftOut ?? []) {
        process.stderr.write(`strat: ${terminalText(words.outsideProject(file, projectName(workspace!)))}\n`);
    }
    const records = [
        ...problems.map(unreadableRecord),
        ...(workspace ? diagnosticRecords(workspace, options.lang) : [])
    ].sort(byPlace);
    const { errors, warnings } = countBySeverity(records);
    const files = (workspace?.documents.length ?? 0) + problems.length;
    const summary = CLI_MESSAGES[options.lang].summary(files, errors, warnings);
    const hashes = () => fingerprints(records, workspace ? textsOf(workspace) : () => undefined);
    switch (options.format) {
        case 'json':
            writeJson({ version: 1, files, errors, warnings, diagnostics: records });
            break;
        case 'sarif':
            writeJson(toSarif(records, services.Strat.i18n.Messages, options.lang, process.cwd(), hashes()));
            break;
        case 'gitlab':
            writeJson(gitlabCodeQuality(records, hashes()));
            break;
        case 'github':
            for (const line of githubAnnotations(records)) {
                process.stdout.write(line + '\n');
            }
            process.stdout.write(summary + '\n');
            break;
        default:
            for (const record of records) {
                process.stdout.write(formatText(record, CLI_MESSAGES[options.lang].severity) + '\n');
            }
            process.stdout.write(
                (errors > 0 ? pc.red(summary) : warnings > 0 ? pc.yellow(summary) : pc.green(summary)) + '\n'
            );
    }
    if (problems.length > 0) {
        // named on standard error too, as by every other command
        throw new InputError(problems.map(p => p.message).join('\n'), [], problems);
    }
    if (errors > 0) {
        return 1;
    }
    const limit = options.maxWarnings ?? -1;
    if (limit >= 0 && warnings > limit) {
        process.stderr.write(`strat: ${words.tooManyWarnings(warnings, limit)}\n`);
        return 1;
    }
    return 0;
}

function writeJson(value: unknown): void {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

function projectName(workspace: LoadedWorkspace): string {
    const project = workspace.project;
    return project ? workspace.displayPathOf(project.file) : '';
}

function textsOf(workspace: LoadedWorkspace): (file: string) => string | undefined {
    const texts = new Map(workspace.documents.map(d => [workspace.displayPath(d), d.textDocument.getText()]));
    return file => texts.get(file);
}

const COLOURS = { error: pc.red, warning: pc.yellow, info: pc.blue, hint: pc.dim };

function formatText(
    record: DiagnosticRecord,
    severityWords: Record<DiagnosticRecord['severity'], string>
): string {
    const where = pc.bold(terminalText(`${record.file}:${record.line}:${record.column}`));
    return `${where} ${COLOURS[record.severity](severityWords[record.severity])} ${pc.dim(record.code)} ${terminalText(record.message.trim())}`;
}
