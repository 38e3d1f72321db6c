import type { ILookaheadStrategy } from 'chevrotain';
import { prepareLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import { installBlockRecovery } from './block-recovery.js';
import { LOOKAHEAD_TABLE } from './generated/parser-tables.js';
import { KnownLookahead } from './known-lookahead.js';

/**
 * The language's parser: Langium's, with the decisions that the next token settles read from the
 * table computed at build time (see KnownLookahead), and error recovery that knows blocks.
 */
export function createStratParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    const chevrotain = (parser as unknown as { wrapper: { lookaheadStrategy: ILookaheadStrategy } }).wrapper;
    chevrotain.lookaheadStrategy = new KnownLookahead(
        chevrotain.lookaheadStrategy,
        LOOKAHEAD_TABLE,
        services.parser.Lexer.definition
    );
    parser.finalize();
    installBlockRecovery(parser, services);
    return parser;
}
