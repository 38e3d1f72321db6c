import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';
import { LEXER_WORDS } from '../i18n/syntax-messages.js';
import { codePointName } from './string-literal.js';
import { inBothLanguages } from './syntax-error-messages.js';

const MAX_SHOWN = 5;

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
            return inBothLanguages({ en: LEXER_WORDS.en.unclosed, de: LEXER_WORDS.de.unclosed });
        }
        const characters = [...text.slice(0, 4 * MAX_SHOWN)];
        let count = 0;
        for (const _ of text) {
            count++;
        }
        const shown = characters.slice(0, MAX_SHOWN).map(describeCharacter).join(' ');
        const listed = count > MAX_SHOWN ? `${shown} …` : shown;
        return inBothLanguages({
            en: LEXER_WORDS.en.unexpected(count, listed),
            de: LEXER_WORDS.de.unexpected(count, listed)
        });
    }

    buildUnableToPopLexerModeMessage(_token: IToken): string {
        return inBothLanguages({ en: LEXER_WORDS.en.unpoppable, de: LEXER_WORDS.de.unpoppable });
    }
}

/** `§` as `` `§` ``; a character that shows as nothing or as blank space by its code point. */
export function describeCharacter(character: string): string {
    const codePoint = character.codePointAt(0)!;
    return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) && !/\p{Cf}/u.test(character)
        ? `\`${character}\` (${codePointName(codePoint)})`
        : codePointName(codePoint);
}
