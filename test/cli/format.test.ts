import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assertNoStackTrace, runStrat, SYNTAX_ERROR, useTempFolders } from './cli-harness.js';

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
});
