import { DefaultTokenBuilder, GrammarAST, type TokenBuilderOptions } from 'langium';
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
}
