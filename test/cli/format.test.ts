import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assertNoStackTrace, NOBODY, runStrat, SYNTAX_ERROR, useTempFolders } from './cli-harness.js';

const MESSY = 'strategy S "Titel" { horizon 2030\n  // Ebenen\n  level l "L" { target-picture "Bild" } }\n';
const FORMATTED =
    'strategy S "Titel" {\n    horizon 2030\n\n    // Ebenen\n    level l "L" {\n        target-picture "Bild"\n    }\n}\n';

describe('strat format', () => {
    const temp = useTempFolders();

    it('rewrites a file in the canonical layout, and a second run changes nothing', async () => {
        const folder = await temp({ 'a.strat': MESSY, 'b.strat': FORMATTED });
        const first = await runStrat(['format', '.'], { cwd: folder });
        assert.equal(first.code, 0, first.stderr);
        assert.equal(first.stdout, 'formatted a.strat\n');
        assert.equal(await fs.readFile(path.join(folder, 'a.strat'), 'utf8'), FORMATTED);
        const second = await runStrat(['format', '.'], { cwd: folder });
        assert.equal(second.stdout, '');
        assert.equal(await fs.readFile(path.join(folder, 'a.strat'), 'utf8'), FORMATTED);
        assert.deepEqual(
            (await fs.readdir(folder)).sort(),
            ['a.strat', 'b.strat'],
            'no temporary file left behind'
        );
    });

    it('--check lists the files that are not formatted, exits 1 and changes nothing', async () => {
        const folder = await temp({ 'a.strat': MESSY, 'b.strat': FORMATTED });
        const result = await runStrat(['format', '--check', '.'], { cwd: folder });
        assert.equal(result.code, 1);
        assert.equal(result.stdout, 'a.strat\n');
        assert.match(result.stderr, /1 of 2 files are not formatted; run strat format/);
        assert.equal(await fs.readFile(path.join(folder, 'a.strat'), 'utf8'), MESSY);
    });

    it('leaves a file with syntax errors as it is, says so and exits 1', async () => {
        const folder = await temp({ 'broken.strat': SYNTAX_ERROR, 'a.strat': MESSY });
        const result = await runStrat(['format', '.'], { cwd: folder });
        assert.equal(result.code, 1);
        assertNoStackTrace(result);
        assert.match(result.stderr, /broken\.strat: not formatted: the file has syntax errors/);
        assert.equal(await fs.readFile(path.join(folder, 'broken.strat'), 'utf8'), SYNTAX_ERROR);
        assert.equal(await fs.readFile(path.join(folder, 'a.strat'), 'utf8'), FORMATTED);
    });

    it('keeps CRLF line ends and a file mode', async () => {
        const folder = await temp({ 'crlf.strat': MESSY.replaceAll('\n', '\r\n') });
        await fs.chmod(path.join(folder, 'crlf.strat'), 0o640);
        const result = await runStrat(['format', 'crlf.strat'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(
            await fs.readFile(path.join(folder, 'crlf.strat'), 'utf8'),
            FORMATTED.replaceAll('\n', '\r\n')
        );
        assert.equal((await fs.stat(path.join(folder, 'crlf.strat'))).mode & 0o777, 0o640);
    });

    it('--check with files that have syntax errors counts them as skipped, not as formatted', async () => {
        const folder = await temp({
            'a.strat': FORMATTED,
            'b.strat': FORMATTED,
            'broken.strat': SYNTAX_ERROR
        });
        const result = await runStrat(['format', '--check', '.'], { cwd: folder });
        assert.equal(result.code, 1, 'a file that could not be checked is not a pass');
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /broken\.strat: not formatted: the file has syntax errors/);
        assert.match(
            result.stderr,
            /1 of 3 files was skipped because of syntax errors \(not checked\), 2 already formatted/
        );
        assert.doesNotMatch(result.stderr, /3 files already formatted/);

        await fs.writeFile(path.join(folder, 'c.strat'), MESSY);
        const mixed = await runStrat(['format', '--check', '.'], { cwd: folder });
        assert.match(
            mixed.stderr,
            /1 of 4 files are not formatted; run strat format; 1 was skipped because of syntax errors/
        );
        const german = await runStrat(['format', '--check', '--lang', 'de', 'a.strat', 'broken.strat'], {
            cwd: folder
        });
        assert.match(
            german.stderr,
            /1 von 2 Dateien wegen Syntaxfehlern übersprungen \(nicht geprüft\), 1 bereits formatiert/
        );
        const written = await runStrat(['format', '.'], { cwd: folder });
        assert.match(written.stderr, /4 files, 1 reformatted, 1 skipped because of syntax errors/);
    });

    it('writes the file in place: a symbolic link keeps pointing to the formatted file', async () => {
        const folder = await temp({ 'echt/a.strat': MESSY });
        await fs.symlink('echt/a.strat', path.join(folder, 'link.strat'));
        const result = await runStrat(['format', 'link.strat'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.ok((await fs.lstat(path.join(folder, 'link.strat'))).isSymbolicLink(), 'still a link');
        assert.equal(await fs.readlink(path.join(folder, 'link.strat')), 'echt/a.strat');
        assert.equal(await fs.readFile(path.join(folder, 'echt', 'a.strat'), 'utf8'), FORMATTED);
    });

    it('writes the file in place: hard links stay one file, owner, group and mode are kept', async function () {
        if (!NOBODY) {
            this.skip(); // changing the owner needs root
        }
        const folder = await temp({ 'a.strat': MESSY });
        const file = path.join(folder, 'a.strat');
        await fs.link(file, path.join(folder, 'zweiter-name.strat.txt'));
        await fs.chown(file, NOBODY!.uid, NOBODY!.gid);
        await fs.chmod(file, 0o604);
        const before = await fs.stat(file);
        const result = await runStrat(['format', 'a.strat'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        const after = await fs.stat(file);
        assert.equal(after.ino, before.ino, 'the same file, not a copy');
        assert.equal(after.nlink, 2);
        assert.deepEqual([after.uid, after.gid, after.mode], [before.uid, before.gid, before.mode]);
        assert.equal(await fs.readFile(path.join(folder, 'zweiter-name.strat.txt'), 'utf8'), FORMATTED);
        assert.deepEqual((await fs.readdir(folder)).sort(), ['a.strat', 'zweiter-name.strat.txt']);
    });

    it('a folder without write permission: its writable files are formatted in place', async function () {
        if (!NOBODY) {
            this.skip();
        }
        const folder = await temp({ 'zu/a.strat': MESSY });
        await fs.chmod(folder, 0o755);
        await fs.chown(path.join(folder, 'zu', 'a.strat'), NOBODY!.uid, NOBODY!.gid);
        await fs.chmod(path.join(folder, 'zu'), 0o555);
        const result = await runStrat(['format', 'zu'], { cwd: folder, user: NOBODY });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(await fs.readFile(path.join(folder, 'zu', 'a.strat'), 'utf8'), FORMATTED);
    });

    it('a file without write permission: exit 2, a located message, no file changed', async function () {
        if (!NOBODY) {
            this.skip();
        }
        const folder = await temp({
            'a.strat': MESSY,
            'b-nur-lesen.strat': MESSY,
            'c-nur-lesen.strat': MESSY
        });
        await fs.chmod(folder, 0o777);
        for (const name of ['a.strat', 'b-nur-lesen.strat', 'c-nur-lesen.strat']) {
            await fs.chmod(path.join(folder, name), name === 'a.strat' ? 0o666 : 0o444);
        }
        const result = await runStrat(['format', '.'], { cwd: folder, user: NOBODY });
        assert.equal(result.code, 2, result.stderr);
        assertNoStackTrace(result);
        assert.doesNotMatch(result.stderr, /internal error/);
        assert.match(result.stderr, /^strat: b-nur-lesen\.strat: cannot be written \(permission denied\)/m);
        assert.match(result.stderr, /^strat: c-nur-lesen\.strat: cannot be written \(permission denied\)/m);
        for (const name of ['a.strat', 'b-nur-lesen.strat', 'c-nur-lesen.strat']) {
            assert.equal(await fs.readFile(path.join(folder, name), 'utf8'), MESSY, `${name} was changed`);
        }
        const german = await runStrat(['format', '--lang', 'de', 'b-nur-lesen.strat'], {
            cwd: folder,
            user: NOBODY
        });
        assert.match(
            german.stderr,
            /b-nur-lesen\.strat: kann nicht geschrieben werden \(keine Berechtigung\)/
        );
    });
});
