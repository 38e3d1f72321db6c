import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertNoStackTrace, NOBODY, runStrat, writeFiles, type RunResult } from '../cli/cli-harness.js';
import { countCase, settings } from './fuzz-support.js';

/**
 * Bad input for every command (what test/cli/bad-input.test.ts covers for `validate`, plus what it
 * does not): a clear `strat: …` message, exit code 2 (README: "a usage error or input that cannot be
 * read"), no stack trace, and nothing written half-way — no file formatted, no export folder.
 */

const VALID =
    'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR\nstrategy S "Titel" {\n    cites 2023/42\n}\n';
const UNFORMATTED =
    'body   ITPLR "IT-Planungsrat"\ndecision 2023/42   by ITPLR\nstrategy S "Titel" { cites 2023/42 }\n';

/** Runs strat (as `nobody` if asked: tests run as root, for whom permissions do not count). */
async function run(
    args: readonly string[],
    cwd: string,
    options: { asNobody?: boolean; timeoutMs?: number } = {}
): Promise<RunResult> {
    const result = await runStrat(args, {
        cwd,
        timeoutMs: options.timeoutMs ?? 120_000,
        ...(options.asNobody && NOBODY ? { user: NOBODY } : {})
    });
    countCase();
    return result;
}

async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-fuzz-cli-'));
    await fs.chmod(folder, 0o755);
    await writeFiles(folder, files);
    return folder;
}

/** Everything under a folder, with contents, to compare before and after a run. */
async function snapshot(folder: string): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath, entry.name);
        const relative = path.relative(folder, full);
        if (entry.isSymbolicLink()) {
            result[relative] = `-> ${await fs.readlink(full)}`;
        } else if (entry.isFile()) {
            result[relative] = await fs.readFile(full, 'latin1').catch(() => '(unreadable)');
        } else if (entry.isDirectory()) {
            result[relative] = '(folder)';
        }
    }
    return result;
}

function assertInputError(result: RunResult, pattern: RegExp, what: string): void {
    assert.equal(
        result.code,
        2,
        `${what}: exit code (stdout: ${result.stdout.slice(0, 300)} stderr: ${result.stderr.slice(0, 600)})`
    );
    assert.match(result.stderr, /^strat: /m, `${what}: a strat: message`);
    assert.match(result.stderr, pattern, `${what}: the message says what is wrong`);
    assertNoStackTrace(result);
}

/** Every command that reads a workspace, with the output it may write. */
const COMMANDS: ReadonlyArray<{ name: string; args: (input: string) => string[] }> = [
    { name: 'validate', args: input => ['validate', input] },
    { name: 'validate --format sarif', args: input => ['validate', '--format', 'sarif', input] },
    { name: 'decisions', args: input => ['decisions', input] },
    { name: 'format', args: input => ['format', input] },
    { name: 'format --check', args: input => ['format', '--check', input] },
    { name: 'export json', args: input => ['export', '--format', 'json', '--out', '../out-json', input] },
    { name: 'export html', args: input => ['export', '--format', 'html', '--out', '../out-html', input] }
];

