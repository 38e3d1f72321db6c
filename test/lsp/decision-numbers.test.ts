import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Location, LocationLink } from 'vscode-languageserver-protocol';
import { LspSession, positionOf } from '../support/lsp-session.js';
import { applyTextEdits } from '../support/lsp-text.js';

const CATALOGUE = [
    'body ITPLR "IT-Planungsrat"',
    '',
    'decision 2025/02 by ITPLR {',
    '    title "Zielbilder der Schwerpunktthemen"',
    '    items {',
    '        1 "Erstens."',
    '        2 "Zweitens."',
    '        3 "Drittens."',
    '    }',
    '}',
    '',
    'decision B-2025/33-IT by ITPLR {',
    '    title "Portfoliosteuerung des IT-Planungsrats"',
    '    session 48',
    '    date 2025-11-26',
    '    url "https://www.it-planungsrat.de/beschluss/b-2025-33-it"',
    '    repeals 2025/02 item 3',
    '}',
    ''
].join('\n');

// the same decision in all three forms, items of another, and a number in half the current form
const STRATEGY = [
    'strategy S "Strategie" {',
    '    as-of 2026-01',
    '    cites B-2025/33-IT',
    '    evolves 2025/33',
    '    covered-by 33/2025',
    '    cites 2025/02 item 3',
    '    adopted-by 2025/02 items 1 and 2',
    '}',
    ''
].join('\n');

