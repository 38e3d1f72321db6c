import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type {
    Diagnostic,
    DocumentHighlight,
    FoldingRange,
    SemanticTokens
} from 'vscode-languageserver-protocol';
import { copyOfExamples, LspSession, positionOf, useServerOnExamples } from '../support/lsp-session.js';
import { applyTextEdits } from '../support/lsp-text.js';

/** Every line that differs between two texts of the same number of lines. */
function changedLines(before: string, after: string): Array<[string, string]> {
    const a = before.split('\n');
    const b = after.split('\n');
    assert.equal(a.length, b.length, 'the number of lines changed');
    return a.map((line, i) => [line, b[i]] as [string, string]).filter(([x, y]) => x !== y);
}

describe('language server edits over LSP', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession;
    const read = (file: string) => fs.readFile(path.join(workspace, file), 'utf8');

    useServerOnExamples(server => ({ workspace, session } = server));

    it('rewrites a legacy decision number, changing only that number', async () => {
        const text = await read('intelligente-verwaltungsnetze.strat');
        const uri = await session.open('intelligente-verwaltungsnetze.strat', text);
        const legacy = await session.findingOf(uri, 'legacy-decision-id');
        const actions = await session.codeActionsFor(uri, legacy);
        const fix = actions.find(a => a.title === 'Write 27/2014 as 2014/27');
        assert.ok(fix?.edit?.changes, JSON.stringify(actions.map(a => a.title)));
        const after = applyTextEdits(text, fix.edit.changes[uri]);
        // the first of the review's two mentions: the strategy's citation of the passage that names it
        assert.deepEqual(changedLines(text, after), [
            [
                '    cites 27/2014 at "Würdigung seitens des IT-Planungsrates (Beschluss 27/2014)"',
                '    cites 2014/27 at "Würdigung seitens des IT-Planungsrates (Beschluss 27/2014)"'
            ]
        ]);
        await session.change(uri, after);
        await session.diagnosticsFor(uri, d => d.filter(x => x.code === 'legacy-decision-id').length === 1);
    });

    it('rewrites all legacy numbers of a file at once', async () => {
        const text =
            'decision 2013/05\ndecision 2012/03\nstrategy Alt "Alt" {\n    cites 5/2013\n    evolves 3/2012, 2013/05\n}\n';
        const uri = await session.open('legacy.strat', text);
        const diagnostics = await session.diagnosticsFor(
            uri,
            d => d.filter(x => x.code === 'legacy-decision-id').length === 2
        );
        const first = diagnostics.find(d => d.code === 'legacy-decision-id')!;
        const actions = await session.codeActionsFor(uri, first);
        const all = actions.find(a => a.title === 'Rewrite all 2 legacy decision numbers in the file');
        assert.ok(all?.edit?.changes);
        assert.equal(
            applyTextEdits(text, all.edit.changes[uri]),
            text.replace('5/2013', '2013/05').replace('3/2012', '2012/03')
        );
    });

    it('declares a missing decision in the catalogue file, with its body', async () => {
        const text = 'strategy Neu "Neu" {\n    cites 2024/77\n}\n';
        const uri = await session.open('neu.strat', text);
        const missing = await session.findingOf(uri, 'unresolved-decision');
        assert.equal(missing.severity, 2, 'a warning');
        const actions = await session.codeActionsFor(uri, missing);
        const declare = actions.find(a => a.title === 'Declare decision 2024/77 in it-planungsrat.strat');
        const catalogueUri = session.uri('catalogue/it-planungsrat.strat');
        assert.ok(declare?.edit?.changes?.[catalogueUri], JSON.stringify(actions.map(a => a.title)));
        const catalogue = await read('catalogue/it-planungsrat.strat');
        const after = applyTextEdits(catalogue, declare.edit.changes[catalogueUri]);
        assert.equal(after, catalogue + '\ndecision 2024/77 by ITPLR\n');
    });

    it('replaces an unknown rating value by the nearest value of its scale', async () => {
        const text =
            'strategy Skala "Skala" {\n    goal g "G" {\n        assessment 2024 {\n            status critcal\n        }\n    }\n}\n';
        const uri = await session.open('skala.strat', text);
        const wrong = await session.findingOf(uri, 'value-not-in-scale');
        const actions = await session.codeActionsFor(uri, wrong);
        const replace = actions.find(a => a.title === 'Replace "critcal" with "critical"');
        assert.ok(replace?.edit?.changes);
        assert.deepEqual(changedLines(text, applyTextEdits(text, replace.edit.changes[uri])), [
            ['            status critcal', '            status critical']
        ]);
    });

    it('renames a decision number in the catalogue and in every citation', async () => {
        const catalogue = await read('catalogue/it-planungsrat.strat');
        const catalogueUri = await session.open('catalogue/it-planungsrat.strat', catalogue);
        const edit = await session.rename(
            catalogueUri,
            positionOf(catalogue, 'decision 2022/27', 10),
            '2022/28'
        );
        const strategyUri = session.uri('interfoederale-strategie.strat');
        assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [catalogueUri, strategyUri].sort());
        assert.equal(edit.changes![strategyUri].length, 6);
        assert.ok(edit.changes![strategyUri].every(e => e.newText === '2022/28'));
        const strategy = await read('interfoederale-strategie.strat');
        const after = applyTextEdits(strategy, edit.changes![strategyUri]);
        assert.equal(after, strategy.replaceAll('2022/27', '2022/28'));
    });

    it('renames a goal referenced by qualified name from another file, keeping the qualifier', async () => {
        const dach = 'strategy Dach "Dach" {\n    goal souveraen "Souveränität" {\n    }\n}\n';
        const thema =
            'strategy Thema "Thema" {\n    goal cloud "Cloud" {\n        contributes-to Dach.souveraen\n    }\n}\n';
        const dachUri = await session.open('rename/dach.strat', dach);
        const themaUri = await session.open('rename/thema.strat', thema);
        await session.diagnosticsFor(themaUri, d => d.length === 0);
        const edit = await session.rename(dachUri, positionOf(dach, 'souveraen'), 'digitale_Souveränität');
        assert.equal(
            applyTextEdits(dach, edit.changes![dachUri]),
            dach.replace('souveraen', 'digitale_Souveränität')
        );
        assert.equal(
            applyTextEdits(thema, edit.changes![themaUri]),
            thema.replace('Dach.souveraen', 'Dach.digitale_Souveränität')
        );
    });

    it('refuses a new name the language would not read, with a message', async () => {
        const dach = 'strategy Dach2 "Dach" {\n    goal a "A" {\n    }\n    goal b "B" {\n    }\n}\n';
        const uri = await session.open('rename/dach2.strat', dach);
        await session.diagnosticsFor(uri);
        for (const [newName, message] of [
            ['zwei Wörter', /not a valid identifier/],
            ['goal', /not a valid identifier/],
            ['b', /^"b" is taken: goal b is declared in dach2\.strat:4\./i]
        ] as const) {
            await assert.rejects(
                session.rename(uri, positionOf(dach, 'goal a', 5), newName),
                (error: Error) => message.test(error.message)
            );
        }
        const catalogue = await read('catalogue/it-planungsrat.strat');
        await assert.rejects(
            session.rename(
                session.uri('catalogue/it-planungsrat.strat'),
                positionOf(catalogue, 'decision 2022/27', 10),
                '28/2022'
            ),
            (error: Error) => /not a decision number/.test(error.message)
        );
    });

    it('refuses a name that another element of the workspace has, saying which and where', async () => {
        const catalogue = await read('catalogue/it-planungsrat.strat');
        const catalogueUri = await session.open('catalogue/it-planungsrat.strat', catalogue);
        await session.diagnosticsFor(catalogueUri);
        const declaredAt = catalogue.split('\n').findIndex(line => /^\s*decision 2023\/42\b/.test(line)) + 1;
        await assert.rejects(
            session.rename(catalogueUri, positionOf(catalogue, 'decision 2022/27', 10), '2023/42'),
            (error: Error) => {
                assert.doesNotMatch(error.message, /more than once/);
                assert.match(
                    error.message,
                    new RegExp(
                        `^"2023/42" is taken: decision 2023/42 is declared in it-planungsrat\\.strat:${declaredAt}\\.`,
                        'i'
                    )
                );
                return true;
            }
        );
        // the same for a strategy whose new name another file declares
        const other = 'strategy Andere "Andere" {\n}\n';
        const otherUri = await session.open('rename/andere.strat', other);
        await session.diagnosticsFor(otherUri);
        await assert.rejects(
            session.rename(otherUri, positionOf(other, 'Andere', 1), 'Dachstrategie'),
            (error: Error) =>
                /^"Dachstrategie" is taken: strategy Dachstrategie is declared in \S+\.strat:\d+\./i.test(
                    error.message
                )
        );
    });

    it('highlights the occurrences of a decision in the document', async () => {
        const text = await read('interfoederale-strategie.strat');
        const uri = await session.open('interfoederale-strategie.strat', text);
        const highlights = await session.request<DocumentHighlight[]>('textDocument/documentHighlight', {
            textDocument: { uri },
            position: positionOf(text, '2022/27', 1)
        });
        assert.equal(highlights.length, 6);
    });

    it('folds blocks and colours names semantically', async () => {
        const text = await read('interfoederale-strategie.strat');
        const uri = session.uri('interfoederale-strategie.strat');
        const folds = await session.request<FoldingRange[]>('textDocument/foldingRange', {
            textDocument: { uri }
        });
        assert.ok(folds.some(f => f.startLine === positionOf(text, 'stakeholder buerger').line));
        const tokens = await session.request<SemanticTokens>('textDocument/semanticTokens/full', {
            textDocument: { uri }
        });
        assert.ok(tokens.data.length > 5 * 50, `${tokens.data.length / 5} tokens`);
    });

    it('shows new diagnostics while typing, without saving, and clears them after the fix', async () => {
        const text =
            'strategy Tippen "Tippen" {\n    level l "L"\n    goal g "G" {\n        level l\n    }\n}\n';
        const uri = await session.open('tippen.strat', text);
        await session.diagnosticsFor(uri, d => d.length === 0);
        await session.change(uri, text.replace('        level l', '        level x'));
        const broken = await session.diagnosticsFor(uri, d => d.length > 0);
        assert.deepEqual(
            broken.map((d: Diagnostic) => [d.code, d.range.start.line]),
            [['unresolved-reference', 3]]
        );
        await session.change(uri, text);
        await session.diagnosticsFor(uri, d => d.length === 0);
    });

    it('reports a decision declared in two catalogue files at both places, and clears both when one goes', async () => {
        const second = 'body ITPLR2 "Zweitkatalog"\ndecision 2022/27 by ITPLR2\n';
        const secondUri = await session.open('catalogue/zweiter.strat', second);
        const firstUri = session.uri('catalogue/it-planungsrat.strat');
        await session.diagnosticsFor(secondUri, d => d.some(x => x.code === 'duplicate-decision'));
        await session.diagnosticsFor(firstUri, d => d.some(x => x.code === 'duplicate-decision'));
        await session.change(secondUri, 'body ITPLR2 "Zweitkatalog"\ndecision 2022/29 by ITPLR2\n');
        await session.diagnosticsFor(firstUri, d => !d.some(x => x.code === 'duplicate-decision'));
    });
});

describe('language server in German', function () {
    this.timeout(60_000);

    it('speaks the display language, and follows the strat.language setting', async () => {
        const workspace = await copyOfExamples();
        const german = await LspSession.start(workspace, { locale: 'de' });
        try {
            const uri = await german.open('intelligente-verwaltungsnetze.strat');
            const [legacy] = (await german.diagnosticsFor(uri, d => d.length > 0)).filter(
                d => d.code === 'legacy-decision-id'
            );
            assert.equal(
                legacy.message,
                '27/2014 ist die alte Schreibweise von Beschluss 2014/27; schreiben Sie 2014/27.'
            );
        } finally {
            await german.stop();
        }
        const english = await LspSession.start(workspace, { locale: 'de', settings: { language: 'en' } });
        try {
            const uri = await english.open('intelligente-verwaltungsnetze.strat');
            const [legacy] = (
                await english.diagnosticsFor(uri, d =>
                    d.some(x => x.code === 'legacy-decision-id' && String(x.message).startsWith('27/2014 is'))
                )
            ).filter(d => d.code === 'legacy-decision-id');
            assert.match(String(legacy.message), /legacy form/);
        } finally {
            await english.stop();
            await fs.rm(workspace, { recursive: true, force: true });
        }
    });
});
