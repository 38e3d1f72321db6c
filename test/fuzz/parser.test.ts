import fc from 'fast-check';
import { property } from './fuzz-support.js';
import { applyMutations, arbitraryText, mutationArbitrary } from './mutations.js';
import { buildAndCheck, EXAMPLE_NAMES, EXAMPLES } from './workspace.js';

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
});
