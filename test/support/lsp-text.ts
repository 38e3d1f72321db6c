/** Positions and edits in LSP's terms (lines end at \r\n, \r or \n; characters are UTF-16 code units). */

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

export function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n') {
            starts.push(i + 2);
            i++;
        } else if (text[i] === '\n' || text[i] === '\r') {
            starts.push(i + 1);
        }
    }
    return starts;
}

export function positionAt(text: string, offset: number, starts = lineStarts(text)): Position {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    return { line: low, character: offset - starts[low] };
}

/**
 * The offset of a position; a character past the end of its line is an error here (servers must not send
 * one).
 */
export function offsetAt(text: string, position: Position, starts = lineStarts(text)): number {
    if (position.line < 0 || position.line >= starts.length) {
        throw new Error(`line ${position.line} is outside the text (${starts.length} lines)`);
    }
    const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
    const content = text.slice(starts[position.line], lineEnd).replace(/\r?\n$|\r$/, '').length;
    if (position.character < 0 || position.character > content) {
        throw new Error(
            `character ${position.character} is outside line ${position.line} (${content} characters)`
        );
    }
    return starts[position.line] + position.character;
}

/** Applies LSP text edits (in any order, not overlapping) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
    const starts = lineStarts(text);
    const located = edits
        .map(edit => ({
            start: offsetAt(text, edit.range.start, starts),
            end: offsetAt(text, edit.range.end, starts),
            newText: edit.newText
        }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    for (let i = 1; i < located.length; i++) {
        if (located[i].end > located[i - 1].start) {
            throw new Error(
                `edits overlap: ${JSON.stringify(located[i])} and ${JSON.stringify(located[i - 1])}`
            );
        }
    }
    return located.reduce(
        (result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end),
        text
    );
}
