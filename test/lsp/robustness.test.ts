import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, TextEdit } from 'vscode-languageserver-protocol';
import { LspSession, positionOf, useServerOnExamples } from '../support/lsp-session.js';
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

describe('language server: symbolic links in the workspace', function () {
    this.timeout(120_000);
    let root: string;
    let workspace: string;
    let session: LspSession | undefined;

    before(async () => {
        root = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-lsp-links-'));
        workspace = path.join(root, 'w');
        const outside = path.join(root, 'aussen');
        await fs.mkdir(path.join(workspace, 'echt'), { recursive: true });
        await fs.mkdir(path.join(outside, 'teil'), { recursive: true });
        await fs.writeFile(
            path.join(workspace, 'echt', 'katalog.strat'),
            'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR {\n    title "Gemeinsame Strategie"\n}\n'
        );
        const citing = (id: string) => `strategy ${id} "${id}" {\n    cites 2023/42\n}\n`;
        await fs.writeFile(path.join(outside, 'extern.strat'), citing('Extern'));
        await fs.writeFile(path.join(outside, 'teil', 'teil.strat'), citing('Teil'));
        // followed: a file outside, a folder outside, and a second path to a file of the workspace
        await fs.symlink(path.join(outside, 'extern.strat'), path.join(workspace, 'extern.strat'));
        await fs.symlink(path.join(outside, 'teil'), path.join(workspace, 'teil'));
        await fs.symlink(path.join('echt', 'katalog.strat'), path.join(workspace, 'katalog-link.strat'));
        // a loop of folders: followed once
        await fs.symlink('..', path.join(workspace, 'echt', 'zurueck'));
        // reported: a device, a named pipe, a broken link, a file over the size limit
        await fs.symlink('/dev/zero', path.join(workspace, 'null.strat'));
        execFileSync('mkfifo', [path.join(outside, 'rohr')]);
        await fs.symlink(path.join(outside, 'rohr'), path.join(workspace, 'rohr.strat'));
        await fs.symlink(path.join(outside, 'fehlt.strat'), path.join(workspace, 'kaputt.strat'));
        await fs.writeFile(path.join(outside, 'riesig'), 'body B "b"\n');
        await fs.truncate(path.join(outside, 'riesig'), 40 * 1024 * 1024);
        await fs.symlink(path.join(outside, 'riesig'), path.join(workspace, 'riesig.strat'));
    });

    after(async () => {
        await session?.stop();
        await fs.rm(root, { recursive: true, force: true });
    });

    it('follows links to files and folders once, and reports each link it cannot read on that file, once', async () => {
        const server = await LspSession.start(workspace);
        session = server;
        const reported: Record<string, RegExp> = {
            'null.strat': /^null\.strat: not a regular file \(a device\)/,
            'rohr.strat': /^rohr\.strat: not a regular file \(a named pipe\)/,
            'kaputt.strat': /^kaputt\.strat: no such file or folder/,
            'riesig.strat': /^riesig\.strat: too large \(40 MB; strat reads files of up to 32 MB\)/
        };
        for (const [file, message] of Object.entries(reported)) {
            const [diagnostic] = await server.diagnosticsFor(server.uri(file), d => d.length > 0, 60_000);
            assert.equal(diagnostic.code, 'unreadable-file', file);
            assert.equal(diagnostic.severity, 1, `${file}: an error`);
            assert.deepEqual(diagnostic.range.start, { line: 0, character: 0 });
            assert.match(String(diagnostic.message), message);
        }
        const catalogue = await fs.readFile(path.join(workspace, 'echt', 'katalog.strat'), 'utf8');
        const uri = await server.open('echt/katalog.strat', catalogue);
        assert.deepEqual(
            await server.diagnosticsFor(uri, () => true, 60_000),
            [],
            'the catalogue is read once (a second path to it would declare 2023/42 twice)'
        );
        const references = await server.request<Location[]>('textDocument/references', {
            textDocument: { uri },
            position: positionOf(catalogue, 'decision 2023/42', 10),
            context: { includeDeclaration: false }
        });
        assert.deepEqual(
            references.map(r => path.relative(workspace, new URL(r.uri).pathname)).sort(),
            ['extern.strat', path.join('teil', 'teil.strat')],
            'the files behind the links are read, each once'
        );
        await server.quiet(500);
        for (const file of Object.keys(reported)) {
            const uri = server.uri(file);
            const published = server.published.filter(p => p.uri === uri);
            assert.equal(published.length, 1, `${file} is reported once`);
        }
        assert.equal(server.process.exitCode, null, 'the server is still running');
    });
});

describe('language server: formatting options and an early preview', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession;

    useServerOnExamples(server => ({ workspace, session } = server));

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
