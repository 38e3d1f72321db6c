import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';
import type { Locale } from '../i18n/locale.js';
import { codePointName } from './string-literal.js';
import { inBothLanguages } from './syntax-error-messages.js';

const MAX_SHOWN = 5;

const WORDS = {
    en: {
        unexpected: (count: number, shown: string) =>
            `unexpected ${count === 1 ? 'character' : `${count} characters`} ${shown}`,
        unclosed: 'a text in quotes is not closed: `"` is missing at its end',
        unpoppable: 'a block cannot end here'
    },
    de: {
        unexpected: (count: number, shown: string) =>
            `unerwartete${count === 1 ? 's Zeichen' : ` ${count} Zeichen`} ${shown}`,
        unclosed: 'ein Text in Anführungszeichen ist nicht geschlossen: an seinem Ende fehlt `"`',
        unpoppable: 'hier kann kein Block enden'
    }
} satisfies Record<Locale, unknown>;

/**
 * Messages of the lexer in the current language. The finding is located by its range, so the message
 * says no offset; a character that cannot be seen (U+200B, a control character) is named by its code
 * point instead of being shown as itself.
 */
export class StratLexerErrorMessages implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(
        fullText: string,
        startOffset: number,
        length: number,
        _line?: number,
        _column?: number
    ): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return inBothLanguages({ en: WORDS.en.unclosed, de: WORDS.de.unclosed });
        }
        const characters = [...text.slice(0, 4 * MAX_SHOWN)];
        let count = 0;
        for (const _ of text) {
            count++;
        }
        const shown = characters.slice(0, MAX_SHOWN).map(describeCharacter).join(' ');
        const listed = count > MAX_SHOWN ? `${shown} …` : shown;
        return inBothLanguages({
            en: WORDS.en.unexpected(count, listed),
            de: WORDS.de.unexpected(count, listed)
        });
    }

    buildUnableToPopLexerModeMessage(_token: IToken): string {
        return inBothLanguages({ en: WORDS.en.unpoppable, de: WORDS.de.unpoppable });
    }
}

/** `§` as `` `§` ``; a character that shows as nothing or as blank space by its code point. */
export function describeCharacter(character: string): string {
    const codePoint = character.codePointAt(0)!;
    return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) && !/\p{Cf}/u.test(character)
        ? `\`${character}\` (${codePointName(codePoint)})`
        : codePointName(codePoint);
}
