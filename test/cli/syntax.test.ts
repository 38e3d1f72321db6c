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

    it('a run of characters that start nothing is one error, wherever they come from; the run ends where a token can start', async () => {
        // Latin-1 (§), a zero-width space, CJK, an emoji (a surrogate pair), ASCII (#, $): each run
        // once as a long run and once ended by a character that starts a token (space U+3000, a keyword)
        const runs = [
            '§'.repeat(300_000),
            '\u200b'.repeat(5),
            '漢字'.repeat(1000),
            '😀'.repeat(7),
            '#$'.repeat(15)
        ];
        const folder = await tempFolder({
            'plan.strat':
                'strategy S "T" {\n' +
                runs.map(run => `    ${run}\n`).join('') +
                '    漢\u3000goal g "G" {\n        level nope\n    }\n    §¤level x "X"\n}\n'
        });
        const result = await runStrat(['validate', '--format', 'json'], { cwd: folder });
        assertNoStackTrace(result);
        const report = parseJson<JsonReport>(result);
        const syntax = report.diagnostics.filter(d => d.code === 'syntax-error');
        assert.deepEqual(
            syntax.map(d => [d.line, d.column, d.message]),
            [
                [
                    2,
                    5,
                    'Syntax error: unexpected 300000 characters `§` (U+00A7) `§` (U+00A7) `§` (U+00A7) `§` (U+00A7) `§` (U+00A7) …'
                ],
                [3, 5, 'Syntax error: unexpected 5 characters U+200B U+200B U+200B U+200B U+200B'],
                [
                    4,
                    5,
                    'Syntax error: unexpected 2000 characters `漢` (U+6F22) `字` (U+5B57) `漢` (U+6F22) `字` (U+5B57) `漢` (U+6F22) …'
                ],
                [
                    5,
                    5,
                    'Syntax error: unexpected 7 characters `😀` (U+1F600) `😀` (U+1F600) `😀` (U+1F600) `😀` (U+1F600) `😀` (U+1F600) …'
                ],
                [
                    6,
                    5,
                    'Syntax error: unexpected 30 characters `#` (U+0023) `$` (U+0024) `#` (U+0023) `$` (U+0024) `#` (U+0023) …'
                ],
                [7, 5, 'Syntax error: unexpected character `漢` (U+6F22)'],
                [10, 5, 'Syntax error: unexpected 2 characters `§` (U+00A7) `¤` (U+00A4)']
            ],
            JSON.stringify(syntax, null, 1)
        );
        assert.ok(
            report.diagnostics.some(d => d.code === 'unresolved-reference' && d.line === 8),
            'the goal after the runs is still read and checked'
        );
    });

    it('a file with thousands of bad places lists the first hundred and says how many more, in either language', async () => {
        const folder = await tempFolder({
            'plan.strat': `strategy S "T" {\n${'    § ¤\n'.repeat(1000)}    goal g "G" {\n        level nope\n    }\n}\n`
        });
        for (const [lang, more] of [
            ['en', 'Syntax error: and 1900 more places with unexpected characters further on (not listed)'],
            [
                'de',
                'Syntaxfehler: und 1900 weitere Stellen mit unerwarteten Zeichen weiter hinten (nicht aufgeführt)'
            ]
        ]) {
            const result = await runStrat(['validate', '--format', 'json', '--lang', lang], { cwd: folder });
            assertNoStackTrace(result);
            const syntax = parseJson<JsonReport>(result).diagnostics.filter(d => d.code === 'syntax-error');
            assert.equal(syntax.length, 101, `${lang}: ${syntax.length} syntax errors`);
            assert.deepEqual([syntax[99].line, syntax[99].column], [51, 7]);
            assert.deepEqual([syntax[100].line, syntax[100].column, syntax[100].message], [52, 5, more]);
            assert.ok(
                parseJson<JsonReport>(result).diagnostics.some(d => d.code === 'unresolved-reference'),
                `${lang}: the rest of the file is still checked`
            );
        }
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
