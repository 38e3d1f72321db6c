import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import type { Hover, Location, LocationLink, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { positionOf } from '../support/lsp-session.js';
import { WorkerSession } from './worker-session.js';

const STRATEGY = 'examples/interfoederale-strategie.strat';
const LEGACY = 'examples/intelligente-verwaltungsnetze.strat';
const CATALOGUE = 'examples/catalogue/it-planungsrat.strat';
/** A citation of a decision the catalogue gives a title (2022/02 "Ukrainekrise"). */
const CITATION = 'evolves 2022/27, 2023/46, 2022/02';

describe('the language server as a web worker in Chromium (dist/server.web.js)', function () {
    this.timeout(90_000);
    let session: WorkerSession;
    let strategy: { uri: string; text: string };

    before(async () => {
        session = await WorkerSession.start();
        strategy = await session.open(STRATEGY);
    });

    after(async () => {
        await session?.stop();
    });

    it('loads as a dedicated worker without errors and finds the examples through the workbench', async () => {
        await session.diagnosticsFor(strategy.uri);
        assert.deepEqual(session.workerErrors, []);
        assert.ok(session.requested.includes(`findFiles ${session.uri('')}`.replace(/\/$/, '')));
        assert.ok(session.requested.some(r => r === `readFile ${session.uri(CATALOGUE)}`));
    });

    it('reports the legacy decision number in a file no editor has opened', async () => {
        const diagnostics = await session.diagnosticsFor(session.uri(LEGACY), d => d.length > 0);
        const legacy = diagnostics.filter(d => d.code === 'legacy-decision-id');
        assert.equal(legacy.length, 2, 'both citations of 27/2014 in the review');
        for (const finding of legacy) {
            assert.match(String(finding.message), /27\/2014 is the legacy form of decision 2014\/27/);
            assert.equal(finding.severity, 2);
        }
    });

    it('hovers a citation with the title of the decision from the catalogue', async () => {
        const hover = await session.request<Hover>('textDocument/hover', {
            textDocument: { uri: strategy.uri },
            position: positionOf(strategy.text, CITATION, CITATION.length - 3)
        });
        const text = (hover.contents as { value: string }).value;
        assert.match(text, /Decision 2022\/02/);
        assert.match(text, /Ukrainekrise/);
    });

    it('goes from a citation to the decision in the catalogue', async () => {
        const links = await session.request<LocationLink[]>('textDocument/definition', {
            textDocument: { uri: strategy.uri },
            position: positionOf(strategy.text, CITATION, CITATION.length - 3)
        });
        assert.equal(links.length, 1);
        assert.equal(links[0].targetUri, session.uri(CATALOGUE));
        const catalogue = await fs.readFile(session.pathOf(session.uri(CATALOGUE)), 'utf8');
        assert.deepEqual(links[0].targetSelectionRange.start, positionOf(catalogue, 'decision 2022/02', 9));
    });

    it('finds every citation of a decision, across files', async () => {
        const locations = await session.request<Location[]>('textDocument/references', {
            textDocument: { uri: strategy.uri },
            position: positionOf(strategy.text, CITATION, CITATION.length - 3),
            context: { includeDeclaration: true }
        });
        const files = new Set(locations.map(l => l.uri));
        assert.ok(files.has(session.uri(CATALOGUE)), 'the declaration in the catalogue');
        assert.ok(files.has(strategy.uri));
        for (const location of locations) {
            const lines = (await fs.readFile(session.pathOf(location.uri), 'utf8')).split('\n');
            const { start, end } = location.range;
            assert.equal(lines[start.line].slice(start.character, end.character), '2022/02', location.uri);
        }
        const citations = strategy.text.split('\n').filter(line => /\b2022\/02\b/.test(line)).length;
        assert.equal(locations.filter(l => l.uri === strategy.uri).length, citations);
    });

    it('renames a decision in every file that cites it', async () => {
        const edit = await session.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: strategy.uri },
            position: positionOf(strategy.text, CITATION, CITATION.length - 3),
            newName: '2022/99'
        });
        const changes = edit.changes ?? {};
        assert.ok(changes[session.uri(CATALOGUE)]?.length === 1, 'the declaration in the catalogue');
        const citations = strategy.text.split('\n').filter(line => /\b2022\/02\b/.test(line)).length;
        assert.equal(changes[strategy.uri]?.length, citations);
        assert.ok(
            Object.values(changes)
                .flat()
                .every(e => e.newText === '2022/99')
        );
    });

    it('checks an edit as it is typed, with the catalogue it reads through the workbench', async () => {
        await session.change(
            strategy.uri,
            strategy.text.replace(CITATION, 'evolves 2022/27, 2023/46, 2099/01')
        );
        const diagnostics = await session.diagnosticsFor(strategy.uri, d => d.length > 0);
        assert.ok(
            diagnostics.some(d => /2099\/01/.test(String(d.message))),
            JSON.stringify(diagnostics.map(d => d.message))
        );
        await session.change(strategy.uri, strategy.text);
        await session.diagnosticsFor(strategy.uri, d => !d.some(x => /2099\/01/.test(String(x.message))));
    });
});

describe('the web worker server where the workbench cannot search', function () {
    this.timeout(90_000);
    let session: WorkerSession;

    after(async () => {
        await session?.stop();
    });

    it('walks the workspace folder by folder and still resolves citations into the catalogue', async () => {
        session = await WorkerSession.start({ noSearch: true, folder: 'examples' });
        const { uri, text } = await session.open('interfoederale-strategie.strat');
        await session.diagnosticsFor(uri);
        assert.ok(
            session.requested.includes(`readDirectory ${session.uri('catalogue')}`),
            session.requested.join('\n')
        );
        const links = await session.request<LocationLink[]>('textDocument/definition', {
            textDocument: { uri },
            position: positionOf(text, CITATION, CITATION.length - 3)
        });
        assert.equal(links[0]?.targetUri, session.uri('catalogue/it-planungsrat.strat'));
        const legacy = await session.diagnosticsFor(
            session.uri('intelligente-verwaltungsnetze.strat'),
            d => d.length > 0
        );
        assert.ok(legacy.some(d => d.code === 'legacy-decision-id'));
    });
});
