import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    type CodeLens,
    CompletionItemKind,
    type DocumentLink,
    type DocumentSymbol,
    type InlayHint,
    type Location,
    type LocationLink,
    type SelectionRange,
    type TextEdit,
    type WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../cli/cli-harness.js';
import {
    completionLabels,
    LspSession,
    positionOf,
    serverOnExamples,
    useServerOnExamples
} from '../support/lsp-session.js';

const STRATEGY = 'interfoederale-strategie.strat';
const CATALOGUE = 'catalogue/it-planungsrat.strat';
const REVIEW = 'intelligente-verwaltungsnetze.strat';

describe('language server over LSP', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession;
    let strategyText: string;
    let strategyUri: string;

    useServerOnExamples(server => ({ workspace, session } = server));

    before(async () => {
        strategyText = await fs.readFile(path.join(workspace, STRATEGY), 'utf8');
        strategyUri = await session.open(STRATEGY, strategyText);
        await session.diagnosticsFor(strategyUri);
    });

    it('publishes no diagnostics for a valid example', async () => {
        assert.deepEqual(await session.diagnosticsFor(strategyUri), []);
    });

    it('hovers a decision citation with its title, body, session, date and citation count', async () => {
        const text = await session.hoverText(
            strategyUri,
            positionOf(strategyText, 'commissioned-by 2023/42', 17)
        );
        assert.match(text, /Decision 2023\/42/);
        assert.match(text, /Entwicklung einer gemeinsamen/);
        assert.match(text, /Body: IT\\-Planungsrat/);
        assert.match(text, /Session: 42/);
        assert.match(text, /Date: 2023-11/);
        assert.match(text, /cited once/);
    });

    it('says "no title recorded" for a decision the catalogue records without title', async () => {
        const text = await session.hoverText(strategyUri, positionOf(strategyText, '2022/27', 1));
        assert.match(text, /Decision 2022\/27/);
        assert.match(text, /no title recorded/);
        assert.match(text, /cited 6 times/);
    });

    it("every decision the examples cite hovers with its title, or with the catalogue's note on why it has none", async () => {
        let hovered = 0;
        for (const file of [STRATEGY, REVIEW]) {
            const text = await fs.readFile(path.join(workspace, file), 'utf8');
            const uri = file === STRATEGY ? strategyUri : session.uri(file); // the server reads every file
            const lines = text.split('\n');
            const cited = lines.flatMap((written, line) =>
                /^\s*(?:evolves|covered-by|commissioned-by|adopted-by|cites)\s/.test(written)
                    ? // numbers in a citation's passage (`at "… 27/2014"`) are text, not citations
                      [
                          ...written
                              .replace(/"(\\.|[^"\\])*"/g, m => ' '.repeat(m.length))
                              .matchAll(/(?:B-)?\d+\/[\w-]+/g)
                      ].map(number => ({
                          number: number[0],
                          line,
                          character: number.index
                      }))
                    : []
            );
            for (const { number, line, character } of cited) {
                const [heading, next = ''] = (await session.hoverText(uri, { line, character })).split(
                    '\n\n'
                );
                const untitled = heading.endsWith('*no title recorded*');
                assert.ok(
                    !untitled || /^\*[^*].+\*$/.test(next),
                    `${file}:${line + 1} ${number}: no title and no note on why: ${heading}`
                );
                hovered++;
            }
        }
        assert.ok(hovered > 50, `only ${hovered} citations hovered`);
    });

    it('goes from a decision citation to its declaration in the catalogue', async () => {
        const links = await session.request<LocationLink[]>('textDocument/definition', {
            textDocument: { uri: strategyUri },
            position: positionOf(strategyText, '2022/27', 2)
        });
        assert.equal(links.length, 1);
        assert.equal(links[0].targetUri, session.uri(CATALOGUE));
        const catalogue = await fs.readFile(path.join(workspace, CATALOGUE), 'utf8');
        assert.deepEqual(links[0].targetSelectionRange.start, positionOf(catalogue, 'decision 2022/27', 9));
    });

    it('finds every citation of 2022/27 in every strategy', async () => {
        const locations = await session.request<Location[]>('textDocument/references', {
            textDocument: { uri: strategyUri },
            position: positionOf(strategyText, '2022/27', 2),
            context: { includeDeclaration: false }
        });
        assert.ok(locations.length >= 6, `only ${locations.length} references`);
        assert.ok(locations.every(l => l.uri === strategyUri));
    });

    it('lists decisions and goals as workspace symbols with their titles', async () => {
        const symbols = await session.request<WorkspaceSymbol[]>('workspace/symbol', { query: '2023/02' });
        assert.ok(
            symbols.some(s => s.name.startsWith('2023/02') && s.name.includes('Kommunalpakt')),
            JSON.stringify(symbols.map(s => s.name))
        );
        const goals = await session.request<WorkspaceSymbol[]>('workspace/symbol', {
            query: 'Infrastrukturverantwortung'
        });
        assert.ok(goals.some(s => s.name.includes('Veränderte Infrastrukturverantwortung des Staates')));
    });

    it('outlines a document with its sections, stakeholders and their needs', async () => {
        const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', {
            textDocument: { uri: strategyUri }
        });
        const strategy = symbols.find(s => s.name === 'Dachstrategie')!;
        assert.ok(strategy, 'the strategy symbol');
        const buerger = strategy.children?.find(s => s.name === 'buerger');
        assert.equal(buerger?.detail, 'Bürger:innen');
        assert.ok((buerger?.children?.length ?? 0) >= 1);
    });

    it('gives code lenses "cited N times" on decisions', async () => {
        const lenses = await session.request<CodeLens[]>('textDocument/codeLens', {
            textDocument: { uri: session.uri(CATALOGUE) }
        });
        const catalogue = await fs.readFile(path.join(workspace, CATALOGUE), 'utf8');
        const lens = lenses.find(l => l.range.start.line === positionOf(catalogue, 'decision 2022/27').line);
        assert.equal(lens?.command?.title, 'cited 6 times');
        assert.equal((lens?.command?.arguments?.[2] as Location[]).length, 6);
    });

    it('shows the short title after a citation as an inlay hint', async () => {
        const hints = await session.request<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri: strategyUri },
            range: {
                start: { line: 0, character: 0 },
                end: { line: strategyText.split('\n').length, character: 0 }
            }
        });
        const hint = hints.find(h => h.position.line === positionOf(strategyText, 'evolves 2023/02').line);
        assert.ok(hint, 'a hint after evolves 2023/02');
        assert.match(String(hint.label), /^Kommunalpakt/);
        // 2023/42 has no recorded title (only a summary): no hint after it
        assert.ok(
            !hints.some(h => h.position.line === positionOf(strategyText, 'commissioned-by 2023/42').line)
        );
    });

    it('links URLs inside texts', async () => {
        const uri = await session.open(REVIEW);
        const links = await session.request<DocumentLink[]>('textDocument/documentLink', {
            textDocument: { uri }
        });
        assert.ok(
            links.some(l => l.target?.startsWith('https://www.bundestag.de/')),
            JSON.stringify(links.map(l => l.target))
        );
    });

    it('expands a selection from a word to its enclosing elements', async () => {
        const [range] = await session.request<SelectionRange[]>('textDocument/selectionRange', {
            textDocument: { uri: strategyUri },
            positions: [positionOf(strategyText, 'evolves 2023/35', 10)]
        });
        const chain: string[] = [];
        for (let r: SelectionRange | undefined = range; r; r = r.parent) {
            chain.push(
                strategyText
                    .split('\n')
                    .slice(r.range.start.line, r.range.end.line + 1)
                    .join('\n')
                    .length.toString()
            );
        }
        assert.ok(chain.length >= 4, `only ${chain.length} levels`);
    });

    it('completes decision numbers with their titles as detail', async () => {
        const uri = await session.open('scratch.strat', 'strategy Scratch "Notizen" {\n    cites \n}\n');
        await session.diagnosticsFor(uri);
        const items = await session.completion(uri, { line: 1, character: 10 });
        const item = items.find(i => i.label === '2023/02');
        assert.ok(item, `no 2023/02 among ${items.length} items`);
        assert.match(item.detail ?? '', /Kommunalpakt/);
        assert.equal(items.find(i => i.label === '2022/27')?.detail, 'no title recorded');
    });

    it('completes the values of the scale a rating uses, and keywords that fit', async () => {
        const text =
            'strategy Scratch2 "Notizen" {\n    goal g "G" {\n        assessment 2024 {\n            status \n        }\n    }\n}\n';
        const uri = await session.open('scratch2.strat', text);
        await session.diagnosticsFor(uri);
        const labels = completionLabels(await session.completion(uri, { line: 3, character: 19 }));
        assert.deepEqual(
            ['critical', 'needs-action', 'uncritical'].filter(v => labels.includes(v)),
            ['critical', 'needs-action', 'uncritical']
        );
        assert.ok(!labels.includes('beginning'), 'a progress value offered for status');
        const goalLabels = completionLabels(await session.completion(uri, { line: 4, character: 9 }));
        assert.ok(
            goalLabels.includes('outlook') && goalLabels.includes('refines'),
            JSON.stringify(goalLabels)
        );
    });

    // Where each snippet is offered is asserted in snippets.test.ts; here, the date variables.
    it('fills the date variables of a snippet of snippets.json with today', async () => {
        const uri = await session.open('scratch3.strat', 'strategy Scratch3 "Notizen" {\n    \n}\n\n');
        await session.diagnosticsFor(uri);
        const items = await session.completion(uri, { line: 1, character: 4 });
        const snippets = Object.values(
            JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'client/snippets.json'), 'utf8')) as Record<
                string,
                { prefix: string; body: string[] }
            >
        );
        const goal = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'goal');
        const year = String(new Date().getFullYear());
        const goalBody = snippets.find(s => s.prefix === 'goal')!.body.join('\n');
        assert.equal(goal?.insertText, goalBody.replaceAll('$CURRENT_YEAR', year));
        const decision = snippets.find(s => s.prefix === 'decision')!;
        assert.ok(decision.body.join('').includes('$CURRENT_YEAR'), 'the file uses the date variables');
    });

    it('formats a document canonically', async () => {
        const uri = await session.open(
            'messy.strat',
            'strategy Messy "Unordentlich" { horizon 2030\n  goal g "G" { level l }\n level l "L" }\n'
        );
        await session.diagnosticsFor(uri);
        const edits = await session.request<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri },
            options: { tabSize: 4, insertSpaces: true }
        });
        const applied = applyEdits(
            'strategy Messy "Unordentlich" { horizon 2030\n  goal g "G" { level l }\n level l "L" }\n',
            edits
        );
        assert.equal(
            applied,
            'strategy Messy "Unordentlich" {\n    horizon 2030\n\n    goal g "G" {\n        level l\n    }\n\n    level l "L"\n}\n'
        );
    });
});

function applyEdits(text: string, edits: TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) =>
        lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let result = text;
    for (const edit of sorted) {
        result =
            result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
    }
    return result;
}

describe('language server settings', function () {
    this.timeout(60_000);

    it('shows no decision titles as inlay hints when strat.inlayHints.decisionTitles is off', async () => {
        const { session, stop } = await serverOnExamples({
            settings: { inlayHints: { decisionTitles: false } }
        });
        try {
            const uri = await session.open(STRATEGY);
            await session.diagnosticsFor(uri);
            const hints = await session.request<InlayHint[]>('textDocument/inlayHint', {
                textDocument: { uri },
                range: { start: { line: 0, character: 0 }, end: { line: 400, character: 0 } }
            });
            assert.deepEqual(hints, []);
        } finally {
            await stop();
        }
    });
});
