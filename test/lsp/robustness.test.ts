import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, TextEdit } from 'vscode-languageserver-protocol';
import { copyOfExamples, LspSession, positionOf } from '../support/lsp-session.js';
import { applyTextEdits } from '../support/lsp-text.js';

/**
 * The language server on workspaces and requests that are hostile by accident: thousands of files
 * under a low limit of open files, links to devices and pipes, huge files, odd formatting options,
 * a preview asked for before the document was ever checked.
 */

describe('language server: a workspace of thousands of files and special files', function () {
    this.timeout(240_000);
    const COUNT = 3000;
    let workspace: string;
    let session: LspSession | undefined;

    before(async () => {
        workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-lsp-many-'));
        await fs.writeFile(
            path.join(workspace, 'katalog.strat'),
            'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR {\n    title "Gemeinsame Strategie"\n}\n'
        );
        for (let folder = 0; folder < COUNT / 500; folder++) {
            await fs.mkdir(path.join(workspace, `teil-${folder}`));
        }
        await Promise.all(
            Array.from({ length: COUNT }, (_, i) =>
                fs.writeFile(
                    path.join(workspace, `teil-${Math.floor(i / 500)}`, `s${i}.strat`),
                    `strategy S${i} "Teil ${i}" {\n    cites 2023/42\n}\n`
                )
            )
        );
        // what must be left out without stopping the start
        await fs.symlink('/dev/zero', path.join(workspace, 'null.strat'));
        execFileSync('mkfifo', [path.join(workspace, 'rohr.strat')]);
        await fs.symlink('rohr.strat', path.join(workspace, 'rohr-link.strat'));
        await fs.writeFile(path.join(workspace, 'riesig.strat'), 'body B "b"\n');
        await fs.truncate(path.join(workspace, 'riesig.strat'), 40 * 1024 * 1024);
    });

    after(async () => {
        await session?.stop();
        await fs.rm(workspace, { recursive: true, force: true });
    });

    it(`starts under ulimit -n 256, loads all ${COUNT} files and answers`, async () => {
        session = await LspSession.start(workspace, { openFiles: 256 });
        const catalogue = await fs.readFile(path.join(workspace, 'katalog.strat'), 'utf8');
        const uri = await session.open('katalog.strat', catalogue);
        assert.deepEqual(await session.diagnosticsFor(uri, () => true, 200_000), []);
        const references = await session.request<Location[]>('textDocument/references', {
            textDocument: { uri },
            position: positionOf(catalogue, 'decision 2023/42', 10),
            context: { includeDeclaration: false }
        });
        assert.equal(references.length, COUNT, 'every file of the workspace was read');
        const late = await session.open('spaet.strat', 'strategy Spaet "T" {\n    cites 2099/01\n}\n');
        const diagnostics = await session.diagnosticsFor(late, d => d.length > 0, 120_000);
        assert.ok(
            diagnostics.some(d => d.code === 'unresolved-decision'),
            'still checks after the start'
        );
        assert.equal(session.process.exitCode, null, 'the server is still running');
    });
});

describe('language server: formatting options and an early preview', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession;

    before(async () => {
        workspace = await copyOfExamples();
        session = await LspSession.start(workspace);
    });

    after(async () => {
        await session.stop();
        await fs.rm(workspace, { recursive: true, force: true });
    });

    const MESSY = 'strategy Messy "Unordentlich" { horizon 2030\n  goal g "G" { level l }\n level l "L" }\n';

    for (const [tabSize, indent] of [
        [-1, 1],
        [0, 1],
        [2.6, 3],
        [1e9, 16],
        [Number.MAX_SAFE_INTEGER, 16],
        [-1e308, 1]
    ] as const) {
        it(`tabSize ${tabSize}: formats with an indent of ${indent}, no error`, async () => {
            const uri = await session.open(`messy-${String(tabSize).replace(/\W/g, '_')}.strat`, MESSY);
            await session.diagnosticsFor(uri);
            for (const method of ['textDocument/formatting', 'textDocument/rangeFormatting']) {
                const edits = await session.request<TextEdit[]>(method, {
                    textDocument: { uri },
                    options: { tabSize, insertSpaces: true },
                    range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }
                });
                const formatted = applyTextEdits(MESSY, edits);
                assert.ok(
                    formatted.includes(`\n${' '.repeat(indent)}horizon 2030`),
                    `${method}: ${formatted}`
                );
                assert.ok(
                    !formatted.includes(`\n${' '.repeat(indent + 1)}horizon`),
                    `${method}: ${formatted}`
                );
            }
        });
    }

    it('a tab size that is no number at all: the default indent of 4', async () => {
        const uri = await session.open('messy-text.strat', MESSY);
        const edits = await session.request<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri },
            options: { tabSize: 'wide', insertSpaces: true }
        });
        assert.ok(applyTextEdits(MESSY, edits).includes('\n    horizon 2030\n'));
    });

    it('strat/preview right after opening an untitled document', async () => {
        for (let i = 0; i < 3; i++) {
            const uri = `untitled:Untitled-${i + 1}`;
            await session.connection.sendNotification('textDocument/didOpen', {
                textDocument: {
                    uri,
                    languageId: 'strat',
                    version: 1,
                    text: `strategy Neu${i} "Ein neuer Entwurf ${i}" {\n}\n`
                }
            });
            const preview = await session.request<{ html: string }>('strat/preview', {
                uri,
                nonce: 'bm9uY2Vub25jZQ'
            });
            assert.match(preview.html, new RegExp(`Ein neuer Entwurf ${i}`));
        }
        // a file that exists only in the editor, not on disk, likewise
        const unsaved = pathToFileURL(path.join(workspace, 'noch-nicht-gespeichert.strat')).toString();
        await session.connection.sendNotification('textDocument/didOpen', {
            textDocument: {
                uri: unsaved,
                languageId: 'strat',
                version: 1,
                text: 'strategy U "Ungespeichert" {\n}\n'
            }
        });
        const preview = await session.request<{ html: string }>('strat/preview', {
            uri: unsaved,
            nonce: 'bm9uY2Vub25jZQ'
        });
        assert.match(preview.html, /Ungespeichert/);
    });
});
