import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TokenType } from 'chevrotain';
import {
    AstUtils,
    EmptyFileSystem,
    prepareLangiumParser,
    type AstNode,
    type GrammarAST,
    type LangiumCoreServices,
    type LangiumParser
} from 'langium';
import { installBlockRecovery } from '../../language/parser/block-recovery.js';
import { LOOKAHEAD_TABLE, TOKEN_TABLE } from '../../language/parser/generated/parser-tables.js';
import type { LookaheadTable } from '../../language/parser/known-lookahead.js';
import { StratTokenBuilder, type TokenTable } from '../../language/parser/strat-token-builder.js';
import { createStratCoreServices } from '../../language/strat-module.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const EXAMPLES = path.join(ROOT, 'examples');

/** The build's own tables (scripts/generate-parser-tables.mjs). */
interface TableScript {
    lookaheadTable(services: LangiumCoreServices): LookaheadTable;
    tokenTable(grammar: GrammarAST.Grammar): TokenTable;
}

async function tableScript(): Promise<TableScript> {
    const script = pathToFileURL(path.join(ROOT, 'scripts/generate-parser-tables.mjs')).href;
    return (await import(script)) as TableScript;
}

/** What a lexer token is made of, with the tokens it refers to by name. */
function described(token: TokenType): unknown {
    const pattern = token.PATTERN;
    return {
        ...token,
        PATTERN: pattern instanceof RegExp ? `/${pattern.source}/${pattern.flags}` : typeof pattern,
        LONGER_ALT: [token.LONGER_ALT ?? []].flat().map(alternative => alternative.name)
    };
}

/** The language's parser as it was before the table: every decision worked out by Langium. */
function computingParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    parser.finalize();
    installBlockRecovery(parser, services);
    return parser;
}

/** What a parse gives: every node with its type, its own values and where it stands; the errors. */
function reading(parser: LangiumParser, text: string): unknown {
    const result = parser.parse(text);
    const nodes = AstUtils.streamAst(result.value).map((node: AstNode) => [
        node.$type,
        node.$cstNode?.offset,
        node.$cstNode?.length,
        Object.entries(node)
            .filter(([key, value]) => !key.startsWith('$') && typeof value !== 'object')
            .map(([key, value]) => `${key}=${String(value)}`)
    ]);
    return {
        nodes: nodes.toArray(),
        lexerErrors: result.lexerErrors.map(e => [e.offset, e.message]),
        parserErrors: result.parserErrors.map(e => [e.token.startOffset, e.message])
    };
}

/** Each example with one of its words left out, at every `step`th word: texts that recovery reads. */
function withWordsLeftOut(text: string, step: number): string[] {
    const words = [...text.matchAll(/\S+/g)];
    const texts: string[] = [];
    for (let i = 0; i < words.length; i += step) {
        const word = words[i]!;
        texts.push(text.slice(0, word.index) + text.slice(word.index! + word[0].length));
    }
    return texts;
}

describe('the parser tables computed at build time', () => {
    const services = createStratCoreServices(EmptyFileSystem).Strat;
    const examples = readdirSync(EXAMPLES)
        .filter(file => file.endsWith('.strat'))
        .map(file => readFileSync(path.join(EXAMPLES, file), 'utf8'));

    it('has the tokens Langium finds in the grammar, and the lexer gets the same tokens from it', async () => {
        assert.deepEqual(TOKEN_TABLE, (await tableScript()).tokenTable(services.Grammar));
        const fromTable = new StratTokenBuilder(TOKEN_TABLE).buildTokens(services.Grammar) as TokenType[];
        const fromGrammar = new StratTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        assert.ok(fromTable.length > 100);
        assert.deepEqual(fromTable.map(described), fromGrammar.map(described));
    });

    it('is what the language parser would work out: every decision the next token settles', async () => {
        const expected = (await tableScript()).lookaheadTable(services);
        assert.ok(Object.keys(expected).length > 50, 'the grammar has decisions the next token settles');
        assert.deepEqual(LOOKAHEAD_TABLE, expected);
    });

    it('reads the examples, and the examples with a word left out, as the computed lookahead does', function () {
        this.timeout(300_000);
        const computing = computingParser(createStratCoreServices(EmptyFileSystem).Strat);
        const texts = examples.flatMap(text => [text, ...withWordsLeftOut(text, 37)]);
        assert.ok(texts.length > 100);
        for (const text of texts) {
            assert.deepEqual(reading(services.parser.LangiumParser, text), reading(computing, text));
        }
    });
});
