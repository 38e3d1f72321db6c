import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    assertNoStackTrace,
    parseJson,
    runStrat,
    useTempFolders,
    UNRESOLVED_LEVEL,
    VALID,
    type JsonReport,
    type RunResult
} from './cli-harness.js';

/** Exit 2, nothing on stdout, a `strat: …` message on stderr that names `named`, no stack trace. */
function assertInputError(result: RunResult, named: string | RegExp): void {
    assert.equal(result.code, 2, `exit code (stderr: ${result.stderr})`);
    // what cannot be read is a finding of the report too; nothing else is printed for it
    for (const line of result.stdout.split('\n').filter(Boolean)) {
        assert.match(line, /^(\S.*:\d+:\d+ error unreadable-file |\d+ files? checked: )/, result.stdout);
    }
    assert.match(result.stderr, /^strat: /);
    if (typeof named === 'string') {
        assert.ok(result.stderr.includes(named), `stderr names ${named}: ${result.stderr}`);
    } else {
        assert.match(result.stderr, named);
    }
    assertNoStackTrace(result);
}

describe('strat validate with bad input', () => {
    const tempFolder = useTempFolders();

    it('a path that does not exist: exit 2, names the path', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const result = await runStrat(['validate', 'plan.strat', 'no/such/place'], { cwd: folder });
        assertInputError(result, 'no/such/place');
        assert.match(result.stderr, /no such file or folder/);
    });

    it('names every bad path of one run', async () => {
        const folder = await tempFolder({ 'empty/readme.txt': 'nothing here' });
        const result = await runStrat(['validate', 'gone.strat', 'empty'], { cwd: folder });
        assertInputError(result, 'gone.strat');
        assert.match(result.stderr, /^strat: empty: /m);
    });

    it('a folder with no .strat files: exit 2, says so', async () => {
        const folder = await tempFolder({ 'docs/readme.md': '# nothing', 'docs/plan.strat.txt': VALID });
        const result = await runStrat(['validate', 'docs'], { cwd: folder });
        assertInputError(result, 'docs');
        assert.match(result.stderr, /no \.strat files/);
    });

    it('skips node_modules and hidden folders', async () => {
        const folder = await tempFolder({
            'plan.strat': VALID,
            'node_modules/pkg/broken.strat': 'strategy { ',
            '.hidden/broken.strat': 'strategy { ',
            'sub/.git/broken.strat': 'strategy { '
        });
        const report = parseJson<JsonReport>(
            await runStrat(['validate', '--format', 'json'], { cwd: folder })
        );
        assert.equal(report.files, 1);
        assert.equal(report.errors, 0);
        const onlyHidden = await tempFolder({ 'node_modules/a.strat': VALID, '.cache/b.strat': VALID });
        assertInputError(await runStrat(['validate'], { cwd: onlyHidden }), /no \.strat files/);
    });

    it('a file that is not UTF-8: exit 2, names the file and where', async () => {
        const latin1 = Buffer.concat([
            Buffer.from('strategy S "Gr'),
            Buffer.from([0xfc]),
            Buffer.from('n" {\n}\n')
        ]);
        const folder = await tempFolder({ 'plan.strat': VALID, 'latin1.strat': latin1 });
        const result = await runStrat(['validate'], { cwd: folder });
        assertInputError(result, 'latin1.strat:1:15');
        assert.match(result.stderr, /UTF-8/);
    });

    it('a binary file: exit 2, names the file', async () => {
        const folder = await tempFolder({
            'image.strat': Buffer.from([
                0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d
            ])
        });
        const result = await runStrat(['validate', 'image.strat'], { cwd: folder });
        assertInputError(result, 'image.strat');
        assert.match(result.stderr, /binary/);
    });

    it('names every unreadable file of one run, each on its own line', async () => {
        const folder = await tempFolder({
            'plan.strat': VALID,
            'image.strat': Buffer.from([0x89, 0x50, 0x00, 0x0d]),
            'wide.strat': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')])
        });
        const result = await runStrat(['validate'], { cwd: folder });
        assertInputError(result, 'image.strat');
        assert.deepEqual(
            result.stderr
                .trim()
                .split('\n')
                .map(line => line.split(':')[1]?.trim()),
            ['image.strat', 'wide.strat']
        );
    });

    it('a UTF-16 file: exit 2, asks for UTF-8', async () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]);
        const folder = await tempFolder({ 'wide.strat': utf16 });
        const result = await runStrat(['validate'], { cwd: folder });
        assertInputError(result, 'wide.strat');
        assert.match(result.stderr, /UTF-16.*UTF-8/);
    });

    it('a file that is not a .strat file: exit 2', async () => {
        const folder = await tempFolder({ 'notes.txt': VALID });
        const result = await runStrat(['validate', 'notes.txt'], { cwd: folder });
        assertInputError(result, 'notes.txt');
        assert.match(result.stderr, /not a \.strat file/);
    });

    it('a byte-order mark and CRLF line ends work normally, with correct positions', async () => {
        const crlf = (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n');
        const folder = await tempFolder({ 'plan.strat': crlf(VALID), 'goal.strat': crlf(UNRESOLVED_LEVEL) });
        const clean = await runStrat(['validate', 'plan.strat'], { cwd: folder });
        assert.equal(clean.code, 0, clean.stdout + clean.stderr);
        const result = await runStrat(['validate', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 1);
        const report = parseJson<JsonReport>(result);
        assert.equal(report.files, 2);
        assert.equal(report.errors, 1);
        const unresolved = report.diagnostics.find(d => d.code === 'unresolved-reference');
        assert.deepEqual(
            unresolved && [
                unresolved.file,
                unresolved.line,
                unresolved.column,
                unresolved.endLine,
                unresolved.endColumn
            ],
            ['goal.strat', 3, 15, 3, 19]
        );
        const text = await runStrat(['validate'], { cwd: folder });
        assert.match(text.stdout, /^goal\.strat:3:15 error unresolved-reference /m);
    });

    it('a symlink loop in a folder: each file is read once, no hang', async function () {
        if (process.platform === 'win32') {
            this.skip();
        }
        const folder = await tempFolder({
            'plans/plan.strat': VALID,
            'plans/deeper/goal.strat': UNRESOLVED_LEVEL.replace('level nope', 'level nope2')
        });
        await fs.symlink('..', path.join(folder, 'plans', 'deeper', 'up'));
        await fs.symlink('.', path.join(folder, 'plans', 'self'));
        await fs.symlink(path.join(folder, 'plans', 'plan.strat'), path.join(folder, 'plans', 'alias.strat'));
        const result = await runStrat(['validate', 'plans', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 1, result.stderr);
        const report = parseJson<JsonReport>(result);
        assert.equal(report.files, 2);
        assert.ok(
            !report.diagnostics.some(d => d.code === 'duplicate-id' || d.code === 'duplicate-decision'),
            'no file was loaded twice'
        );
    });

    it('a path that is itself a symlink loop: exit 2, names it', async function () {
        if (process.platform === 'win32') {
            this.skip();
        }
        const folder = await tempFolder();
        await fs.symlink('b.strat', path.join(folder, 'a.strat'));
        await fs.symlink('a.strat', path.join(folder, 'b.strat'));
        const result = await runStrat(['validate', 'a.strat'], { cwd: folder });
        assertInputError(result, 'a.strat');
        assert.match(result.stderr, /symbolic link/);
    });

    it('paths with spaces and umlauts', async () => {
        const folder = await tempFolder({
            'Länder und Kommunen/Straße eins.strat': UNRESOLVED_LEVEL,
            'Länder und Kommunen/ok.strat': VALID
        });
        const byFolder = await runStrat(['validate', 'Länder und Kommunen', '--format', 'json'], {
            cwd: folder
        });
        assert.equal(byFolder.code, 1, byFolder.stderr);
        const report = parseJson<JsonReport>(byFolder);
        assert.equal(report.files, 2);
        assert.equal(
            report.diagnostics.find(d => d.code === 'unresolved-reference')?.file,
            'Länder und Kommunen/Straße eins.strat'
        );
        const byFile = await runStrat(['validate', 'Länder und Kommunen/Straße eins.strat'], { cwd: folder });
        assert.match(
            byFile.stdout,
            /^Länder und Kommunen\/Straße eins\.strat:3:15 error unresolved-reference /m
        );
        const missing = await runStrat(['validate', 'Länder und Kommunen/Grüße.strat'], { cwd: folder });
        assertInputError(missing, 'Länder und Kommunen/Grüße.strat');
    });

    it('an empty path argument: exit 2', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        assertInputError(await runStrat(['validate', ''], { cwd: folder }), /empty path/);
    });
});
