import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { GrammarAST } from 'langium';
import { closeName } from '../i18n/nearest-name.js';
import { nameKeywords } from './name-keywords.js';
import { SYNTAX_WORDS } from '../i18n/syntax-messages.js';
import { TERMS } from '../i18n/terms.js';
import type { Locale } from '../i18n/locale.js';

const MAX_LISTED = 8;

type Words = (typeof SYNTAX_WORDS)['en'];

/**
 * The parser keeps one text per error: the detail in both languages, so that the finding can be put
 * into words in either (see `syntaxErrorDetail`).
 */
const BOTH = 'strat-syntax:';

/** A syntax error's detail in both languages, as the lexer and the parser hand it on. */
export function inBothLanguages(detail: Record<Locale, string>): string {
    return BOTH + JSON.stringify(detail);
}

/** The detail of a syntax error in both languages, or as the parser gave it (a lexer's message). */
export function syntaxErrorDetail(text: string): Record<Locale, string> | string {
    if (!text.startsWith(BOTH)) {
        return text;
    }
    return JSON.parse(text.slice(BOTH.length)) as Record<Locale, string>;
}

/** Short syntax error messages in German and English: what was expected, what was found. */
export class StratSyntaxErrorMessages implements IParserErrorMessageProvider {
    /** Keywords that may also stand as a name: listed as "a name" when a name is expected anyway. */
    private readonly nameKeywords: Set<string>;

    constructor(grammar: GrammarAST.Grammar) {
        this.nameKeywords = nameKeywords(grammar);
    }

    private both(detail: (words: Words, locale: Locale) => string): string {
        return inBothLanguages({ en: detail(SYNTAX_WORDS.en, 'en'), de: detail(SYNTAX_WORDS.de, 'de') });
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        return this.both(w => w.mismatch(this.label(w, options.expected), this.found(w, options.actual)));
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return this.both(w => w.trailing(this.found(w, options.firstRedundant)));
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const firsts = options.expectedPathsPerAlt
            .flatMap(alt => alt.map(path => path[0]))
            .filter((t): t is TokenType => !!t);
        return this.both(w => w.oneOf(this.list(w, firsts), this.found(w, options.actual[0])));
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter((t): t is TokenType => !!t);
        return this.both(w => w.oneOf(this.list(w, firsts), this.found(w, options.actual[0])));
    }

    /**
     * An entry that a block cannot hold (`levl society` in a goal): the nearest keyword that could stand
     * there if one is close, else what could.
     */
    buildUnexpectedEntryMessage(options: {
        actual: IToken;
        ruleName: string;
        expected: TokenType[];
    }): string {
        const suggestion = this.suggestEntry(options.actual, options.expected);
        return this.both((w, locale) => {
            const block = options.ruleName === 'Model' ? undefined : TERMS[locale][options.ruleName];
            const advice = suggestion ? w.didYouMean(suggestion) : w.expected(this.list(w, options.expected));
            return `${w.notHere(this.found(w, options.actual), block)}: ${advice}`;
        });
    }

    /** The keyword among `expected` that the word `actual` is most likely a typo of, if one is close. */
    suggestEntry(actual: IToken, expected: TokenType[]): string | undefined {
        const keywords = expected.map(keywordOf).filter(word => /^[a-z]/i.test(word) && word !== 'ID');
        return /^[\p{L}_-]+$/u.test(actual.image) ? closeName(actual.image, keywords) : undefined;
    }

    private list(words: Words, tokens: TokenType[]): string {
        const nameExpected = tokens.some(t => t.name === 'ID');
        const shown = nameExpected ? tokens.filter(t => !this.nameKeywords.has(keywordOf(t))) : tokens;
        const labels = [...new Set(shown.map(t => this.label(words, t)))];
        if (labels.length <= 1) {
            return labels[0] ?? words.end;
        }
        const listed = labels.slice(0, MAX_LISTED);
        const rest = labels.length - listed.length;
        return rest > 0
            ? `${listed.join(', ')} ${words.more(rest)}`
            : `${listed.slice(0, -1).join(', ')} ${words.or} ${listed[listed.length - 1]}`;
    }

    private label(words: Words, token: TokenType): string {
        const name = keywordOf(token);
        if (name === 'EOF') {
            return words.end;
        }
        return words.terminals[name] ?? `\`${name}\``;
    }

    private found(words: Words, token: IToken | undefined): string {
        return !token || token.tokenType?.name === 'EOF' || token.image === ''
            ? words.end
            : `\`${token.image.length > 40 ? token.image.slice(0, 39) + '…' : token.image}\``;
    }
}

function keywordOf(token: TokenType): string {
    return token.name.endsWith(':KW') ? token.name.slice(0, -3) : token.name;
}
