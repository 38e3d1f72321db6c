import * as assert from 'node:assert/strict';
import type { Hover, LocationLink, TextEdit } from 'vscode-languageserver-protocol';
import { Cancellation, DocumentState, EmptyFileSystem, isOperationCancelled, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Cycles, cycleText, findCycle } from '../../language/validation/cycles.js';
import { createStratLspServices } from '../../server/strat-lsp-module.js';
import { LspSession, positionOf } from '../support/lsp-session.js';
import { countCase, cpuSeconds, settings } from './fuzz-support.js';
import { exampleCopy, runSequence, type Op } from './lsp-editor.js';
import { applyTextEdits, positionAt } from '../support/lsp-text.js';
import { buildAndCheck, buildInServer, EXAMPLES } from './workspace.js';

/** The failures the fuzz suite found, each as a test of its own (the fixes are named in each title). */
describe('fuzz: regressions', function () {
    this.timeout(120_000);

    describe('parser and validation', () => {
        it('declarations cut short by a syntax error are not reported on with "undefined" names, and no check throws (decision-checks, report)', async () => {
            for (const text of [
                'scale ',
                'decision ',
                'decision by X',
                'decision {',
                'strategy S "s" { indicator actor }',
                'strategy S "s" { level l "L" goal }',
                'strategy S "s" { goal { } }',
                'strategy S "s" { goal g "G" { assessment { } } }',
                'strategy { part-of }',
                'body',
                'measure'
            ]) {
                await buildAndCheck({ 'main.strat': text });
                countCase();
            }
        });

        it('the places a duplicate-decision finding names do not depend on the order of the files (decision-checks)', async () => {
            const files = {
                'a.strat': 'decision 2020/01\n',
                'b.strat': '\ndecision 2020/01\n',
                'c.strat': '\n\ndecision 1/2020\n'
            };
            const messages = async (order: string[]) => {
                const built = await buildAndCheck(
                    Object.fromEntries(order.map(name => [name, files[name as keyof typeof files]]))
                );
                return Object.keys(files).map(name =>
                    (built.documents.get(name)!.diagnostics ?? [])
                        .filter(d => d.code === 'duplicate-decision')
                        .map(d => d.message)
                );
            };
            assert.deepEqual(
                await messages(['c.strat', 'a.strat', 'b.strat']),
                await messages(['a.strat', 'b.strat', 'c.strat'])
            );
            countCase();
        });

        it('findCycle walks a chain of 200,000 elements without overflowing the stack (cycles)', () => {
            const next = (n: number) => [(n + 1) % 200_000];
            assert.equal(findCycle(0, next)?.length, 200_001);
            assert.equal(
                findCycle(0, n => (n < 199_999 ? [n + 1] : [])),
                undefined
            );
            countCase();
        });

        it('the cycles through every element of a ring of 200,000 are found with each element visited a bounded number of times (cycles: was quadratic)', () => {
            const size = 200_000;
            let calls = 0;
            const cycles = new Cycles<number>(n => (calls++, [(n + 1) % size]));
            for (let n = 0; n < size; n++) {
                const cycle = cycles.through(n);
                assert.ok(
                    cycle && cycle.length === size && cycle.at(0) === n && cycle.second === (n + 1) % size,
                    `cycle through ${n}`
                );
            }
            assert.ok(calls <= 3 * size, `${calls} successor lookups for ${size} elements`);
            assert.equal(cycleText(cycles.through(7)!, String, 4), '7 → 8 → 9 → … → 7');
            countCase();
        });

        it('a tail leading into a cycle is not on it, and elements of a part off the found cycle get one of their own (cycles)', () => {
            // 0 → 1 → 2 → 3 → 1, and 3 → 4 → 2: 0 is on no cycle; 4 lies in the part {1,2,3,4} but possibly
            // off the first cycle found
            const edges: Record<number, number[]> = { 0: [1], 1: [2], 2: [3], 3: [1, 4], 4: [2], 5: [5] };
            const cycles = new Cycles<number>(n => edges[n] ?? []);
            assert.equal(cycles.through(0), undefined);
            for (const n of [1, 2, 3, 4]) {
                const cycle = cycles.through(n)!;
                const walk = Array.from({ length: cycle.length + 1 }, (_, i) => cycle.at(i));
                assert.equal(walk[0], n);
                walk.slice(1).forEach((node, i) =>
                    assert.ok(edges[walk[i]].includes(node), `${walk[i]} → ${node} is an edge`)
                );
            }
            assert.equal(cycleText(cycles.through(5)!, String), '5 → 5');
            countCase();
        });

        // A hang guard, not a timing: CPU time, which the load of the machine does not stretch, far above
        // the 5 s this takes (30 s when the level check was quadratic). Whether the check stays linear is
        // measured by `npm run bench` (many goals without levels, target flat-goals-per-goal).
        it('20,000 goals in a strategy without levels are checked without a hang, none of them reported as lacking a level (goal-checks: goal-without-level)', async function () {
            this.timeout(600_000);
            const goals = Array.from({ length: 20_000 }, (_, i) => `    goal g${i} "Ziel" {\n    }\n`).join(
                ''
            );
            const cpu = process.cpuUsage();
            const built = await buildAndCheck({ 'gross.strat': `strategy S "S" {\n${goals}}\n` });
            const seconds = cpuSeconds(cpu);
            const diagnostics = built.documents.get('gross.strat')!.diagnostics ?? [];
            assert.ok(seconds < 120, `${seconds.toFixed(1)} s of CPU time: a hang or a quadratic check`);
            assert.equal(diagnostics.filter(d => d.code === 'goal-without-level').length, 0);
            countCase();
        });
    });

    it('a rename to a name another file declares for a workspace-wide element is refused (rename-provider)', async () => {
        const { services, documents } = await buildInServer(EXAMPLES, '/rename');
        const musterland = documents.get('illustrative/musterland-onlinedienste.strat')!;
        const text = musterland.textDocument.getText();
        const rename = (needle: string, shift: number, newName: string) =>
            services.Strat.lsp.RenameProvider!.rename(musterland, {
                textDocument: { uri: musterland.uri.toString() },
                position: musterland.textDocument.positionAt(text.indexOf(needle) + shift),
                newName
            });
        for (const [needle, shift, newName] of [
            ['body MLR', 5, 'ITPLR'],
            ['decision 2025/99', 9, '2022/27'],
            ['strategy MLO', 9, 'IVN']
        ] as const) {
            await assert.rejects(
                async () => rename(needle, shift, newName),
                (error: Error) => /is taken: .+ is declared in /.test(error.message),
                `${needle} → ${newName}`
            );
        }
        assert.ok(await rename('body MLR', 5, 'MLR_neu'), 'a free name is still accepted');
        countCase();
    });

    it('a rename on the qualifier of `stakeholder.need` renames the stakeholder, and renaming it renames every qualifier (rename-provider)', async () => {
        const { services, documents } = await buildInServer(EXAMPLES, '/rename');
        const strategy = documents.get('interfoederale-strategie.strat')!;
        const text = strategy.textDocument.getText();
        const at = (needle: string, shift: number) => ({
            textDocument: { uri: strategy.uri.toString() },
            position: strategy.textDocument.positionAt(text.indexOf(needle) + shift)
        });
        const provider = services.Strat.lsp.RenameProvider!;
        const qualifier = at('unternehmen.datennutzung', 2);
        assert.equal(
            strategy.textDocument.getText((await provider.prepareRename(strategy, qualifier))!),
            'unternehmen'
        );
        for (const params of [qualifier, at('stakeholder unternehmen', 13)]) {
            const edit = await provider.rename(strategy, { ...params, newName: 'wirtschaft' });
            const renamed = applyTextEdits(text, edit!.changes![strategy.uri.toString()]);
            assert.equal(
                renamed,
                text
                    .replace(/\bunternehmen(?=[. ])/g, 'wirtschaft')
                    .replace('stakeholder unternehmen', 'stakeholder wirtschaft')
            );
            assert.ok(renamed.includes('wirtschaft.datennutzung') && !/\bunternehmen\./.test(renamed));
        }
        countCase();
    });

    it("a rename that would make references mean another element is refused: a strategy's own scale renamed like the built-in status scale (rename-provider)", async () => {
        const { services, documents } = await buildInServer(EXAMPLES, '/rename');
        const musterland = documents.get('illustrative/musterland-onlinedienste.strat')!;
        const text = musterland.textDocument.getText();
        assert.ok(/^\s+status critical/m.test(text), 'the strategy rates with the built-in status scale');
        const rename = (newName: string) =>
            services.Strat.lsp.RenameProvider!.rename(musterland, {
                textDocument: { uri: musterland.uri.toString() },
                position: musterland.textDocument.positionAt(text.indexOf('scale umsetzung') + 7),
                newName
            });
        await assert.rejects(
            async () => rename('status'),
            (error: Error) => /change their meaning/.test(error.message)
        );
        assert.ok(await rename('umsetzungsstand'), 'a free name is still accepted');
        countCase();
    });

    it('a request for a document whose text changed waits for the rebuild instead of reading the older tree (editor-document-builder)', async () => {
        const services = createStratLspServices({ ...EmptyFileSystem });
        const {
            DocumentBuilder: builder,
            LangiumDocuments: documents,
            TextDocuments: editor
        } = services.shared.workspace;
        const uri = URI.file('/offen/entwurf.strat');
        const before = 'decision 2020/01\nstrategy S "Alt" { cites 2020/01 }\n';
        const after = '\n\ndecision 2020/01\nstrategy S "Neu" { cites 2020/01 }\n';
        const opened = TextDocument.create(uri.toString(), 'strat', 1, before);
        editor.set(opened);
        const document = services.shared.workspace.LangiumDocumentFactory.fromTextDocument(opened);
        documents.addDocument(document);
        await builder.build([document], { validation: true });
        const treeText = () => documents.getDocument(uri)!.parseResult.value.$cstNode!.root.fullText;
        assert.equal(treeText(), before);

        // the editor has the new text; its rebuild has not started yet
        editor.set(TextDocument.create(uri.toString(), 'strat', 2, after));
        const order: string[] = [];
        const forDocument = builder
            .waitUntil(DocumentState.Linked, uri, Cancellation.CancellationToken.None)
            .then(() => order.push(`document: ${treeText() === after ? 'new' : 'old'} tree`));
        const forWorkspace = builder
            .waitUntil(DocumentState.IndexedReferences, Cancellation.CancellationToken.None)
            .then(() => order.push(`workspace: ${treeText() === after ? 'new' : 'old'} tree`));
        await new Promise(resolve => setTimeout(resolve, 50));
        order.push('update');
        await builder.update([uri], []);
        await Promise.all([forDocument, forWorkspace]);
        assert.deepEqual(order, ['update', 'document: new tree', 'workspace: new tree']);

        // a request that stops waiting is cancelled, not answered
        editor.set(TextDocument.create(uri.toString(), 'strat', 3, before));
        const source = new Cancellation.CancellationTokenSource();
        const waiting = builder.waitUntil(DocumentState.Linked, uri, source.token);
        source.cancel();
        await assert.rejects(waiting, (error: unknown) => isOperationCancelled(error));
        countCase();
    });

    describe('language server', () => {
        const { folder, disk } = exampleCopy();

        it('checks every file at start, and answers requests for files no editor opened (strat-workspace-manager)', async () => {
            const session = await LspSession.start(folder());
            try {
                const uri = session.uri('intelligente-verwaltungsnetze.strat');
                const diagnostics = await session.diagnosticsFor(uri, d => d.length > 0, 20_000);
                const legacy = diagnostics.find(d => d.code === 'legacy-decision-id')!;
                const actions = await session.request<unknown[]>('textDocument/codeAction', {
                    textDocument: { uri },
                    range: legacy.range,
                    context: { diagnostics: [legacy] }
                });
                assert.ok(actions.length > 0);
            } finally {
                await session.stop();
            }
            countCase();
        });

        it('closing a document drops its unsaved text: the file on disk counts again, a file only in the editor goes (document-update-handler)', async () => {
            const session = await LspSession.start(folder());
            try {
                const catalogue = session.uri('catalogue/it-planungsrat.strat');
                const strategy = session.uri('interfoederale-strategie.strat');
                await session.diagnosticsFor(strategy, d => d.length === 0, 20_000);
                await session.open('catalogue/it-planungsrat.strat');
                await session.change(catalogue, '');
                await session.diagnosticsFor(
                    strategy,
                    d => d.some(x => x.code === 'unresolved-decision'),
                    20_000
                );
                await session.connection.sendNotification('textDocument/didClose', {
                    textDocument: { uri: catalogue }
                });
                await session.diagnosticsFor(strategy, d => d.length === 0, 20_000);
                const draft = await session.open(
                    'neu/entwurf.strat',
                    'strategy Entwurf "E" { cites 2099/01 }\n'
                );
                await session.diagnosticsFor(draft, d => d.length > 0, 20_000);
                await session.connection.sendNotification('textDocument/didClose', {
                    textDocument: { uri: draft }
                });
                await session.diagnosticsFor(draft, d => d.length === 0, 20_000);
            } finally {
                await session.stop();
            }
            countCase();
        });

        it('a request the server cancels comes back as an error, not as a result (package.json: one vscode-languageserver-protocol)', async () => {
            const session = await LspSession.start(folder());
            try {
                await assert.rejects(
                    session.request('textDocument/hover', {
                        textDocument: { uri: session.uri('gibt-es-nicht.strat') },
                        position: { line: 0, character: 0 }
                    }),
                    (error: { code?: number }) => error.code === -32802
                );
            } finally {
                await session.stop();
            }
            countCase();
        });

        it('formatting right after a change formats the new text, not the old one (formatter, stale-documents)', async () => {
            const session = await LspSession.start(folder());
            try {
                const file = 'illustrative/musterland-onlinedienste.strat';
                const text = disk.get(file)!;
                const uri = await session.open(file, text);
                for (let round = 0; round < 5; round++) {
                    // remove the first comment lines: the text stays valid, the lines shift
                    const cut = text.indexOf('\nbody');
                    const current = text.slice(cut + 1).replace('body MLR', `body   MLR${round}`);
                    await session.connection.sendNotification('textDocument/didChange', {
                        textDocument: { uri, version: 10 + 2 * round },
                        contentChanges: [{ text: current }]
                    });
                    const edits = await session.request<TextEdit[]>('textDocument/formatting', {
                        textDocument: { uri },
                        options: { tabSize: 4, insertSpaces: true }
                    });
                    const formatted = applyTextEdits(current, edits);
                    assert.equal(
                        formatted.replace(/\s+/g, ''),
                        current.replace(/\s+/g, ''),
                        'the edits changed more than whitespace'
                    );
                    assert.ok(
                        formatted.includes(`body MLR${round}`),
                        'the formatting did not apply to the new text'
                    );
                    await session.connection.sendNotification('textDocument/didChange', {
                        textDocument: { uri, version: 11 + 2 * round },
                        contentChanges: [{ text }]
                    });
                    const range = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
                    const rangeEdits = await session.request<TextEdit[]>('textDocument/rangeFormatting', {
                        textDocument: { uri },
                        range,
                        options: { tabSize: 4, insertSpaces: true }
                    });
                    applyTextEdits(text, rangeEdits);
                }
            } finally {
                await session.stop();
            }
            countCase();
        });

        it('hover and definition right after a change answer from the new text, not the tree of the text before (editor-document-builder)', async () => {
            // A long second strategy keeps the server busy checking the file after linking it: a change
            // arriving then used to find the file "linked" (its old tree) until the next build started.
            const goals = Array.from(
                { length: 1500 },
                (_, i) => `    goal g${i} "Ziel ${i}" {\n        refines g${(i + 1) % 1500}\n    }\n`
            ).join('');
            const base = `${disk.get('interfoederale-strategie.strat')!}\nstrategy Gross "Gross" {\n${goals}}\n`;
            const cited = ['2019/03', '2020/26', '2021/05', '2022/27', '2023/46'];
            const version = (round: number) =>
                base.replace('commissioned-by 2023/42', `commissioned-by ${cited[round % cited.length]}`);
            const session = await LspSession.start(folder());
            try {
                const uri = await session.open('interfoederale-strategie.strat', base);
                await session.diagnosticsFor(uri, d => d.length > 0, 30_000);
                const catalogue = (disk.get('catalogue/it-planungsrat.strat') ?? '').split('\n');
                let stale = 0;
                for (let round = 0; round < (settings.long ? 40 : 12); round++) {
                    await session.change(uri, version(2 * round));
                    await new Promise(resolve => setTimeout(resolve, (round * 37) % 400));
                    const text = version(2 * round + 1);
                    const expected = cited[(2 * round + 1) % cited.length];
                    await session.change(uri, text);
                    const position = positionOf(text, `commissioned-by ${expected}`, 17);
                    const [hover, links] = await Promise.all([
                        session
                            .request<Hover>('textDocument/hover', { textDocument: { uri }, position })
                            .catch(error => error),
                        session
                            .request<LocationLink[]>('textDocument/definition', {
                                textDocument: { uri },
                                position
                            })
                            .catch(error => error)
                    ]);
                    for (const answer of [hover, links]) {
                        if (answer instanceof Error) {
                            assert.ok(
                                [-32800, -32801, -32802].includes((answer as { code?: number }).code ?? 0),
                                `a request failed: ${answer.message}`
                            );
                        }
                    }
                    if (
                        !(hover instanceof Error) &&
                        !(hover?.contents as { value: string }).value.includes(`Decision ${expected}`)
                    ) {
                        stale++;
                    }
                    if (!(links instanceof Error)) {
                        const target = links?.[0];
                        const line = target ? (catalogue[target.targetSelectionRange.start.line] ?? '') : '';
                        if (!line.includes(`decision ${expected}`)) {
                            stale++;
                        }
                    }
                    countCase();
                }
                assert.equal(stale, 0, 'answers about the decision cited before the change');
            } finally {
                await session.stop();
            }
        });

        it('a request for a document only the editor had, closed while the request waited, is answered as outdated, not as an internal error (editor-documents)', async () => {
            const session = await LspSession.start(folder());
            try {
                for (let round = 0; round < 5; round++) {
                    const uri = await session.open(
                        'neu/entwurf.strat',
                        `strategy Entwurf${round} "E" {\n    goal g "G" {\n    }\n}\n`
                    );
                    await session.change(
                        uri,
                        `strategy Entwurf${round} "E" {\n    goal g "G" {\n    }\n}\n\n`
                    );
                    const answers = [
                        'textDocument/rename',
                        'textDocument/references',
                        'textDocument/hover'
                    ].map(method =>
                        session
                            .request(method, {
                                textDocument: { uri },
                                position: { line: 0, character: 10 },
                                newName: 'Neu',
                                context: { includeDeclaration: true }
                            })
                            .then(
                                () => 0,
                                (error: { code?: number }) => error.code ?? -1
                            )
                    );
                    await session.connection.sendNotification('textDocument/didClose', {
                        textDocument: { uri }
                    });
                    for (const code of await Promise.all(answers)) {
                        assert.ok([0, -32800, -32801, -32802].includes(code), `answered with error ${code}`);
                    }
                }
                assert.deepEqual(
                    session.stderr.filter(line => /ENOENT/.test(line)),
                    []
                );
            } finally {
                await session.stop();
            }
            countCase();
        });

        // sequences the LSP fuzzing found, replayed (they depend on timing, so each runs a few times)
        const SEQUENCES: Array<[string, Op[]]> = [
            [
                'stale links after a cancelled build: a document linked, its references not yet indexed (strat-document-builder: shouldRelink)',
                [
                    { kind: 'request', request: 'codeAction', file: 3, at: 0.135886, wait: false },
                    { kind: 'type', file: 1, at: 0.000014, text: 'assessment' },
                    { kind: 'request', request: 'inlayHint', file: 1, at: 0.567432, wait: true },
                    { kind: 'delete', file: 0, at: 0.674571, length: 300 },
                    { kind: 'request', request: 'completion', file: 3, at: 0.03403, wait: true },
                    { kind: 'delete', file: 4, at: 0.033875, length: 180 }
                ]
            ],
            [
                'a request waiting for a document phase that a cancelled build passed silently (strat-document-builder: notifyDocumentPhase)',
                [
                    { kind: 'type', file: 3, at: 0.937937, text: 'goal' },
                    { kind: 'close', file: 3 },
                    { kind: 'type', file: 0, at: 0.852839, text: 'uncritical' },
                    { kind: 'request', request: 'formatting', file: 3, at: 0.135386, wait: true }
                ]
            ],
            [
                'a range formatting right after deleting lines (formatter)',
                [
                    { kind: 'request', request: 'completion', file: 4, at: 0.00001, wait: true },
                    { kind: 'delete', file: 1, at: 0.000008, length: 288 },
                    { kind: 'request', request: 'rangeFormatting', file: 1, at: 0.194623, wait: false },
                    { kind: 'request', request: 'rangeFormatting', file: 1, at: 0.000017, wait: false },
                    { kind: 'paste-example-twice', file: 2, at: 0.550266, example: 1 },
                    { kind: 'request', request: 'inlayHint', file: 1, at: 0.000001, wait: true },
                    { kind: 'type', file: 4, at: 0.044079, text: ',,' }
                ]
            ],
            [
                'a code action for a file no editor opened (strat-workspace-manager)',
                [
                    { kind: 'request', request: 'codeAction', file: 3, at: 0.549372, wait: true },
                    { kind: 'request', request: 'documentLink', file: 0, at: 0.473769, wait: true },
                    { kind: 'replace', file: 4, example: 3, mutations: [] },
                    { kind: 'request', request: 'rename', file: 4, at: 0.415611, wait: true }
                ]
            ],
            [
                'a rename of a document only the editor had, closed while the rename waited (editor-documents)',
                [
                    { kind: 'delete', file: 4, at: 0.601587, length: 148 },
                    { kind: 'delete', file: 1, at: 0.542565, length: 251 },
                    { kind: 'request', request: 'rename', file: 4, at: 0.52706, wait: false },
                    { kind: 'delete', file: 2, at: 0.990782, length: 205 },
                    { kind: 'request', request: 'rename', file: 3, at: 0.070925, wait: false },
                    { kind: 'close', file: 4 },
                    { kind: 'delete', file: 3, at: 0.299214, length: 45 },
                    { kind: 'delete', file: 2, at: 0.451962, length: 43 }
                ]
            ],
            [
                'unsaved text of a closed document (document-update-handler)',
                [
                    { kind: 'type', file: 2, at: 0.1, text: 'j)oDA' },
                    { kind: 'clear', file: 2 },
                    { kind: 'close', file: 2 },
                    { kind: 'request', request: 'references', file: 3, at: 0.5, wait: true }
                ]
            ]
        ];
        for (const [title, ops] of SEQUENCES) {
            it(title, async () => {
                for (let round = 0; round < (settings.long ? 5 : 2); round++) {
                    await runSequence(folder(), disk, ops);
                    countCase();
                }
            });
        }
    });

    it('the examples are what these tests expect', () => {
        assert.ok(EXAMPLES['intelligente-verwaltungsnetze.strat'].includes('27/2014'));
    });
});
