// Tokenizes .strat text with the real TextMate engine (vscode-textmate + the Oniguruma WASM) and
// checks the scopes of syntaxes/strat.tmLanguage.json, the Markdown code-block injection, and that
// the grammar's keyword rules and the keywords of language/strat.langium cannot drift apart.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/strat.tmLanguage.json');
const INJECTION_PATH = path.join(ROOT, 'syntaxes/strat.markdown-injection.json');
const LANGIUM_PATH = path.join(ROOT, 'language/strat.langium');

/** The keyword rules of the TextMate grammar: the repository entries that match whole words. */
const KEYWORD_RULES = [
    'declaration-keywords',
    'named-declaration',
    'decision-declaration',
    'citation-keywords',
    'property-keywords',
    'enum-values'
];
/** Scope prefixes that a keyword rule gives a keyword. */
const KEYWORD_SCOPE = /^(keyword|storage\.type|constant\.language)\./;
const DECISION_NUMBER = 'constant.other.decision-number.strat';
const LEGACY_DECISION_NUMBER = 'invalid.deprecated.decision-number.legacy.strat';

interface Token {
    text: string;
    scopes: string[];
}

let registry: vsctm.Registry;
let strat: vsctm.IGrammar;

async function createRegistry(): Promise<vsctm.Registry> {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammars: Record<string, string> = {
        'source.strat': GRAMMAR_PATH,
        'markdown.strat.codeblock': INJECTION_PATH
    };
    return new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: sources => oniguruma.createOnigScanner(sources),
            createOnigString: text => oniguruma.createOnigString(text)
        }),
        loadGrammar: async scopeName => {
            if (scopeName === 'text.html.markdown') {
                // A stand-in for VS Code's Markdown grammar: the injection must work on its own.
                return vsctm.parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), 'markdown.json');
            }
            const file = grammars[scopeName];
            return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
        },
        getInjections: scopeName =>
            scopeName === 'text.html.markdown' ? ['markdown.strat.codeblock'] : undefined
    });
}

/** The tokens of each line, the rule stack carried from line to line like an editor does. */
function tokenizeWith(grammar: vsctm.IGrammar, text: string): Token[][] {
    let stack = vsctm.INITIAL;
    return text.split('\n').map(line => {
        const result = grammar.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.map(token => ({
            text: line.substring(token.startIndex, token.endIndex),
            scopes: token.scopes
        }));
    });
}

function tokenize(text: string): Token[] {
    return tokenizeWith(strat, text).flat();
}

/** The scopes of the token with exactly this text (the `nth` such token, counting from 0). */
function scopesOf(tokens: Token[], text: string, nth = 0): string[] {
    const matching = tokens.filter(token => token.text === text);
    assert.ok(
        matching.length > nth,
        `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map(t => t.text))}`
    );
    return matching[nth].scopes;
}

function hasScope(scopes: string[], prefix: string): boolean {
    return scopes.some(
        scope => scope === prefix || scope.startsWith(prefix + '.') || scope.startsWith(prefix + ' ')
    );
}

/** The keyword literals of the Langium grammar (`'…'`), without punctuation. */
function langiumKeywords(): string[] {
    const source = readFileSync(LANGIUM_PATH, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/[^\n]*/g, '');
    const literals = [...source.matchAll(/'([^']+)'/g)].map(match => match[1]);
    return [...new Set(literals)].filter(literal => !['{', '}', ',', '.', '%'].includes(literal)).sort();
}

/** The words of the alternations `(a|b|c)` in the TextMate grammar's keyword rules. */
function textMateKeywords(): string[] {
    const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as {
        repository: Record<string, { match?: string }>;
    };
    const words = new Set<string>();
    for (const rule of KEYWORD_RULES) {
        const match = grammar.repository[rule]?.match;
        assert.ok(match, `the TextMate grammar has no keyword rule ${rule}`);
        for (const group of match.matchAll(/\(((?:[a-z]+(?:-[a-z]+)*\|?)+)\)/g)) {
            group[1].split('|').forEach(word => words.add(word));
        }
    }
    return [...words].sort();
}

