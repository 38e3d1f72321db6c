import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js';
import { InputError, type InputProblem } from '../workspace/source-files.js';
import {
    countBySeverity,
    diagnosticRecords,
    unreadableRecord,
    type DiagnosticRecord
} from './diagnostic-records.js';
import { toSarif } from './sarif-report.js';
import { terminalText } from './terminal-text.js';

export interface ValidateOptions {
    format: 'text' | 'json' | 'sarif';
    lang: Locale;
}

/**
 * `strat validate`: prints every finding and returns the exit code (0 clean, 1 errors, 2 a path or
 * file that cannot be read). The files that can be read are checked also when others cannot, and each
 * unreadable one is a finding of the report (`unreadable-file`), in every format: a JSON or SARIF
 * report is always one complete document. The unreadable files are named on standard error, too.
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
    const records = [
        ...problems.map(unreadableRecord),
        ...(workspace ? diagnosticRecords(workspace, options.lang) : [])
    ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const { errors, warnings } = countBySeverity(records);
    const files = (workspace?.documents.length ?? 0) + problems.length;
    if (options.format === 'json') {
        process.stdout.write(
            JSON.stringify({ version: 1, files, errors, warnings, diagnostics: records }, null, 2) + '\n'
        );
    } else if (options.format === 'sarif') {
        process.stdout.write(
            JSON.stringify(
                toSarif(records, services.Strat.i18n.Messages, options.lang, process.cwd()),
                null,
                2
            ) + '\n'
        );
    } else {
        const words = CLI_MESSAGES[options.lang];
        for (const record of records) {
            process.stdout.write(formatText(record, words.severity) + '\n');
        }
        const summary = words.summary(files, errors, warnings);
        process.stdout.write(
            (errors > 0 ? pc.red(summary) : warnings > 0 ? pc.yellow(summary) : pc.green(summary)) + '\n'
        );
    }
    if (problems.length > 0) {
        // named on standard error too, as by every other command
        throw new InputError(problems.map(p => p.message).join('\n'), [], problems);
    }
    return errors > 0 ? 1 : 0;
}

const COLOURS = { error: pc.red, warning: pc.yellow, info: pc.blue, hint: pc.dim };

function formatText(
    record: DiagnosticRecord,
    severityWords: Record<DiagnosticRecord['severity'], string>
): string {
    const where = pc.bold(terminalText(`${record.file}:${record.line}:${record.column}`));
    return `${where} ${COLOURS[record.severity](severityWords[record.severity])} ${pc.dim(record.code)} ${terminalText(record.message.trim())}`;
}
