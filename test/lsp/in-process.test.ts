import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import type {
    CodeAction,
    Hover,
    Location,
    Position,
    ResponseError,
    TextEdit,
    WorkspaceEdit
} from 'vscode-languageserver';
import { buildInServer, type ServerWorkspace } from '../fuzz/workspace.js';

/**
 * Rename, references, hover and code actions, asked of the language server's own services in
 * process: one row per case (the files, where the cursor is, the request, the answer or the
 * refusal). The subprocess tests (features.test.ts, edits.test.ts) check the same features over
 * JSON-RPC; these rows are quick to read and to add to.
 */

const CATALOGUE = `body ITPLR "IT-Planungsrat"

decision 2023/42 by ITPLR {
    date 2023-06
    title "Föderale Digitalstrategie"
}
`;

const STRATEGY = `strategy Dach "Dachstrategie" {
    status adopted
    adopted-by 2023/42
    level l1 "Ebene"
    goal souveraen "Souveränität" {
        level l1
        cites 42/2023
        assessment 2024 {
            status critical
            progress beginning
        }
    }
}

strategy Land "Landesstrategie" {
    status draft
    goal ziel "Ziel" {
        contributes-to Dach.souveraen
        covered-by 2099/01
        assessment 2024 {
            status critcal
        }
    }
    goal ziel2 "Zweites Ziel" {
        refines ziel
    }
}
`;

const FILES = { 'catalogue.strat': CATALOGUE, 'strategy.strat': STRATEGY };

/** The cursor: the `nth` occurrence of `text` in `file`, `offset` characters into it. */
interface Cursor {
    file: keyof typeof FILES;
    text: string;
    nth?: number;
    offset?: number;
}

type Row =
    | { name: string; at: Cursor; request: 'hover'; expect: string[] }
    | { name: string; at: Cursor; request: 'references'; expect: string[] }
    | { name: string; at: Cursor; request: 'rename'; newName: string; expect: string[] | { refused: RegExp } }
    | { name: string; at: Cursor; request: 'codeActions'; expect: string[] };

const ROWS: Row[] = [
    {
        name: 'a cited decision: its number, title, date and how often it is cited',
        at: { file: 'strategy.strat', text: '2023/42' },
        request: 'hover',
        expect: ['Decision 2023/42', 'Föderale Digitalstrategie', '2023-06', 'cited 2 times']
    },
    {
        name: 'a legacy number says which decision it stands for',
        at: { file: 'strategy.strat', text: '42/2023' },
        request: 'hover',
        expect: ['42/2023 is the legacy form of decision 2023/42', 'Föderale Digitalstrategie']
    },
    {
        name: 'a rating value: its label, scale and meaning',
        at: { file: 'strategy.strat', text: 'critical' },
        request: 'hover',
        expect: ['critical', 'Status', 'nicht erreichbar']
    },
    {
        name: 'a goal: its level and latest assessment in words',
        at: { file: 'strategy.strat', text: 'souveraen' },
        request: 'hover',
        expect: ['Souveränität', 'Latest assessment 2024', 'critical', 'at the beginning']
    },
    {
        name: 'every citation of a decision, in every form, from its declaration',
        at: { file: 'catalogue.strat', text: '2023/42' },
        request: 'references',
        expect: ['strategy.strat:3:16', 'strategy.strat:7:15']
    },
    {
        name: 'a goal referred to by its qualified name in another strategy',
        at: { file: 'strategy.strat', text: 'souveraen' },
        request: 'references',
        expect: ['strategy.strat:18:24']
    },
    {
        name: 'renaming a goal keeps the qualifier of its qualified references',
        at: { file: 'strategy.strat', text: 'souveraen' },
        request: 'rename',
        newName: 'sovereign',
        expect: ['strategy.strat:18:29 sovereign', 'strategy.strat:5:10 sovereign']
    },
    {
        name: 'renaming a strategy from a qualifier rewrites the qualifier',
        at: { file: 'strategy.strat', text: 'Dach.souveraen', offset: 1 },
        request: 'rename',
        newName: 'Bund',
        expect: ['strategy.strat:1:10 Bund', 'strategy.strat:18:24 Bund']
    },
    {
        name: 'renaming a decision writes the canonical number everywhere, the legacy citation too',
        at: { file: 'catalogue.strat', text: '2023/42' },
        request: 'rename',
        newName: '2024/7',
        expect: ['catalogue.strat:3:10 2024/07', 'strategy.strat:3:16 2024/07', 'strategy.strat:7:15 2024/07']
    },
    {
        name: 'a keyword is not a name',
        at: { file: 'strategy.strat', text: 'ziel2' },
        request: 'rename',
        newName: 'goal',
        expect: { refused: /"goal" is not a valid identifier/ }
    },
    {
        name: 'a name that is not an identifier of the grammar',
        at: { file: 'strategy.strat', text: 'ziel2' },
        request: 'rename',
        newName: '2ziel',
        expect: { refused: /"2ziel" is not a valid identifier/ }
    },
    {
        name: 'a name another goal of the block has',
        at: { file: 'strategy.strat', text: 'ziel2' },
        request: 'rename',
        newName: 'ziel',
        expect: { refused: /"ziel" is taken: \S+ ziel is declared in strategy\.strat:\d+/ }
    },
    {
        name: 'a decision number that is not canonical',
        at: { file: 'catalogue.strat', text: '2023/42' },
        request: 'rename',
        newName: '7/2024',
        expect: { refused: /"7\/2024" is not a decision number/ }
    },
    {
        name: 'the one legacy number of a file: rewrite it',
        at: { file: 'strategy.strat', text: '42/2023' },
        request: 'codeActions',
        expect: ['Write 42/2023 as 2023/42']
    },
    {
        name: 'an undeclared decision: declare it in the catalogue',
        at: { file: 'strategy.strat', text: '2099/01' },
        request: 'codeActions',
        expect: ['Declare decision 2099/01 in catalogue.strat']
    },
    {
        name: 'an unknown rating value: the nearest value of its scale',
        at: { file: 'strategy.strat', text: 'critcal' },
        request: 'codeActions',
        expect: ['Replace "critcal" with "critical"']
    },
    {
        name: 'no fix where nothing is found',
        at: { file: 'strategy.strat', text: 'Landesstrategie' },
        request: 'codeActions',
        expect: []
    }
];