describe('decision numbers in every form, over LSP', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession;
    let strategyUri: string;
    let catalogueUri: string;

    before(async () => {
        workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-numbers-'));
        await fs.writeFile(path.join(workspace, 'catalogue.strat'), CATALOGUE);
        await fs.writeFile(path.join(workspace, 'strategy.strat'), STRATEGY);
        session = await LspSession.start(workspace);
        catalogueUri = await session.open('catalogue.strat', CATALOGUE);
        strategyUri = await session.open('strategy.strat', STRATEGY);
    });

    after(async () => {
        await session.stop();
        await fs.rm(workspace, { recursive: true, force: true });
    });

    const hoverAt = (needle: string, shift = 1) =>
        session.hoverText(strategyUri, positionOf(STRATEGY, needle, shift));

    it('parses every form; only the legacy form and the repealed item are reported', async () => {
        const diagnostics = await session.diagnosticsFor(strategyUri, d => d.length >= 2);
        assert.deepEqual(diagnostics.map(d => [d.code, d.range.start.line]).sort(), [
            ['legacy-decision-id', 4],
            ['repealed-decision-cited', 5]
        ]);
        const repealed = diagnostics.find(d => d.code === 'repealed-decision-cited')!;
        assert.equal(
            repealed.message,
            'Item 3 of decision 2025/02 was repealed by decision B-2025/33-IT (2025-11-26).'
        );
        assert.deepEqual(await session.diagnosticsFor(catalogueUri), []);
    });

    it('hovers each form with the title, the page and the declared number', async () => {
        for (const needle of ['cites B-2025/33-IT', 'evolves 2025/33', 'covered-by 33/2025']) {
            const text = await hoverAt(needle, needle.indexOf(' ') + 2);
            assert.match(text, /\*\*Decision B\\-2025/, needle);
            assert.match(text, /Portfoliosteuerung des IT\\-Planungsrats/, needle);
            assert.match(
                text,
                /\[Decision page\]\(https:\/\/www\.it-planungsrat\.de\/beschluss\/b-2025-33-it\)/
            );
            assert.match(text, /Repeals Decision 2025\/02 \(item 3\)/);
            assert.match(text, /cited 3 times/);
        }
        assert.match(
            await hoverAt('covered-by 33/2025', 12),
            /33\/2025 is the legacy form of decision 2025\/33/
        );
    });

    it('hovers a cited item with its wording and the repeal, naming the date', async () => {
        const text = await hoverAt('cites 2025/02 item 3', 8);
        assert.match(text, /Zielbilder der Schwerpunktthemen/);
        assert.match(text, /Item 3: Drittens\\\./);
        assert.match(text, /\*\*Item 3 repealed by\*\* Decision B\\-2025\/33\\-IT \(2025-11-26\)/);
    });

    it('goes to the declaration from every form', async () => {
        for (const needle of ['cites B-2025/33-IT', 'evolves 2025/33', 'covered-by 33/2025']) {
            const links = await session.request<LocationLink[]>('textDocument/definition', {
                textDocument: { uri: strategyUri },
                position: positionOf(STRATEGY, needle, needle.indexOf(' ') + 3)
            });
            assert.equal(links.length, 1, needle);
            assert.equal(links[0].targetUri, catalogueUri);
            assert.deepEqual(links[0].targetSelectionRange.start, positionOf(CATALOGUE, 'B-2025/33-IT'));
        }
    });

    it('finds the citations in all forms, and the repeal, as references', async () => {
        const locations = await session.request<Location[]>('textDocument/references', {
            textDocument: { uri: catalogueUri },
            position: positionOf(CATALOGUE, 'B-2025/33-IT', 3),
            context: { includeDeclaration: false }
        });
        assert.deepEqual(locations.map(l => l.range.start.line).sort(), [2, 3, 4]);
        const items = await session.request<Location[]>('textDocument/references', {
            textDocument: { uri: catalogueUri },
            position: positionOf(CATALOGUE, 'decision 2025/02', 10),
            context: { includeDeclaration: false }
        });
        assert.deepEqual(
            items
                .map(l => `${l.uri === catalogueUri ? 'catalogue' : 'strategy'}:${l.range.start.line}`)
                .sort(),
            ['catalogue:16', 'strategy:5', 'strategy:6']
        );
    });

    it('renames the decision in the current form everywhere, whichever form a citation used', async () => {
        const edit = await session.rename(
            strategyUri,
            positionOf(STRATEGY, 'evolves 2025/33', 10),
            'B-2025/34-IT'
        );
        const after = applyTextEdits(STRATEGY, edit.changes![strategyUri]);
        assert.match(after, /cites B-2025\/34-IT\n {4}evolves B-2025\/34-IT\n {4}covered-by B-2025\/34-IT\n/);
        const catalogue = applyTextEdits(CATALOGUE, edit.changes![catalogueUri]);
        assert.match(catalogue, /decision B-2025\/34-IT by ITPLR/);
        await assert.rejects(
            session.rename(strategyUri, positionOf(STRATEGY, 'evolves 2025/33', 10), 'B-2025/34'),
            /not a decision number/
        );
    });

    it('offers to write a half-written current number in full', async () => {
        const text = STRATEGY.replace('cites B-2025/33-IT', 'cites B-2025/33');
        await session.change(strategyUri, text);
        const invalid = await session.findingOf(strategyUri, 'invalid-decision-id');
        assert.match(
            String(invalid.message),
            /B-2025\/33 is not a decision number: write it as YYYY\/NN or B-YYYY\/NN-IT/
        );
        const actions = await session.codeActionsFor(strategyUri, invalid);
        const fix = actions.find(a => a.title === 'Write B-2025/33 as B-2025/33-IT');
        assert.ok(fix?.edit?.changes, JSON.stringify(actions.map(a => a.title)));
        assert.equal(applyTextEdits(text, fix.edit.changes[strategyUri]), STRATEGY);
        await session.change(strategyUri, STRATEGY);
    });

    it('completes a decision in the form the catalogue declares it', async () => {
        const uri = await session.open('scratch.strat', 'strategy Scratch "Notizen" {\n    cites \n}\n');
        await session.diagnosticsFor(uri);
        const items = await session.completion(uri, { line: 1, character: 10 });
        const item = items.find(i => i.label === 'B-2025/33-IT');
        assert.ok(item, JSON.stringify(items.map(i => i.label)));
        assert.equal(item.detail, 'Portfoliosteuerung des IT-Planungsrats');
        assert.ok(items.some(i => i.label === '2025/02'));
    });

    it('rewrites the legacy form to YYYY/NN with a quick fix', async () => {
        const legacy = await session.findingOf(strategyUri, 'legacy-decision-id');
        const actions = await session.codeActionsFor(strategyUri, legacy);
        const fix = actions.find(a => a.title === 'Write 33/2025 as 2025/33');
        assert.ok(fix?.edit?.changes);
        assert.match(applyTextEdits(STRATEGY, fix.edit.changes[strategyUri]), /covered-by 2025\/33\n/);
    });
});
