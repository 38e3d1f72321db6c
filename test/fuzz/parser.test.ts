import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { createStratCoreServices } from '../../language/strat-module.js';
import { property } from './fuzz-support.js';
import {
    applyMutations,
    arbitraryText,
    HUGE_TOKENS,
    hugeToken,
    KEYWORDS,
    misspell,
    mutationArbitrary
} from './mutations.js';
import { buildAndCheck, EXAMPLE_NAMES, EXAMPLES } from './workspace.js';

const parser = createStratCoreServices(EmptyFileSystem).Strat.parser.LangiumParser;

/** Every line of the examples that starts with a keyword: where a typo breaks an entry. */
const ENTRY_LINES = EXAMPLE_NAMES.flatMap(name =>
    EXAMPLES[name].split('\n').flatMap((line, index) => {
        const keyword = /^\s*([a-z][a-z-]{2,})(\s|$)/.exec(line)?.[1];
        return keyword && KEYWORDS.includes(keyword) ? [{ name, index, keyword }] : [];
    })
);

/**
 * Parsing, linking and validation never throw and always end, on any text; every diagnostic is a
 * known finding whose range lies inside its document.
 */
describe('fuzz: parser and validation', function () {
    property(
        'arbitrary text builds without an exception, with every diagnostic inside the document',
        arbitraryText,
        async text => {
            await buildAndCheck({ 'main.strat': text });
        },
        { runs: 150 }
    );

    property(
        'arbitrary text next to the examples builds, also when it declares what they declare',
        fc.tuple(arbitraryText, fc.constantFrom(...EXAMPLE_NAMES)),
        async ([text, name]) => {
            await buildAndCheck({
                [name]: EXAMPLES[name],
                'zz-fuzz.strat': text + '\n' + EXAMPLES[name].slice(0, 2000)
            });
        },
        { runs: 20, cost: 4 }
    );

    property(
        'every example, damaged anywhere, builds in one workspace with the others',
        fc.tuple(
            fc.constantFrom(...EXAMPLE_NAMES),
            fc.array(mutationArbitrary(), { minLength: 1, maxLength: 6 })
        ),
        async ([name, mutations]) => {
            const files = { ...EXAMPLES, [name]: applyMutations(EXAMPLES[name], mutations) };
            await buildAndCheck(files);
        },
        { runs: 60, cost: 4 }
    );

    property(
        'a damaged example alone builds',
        fc.tuple(
            fc.constantFrom(...EXAMPLE_NAMES),
            fc.array(mutationArbitrary(50_000), { minLength: 1, maxLength: 12 })
        ),
        async ([name, mutations]) => {
            await buildAndCheck({ [name]: applyMutations(EXAMPLES[name], mutations) });
        },
        { runs: 60, cost: 2 }
    );

    property(
        'a token of millions of characters (text, escapes, comment, name, number) builds',
        fc.tuple(
            fc.constantFrom(...EXAMPLE_NAMES),
            fc.constantFrom(...HUGE_TOKENS),
            fc.integer({ min: 1_000_000, max: 4_500_000 }),
            fc.integer({ min: 0, max: 1_000_000 })
        ),
        async ([name, token, length, where]) => {
            const text = EXAMPLES[name];
            const lines = text.split('\n');
            const at = Math.floor((where / 1_000_000) * lines.length);
            lines.splice(at, 0, hugeToken(token, length));
            await buildAndCheck({ [name]: lines.join('\n') });
        },
        { runs: 2, cost: 20, timeout: 180_000 }
    );

    property(
        'one misspelled keyword at the start of an entry gives at most one syntax error',
        fc.tuple(fc.constantFrom(...ENTRY_LINES), fc.integer({ min: 0, max: 1_000_000 }), fc.nat(3)),
        ([{ name, index, keyword }, at, edit]) => {
            const typo = misspell(keyword, at / 1_000_000, edit);
            fc.pre(!KEYWORDS.includes(typo) && typo !== keyword);
            const lines = EXAMPLES[name].split('\n');
            lines[index] = lines[index].replace(keyword, typo);
            const result = parser.parse(lines.join('\n'));
            const errors = [...result.lexerErrors, ...result.parserErrors].map(e => e.message);
            assert.ok(errors.length <= 1, `${name}:${index + 1} ${keyword} → ${typo}: ${errors.join(' | ')}`);
        },
        { runs: 300 }
    );
});