describe('language server features in process (table)', function () {
    this.timeout(60_000);
    let built: ServerWorkspace;

    before(async () => {
        built = await buildInServer(FILES, '/table');
    });

    const documentOf = (file: string): LangiumDocument => built.documents.get(file)!;

    function positionOf(at: Cursor): Position {
        const text = FILES[at.file];
        let index = -1;
        for (let n = 0; n <= (at.nth ?? 0); n++) {
            index = text.indexOf(at.text, index + 1);
            assert.ok(index >= 0, `${at.file} contains ${at.text}`);
        }
        return documentOf(at.file).textDocument.positionAt(index + (at.offset ?? 0));
    }

    const where = (uri: string, position: Position) =>
        `${uri.slice(uri.lastIndexOf('/') + 1)}:${position.line + 1}:${position.character + 1}`;

    async function answer(row: Row): Promise<string[]> {
        const lsp = built.services.Strat.lsp;
        const document = documentOf(row.at.file);
        const textDocument = { uri: document.uri.toString() };
        const position = positionOf(row.at);
        switch (row.request) {
            case 'hover': {
                const hover = (await lsp.HoverProvider!.getHoverContent(document, {
                    textDocument,
                    position
                })) as Hover | undefined;
                const value = hover?.contents;
                return [typeof value === 'object' && value && 'value' in value ? value.value : ''];
            }
            case 'references': {
                const locations = (await lsp.ReferencesProvider!.findReferences(document, {
                    textDocument,
                    position,
                    context: { includeDeclaration: false }
                })) as Location[];
                return locations.map(l => where(l.uri, l.range.start)).sort();
            }
            case 'rename': {
                const edit = (await lsp.RenameProvider!.rename(document, {
                    textDocument,
                    position,
                    newName: row.newName
                })) as WorkspaceEdit | undefined;
                return Object.entries(edit?.changes ?? {})
                    .flatMap(([uri, edits]: [string, TextEdit[]]) =>
                        edits.map(e => `${where(uri, e.range.start)} ${e.newText}`)
                    )
                    .sort();
            }
            case 'codeActions': {
                const range = { start: position, end: position };
                const inside = (document.diagnostics ?? []).filter(
                    d =>
                        d.range.start.line === position.line &&
                        d.range.start.character <= position.character &&
                        position.character <= d.range.end.character
                );
                const actions = (await lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument,
                    range,
                    context: { diagnostics: inside }
                })) as CodeAction[] | undefined;
                return (actions ?? []).map(a => a.title);
            }
        }
    }

    for (const row of ROWS) {
        it(`${row.request}: ${row.name}`, async () => {
            const expect = row.expect;
            if (!Array.isArray(expect)) {
                await assert.rejects(
                    answer(row),
                    (error: ResponseError<void>) => expect.refused.test(error.message),
                    `refused with ${expect.refused}`
                );
                return;
            }
            const got = await answer(row);
            if (row.request === 'hover') {
                for (const part of expect) {
                    assert.ok(got[0].includes(part), `the hover says ${part}:\n${got[0]}`);
                }
            } else {
                assert.deepEqual(got, row.request === 'codeActions' ? expect : [...expect].sort());
            }
        });
    }
});
