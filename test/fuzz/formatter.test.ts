import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { createStratCoreServices } from '../../language/strat-module.js';
import { formatText, tokenTexts } from '../../language/formatting/format-text.js';
import { applyEdits, formatEdits } from '../../language/formatting/format-document.js';
import { countCase, property } from './fuzz-support.js';
import { relaidOut, validDocument } from './generators.js';
import { applyMutations, describeText, mutationArbitrary } from './mutations.js';
import { EXAMPLE_NAMES, EXAMPLES } from './workspace.js';

const { shared } = createStratCoreServices(EmptyFileSystem);
const factory = shared.workspace.LangiumDocumentFactory;
const uri = URI.parse('memory:///fuzz.strat');

const nonWhitespace = (text: string) => text.replace(/\s+/g, '');
const tokensOf = (text: string) => tokenTexts(factory.fromString(text, uri));
const hasSyntaxErrors = (text: string) => {
    const { parseResult } = factory.fromString(text, uri);
    return parseResult.lexerErrors.length + parseResult.parserErrors.length > 0;
};

/** Asserts that `after` differs from `before` in whitespace between tokens only. */
function assertOnlyWhitespaceChanged(before: string, after: string): void {
    assert.equal(
        nonWhitespace(after),
        nonWhitespace(before),
        `a character other than whitespace changed:\n${describeText(before)}\n→\n${describeText(after)}`
    );
    assert.deepEqual(
        tokensOf(after),
        tokensOf(before),
        `the tokens changed:\n${describeText(before)}\n→\n${describeText(after)}`
    );
}

/**
 * Formats like `strat format`; asserts the result is safe and a fixed point. Returns undefined on syntax
 * errors.
 */
function formatChecked(text: string, indent?: string): string | undefined {
    const result = formatText(shared, text, uri, indent === undefined ? undefined : { indent });
    if (result.status === 'syntax-errors') {
        assert.ok(
            hasSyntaxErrors(text),
            `refused as having syntax errors, but it has none: ${describeText(text)}`
        );
        return undefined;
    }
    assertOnlyWhitespaceChanged(text, result.text);
    const again = formatText(shared, result.text, uri, indent === undefined ? undefined : { indent });
    assert.equal(again.status, 'formatted');
    assert.equal(
        (again as { text: string }).text,
        result.text,
        `not idempotent:\n${describeText(result.text)}\n→\n${describeText((again as { text: string }).text)}`
    );
    return result.text;
}

/** The editor's path: the edits of Format Document, applied, are safe too. */
function formatEditsChecked(text: string, indent: string): void {
    const document = factory.fromString(text, uri);
    const edits = formatEdits(document, { indent });
    if (!edits) {
        return;
    }
    assertOnlyWhitespaceChanged(text, applyEdits(document, edits));
}

describe('fuzz: formatter', function () {
    it('formats every example idempotently, keeping every token and comment', () => {
        for (const name of EXAMPLE_NAMES) {
            for (const indent of [undefined, '\t', '  ']) {
                const once = formatChecked(EXAMPLES[name], indent);
                assert.ok(once !== undefined, `${name} has syntax errors`);
                countCase();
            }
            for (const eol of ['\r\n']) {
                const crlf = EXAMPLES[name].replace(/\n/g, eol);
                const formatted = formatChecked(crlf)!;
                assert.ok(!/[^\r]\n/.test(formatted), `${name} with CRLF: a bare LF was written`);
                countCase();
            }
        }
    });

    property(
        'formats generated valid documents idempotently, changing only whitespace',
        fc.tuple(validDocument, fc.constantFrom(undefined, '\t', '  ')),
        ([text, indent]) => {
            assert.ok(
                !hasSyntaxErrors(text),
                `the generator wrote a document with syntax errors: ${describeText(text)}`
            );
            const formatted = formatChecked(text, indent);
            assert.ok(formatted !== undefined);
            formatEditsChecked(text, indent ?? '    ');
        },
        { runs: 150 }
    );

    property(
        'formats every example laid out anew (random whitespace and comments) idempotently, changing only whitespace',
        fc.constantFrom(...EXAMPLE_NAMES).chain(name => relaidOut(tokensOf(EXAMPLES[name]))),
        text => {
            assert.ok(!hasSyntaxErrors(text), `the layout broke the document: ${describeText(text)}`);
            assert.ok(formatChecked(text) !== undefined);
        },
        { runs: 20 }
    );

    property(
        'on damaged examples it formats safely or leaves the text alone, never losing a character',
        fc.tuple(
            fc.constantFrom(...EXAMPLE_NAMES),
            fc.array(mutationArbitrary(), { minLength: 1, maxLength: 4 })
        ),
        ([name, mutations]) => {
            const text = applyMutations(EXAMPLES[name], mutations);
            formatChecked(text);
            formatEditsChecked(text, '    ');
        },
        { runs: 60 }
    );

    property(
        'on damaged generated documents it formats safely or leaves the text alone',
        fc.tuple(validDocument, fc.array(mutationArbitrary(2000), { minLength: 1, maxLength: 3 })),
        ([text, mutations]) => {
            const damaged = applyMutations(text, mutations);
            formatChecked(damaged);
            formatEditsChecked(damaged, '\t');
        },
        { runs: 100 }
    );
});
