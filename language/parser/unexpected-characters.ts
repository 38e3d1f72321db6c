import type { CustomPatternMatcherFunc, Lexer, TokenPattern, TokenType } from 'chevrotain';

/** The lexer group of the runs of characters that start no token: they become errors, not tokens. */
export const UNEXPECTED_GROUP = 'unexpected';

/** The part of chevrotain's lexer that says which patterns may match at a character. */
interface CandidateTable {
    charCodeToPatternIdxToConfig?: Record<string, Array<Array<{ tokenType: TokenType }> | undefined>>;
    canModeBeOptimized?: Record<string, boolean>;
}

/** Chevrotain's index of a character's candidates: its own below 256, else one per block of 255. */
function candidateIndex(charCode: number): number {
    return charCode < 256 ? charCode : 255 + Math.floor(charCode / 255);
}

/**
 * One character for each entry of chevrotain's candidate table, which is all chevrotain reads of a
 * token's start characters: the table then lists this token for every character, as a hint of all
 * 65,536 characters would, without building and indexing 65,536 strings at every start.
 */
const EVERY_CANDIDATE_INDEX: string[] = [];
for (let code = 0; code < 0x10000; code++) {
    if (code < 256 || candidateIndex(code) !== candidateIndex(code - 1)) {
        EVERY_CANDIDATE_INDEX.push(String.fromCharCode(code));
    }
}

/**
 * The last token of the lexer: a run of characters at which no other token can start, read as one
 * token of the group `unexpected` (which the lexer reports as one error). Chevrotain's own recovery
 * tries every pattern at every following character until one matches, which takes a minute for a
 * file of millions of such characters; here the characters that no pattern can start with are
 * skipped by a look-up in chevrotain's own table of which patterns may start at which character, and
 * only at the others are those patterns tried. The run ends where chevrotain's lexer would find a
 * token, so that the errors and tokens are the same as with chevrotain's recovery, only faster.
 */
export class UnexpectedCharacters {
    readonly tokenType: TokenType;
    private table: Array<Array<{ tokenType: TokenType }> | undefined> | undefined;
    private tokens: readonly TokenType[] = [];
    private readonly sticky = new Map<RegExp, RegExp>();

    constructor() {
        const exec: CustomPatternMatcherFunc = (text, offset) => this.match(text, offset);
        this.tokenType = {
            name: 'UNEXPECTED_CHARACTERS',
            PATTERN: { exec },
            GROUP: UNEXPECTED_GROUP,
            LINE_BREAKS: false,
            // tried last, and only where no other token matched (chevrotain tries tokens in order)
            START_CHARS_HINT: EVERY_CANDIDATE_INDEX
        };
    }

    /** Called once the lexer holding this token is built: its tokens and candidate table. */
    attach(lexer: Lexer, tokens: readonly TokenType[]): void {
        const table = lexer as unknown as CandidateTable;
        const mode = 'defaultMode';
        this.table = table.canModeBeOptimized?.[mode]
            ? table.charCodeToPatternIdxToConfig?.[mode]
            : undefined;
        this.tokens = tokens.filter(t => t !== this.tokenType);
    }

    /** The run that starts at `offset`, where no other token matched. */
    private match(text: string, offset: number): RegExpExecArray | null {
        let end = offset + 1;
        while (end < text.length && !this.canStartAt(text, end)) {
            end++;
        }
        const match = [text.substring(offset, end)] as unknown as RegExpExecArray;
        match.index = offset;
        return match;
    }

    private canStartAt(text: string, offset: number): boolean {
        const candidates = this.table
            ? (this.table[candidateIndex(text.charCodeAt(offset))] ?? []).map(config => config.tokenType)
            : this.tokens;
        return candidates.some(
            token => token !== this.tokenType && this.matchesAt(token.PATTERN, text, offset)
        );
    }

    private matchesAt(pattern: TokenPattern | undefined, text: string, offset: number): boolean {
        if (typeof pattern === 'string') {
            return text.startsWith(pattern, offset);
        }
        if (pattern instanceof RegExp) {
            let sticky = this.sticky.get(pattern);
            if (!sticky) {
                sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
                this.sticky.set(pattern, sticky);
            }
            sticky.lastIndex = offset;
            return sticky.test(text);
        }
        if (typeof pattern === 'function') {
            return pattern(text, offset, [], {}) !== null;
        }
        return pattern !== undefined && pattern.exec(text, offset, [], {}) !== null;
    }
}
