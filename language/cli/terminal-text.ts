/**
 * Text from files (titles, messages that quote them, file names) made safe to print on a terminal:
 * control characters cannot move the cursor, retitle the window, ring the bell or start a line that
 * looks like another finding, and bidirectional controls cannot reorder what is shown. Each one is
 * shown escaped instead (`\n`, `\t`, `\r`, `\e`, `\u{202E}` …), so that the reader sees it is there.
 */

// C0 controls, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function escaped(character: string): string {
    return (
        NAMED[character] ?? `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`
    );
}

/** `text` with every control character escaped: one line, printed as it is in the file. */
export function terminalText(text: string): string {
    return text.replace(UNSAFE, escaped);
}

/** Text that may span lines (help, usage errors): its line breaks are kept, everything else escaped. */
export function terminalLines(text: string): string {
    return text
        .split('\n')
        .map(line => terminalText(line))
        .join('\n');
}
