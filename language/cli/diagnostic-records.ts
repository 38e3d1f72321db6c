import type { Diagnostic } from '../workspace/diagnostic.js';
import type { LoadedWorkspace } from '../workspace/load-workspace.js';
import { checkCodeOf, type Severity } from '../validation/codes.js';
import { diagnosticMessage } from '../validation/diagnostic-message.js';
import type { Locale } from '../i18n/locale.js';
import { UNREADABLE_FILE } from '../workspace/source-files.js';
import type { InputProblem } from '../workspace/input-error.js';

/** One finding, positioned 1-based, with its message in the report's language, as every report prints it. */
export interface DiagnosticRecord {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function diagnosticRecords(workspace: LoadedWorkspace, locale: Locale): DiagnosticRecord[] {
    const records: DiagnosticRecord[] = [];
    for (const document of workspace.documents) {
        const file = workspace.displayPath(document);
        for (const diagnostic of document.diagnostics ?? []) {
            records.push(toRecord(file, diagnostic, locale));
        }
    }
    return records.sort(byPlace);
}

/**
 * Records in the order of their files, lines and columns. Records of the same file are not compared by
 * localeCompare: its first call loads the collation tables, a start-up cost a one-file run need not pay.
 */
export function byPlace(a: DiagnosticRecord, b: DiagnosticRecord): number {
    return (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column;
}

function toRecord(file: string, diagnostic: Diagnostic, locale: Locale): DiagnosticRecord {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        code: checkCodeOf(diagnostic) ?? String(diagnostic.code ?? 'unknown'),
        message: diagnosticMessage(diagnostic, locale)
    };
}

export function countBySeverity(records: readonly DiagnosticRecord[]): { errors: number; warnings: number } {
    return {
        errors: records.filter(r => r.severity === 'error').length,
        warnings: records.filter(r => r.severity === 'warning').length
    };
}

export { UNREADABLE_FILE };

/**
 * A file that cannot be read (or a project file with errors), as a finding of machine-readable
 * reports (at the bad byte or the bad value, if any).
 */
export function unreadableRecord(problem: InputProblem): DiagnosticRecord {
    const line = problem.line ?? 1;
    const column = problem.column ?? 1;
    let message = problem.message;
    if (problem.path !== '' && message.startsWith(`${problem.path}:`)) {
        message = message.slice(problem.path.length + 1).replace(/^\d+:\d+:/, '');
    }
    return {
        file: problem.path,
        line,
        column,
        endLine: line,
        endColumn: column,
        severity: 'error',
        code: problem.code ?? UNREADABLE_FILE,
        message: message.trim()
    };
}
