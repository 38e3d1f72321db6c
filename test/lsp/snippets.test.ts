import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CompletionItem, CompletionItemKind, type CompletionList } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../cli/cli-harness.js';
import { LspSession } from '../support/lsp-session.js';

interface Snippet {
    prefix: string;
    description: string;
    body: string[];
}

/**
 * Documents with a place (`|`, removed before the document is opened) where a construct may start: at
 * the top, in a strategy, a goal, an assessment, a measure, an indicator, a stakeholder, an area and a
 * dimension, after the scale of a rating and after the kind of a value.
 */
const PLACES: Record<string, string> = {
    top: 'actor ITPLR "IT-Planungsrat"\n|\n',
    strategy: 'strategy S "Strategie" {\n    |\n}\n',
    goal: 'strategy S "Strategie" {\n    goal g "Ziel" {\n        |\n    }\n}\n',
    assessment:
        'strategy S "Strategie" {\n    goal g "Ziel" {\n        assessment 2024 {\n            |\n        }\n    }\n}\n',
    rating: 'strategy S "Strategie" {\n    goal g "Ziel" {\n        assessment 2024 {\n            status |\n        }\n    }\n}\n',
    measure: 'strategy S "Strategie" {\n    measure m "Maßnahme" {\n        |\n    }\n}\n',
    indicator: 'strategy S "Strategie" {\n    indicator i "Kennzahl" {\n        |\n    }\n}\n',
    value: 'strategy S "Strategie" {\n    indicator i "Kennzahl" {\n        measured |\n    }\n}\n',
    stakeholder: 'strategy S "Strategie" {\n    stakeholder st "Gruppe" {\n        |\n    }\n}\n',
    area: 'strategy S "Strategie" {\n    area a "Bereich" {\n        |\n    }\n}\n',
    dimension: 'dimension d "Dimension" {\n    |\n}\n'
};

/** Declared documents, so that the snippets of provenance and document citations check without any error. */
const DOCUMENTS = 'source bericht "Bericht" {\n    kind report\n}\n\n';

/** What the server offers, by place: the snippets' keywords. */
const EXPECTED: Record<string, string[]> = {
    top: ['decision', 'dimension', 'scale', 'source', 'strategy'],
    strategy: [
        'assessment',
        'cites',
        'dimension',
        'from',
        'goal',
        'indicator',
        'interpretation',
        'measure',
        'outlook',
        'quote',
        'scale',
        'stakeholder'
    ],
    goal: ['assessment', 'cites', 'from', 'interpretation', 'outlook', 'quote'],
    // `source` in an assessment names the assessment's source: the declaration of a source does not fit
    assessment: ['from', 'interpretation'],
    rating: ['shares'],
    measure: ['assessment', 'cites', 'from', 'interpretation', 'outlook', 'quote'],
    indicator: ['cites', 'forecast', 'from', 'interpretation', 'measured', 'quote', 'target'],
    value: ['shares'],
    stakeholder: ['cites', 'from', 'interpretation', 'quote'],
    area: ['from', 'interpretation', 'principle'],
    dimension: ['group']
};

function place(template: string): { text: string; position: { line: number; character: number } } {
    const lines = template.split('\n');
    const line = lines.findIndex(l => l.includes('|'));
    return { text: template.replace('|', ''), position: { line, character: lines[line].indexOf('|') } };
}

/** The text a snippet inserts when every placeholder keeps its default (and every choice its first). */
function withDefaults(snippet: string): string {
    let text = snippet;
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
            .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
            .replace(/\$\{\d+\}|\$\d+/g, '');
    }
    return text;
}

