/**
 * Texts in quotes: how far one reaches and what its escapes mean. The lexer, the value converter and
 * the check of escapes all read a string literal through this module, so they never disagree.
 *
 * The escapes of the language: `\"` a quotation mark and `\\` a backslash; a line break is written as
 * a line break. Any other backslash stands for itself and is reported (`invalid-escape`), so that
 * `"C:\Users\neu"` keeps its backslashes (and no `\n` turns into a line break unnoticed), and a NUL
 * byte can never be written as `\0`.
 */

export const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The end (exclusive) of the string literal that starts at `offset`, or -1 if none starts there or
 * it is not closed. A plain loop: no input length can exhaust the stack, unlike a backtracking pattern.
 */
export function stringLiteralEnd(text: string, offset: number): number {
    if (text.charCodeAt(offset) !== QUOTE) {
        return -1;
    }
    for (let i = offset + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            return i + 1;
        }
        if (c === BACKSLASH) {
            i++; // the escaped character, whatever it is, does not end the literal
        }
    }
    return -1;
}

/** A chevrotain custom token pattern for string literals. */
export function matchStringLiteral(text: string, offset: number): RegExpExecArray | null {
    const end = stringLiteralEnd(text, offset);
    if (end < 0) {
        return null;
    }
    const match = [text.substring(offset, end)] as unknown as RegExpExecArray;
    match.index = offset;
    return match;
}

/** A backslash sequence that is not an escape of the language, by its offset within the literal. */
export interface InvalidEscape {
    readonly offset: number;
    readonly sequence: string;
}

/** A character that may not stand in a text as it is (a control character), by its offset. */
export interface ControlCharacter {
    readonly offset: number;
    readonly codePoint: number;
}

/**
 * The value of a literal (with its quotes): escapes resolved, any other backslash kept as written, a
 * control character replaced by U+FFFD (both are reported), so that none reaches an export.
 */
export function stringValue(literal: string): string {
    let value = '';
    let start = 1;
    const end = literal.endsWith('"') && literal.length > 1 ? literal.length - 1 : literal.length;
    for (let i = 1; i < end; i++) {
        if (literal.charCodeAt(i) !== BACKSLASH || i + 1 >= end) {
            continue;
        }
        const escaped = ESCAPES[literal[i + 1]];
        if (escaped !== undefined) {
            value += literal.substring(start, i) + escaped;
            start = i + 2;
        }
        i++;
    }
    return (value + literal.substring(start, end)).replace(CONTROL, '\uFFFD');
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The backslash sequences of a literal (with its quotes) that the language does not define. */
export function invalidEscapes(literal: string): InvalidEscape[] {
    const found: InvalidEscape[] = [];
    for (let i = 1; i < literal.length - 1; i++) {
        if (literal.charCodeAt(i) !== BACKSLASH) {
            continue;
        }
        const next = String.fromCodePoint(literal.codePointAt(i + 1) ?? 0);
        if (ESCAPES[next] === undefined) {
            found.push({ offset: i, sequence: '\\' + next });
        }
        i++;
    }
    return found;
}

/**
 * Control characters written into a literal as they are: all of C0 but tab, line feed and carriage
 * return, DEL and C1. They are invisible, and some (NUL, ESC) break files and terminals downstream.
 */
export function controlCharacters(literal: string): ControlCharacter[] {
    const found: ControlCharacter[] = [];
    for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (isForbiddenControl(c)) {
            found.push({ offset: i, codePoint: c });
        }
    }
    return found;
}

function isForbiddenControl(c: number): boolean {
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/** `U+200B`: how messages name a character that cannot be shown as itself. */
export function codePointName(codePoint: number): string {
    return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
}
