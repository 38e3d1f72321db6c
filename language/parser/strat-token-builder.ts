import { DefaultTokenBuilder, GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { matchStringLiteral } from './string-literal.js';

/**
 * Tokens of the grammar, with string literals read by a loop instead of the grammar's pattern: a
 * backtracking pattern overflows the stack on a text of a few million characters.
 */
export class StratTokenBuilder extends DefaultTokenBuilder {
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