describe('TextMate grammar (syntaxes/strat.tmLanguage.json)', () => {
    before(async () => {
        registry = await createRegistry();
        const grammar = await registry.loadGrammar('source.strat');
        assert.ok(grammar, 'source.strat did not load');
        strat = grammar;
    });

    it('scopes as-of as one keyword and a date as a date', () => {
        const tokens = tokenize('    as-of 2024-03-20');
        assert.deepEqual(scopesOf(tokens, 'as-of'), ['source.strat', 'keyword.other.as-of.strat']);
        assert.ok(hasScope(scopesOf(tokens, '2024-03-20'), 'constant.numeric.date'));
        assert.ok(
            hasScope(
                tokenize('milestone 2025-09 "x"').find(t => t.text === '2025-09')!.scopes,
                'constant.numeric.date'
            )
        );
    });

    it('does not split needs-action, in-umsetzung or target-picture into keywords', () => {
        const tokens = tokenize('        status needs-action\n        umsetzung in-umsetzung');
        assert.deepEqual(scopesOf(tokens, 'needs-action'), ['source.strat', 'variable.other.strat']);
        assert.deepEqual(scopesOf(tokens, 'in-umsetzung'), ['source.strat', 'variable.other.strat']);
        assert.ok(!tokens.some(t => t.text === 'needs' || t.text === 'action' || t.text === 'in'));
        assert.deepEqual(scopesOf(tokenize('target-picture "Zielbild"'), 'target-picture'), [
            'source.strat',
            'keyword.other.target-picture.strat'
        ]);
        assert.deepEqual(scopesOf(tokenize('status in-progress'), 'in-progress'), [
            'source.strat',
            'constant.language.in-progress.strat'
        ]);
        // A keyword inside a longer word or after a dot is no keyword.
        assert.deepEqual(scopesOf(tokenize('addresses my-status, ziele.status'), 'my-status'), [
            'source.strat',
            'variable.other.strat'
        ]);
        assert.ok(!hasScope(scopesOf(tokenize('addresses ziele.status'), 'status'), 'keyword'));
    });

    it('scopes decision numbers and the legacy form apart', () => {
        const tokens = tokenize('    commissioned-by 2023/42, 2022/07\n    cites 27/2014');
        assert.ok(hasScope(scopesOf(tokens, 'commissioned-by'), 'keyword.control.citation'));
        assert.ok(scopesOf(tokens, '2023/42').includes(DECISION_NUMBER));
        assert.ok(scopesOf(tokens, '2022/07').includes(DECISION_NUMBER));
        assert.ok(hasScope(scopesOf(tokens, ','), 'punctuation.separator.comma'));
        assert.ok(scopesOf(tokens, '27/2014').includes(LEGACY_DECISION_NUMBER));
        assert.ok(!scopesOf(tokens, '27/2014').includes(DECISION_NUMBER));
    });

    it('scopes a decision declaration: keyword, number as the declared name, body reference', () => {
        const tokens = tokenize('decision 2023/42 by ITPLR {');
        assert.ok(scopesOf(tokens, 'decision').includes('storage.type.decision.strat'));
        const number = scopesOf(tokens, '2023/42');
        assert.ok(
            number.includes('entity.name.type.decision.strat') && number.includes(DECISION_NUMBER),
            number.join(' ')
        );
        assert.ok(scopesOf(tokens, 'by').includes('keyword.other.by.strat'));
        assert.ok(scopesOf(tokens, 'ITPLR').includes('variable.other.strat'));
        assert.ok(scopesOf(tokens, '{').includes('punctuation.section.block.begin.strat'));
        assert.ok(
            scopesOf(tokenize('decision 27/2014 by ITPLR'), '27/2014').includes(LEGACY_DECISION_NUMBER)
        );
    });

    it('scopes line and block comments', () => {
        const tokens = tokenize('status draft // Entwurf, noch nicht beschlossen');
        assert.ok(
            scopesOf(tokens, ' Entwurf, noch nicht beschlossen').includes('comment.line.double-slash.strat')
        );
        assert.ok(scopesOf(tokens, 'draft').includes('constant.language.draft.strat'));
        const block = tokenizeWith(strat, '/* Zielbild-\n   bausteine goal */ goal');
        assert.ok(scopesOf(block[0], ' Zielbild-').includes('comment.block.strat'));
        assert.ok(scopesOf(block[1], '   bausteine goal ').includes('comment.block.strat'));
        assert.ok(scopesOf(block[1], 'goal').includes('storage.type.goal.strat'));
    });

    it('scopes a string with escaped quotes as one string, also across lines', () => {
        const tokens = tokenize('text "Er sagte \\"goal\\" zu „Fachkräften“" owner MLDI');
        assert.ok(scopesOf(tokens, '\\"').includes('constant.character.escape.strat'));
        assert.ok(scopesOf(tokens, 'goal').includes('string.quoted.double.strat'));
        assert.ok(!hasScope(scopesOf(tokens, 'goal'), 'storage'));
        assert.ok(scopesOf(tokens, ' zu „Fachkräften“').includes('string.quoted.double.strat'));
        assert.ok(scopesOf(tokens, 'owner').includes('keyword.other.owner.strat'));
        const lines = tokenizeWith(strat, 'text "erste Zeile\n  status draft\n" status adopted');
        assert.ok(lines[1].every(t => t.scopes.includes('string.quoted.double.strat')));
        assert.ok(scopesOf(lines[2], 'adopted').includes('constant.language.adopted.strat'));
    });

    it('keeps identifiers with umlauts, ß and hyphens as one token', () => {
        const tokens = tokenize('    owner Bürgeramt-Süd\n    addresses Maßnahmen-Übersicht.öffentlich');
        assert.deepEqual(scopesOf(tokens, 'Bürgeramt-Süd'), ['source.strat', 'variable.other.strat']);
        assert.deepEqual(scopesOf(tokens, 'Maßnahmen-Übersicht'), ['source.strat', 'variable.other.strat']);
        assert.deepEqual(scopesOf(tokens, 'öffentlich'), ['source.strat', 'variable.other.strat']);
        assert.ok(scopesOf(tokens, '.').includes('punctuation.accessor.strat'));
    });

    it('scopes the declared name after a declaration keyword as an entity name', () => {
        const tokens = tokenize('    goal Fachkräfte "Fachkräfte gewinnen" {');
        assert.ok(scopesOf(tokens, 'goal').includes('storage.type.goal.strat'));
        assert.ok(scopesOf(tokens, 'Fachkräfte').includes('entity.name.type.goal.strat'));
        assert.ok(
            scopesOf(tokenize('scale status "Status" english "Status" {'), 'status').includes(
                'entity.name.type.scale.strat'
            )
        );
        assert.ok(
            scopesOf(tokenize('    value completed "abgeschlossen"'), 'completed').includes(
                'entity.name.type.value.strat'
            )
        );
        assert.ok(
            scopesOf(tokenize('body ITPLR "IT-Planungsrat"'), 'ITPLR').includes('entity.name.type.body.strat')
        );
        assert.ok(
            scopesOf(tokenize('milestone m1 2026-02-15 "Sitzung"'), 'm1').includes(
                'entity.name.type.milestone.strat'
            )
        );
        // A goal's reference to its level is a property, not a declaration.
        const reference = tokenize('        level service');
        assert.ok(scopesOf(reference, 'level').includes('keyword.other.level.strat'));
        assert.ok(scopesOf(reference, 'service').includes('variable.other.strat'));
        // A question without a name.
        assert.ok(scopesOf(tokenize('question "Wie?"'), 'question').includes('storage.type.question.strat'));
    });

    it('scopes numbers and decimals', () => {
        const tokens = tokenize('measured 18.5 at 2024-06 source "x"\nhorizon 2028');
        assert.ok(scopesOf(tokens, '18.5').includes('constant.numeric.strat'));
        assert.ok(scopesOf(tokens, 'at').includes('keyword.other.at.strat'));
        assert.ok(scopesOf(tokens, '2028').includes('constant.numeric.strat'));
    });

    it('matches every keyword of the Langium grammar with a keyword rule', () => {
        const keywords = langiumKeywords();
        assert.ok(keywords.length > 60, `only ${keywords.length} keywords parsed from strat.langium`);
        const missing = keywords.filter(keyword => {
            const tokens = tokenize(keyword);
            return (
                tokens.length !== 1 ||
                tokens[0].text !== keyword ||
                !tokens[0].scopes.some(scope => KEYWORD_SCOPE.test(scope))
            );
        });
        assert.deepEqual(missing, [], 'keywords of strat.langium without a TextMate keyword rule');
    });

    it('has no keyword that the Langium grammar does not know', () => {
        const known = new Set(langiumKeywords());
        assert.deepEqual(
            textMateKeywords().filter(word => !known.has(word)),
            []
        );
    });

    it('leaves no text of the example files unscoped', () => {
        const files = globSync('examples/**/*.strat', { cwd: ROOT, absolute: true });
        assert.ok(files.length > 0);
        for (const file of files) {
            const lines = tokenizeWith(strat, readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
            lines.forEach((tokens, index) => {
                const bare = tokens.filter(t => t.scopes.length === 1 && t.text.trim() !== '');
                assert.deepEqual(
                    bare.map(t => t.text),
                    [],
                    `${path.relative(ROOT, file)}:${index + 1}`
                );
            });
        }
    });
});

describe('Markdown injection (syntaxes/strat.markdown-injection.json)', () => {
    it('highlights ```strat fenced code blocks with source.strat and nothing else', async () => {
        const markdown = await registry.loadGrammar('text.html.markdown');
        assert.ok(markdown, 'the Markdown stand-in did not load');
        const lines = tokenizeWith(
            markdown,
            [
                '# Beispiel',
                '```strat',
                'goal Fachkräfte "Fachkräfte gewinnen" {',
                '    cites 2023/42',
                '}',
                '```',
                'goal kein-Code',
                '```js',
                'goal x "y" {',
                '```'
            ].join('\n')
        );
        assert.ok(scopesOf(lines[1], 'strat').includes('fenced_code.block.language.markdown'));
        const name = scopesOf(lines[2], 'Fachkräfte');
        assert.ok(
            name.includes('meta.embedded.block.strat') && name.includes('entity.name.type.goal.strat'),
            name.join(' ')
        );
        assert.ok(scopesOf(lines[3], '2023/42').includes(DECISION_NUMBER));
        assert.ok(scopesOf(lines[5], '```').includes('punctuation.definition.markdown'));
        assert.ok(
            lines[6].every(
                t =>
                    !t.scopes.includes('meta.embedded.block.strat') &&
                    !t.scopes.includes('storage.type.goal.strat')
            )
        );
        assert.ok(lines[8].every(t => !t.scopes.includes('storage.type.goal.strat')));
    });
});
