import type { ILexerErrorMessageProvider, ILexingError, IToken } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult } from 'langium';
import { inBothLanguages } from './syntax-error-messages.js';
import { LEXER_WORDS } from '../i18n/syntax-messages.js';
import type { StratTokenBuilder } from './strat-token-builder.js';
import { UNEXPECTED_GROUP } from './unexpected-characters.js';

/** Lexer errors listed per file; the rest are summed up in one last error. */
export const MAX_LEXER_ERRORS = 100;

/**
 * The lexer: each run of characters that start no token is one error (read as one token of the group
 * `unexpected`, see UnexpectedCharacters), and a file with very many such runs gives at most
 * MAX_LEXER_ERRORS errors and one that says how many more there are.
 */
export class StratLexer extends DefaultLexer {
    private readonly messages: ILexerErrorMessageProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.messages = services.parser.LexerErrorMessageProvider;
        (services.parser.TokenBuilder as StratTokenBuilder).unexpected.attach(
            this.chevrotainLexer,
            Object.values(this.definition)
        );
    }

    override tokenize(text: string): LexerResult {
        const result = this.chevrotainLexer.tokenize(text);
        const runs = (result.groups[UNEXPECTED_GROUP] ?? []) as IToken[];
        return {
            tokens: result.tokens,
            hidden: result.groups.hidden ?? [],
            errors: this.errors(text, result.errors, runs),
            report: this.tokenBuilder.flushLexingReport?.(text)
        };
    }

    /** The lexer's own errors and one per run of unexpected characters, in the order of the text. */
    private errors(text: string, own: ILexingError[], runs: IToken[]): ILexingError[] {
        if (runs.length === 0 && own.length <= MAX_LEXER_ERRORS) {
            return own;
        }
        const all: ReadonlyArray<ILexingError | IToken> =
            own.length === 0 ? runs : [...own, ...runs].sort((a, b) => offsetOf(a) - offsetOf(b));
        const listed = all.slice(0, MAX_LEXER_ERRORS).map(e => ('image' in e ? this.runError(text, e) : e));
        if (all.length > MAX_LEXER_ERRORS) {
            const first = all[MAX_LEXER_ERRORS];
            const more = all.length - MAX_LEXER_ERRORS;
            const error = 'image' in first ? this.runError(text, first) : first;
            listed.push({
                ...error,
                message: inBothLanguages({ en: LEXER_WORDS.en.more(more), de: LEXER_WORDS.de.more(more) })
            });
        }
        return listed;
    }

    private runError(text: string, run: IToken): ILexingError {
        const line = run.startLine ?? 1;
        const column = run.startColumn ?? 1;
        return {
            offset: run.startOffset,
            line,
            column,
            length: run.image.length,
            message: this.messages.buildUnexpectedCharactersMessage(
                text,
                run.startOffset,
                run.image.length,
                line,
                column
            )
        };
    }
}

function offsetOf(item: ILexingError | IToken): number {
    return 'image' in item ? item.startOffset : item.offset;
}
