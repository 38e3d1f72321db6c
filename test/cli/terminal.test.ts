import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    assertNoControlCharacters,
    assertNoStackTrace,
    parseJson,
    runStrat,
    useTempFolders,
    type RunResult
} from './cli-harness.js';

/**
 * Text from the files — titles, messages that quote them, file names — printed by the text output of
 * every command: a control character must not reach the terminal (it could retitle the window, move
 * the cursor or start a line that looks like a finding); it is shown escaped instead.
 */

/**
 * Every kind of control character that a title or file name may carry, and how it is shown. C0 and C1
 * controls other than line breaks and tabs never stay in a text: reading the file replaces them by
 * U+FFFD and reports `control-character` (`stored` is the text then). Line breaks and bidirectional
 * overrides stay in the text and are escaped on the terminal.
 */
const CONTROLS: ReadonlyArray<{ name: string; raw: string; stored?: string; shown: string }> = [
    {
        name: 'ESC (a terminal title sequence)',
        raw: '\u001b]0;pwned\u0007',
        stored: '\ufffd]0;pwned\ufffd',
        shown: '\ufffd]0;pwned\ufffd'
    },
    { name: 'BEL', raw: '\u0007', stored: '\ufffd', shown: '\ufffd' },
    { name: 'CR', raw: '\r', shown: '\\r' },
    { name: 'a newline', raw: '\n', shown: '\\n' },
    { name: 'a C1 control (CSI)', raw: '\u009b31m', stored: '\ufffd31m', shown: '\ufffd31m' },
    { name: 'a bidirectional override', raw: '\u202e', shown: '\\u{202E}' },
    { name: 'backspace', raw: '\u0008', stored: '\ufffd', shown: '\ufffd' }
];

/** Nothing that a terminal interprets, and no crash. */
function assertInert(result: RunResult, what: string): void {
    assertNoControlCharacters(result, what);
    assertNoStackTrace(result);
}

/** Each line of output that does not start as strat's own lines do was forged by the input. */
function assertNoForgedLine(text: string, allowed: RegExp, what: string): void {
    for (const line of text.split('\n').filter(l => l !== '')) {
        assert.match(line, allowed, `${what}: a line strat did not write: ${JSON.stringify(line)}`);
    }
}

