import { DefaultTokenBuilder, GrammarAST, RegExpUtils, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { matchStringLiteral } from './string-literal.js';
import { UnexpectedCharacters } from './unexpected-characters.js';

/**
 * Tokens of the grammar, with string literals read by a loop instead of the grammar's pattern: a
 * backtracking pattern overflows the stack on a text of a few million characters. The last token
 * reads a run of characters that start no token (see UnexpectedCharacters).
 */
export class StratTokenBuilder extends DefaultTokenBuilder {
    readonly unexpected = new UnexpectedCharacters();
    /** The partial pattern of each terminal, built once instead of once per keyword. */
    private readonly partialPatterns = new Map<TokenType, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options);
        return Array.isArray(tokens) ? [...(tokens as TokenType[]), this.unexpected.tokenType] : tokens;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        if (terminal.name !== 'STRING') {
            return super.buildTerminalToken(terminal);
        }
        return {
            name: terminal.name,
            PATTERN: matchStringLiteral,
            LINE_BREAKS: true,
            START_CHARS_HINT: ['"']
        };
    }

    /**
     * The terminals a keyword is also the start of (an identifier that begins with it, say), as
     * Langium finds them, with each terminal's partial pattern built once: built per keyword and
     * terminal they were a large part of every start-up.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const pattern = token?.PATTERN;
            if (!(pattern instanceof RegExp) || !pattern.source) {
                return false;
            }
            let partial = this.partialPatterns.get(token);
            if (!partial) {
                partial = RegExpUtils.partialRegExp(`^${pattern.source}$`);
                this.partialPatterns.set(token, partial);
            }
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }
}
