import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { countBySeverity, diagnosticRecords, type DiagnosticRecord } from './diagnostic-records.js';
import { toSarif } from './sarif-report.js';

export interface ValidateOptions {
    format: 'text' | 'json' | 'sarif';
    lang: Locale;
}

/** `strat validate`: prints every finding and returns the exit code (0 clean, 1 errors). */
export async function runValidate(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: ValidateOptions
): Promise<number> {
    const workspace = await loadWorkspace(services, paths, process.cwd(), options.lang);
    const records = diagnosticRecords(workspace, options.lang);
    const { errors, warnings } = countBySeverity(records);
    const files = workspace.documents.length;
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
    return errors > 0 ? 1 : 0;
}

const COLOURS = { error: pc.red, warning: pc.yellow, info: pc.blue, hint: pc.dim };

function formatText(
    record: DiagnosticRecord,
    severityWords: Record<DiagnosticRecord['severity'], string>
): string {
    const where = pc.bold(`${record.file}:${record.line}:${record.column}`);
    return `${where} ${COLOURS[record.severity](severityWords[record.severity])} ${pc.dim(record.code)} ${oneLine(record.message)}`;
}

/** Keeps each finding on one line (some parser messages list alternatives line by line). */
function oneLine(message: string): string {
    return message.replace(/\s*(\r\n|\r|\n)\s*/g, ' ').trim();
}
