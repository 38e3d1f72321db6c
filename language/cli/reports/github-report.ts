import type { DiagnosticRecord } from '../diagnostic-records.js';
import { terminalLines, terminalText } from '../terminal-text.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one per finding (`::error file=…,line=…::message`): GitHub shows
 * them as annotations on the lines of the pull request.
 */
export function githubAnnotations(records: readonly DiagnosticRecord[]): string[] {
    return records.map(record => {
        const properties = [
            ['file', terminalText(record.file)],
            ['line', String(record.line)],
            ['col', String(record.column)],
            ['endLine', String(record.endLine)],
            ['endColumn', String(record.endColumn)],
            ['title', record.code]
        ]
            .map(([name, value]) => `${name}=${escapeProperty(value)}`)
            .join(',');
        // the job log is a terminal: control characters from the files are shown escaped
        return `::${COMMANDS[record.severity]} ${properties}::${escapeData(terminalLines(record.message))}`;
    });
}

/** The escaping of a command's message (as @actions/core does it). */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping of a command's property values, which also may not hold `:` or `,`. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
