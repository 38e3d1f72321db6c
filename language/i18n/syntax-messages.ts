import type { Locale } from './locale.js';

/**
 * The words of syntax errors found by the parser: what was expected, what was found, the keyword
 * meant. The parser (language/parser/syntax-error-messages.ts) decides which one applies.
 */
export const SYNTAX_WORDS = {
    en: {
        terminals: {
            ID: 'a name',
            STRING: 'a text in quotes',
            INT: 'a number',
            DECIMAL: 'a number',
            DATE: 'a date',
            DECISION_NUMBER: 'a decision number'
        } as Record<string, string>,
        end: 'the end of the file',
        mismatch: (expected: string, actual: string) => `expected ${expected}, found ${actual}`,
        oneOf: (options: string, actual: string) => `expected ${options}, found ${actual}`,
        more: (n: number) => `or ${n} more`,
        or: 'or',
        trailing: (actual: string) => `${actual} after the end of the document`,
        notHere: (actual: string, block: string | undefined) =>
            block
                ? `${actual} does not belong in this block (${block})`
                : `${actual} cannot stand at the top level of a file`,
        didYouMean: (keyword: string) => `did you mean \`${keyword}\`?`,
        expected: (options: string) => `expected ${options}`
    },
    de: {
        terminals: {
            ID: 'ein Name',
            STRING: 'ein Text in Anführungszeichen',
            INT: 'eine Zahl',
            DECIMAL: 'eine Zahl',
            DATE: 'ein Datum',
            DECISION_NUMBER: 'eine Beschlussnummer'
        } as Record<string, string>,
        end: 'das Dateiende',
        mismatch: (expected: string, actual: string) =>
            `erwartet wurde ${expected}, gefunden wurde ${actual}`,
        oneOf: (options: string, actual: string) => `erwartet wurde ${options}, gefunden wurde ${actual}`,
        more: (n: number) => `oder ${n} weitere`,
        or: 'oder',
        trailing: (actual: string) => `${actual} nach dem Ende des Dokuments`,
        notHere: (actual: string, block: string | undefined) =>
            block
                ? `${actual} gehört nicht in diesen Block (${block})`
                : `${actual} kann nicht auf oberster Ebene einer Datei stehen`,
        didYouMean: (keyword: string) => `meinten Sie \`${keyword}\`?`,
        expected: (options: string) => `erwartet wurde ${options}`
    }
} satisfies Record<Locale, unknown>;

/** The words of errors found by the lexer: characters that start no token, a text not closed. */
export const LEXER_WORDS = {
    en: {
        unexpected: (count: number, shown: string) =>
            `unexpected ${count === 1 ? 'character' : `${count} characters`} ${shown}`,
        unclosed: 'a text in quotes is not closed: `"` is missing at its end',
        unpoppable: 'a block cannot end here',
        more: (n: number) =>
            `and ${n} more ${n === 1 ? 'place' : 'places'} with unexpected characters further on (not listed)`
    },
    de: {
        unexpected: (count: number, shown: string) =>
            `unerwartete${count === 1 ? 's Zeichen' : ` ${count} Zeichen`} ${shown}`,
        unclosed: 'ein Text in Anführungszeichen ist nicht geschlossen: an seinem Ende fehlt `"`',
        unpoppable: 'hier kann kein Block enden',
        more: (n: number) =>
            `und ${n} weitere ${n === 1 ? 'Stelle' : 'Stellen'} mit unerwarteten Zeichen weiter hinten (nicht aufgeführt)`
    }
} satisfies Record<Locale, unknown>;
