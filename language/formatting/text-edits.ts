/** Positions and edits in LSP's terms (the shape of an LSP TextEdit), without importing LSP. */
export interface Position {
    line: number;
    character: number;
}
export interface Range {
    start: Position;
    end: Position;
}
export interface TextEdit {
    range: Range;
    newText: string;
}

/**
 * Applies edits (in any order) to a text; `offsetAt` turns a position into an offset of the text.
 * Edits that overlap are refused: no order of applying them would be right.
 */
export function applyTextEdits(
    text: string,
    edits: readonly TextEdit[],
    offsetAt: (position: Position) => number
): string {
    const located = edits
        .map(edit => ({
            start: offsetAt(edit.range.start),
            end: offsetAt(edit.range.end),
            newText: edit.newText
        }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
    let result = '';
    let cursor = 0;
    for (const edit of located) {
        if (edit.start < cursor) {
            throw new Error(`edits overlap at offset ${edit.start}`);
        }
        result += text.slice(cursor, edit.start) + edit.newText;
        cursor = edit.end;
    }
    return result + text.slice(cursor);
}
