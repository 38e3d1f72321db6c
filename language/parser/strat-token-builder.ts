import { DefaultTokenBuilder, GrammarAST, RegExpUtils, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { matchStringLiteral } from './string-literal.js';
import { UnexpectedCharacters } from './unexpected-characters.js';

/**
 * The grammar's tokens by name, computed at build time (scripts/generate-parser-tables.mjs): its
 * keywords and its terminals, in the order Langium builds them.
 */
export interface TokenTable {
    readonly keywords: readonly string[];
    readonly terminals: readonly string[];
}

/**
 * Tokens of the grammar, with string literals read by a loop instead of the grammar's pattern: a
 * backtracking pattern overflows the stack on a text of a few million characters. The last token
 * reads a run of characters that start no token (see UnexpectedCharacters). Given the table of the
 * grammar's tokens, the builder builds those instead of searching the whole grammar for them.
 */
export class StratTokenBuilder extends DefaultTokenBuilder {
    readonly unexpected = new UnexpectedCharacters();
    /** The partial pattern of each terminal, built once instead of once per keyword. */
    private readonly partialPatterns = new Map<TokenType, RegExp>();

    constructor(private readonly table?: TokenTable) {
        super();
    }

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens =
            this.table && !options?.caseInsensitive
                ? this.tokensOf(this.table, grammar)
                : super.buildTokens(grammar, options);
        return Array.isArray(tokens) ? [...(tokens as TokenType[]), this.unexpected.tokenType] : tokens;
    }

    /** The tokens the table names, built as Langium builds them from the grammar. */
    private tokensOf(table: TokenTable, grammar: GrammarAST.Grammar): TokenType[] {
        const rules = new Map(grammar.rules.map(rule => [rule.name, rule]));
        const terminals = table.terminals.map(name => {
            const rule = rules.get(name);
            if (!GrammarAST.isTerminalRule(rule)) {
                throw new Error(
                    `The token table names the terminal ${name}, which the grammar does not have`
                );
            }
            return this.buildTerminalToken(rule);
        });
        const keywords = table.keywords.map(value =>
            this.buildKeywordToken({ $type: 'Keyword', value } as GrammarAST.Keyword, terminals, false)
        );
        return [...keywords, ...terminals];
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