const BAD_INPUTS: ReadonlyArray<{
    name: string;
    files: Record<string, string | Uint8Array>;
    input: string;
    message: RegExp;
    setup?: (folder: string) => Promise<void>;
    asNobody?: boolean;
}> = [
    {
        name: 'a path that does not exist',
        files: { 'ok.strat': UNFORMATTED },
        input: 'fehlt/nirgends.strat',
        message: /no such file or folder/
    },
    {
        name: 'a folder without .strat files',
        files: { 'ok.strat': UNFORMATTED, 'leer/liesmich.txt': 'x' },
        input: 'leer',
        message: /no \.strat files/
    },
    {
        name: 'a binary file next to a good one',
        files: {
            'ok.strat': UNFORMATTED,
            'z-bild.strat': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])
        },
        input: '.',
        message: /z-bild\.strat: a binary file/
    },
    {
        name: 'invalid UTF-8 next to a good one',
        files: {
            'ok.strat': UNFORMATTED,
            'z-latin1.strat': Buffer.from([0x62, 0x6f, 0x64, 0x79, 0x20, 0x42, 0x20, 0x22, 0xfc, 0x22, 0x0a])
        },
        input: '.',
        message: /z-latin1\.strat:1:9: not valid UTF-8/
    },
    {
        name: 'a truncated UTF-8 sequence at the end',
        files: { 'ok.strat': UNFORMATTED, 'z-kurz.strat': Buffer.from([0x62, 0x6f, 0x64, 0x79, 0xc3]) },
        input: '.',
        message: /z-kurz\.strat:1:5: not valid UTF-8/
    },
    {
        name: 'UTF-16 next to a good one',
        files: {
            'ok.strat': UNFORMATTED,
            'z-breit.strat': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('body B "b"', 'utf16le')])
        },
        input: '.',
        message: /z-breit\.strat: saved as UTF-16/
    },
    {
        name: 'a path that is a loop of symbolic links',
        files: { 'ok.strat': UNFORMATTED },
        input: 'a.strat',
        message: /symbolic link/,
        setup: async folder => {
            await fs.symlink('b.strat', path.join(folder, 'a.strat'));
            await fs.symlink('a.strat', path.join(folder, 'b.strat'));
        }
    },
    {
        name: 'a link to /dev/zero next to a good one',
        files: { 'ok.strat': UNFORMATTED },
        input: '.',
        message: /z-null\.strat: not a regular file \(a device\)/,
        setup: folder => fs.symlink('/dev/zero', path.join(folder, 'z-null.strat'))
    },
    {
        name: 'a link to a named pipe next to a good one',
        files: { 'ok.strat': UNFORMATTED },
        input: '.',
        message: /z-rohr\.strat: not a regular file \(a named pipe\)/,
        setup: async folder => {
            execFileSync('mkfifo', [path.join(folder, 'rohr')]);
            await fs.symlink('rohr', path.join(folder, 'z-rohr.strat'));
        }
    },
    {
        name: 'a file larger than the limit next to a good one',
        files: { 'ok.strat': UNFORMATTED, 'z-riesig.strat': 'body B "b"\n' },
        input: '.',
        message: /z-riesig\.strat: too large/,
        setup: folder => fs.truncate(path.join(folder, 'z-riesig.strat'), 33 * 1024 * 1024)
    },
    {
        name: 'an unreadable file next to a good one',
        files: { 'ok.strat': UNFORMATTED, 'z-geheim.strat': VALID },
        input: '.',
        message: /z-geheim\.strat: permission denied/,
        asNobody: true,
        setup: async folder => {
            await fs.chmod(path.join(folder, 'z-geheim.strat'), 0o000);
        }
    },
    {
        name: 'an unreadable folder',
        files: { 'ok.strat': UNFORMATTED, 'zu/plan.strat': VALID },
        input: 'zu',
        message: /zu: (permission denied|no \.strat files)/,
        asNobody: true,
        setup: async folder => {
            await fs.chmod(path.join(folder, 'zu'), 0o000);
        }
    }
];