describe('snippets (client/snippets.json) over LSP', function () {
    this.timeout(180_000);
    let workspace: string;
    let session: LspSession;
    let snippets: Snippet[];
    let probes = 0;

    /** The snippets the server offers at the place of a template (a new document each time). */
    async function offered(template: string): Promise<CompletionItem[]> {
        const { text, position } = place(template);
        const uri = await session.open(`probe-${probes++}.strat`, text);
        await session.diagnosticsFor(uri);
        const result = await session.request<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri },
            position
        });
        return (Array.isArray(result) ? result : result.items).filter(
            i => i.kind === CompletionItemKind.Snippet
        );
    }

    before(async () => {
        workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-snippets-'));
        session = await LspSession.start(workspace);
        snippets = Object.values(
            JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'client/snippets.json'), 'utf8')) as Record<
                string,
                Snippet
            >
        );
    });

    after(async () => {
        await session?.stop();
        await fs.rm(workspace, { recursive: true, force: true });
    });

    it('offers each snippet where its construct may start, and not where its keyword means something else', async () => {
        for (const [name, template] of Object.entries(PLACES)) {
            const labels = [...new Set((await offered(template)).map(i => i.label))].sort();
            assert.deepEqual(labels, EXPECTED[name], `snippets offered in the place "${name}"`);
        }
        const measured = (await offered(PLACES.indicator)).filter(i => i.label === 'measured');
        assert.deepEqual(
            measured.map(i => i.detail),
            snippets.filter(s => s.prefix === 'measured').map(s => s.description),
            'a measured value with a qualifier, as a range over a period, by group, as shares'
        );
        assert.equal(measured.length, 4);
    });

    it('each snippet, inserted where it is offered with its placeholders as they are, parses without a syntax error', async () => {
        const tried = new Set<string>();
        for (const template of Object.values(PLACES)) {
            for (const item of await offered(template)) {
                const inserted = withDefaults(item.insertText ?? '');
                const text = template.replace('|', inserted);
                const uri = await session.open(`probe-${probes++}.strat`, text);
                const syntax = (await session.diagnosticsFor(uri)).filter(d => d.code === 'syntax-error');
                assert.deepEqual(
                    syntax.map(d => d.message),
                    [],
                    `${item.label} (${item.detail}):\n${text}`
                );
                tried.add(`${item.label}: ${item.detail}`);
            }
        }
        const never = snippets.filter(s => !tried.has(`${s.prefix}: ${s.description}`));
        assert.deepEqual(
            never.map(s => s.prefix),
            [],
            'every snippet is offered somewhere and was inserted'
        );
    });

    it('offers the interpretation entry after a link only as the keyword that marks the link', async () => {
        const template =
            'strategy S "Strategie" {\n    goal g "Ziel"\n    measure m "Maßnahme" {\n        addresses g |\n    }\n}\n';
        const { text, position } = place(template);
        const uri = await session.open(`probe-${probes++}.strat`, text);
        await session.diagnosticsFor(uri);
        const items = (await session.completion(uri, position)).filter(i => i.label === 'interpretation');
        assert.deepEqual(
            items.map(i => i.kind),
            [CompletionItemKind.Keyword],
            'the keyword, not the snippet of the entry with its note'
        );
    });

    it('inserts provenance, interpretation marks, documents and their citations that check without any error', async () => {
        const wanted = ['from', 'interpretation', 'cites'];
        const tried = new Set<string>();
        for (const name of ['goal', 'measure', 'strategy']) {
            const template = DOCUMENTS + PLACES[name];
            for (const item of await offered(template)) {
                if (!wanted.includes(String(item.label))) {
                    continue;
                }
                const text = template.replace('|', withDefaults(item.insertText ?? ''));
                const uri = await session.open(`probe-${probes++}.strat`, text);
                // every probe declares the same strategy and document in the one workspace
                const errors = (await session.diagnosticsFor(uri)).filter(
                    d => d.severity === 1 && d.code !== 'duplicate-id'
                );
                assert.deepEqual(
                    errors.map(d => `${String(d.code)}: ${d.message}`),
                    [],
                    `${item.label} (${item.detail}) in the place "${name}":\n${text}`
                );
                tried.add(String(item.detail));
            }
        }
        assert.equal(tried.size, 5, [...tried].join(' | '));
        const document = (await offered(PLACES.top)).filter(i => i.label === 'source');
        assert.equal(document.length, 2, 'a source of evidence and a document');
        const law = document.find(i => String(i.insertText).includes('kind'))!;
        const text = `actor ITPLR "IT-Planungsrat"\n${withDefaults(law.insertText ?? '')}\n`;
        const uri = await session.open(`probe-${probes++}.strat`, text);
        assert.deepEqual(
            (await session.diagnosticsFor(uri))
                .filter(d => d.severity === 1 && d.code !== 'duplicate-id')
                .map(d => d.message),
            [],
            text
        );
        assert.match(text, /kind law\n/, 'the first kind is the default');
    });
});
