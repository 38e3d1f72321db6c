/** Positions and edits in LSP's terms (lines end at \r\n, \r or \n; characters are UTF-16 code units). */

import {
    applyTextEdits as applyEditsWith,
    type Position,
    type TextEdit
} from '../../language/formatting/text-edits.js';

export type { Position, Range, TextEdit } from '../../language/formatting/text-edits.js';

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

/**
 * Applies LSP text edits (in any order, not overlapping) to a text, as the formatter applies its own;
 * a position outside the text is an error here.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
    const starts = lineStarts(text);
    return applyEditsWith(text, edits, position => offsetAt(text, position, starts));
}
