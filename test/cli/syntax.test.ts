import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    assertNoStackTrace,
    parseJson,
    runStrat,
    useTempFolders,
    VALID,
    type JsonReport
} from './cli-harness.js';

describe('strat with hostile syntax', function () {
    this.timeout(120_000);
    const tempFolder = useTempFolders();
    const huge = `strategy Gross "T" {\n    vision "${'Text '.repeat(860_000)}"\n    text "C:\\\\Daten"\n}\n`;

    it('validates a text of millions of characters like any other', async () => {
        const folder = await tempFolder({ 'gross.strat': huge, 'plan.strat': VALID });
        const result = await runStrat(['validate', '--format', 'json'], { cwd: folder });
        assertNoStackTrace(result);
        assert.equal(result.code, 0, result.stderr);
        const report = parseJson<JsonReport>(result);
        assert.equal(report.files, 2);
        assert.deepEqual(report.diagnostics, []);
    });

    it('formats a file with a text of millions of characters, and the files around it', async () => {
        const messy = huge.replace('    vision', ' vision');
        const folder = await tempFolder({
            'a.strat': 'strategy A "A" {\n  horizon 2030 }\n',
            'gross.strat': messy
        });
        const result = await runStrat(['format', '.'], { cwd: folder });
        assertNoStackTrace(result);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stderr, /2 files, 2 reformatted/);
        assert.equal(await fs.readFile(path.join(folder, 'gross.strat'), 'utf8'), huge);
    });

    it('gives lexer errors in German with --lang de, by line and column, naming invisible characters', async () => {
        const folder = await tempFolder({ 'plan.strat': 'strategy S "T" {\n    level l "L" \u200b\n}\n' });
        const result = await runStrat(['validate', '--lang', 'de'], { cwd: folder });
        assert.equal(result.code, 1);
        assert.match(
            result.stdout,
            /^plan\.strat:2:17 Fehler syntax-error Syntaxfehler: unerwartetes Zeichen U\+200B$/m
        );
        assert.doesNotMatch(result.stdout, /offset|\u200b/);
    });

    it('one misspelled keyword gives one error and the rest of the file is checked', async () => {
        const folder = await tempFolder({
            'plan.strat':
                'strategy S "T" {\n    level society "L"\n    goal g "G" {\n        levl society\n    }\n' +
                '    goal h "" {\n        level society\n    }\n}\n'
        });
        const result = await runStrat(['validate'], { cwd: folder });
        assert.equal(result.code, 1);
        const lines = result.stdout.trim().split('\n');
        assert.deepEqual(
            lines.filter(line => / error /.test(line)),
            [
                'plan.strat:4:9 error syntax-error Syntax error: `levl` does not belong in this block (Goal): did you mean `level`?',
                'plan.strat:6:12 error empty-title The title must not be empty.'
            ]
        );
    });
});
