import { createHash } from 'node:crypto';
import type { DiagnosticRecord } from '../diagnostic-records.js';

/**
 * A fingerprint per finding that stays the same across runs and when the finding's lines move:
 * it hashes the file, the check code and the text the finding marks (or, for an empty range, the
 * text of its line), numbered when one file has several such findings. Not the message, which
 * depends on the language, nor the position.
 */
export function fingerprints(
    records: readonly DiagnosticRecord[],
    textOf: (file: string) => string | undefined
): string[] {
    const lines = new Map<string, string[]>();
    const seen = new Map<string, number>();
    return records.map(record => {
        let fileLines = lines.get(record.file);
        if (!fileLines) {
            fileLines = (textOf(record.file) ?? '').split(/\r\n|\r|\n/);
            lines.set(record.file, fileLines);
        }
        const marked = normalise(markedText(fileLines, record) || (fileLines[record.line - 1] ?? ''));
        const key = `${record.file}\0${record.code}\0${marked}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
    });
}

function markedText(lines: readonly string[], record: DiagnosticRecord): string {
    const first = record.line - 1;
    const last = record.endLine - 1;
    if (first === last) {
        return (lines[first] ?? '').slice(record.column - 1, record.endColumn - 1);
    }
    const parts = [(lines[first] ?? '').slice(record.column - 1)];
    for (let line = first + 1; line < last; line++) {
        parts.push(lines[line] ?? '');
    }
    parts.push((lines[last] ?? '').slice(0, record.endColumn - 1));
    return parts.join('\n');
}

/** Indentation and line ends do not change what a finding is about (the formatter moves them). */
function normalise(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
