import * as assert from 'node:assert/strict';
import { completionLabels, LspSession, positionOf, useExample } from '../support/lsp-session.js';
import { applyTextEdits } from '../support/lsp-text.js';

const EVIDENCE = 'illustrative/musterland-evidenz.strat';

describe('language server on evidence over LSP', function () {
    this.timeout(60_000);
    let session: LspSession;
    let text: string;
    let uri: string;
    useExample(EVIDENCE, example => ({ session, text, uri } = example));

    const hover = (at: { line: number; character: number }, target = uri) => session.hoverText(target, at);

    it('publishes no diagnostics for the illustrative evidence example', async () => {
        assert.deepEqual(await session.diagnosticsFor(uri), []);
    });

    it('hovers a value with its kind, qualifier, number, period, group and source', async () => {
        const measured = await hover(positionOf(text, 'measured 55 at 2024 group bund', 10));
        assert.match(measured, /\*\*Measured\*\* 55 Punkte/);
        assert.match(measured, /Date: 2024/);
        assert.match(measured, /Group: Bund/);
        assert.match(measured, /Source: Befragung der kommunalen IT\\-Dienstleister 2024/);
        const period = await hover(positionOf(text, 'measured -12 % from', 10));
        assert.match(period, /\*\*Measured\*\* \\-12 %/, 'the minus stays');
        assert.match(period, /Date: 2024-03 to 2024-06/);
        const target = await hover(positionOf(text, 'target up-to -30 %', 2));
        assert.match(target, /\*\*Target\*\* up to \\-30 %/);
        assert.match(target, /Condition: die Registeranbindung umgesetzt ist/);
        const range = await hover(positionOf(text, 'measured 10 to 25', 13));
        assert.match(range, /10 to 25 Minuten/);
        const forecast = await hover(positionOf(text, 'forecast about 800000', 1));
        assert.match(forecast, /\*\*Forecast\*\* approx\\. 800,000 Stellen/);
    });

    it('hovers a source reference with its publisher, fieldwork, respondents, method and margin of error', async () => {
        const source = await hover(positionOf(text, 'source befragung-2024\n', 10, 1));
        assert.match(source, /\*\*Source\*\* Befragung der kommunalen IT\\-Dienstleister 2024/);
        assert.match(source, /Publisher: Statistisches Amt Musterland/);
        assert.match(source, /Fieldwork: 2024-05-03 to 2024-06-28/);
        assert.match(source, /Respondents: 1870/);
        assert.match(source, /Margin of error: ± 2\.5 %/);
        assert.match(source, /\[Link\]\(https:\/\/example\.org\/musterland\/befragung-2024\)/);
    });

    it('completes groups of the dimension, sources and the new keywords', async () => {
        const draft =
            'strategy Entwurf "Entwurf" {\n    indicator i "I" {\n        unit "%"\n        dimension ebene\n        measured 4 at 2023 source \n        measured 5 at 2024 group \n    }\n}\n';
        const draftUri = await session.open('entwurf.strat', draft);
        await session.diagnosticsFor(draftUri);
        const complete = (line: number, character: number) =>
            session.completion(draftUri, { line, character });
        const groups = completionLabels(await complete(5, 33));
        assert.deepEqual(
            ['bund', 'land', 'kommune'].filter(g => groups.includes(g)),
            ['bund', 'land', 'kommune'],
            JSON.stringify(groups)
        );
        assert.ok(!groups.includes('umgesetzt'), 'a scale value offered as a group');
        const sources = completionLabels(await complete(4, 34));
        assert.ok(
            sources.includes('befragung-2024') && sources.includes('trendstudie'),
            JSON.stringify(sources)
        );
        const blank = 'strategy Entwurf4 "Entwurf" {\n    indicator i "I" {\n        \n    }\n}\n';
        const blankUri = await session.open('entwurf4.strat', blank);
        await session.diagnosticsFor(blankUri);
        const keywords = completionLabels(await session.completion(blankUri, { line: 2, character: 8 }));
        for (const keyword of ['forecast', 'baseline', 'tracks', 'dimension', 'quote']) {
            assert.ok(keywords.includes(keyword), `${keyword} in ${JSON.stringify(keywords)}`);
        }
    });

    it('completes the scale values inside a distribution', async () => {
        const draft =
            'scale antwort "Antwort" {\n    value ja "ja"\n    value nein "nein"\n    value ka "keine Angabe" not-counted\n}\n' +
            'strategy Entwurf2 "Entwurf" {\n    goal g "G" {\n        assessment 2024 {\n            antwort shares {\n                \n            }\n        }\n    }\n}\n';
        const draftUri = await session.open('entwurf2.strat', draft);
        await session.diagnosticsFor(draftUri);
        const values = completionLabels(await session.completion(draftUri, { line: 9, character: 16 }));
        assert.deepEqual(
            ['ja', 'nein', 'ka'].filter(v => values.includes(v)),
            ['ja', 'nein', 'ka'],
            JSON.stringify(values)
        );
    });

    it('renames a group in its dimension and in every value', async () => {
        const edit = await session.rename(uri, positionOf(text, 'group kommune "Kommune"', 7), 'gemeinde');
        const after = applyTextEdits(text, edit.changes![uri]);
        assert.equal(after, text.replaceAll(' kommune', ' gemeinde'));
    });

    it('renames a source in its declaration and in every reference', async () => {
        const edit = await session.rename(uri, positionOf(text, 'source trendstudie', 8), 'zfi-studie');
        const after = applyTextEdits(text, edit.changes![uri]);
        assert.equal(after, text.replaceAll('trendstudie', 'zfi-studie'));
    });

    it('offers to mark shares that do not add up as partial, or to add the remainder as "no answer"', async () => {
        const draft =
            'scale antwort3 "Antwort" {\n    value ja "ja"\n    value nein "nein"\n    value ka "keine Angabe" not-counted\n}\n' +
            'strategy Entwurf3 "Entwurf" {\n    goal g "G" {\n        assessment 2024 {\n            antwort3 shares {\n                ja 18 %\n                nein 47 %\n            }\n        }\n    }\n}\n';
        const draftUri = await session.open('entwurf3.strat', draft);
        const finding = await session.findingOf(draftUri, 'shares-do-not-add-up');
        const actions = await session.codeActionsFor(draftUri, finding);
        const partial = actions.find(a => a.title === 'Mark the shares as partial');
        assert.ok(partial?.edit?.changes, JSON.stringify(actions.map(a => a.title)));
        assert.equal(
            applyTextEdits(draft, partial.edit.changes[draftUri]),
            draft.replace('            }\n        }', '            } partial\n        }')
        );
        const remainder = actions.find(a => a.title === 'Add the missing 35 % as "keine Angabe"');
        assert.ok(remainder?.edit?.changes, JSON.stringify(actions.map(a => a.title)));
        assert.equal(
            applyTextEdits(draft, remainder.edit.changes[draftUri]),
            draft.replace('nein 47 %\n', 'nein 47 %\n                ka 35 %\n')
        );
    });
});