describe('strat prints control characters from files escaped', function () {
    this.timeout(120_000);
    const folderWith = useTempFolders();

    for (const control of CONTROLS) {
        it(`${control.name} in a decision title: decisions and validate show it escaped`, async () => {
            const title = `Beschluss${control.raw}strat: Titel`;
            const folder = await folderWith({
                'a.strat':
                    `body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR {\n    title "${title}"\n}\n` +
                    `strategy S "S${control.raw}" {\n    cites 2023/42\n    goal g "${control.raw}" {\n        level nope\n    }\n}\n`
            });
            const decisions = await runStrat(['decisions', '.'], { cwd: folder });
            assertInert(decisions, 'decisions');
            assert.ok(
                decisions.stdout.includes(`Beschluss${control.shown}strat: Titel`),
                `decisions shows the title escaped: ${decisions.stdout}`
            );
            assertNoForgedLine(
                decisions.stdout,
                /^(2023\/42 | {4}a\.strat:\d+:\d+ |\d+ decisions?, )/,
                'decisions'
            );
            const json = await runStrat(['decisions', '--format', 'json', '.'], { cwd: folder });
            assert.equal(
                parseJson<Array<{ title: string }>>(json)[0].title,
                `Beschluss${control.stored ?? control.raw}strat: Titel`,
                'JSON keeps the text as it was read'
            );

            const validate = await runStrat(['validate', '.'], { cwd: folder });
            assertInert(validate, 'validate');
            assert.equal(validate.code, 1, validate.stderr);
            assertNoForgedLine(
                validate.stdout,
                /^(a\.strat:\d+:\d+ (error|warning|info|hint) |\d+ files? checked)/,
                'validate'
            );
        });
    }

    it('control characters in titles: diff shows them escaped, one line per change', async () => {
        const catalogue = (title: string): string =>
            `body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR {\n    title "${title}"\n}\n`;
        const strategy = (title: string): string =>
            `strategy S "Strategie" {\n    level l "L"\n    goal g "${title}" {\n        level l\n    }\n}\n`;
        const raw = CONTROLS.map(c => c.raw).join('|');
        const folder = await folderWith({
            'old/a.strat': catalogue('Alt') + strategy('Ziel'),
            'new/a.strat': catalogue(`Neu${raw}strat: forged`) + strategy(`Ziel${raw}`)
        });
        const diff = await runStrat(['diff', 'old', 'new'], { cwd: folder });
        assertInert(diff, 'diff');
        const shown = CONTROLS.map(c => c.shown).join('|');
        assert.ok(
            diff.stdout.includes(`Neu${shown}strat: forged`),
            `the decision title escaped: ${diff.stdout}`
        );
        assert.ok(diff.stdout.includes(`Ziel${shown}`), `the goal title escaped: ${diff.stdout}`);
        assert.ok(!/^strat: forged/m.test(diff.stdout), diff.stdout);
    });

    it('control characters in a syntax error: validate and export show them escaped, one line each', async () => {
        const folder = await folderWith({
            'w/a.strat': 'strategy S "T" {\n    "\u001b[2J\nstrat: forged\u0007"\n}\n'
        });
        const cwd = path.join(folder, 'w');
        const validate = await runStrat(['validate', '.'], { cwd });
        assertInert(validate, 'validate');
        assertNoForgedLine(validate.stdout, /^(a\.strat:\d+:\d+ error |\d+ files? checked)/, 'validate');
        assert.ok(validate.stdout.includes('\\e[2J\\nstrat: forged\\u{0007}'), validate.stdout);
        const exported = await runStrat(['export', '--format', 'html', '--out', '../site', '.'], { cwd });
        assert.equal(exported.code, 1);
        assertInert(exported, 'export');
        assertNoForgedLine(
            exported.stderr,
            /^(a\.strat:\d+:\d+ error |\d+ errors? in the workspace)/,
            'export'
        );
    });

    it('control characters in file names: validate, format, format --check and export show them escaped', async () => {
        const name = 'neu\u001b]0;x\u0007\nstrat: ok\r.strat';
        const folder = await folderWith({});
        const cwd = path.join(folder, 'w');
        await fs.mkdir(cwd);
        await fs.writeFile(
            path.join(cwd, name),
            'strategy S   "T" {\n    goal g "G" {\n        level nope\n    }\n}\n'
        );
        const shown = 'neu\\e]0;x\\u{0007}\\nstrat: ok\\r.strat';
        for (const args of [
            ['validate', '.'],
            ['format', '--check', '.'],
            ['format', '.'],
            ['export', '--format', 'html', '--out', '../site', '.']
        ]) {
            const result = await runStrat(args, { cwd });
            assertInert(result, args.join(' '));
            assert.ok(
                (result.stdout + result.stderr).includes(shown),
                `${args.join(' ')} names the file escaped: ${result.stdout}${result.stderr}`
            );
        }
        await fs.writeFile(path.join(cwd, 'binär\u001b.strat'), Buffer.from([0, 1, 2]));
        const unreadable = await runStrat(['validate', '.'], { cwd });
        assert.equal(unreadable.code, 2);
        assertInert(unreadable, 'an unreadable file with a control character in its name');
        assert.match(unreadable.stderr, /^strat: binär\\e\.strat: a binary file/m);
    });

    it('a control character in a bad option value is escaped in the usage error', async () => {
        const folder = await folderWith({});
        const result = await runStrat(['validate', '--format', 'x\u001b]0;t\u0007'], { cwd: folder });
        assert.equal(result.code, 2);
        assertInert(result, 'usage error');
        assert.match(result.stderr, /x\\e\]0;t\\u\{0007\}/);
    });
});
