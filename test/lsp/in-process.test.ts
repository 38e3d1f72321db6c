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

/** The first `text` in strategy.strat, `offset` characters into it. */
const inStrategy = (text: string, offset?: number): Cursor => ({ file: 'strategy.strat', text, offset });
/** The first `text` in catalogue.strat. */
const inCatalogue = (text: string): Cursor => ({ file: 'catalogue.strat', text });

/** Hover: what the hover says (each part somewhere in it). */
const HOVERS: Array<[name: string, at: Cursor, says: string[]]> = [
    [
        'a cited decision: its number, title, date and how often it is cited',
        inStrategy('2023/42'),
        ['Decision 2023/42', 'Föderale Digitalstrategie', '2023-06', 'cited 2 times']
    ],
    [
        'a legacy number says which decision it stands for',
        inStrategy('42/2023'),
        ['42/2023 is the legacy form of decision 2023/42', 'Föderale Digitalstrategie']
    ],
    [
        'a rating value: its label, scale and meaning',
        inStrategy('critical'),
        ['critical', 'Status', 'nicht erreichbar']
    ],
    [
        'a goal: its level and latest assessment in words',
        inStrategy('souveraen'),
        ['Souveränität', 'Latest assessment 2024', 'critical', 'at the beginning']
    ]
];

/** References: where they are (`file:line:column`). */
const REFERENCES: Array<[name: string, at: Cursor, found: string[]]> = [
    [
        'every citation of a decision, in every form, from its declaration',
        inCatalogue('2023/42'),
        ['strategy.strat:3:16', 'strategy.strat:7:15']
    ],
    [
        'a goal referred to by its qualified name in another strategy',
        inStrategy('souveraen'),
        ['strategy.strat:18:24']
    ]
];

/** Rename to `newName`: the edits (`file:line:column newText`), or the refusal's message. */
const RENAMES: Array<[name: string, at: Cursor, newName: string, edits: string[] | { refused: RegExp }]> = [
    [
        'renaming a goal keeps the qualifier of its qualified references',
        inStrategy('souveraen'),
        'sovereign',
        ['strategy.strat:18:29 sovereign', 'strategy.strat:5:10 sovereign']
    ],
    [
        'renaming a strategy from a qualifier rewrites the qualifier',
        inStrategy('Dach.souveraen', 1),
        'Bund',
        ['strategy.strat:1:10 Bund', 'strategy.strat:18:24 Bund']
    ],
    [
        'renaming a decision writes the canonical number everywhere, the legacy citation too',
        inCatalogue('2023/42'),
        '2024/7',
        ['catalogue.strat:3:10 2024/07', 'strategy.strat:3:16 2024/07', 'strategy.strat:7:15 2024/07']
    ],
    ['a keyword is not a name', inStrategy('ziel2'), 'goal', { refused: /"goal" is not a valid identifier/ }],
    [
        'a name that is not an identifier of the grammar',
        inStrategy('ziel2'),
        '2ziel',
        { refused: /"2ziel" is not a valid identifier/ }
    ],
    [
        'a name another goal of the block has',
        inStrategy('ziel2'),
        'ziel',
        { refused: /"ziel" is taken: \S+ ziel is declared in strategy\.strat:\d+/ }
    ],
    [
        'a decision number that is not canonical',
        inCatalogue('2023/42'),
        '7/2024',
        { refused: /"7\/2024" is not a decision number/ }
    ]
];

/** Code actions at the cursor: their titles, in order. */
const CODE_ACTIONS: Array<[name: string, at: Cursor, titles: string[]]> = [
    ['the one legacy number of a file: rewrite it', inStrategy('42/2023'), ['Write 42/2023 as 2023/42']],
    [
        'an undeclared decision: declare it in the catalogue',
        inStrategy('2099/01'),
        ['Declare decision 2099/01 in catalogue.strat']
    ],
    [
        'an unknown rating value: the nearest value of its scale',
        inStrategy('critcal'),
        ['Replace "critcal" with "critical"']
    ],
    ['no fix where nothing is found', inStrategy('Landesstrategie'), []]
];

const ROWS: Row[] = [
    ...HOVERS.map(([name, at, expect]): Row => ({ name, at, request: 'hover', expect })),
    ...REFERENCES.map(([name, at, expect]): Row => ({ name, at, request: 'references', expect })),
    ...RENAMES.map(([name, at, newName, expect]): Row => ({ name, at, request: 'rename', newName, expect })),
    ...CODE_ACTIONS.map(([name, at, expect]): Row => ({ name, at, request: 'codeActions', expect }))
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