describe('fuzz: the command line on bad input', function () {
    this.timeout(settings.long ? 0 : 120_000);
    const made: string[] = [];
    const workspace = async (files: Record<string, string | Uint8Array>) => {
        const root = await folderWith({});
        made.push(root);
        const folder = path.join(root, 'arbeit');
        await fs.mkdir(folder, { mode: 0o755 });
        for (const [name, content] of Object.entries(files)) {
            const file = path.join(folder, ...name.split('/'));
            await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
            await fs.writeFile(file, content);
            await fs.chmod(file, 0o644);
        }
        return folder;
    };
    after(async () => {
        for (const folder of made) {
            await fs.chmod(folder, 0o755).catch(() => undefined);
            for (const entry of await fs.readdir(folder, { recursive: true }).catch(() => [] as string[])) {
                await fs.chmod(path.join(folder, entry), 0o755).catch(() => undefined);
            }
            await fs.rm(folder, { recursive: true, force: true });
        }
    });

    for (const bad of BAD_INPUTS) {
        it(`${bad.name}: every command exits 2 with a message, writes nothing`, async function () {
            if (bad.asNobody && process.getuid?.() !== 0 && process.platform === 'win32') {
                this.skip();
            }
            const folder = await workspace(bad.files);
            await bad.setup?.(folder);
            const root = path.dirname(folder);
            const before = await snapshot(root);
            // one command fully (in npm test), the others in the long mode
            const commands = settings.long
                ? COMMANDS
                : [COMMANDS[BAD_INPUTS.indexOf(bad) % COMMANDS.length], COMMANDS[3]];
            for (const command of commands) {
                const result = await run(command.args(bad.input), folder, { asNobody: bad.asNobody });
                assertInputError(result, bad.message, `${command.name} with ${bad.name}`);
                assert.deepEqual(
                    await snapshot(root),
                    before,
                    `${command.name} with ${bad.name} wrote something`
                );
            }
        });
    }

    it('format keeps a byte-order mark and CRLF line ends, and changes only whitespace', async () => {
        const bom = '\uFEFF' + UNFORMATTED.replace(/\n/g, '\r\n');
        const folder = await workspace({ 'mit bom.strat': bom });
        const result = await run(['format', 'mit bom.strat'], folder);
        assert.equal(result.code, 0, result.stderr);
        const after = await fs.readFile(path.join(folder, 'mit bom.strat'), 'utf8');
        assert.ok(after.startsWith('\uFEFF'), 'the byte-order mark was dropped');
        assert.ok(!/[^\r]\n/.test(after), 'a bare LF was written');
        assert.equal(after.replace(/\s+/g, ''), bom.replace(/\s+/g, ''));
        const check = await run(['format', '--check', 'mit bom.strat'], folder);
        assert.equal(check.code, 0, `formatted, but --check disagrees: ${check.stdout}${check.stderr}`);
    });

    it('paths with spaces and umlauts, for format and export', async () => {
        const folder = await workspace({ 'Länder und Kommunen/Straße eins.strat': UNFORMATTED });
        const formatted = await run(['format', 'Länder und Kommunen'], folder);
        assert.equal(formatted.code, 0, formatted.stderr);
        assert.match(formatted.stdout, /Länder und Kommunen\/Straße eins\.strat/);
        const exported = await run(
            ['export', '--format', 'html', '--out', '../Ausgabe für Ämter', 'Länder und Kommunen'],
            folder
        );
        assert.equal(exported.code, 0, exported.stderr);
        assertNoStackTrace(exported);
        assert.ok((await fs.readdir(path.join(folder, '..', 'Ausgabe für Ämter'))).includes('index.html'));
    });

    it('export into a folder that cannot be written: exit 2, a message, nothing left behind', async () => {
        const folder = await workspace({ 'plan.strat': VALID, 'eine datei': 'x' });
        const root = path.dirname(folder);
        const readOnly = path.join(root, 'schreibgeschützt');
        await fs.mkdir(readOnly, { mode: 0o555 });
        await fs.chmod(readOnly, 0o555);
        const before = await snapshot(root);
        for (const out of ['../schreibgeschützt/site', 'eine datei/site']) {
            const result = await run(['export', '--format', 'html', '--out', out, 'plan.strat'], folder, {
                asNobody: out.startsWith('../')
            });
            assert.equal(result.code, 2, `${out}: exit code (${result.stderr})`);
            assert.match(result.stderr, /^strat: /m);
            assertNoStackTrace(result);
            assert.deepEqual(await snapshot(root), before, `export to ${out} left something behind`);
        }
    });

    // a hang guard (a limit that load cannot reach), not a timing: bench/ measures the time of large files
    it('a 10 MB file: checked without a hang, the documented exit code, no stack trace', async function () {
        this.timeout(900_000);
        // in npm test a 10 MB file of long texts and comments; in the long mode 77,000 goals
        const goals = settings.long;
        let text = 'body B "b"\nstrategy S "s" {\n';
        const unit = goals
            ? (i: number) =>
                  `    goal g${i} "Ziel ${i} mit etwas Text für die Länge" {\n        text "Ein Absatz Text, der die Datei größer macht: äöü ß 😀."\n    }\n`
            : (i: number) =>
                  `    // ${'Kommentar '.repeat(50)}\n    text "${'Ein langer Absatz äöü 😀 '.repeat(200)}"\n    goal g${i} "Ziel" {\n    }\n`;
        const parts: string[] = [];
        let length = text.length;
        for (let i = 0; length < 10 * 1024 * 1024; i++) {
            const part = unit(i);
            parts.push(part);
            length += part.length;
        }
        text += parts.join('') + '}\n';
        const folder = await workspace({ 'gross.strat': text });
        const result = await run(['validate', '--format', 'json', 'gross.strat'], folder, {
            timeoutMs: 600_000
        });
        assert.notEqual(result.code, null, 'killed after 600 s: a hang');
        assert.ok(
            result.code === 0 || result.code === 1,
            `exit code ${result.code}: ${result.stderr.slice(0, 500)}`
        );
        assertNoStackTrace(result);
        assert.equal(JSON.parse(result.stdout).files, 1);
    });
});
