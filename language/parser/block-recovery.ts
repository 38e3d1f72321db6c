import { EOF, MismatchedTokenException, tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { AstUtils, GrammarAST, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { StratSyntaxErrorMessages } from './syntax-error-messages.js';

/**
 * Error recovery that knows blocks. When an entry of a block cannot be read (`levl society` in a goal,
 * `gol g "G" { … }` in a strategy), the parser skips to the next entry of the same block, or to its
 * end, skipping a whole `{ … }` block that belongs to the broken entry. Chevrotain's own recovery
 * skips to the first token that could continue the block, even inside the broken entry's braces,
 * and one typo then gives a cascade of errors.
 */
export function installBlockRecovery(parser: LangiumParser, services: LangiumCoreServices): void {
    const definition = services.parser.Lexer.definition;
    const messages = services.parser.ParserErrorMessageProvider as StratSyntaxErrorMessages;
    const keywords = AstUtils.streamAllContents(services.Grammar)
        .filter(GrammarAST.isKeyword)
        .map(keyword => definition[keyword.value])
        .filter((type): type is TokenType => type !== undefined && /^[a-z]/i.test(type.name))
        .toSet();
    // Where an entry, a block may also say where it comes from and mark it an interpretation: such notes
    // are listed after the entries a typo more likely meant.
    const notes = new Set(['from', 'interpretation']);
    const entryStarts = [...keywords].sort((a, b) => Number(notes.has(a.name)) - Number(notes.has(b.name)));
    const recovery = new BlockRecovery(
        definition['{'],
        definition['}'],
        [...entryStarts, definition.ID],
        messages
    );
    recovery.install((parser as unknown as { wrapper: RecoveringParser }).wrapper);
}

/** The parts of chevrotain's recognizer that its repetition recovery works with. */
interface RecoveringParser {
    tokVector: IToken[];
    currIdx: number;
    LA(howMuch: number): IToken;
    SKIP_TOKEN(): IToken;
    exportLexerState(): number;
    importLexerState(state: number): void;
    findReSyncTokenType(): TokenType;
    getCurrRuleFullName(): string;
    SAVE_ERROR(error: Error): void;
    tryInRepetitionRecovery(
        repetition: (...args: unknown[]) => void,
        args: unknown[],
        lookahead: () => boolean,
        expected: TokenType
    ): void;
}

/**
 * Re-entering the block after each broken entry nests one level deeper on the stack; beyond this
 * many in one text, the rest of a block is skipped instead, so that no text can exhaust the stack.
 */
const MAX_REENTRIES = 200;

class BlockRecovery {
    private reentries = 0;
    private input: IToken[] | undefined;

    constructor(
        private readonly open: TokenType,
        private readonly close: TokenType,
        private readonly entryStarts: TokenType[],
        private readonly messages: StratSyntaxErrorMessages
    ) {}

    install(parser: RecoveringParser): void {
        parser.tryInRepetitionRecovery = (repetition, args, lookahead, expected) =>
            this.recover(parser, repetition, args, lookahead, expected);
    }

    private recover(
        parser: RecoveringParser,
        repetition: (...args: unknown[]) => void,
        args: unknown[],
        lookahead: () => boolean,
        expected: TokenType
    ): void {
        if (this.input !== parser.tokVector) {
            this.input = parser.tokVector;
            this.reentries = 0;
        }
        const unexpected = parser.LA(1);
        const starts = this.entryStartsHere(parser, lookahead);
        if (starts.length === 0) {
            return; // not a loop over entries (a list after a comma, say): the enclosing block recovers
        }
        const resync = parser.findReSyncTokenType();
        const saved = parser.exportLexerState();
        const mayReenter = this.reentries < MAX_REENTRIES;
        let depth = 0;
        for (let token = unexpected; ; token = parser.SKIP_TOKEN()) {
            const atEnd = tokenMatcher(token, EOF);
            if (depth === 0 || (atEnd && expected === EOF)) {
                const blockEnds = tokenMatcher(token, expected);
                // A word later on the unexpected word's line belongs to the broken entry (`txt "…" source s`,
                // `rpeals 2023/44 items 2`), even where it could start an entry: resume on a later line.
                const laterLine = (token.startLine ?? 0) > (unexpected.startLine ?? 0);
                if (blockEnds || (mayReenter && laterLine && lookahead.call(parser))) {
                    parser.SAVE_ERROR(this.error(parser, unexpected, starts, expected));
                    if (!blockEnds) {
                        this.reentries++;
                        repetition.apply(parser, args);
                    }
                    return;
                }
                // where the enclosing rule could go on (a top-level `source`), unless on the broken line
                if (mayReenter && laterLine && tokenMatcher(token, resync)) {
                    break;
                }
            }
            if (atEnd) {
                break;
            }
            if (tokenMatcher(token, this.open)) {
                depth++;
            } else if (tokenMatcher(token, this.close)) {
                depth = Math.max(0, depth - 1);
            }
        }
        // nothing in reach continues this block: leave the error to the rule that expected the end
        parser.importLexerState(saved);
    }

    /** The tokens that could start an entry where `unexpected` stands, found by asking the lookahead. */
    private entryStartsHere(parser: RecoveringParser, lookahead: () => boolean): TokenType[] {
        const index = parser.currIdx + 1;
        const original = parser.tokVector[index];
        if (!original) {
            return [];
        }
        try {
            return this.entryStarts.filter(type => {
                parser.tokVector[index] = { ...original, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! };
                return lookahead.call(parser);
            });
        } finally {
            parser.tokVector[index] = original;
        }
    }

    private error(
        parser: RecoveringParser,
        unexpected: IToken,
        starts: TokenType[],
        expected: TokenType
    ): SyntaxErrorWithSuggestion {
        const message = this.messages.buildUnexpectedEntryMessage({
            actual: unexpected,
            ruleName: parser.getCurrRuleFullName().replace(/\u200b$/, ''), // Langium marks its rule names
            expected: [...starts, expected]
        });
        const previous = parser.LA(0);
        const error: SyntaxErrorWithSuggestion = new MismatchedTokenException(message, unexpected, previous);
        error.suggestion = this.messages.suggestEntry(unexpected, starts);
        return error;
    }
}

/** A syntax error whose message suggests a keyword for the unexpected word (for a quick fix). */
export type SyntaxErrorWithSuggestion = MismatchedTokenException & { suggestion?: string };
