import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    assertNoStackTrace,
    parseJson,
    runStrat,
    useTempFolders,
    VALID,
    type JsonReport,
    type RunResult
} from './cli-harness.js';

/**
 * What a scanned folder may hold besides regular files: links to devices, named pipes, huge files,
 * thousands of files. Every command must answer in bounded time and memory with a message naming
 * the path, never read a device or wait for a pipe's writer, and never run out of file handles.
 */

const UNFORMATTED = 'body   ITPLR "IT-Planungsrat"\ndecision 2023/42   by ITPLR\n';

/** Every command that reads a workspace. */
const COMMANDS: ReadonlyArray<{ name: string; args: string[] }> = [
    { name: 'validate', args: ['validate', '.'] },
    { name: 'decisions', args: ['decisions', '.'] },
    { name: 'format', args: ['format', '.'] },
    { name: 'format --check', args: ['format', '--check', '.'] },
    { name: 'export', args: ['export', '--format', 'html', '--out', '../site', '.'] }
];

function mkfifo(file: string): void {
    execFileSync('mkfifo', [file]);
}

/** A file of `bytes` bytes that takes no space (a hole): reading it would take as long as a real one. */
async function sparseFile(file: string, bytes: number): Promise<void> {
    await fs.writeFile(file, 'body B "b"\n');
    await fs.truncate(file, bytes);
}

function assertRefusedFile(result: RunResult, what: string, named: string, reason: RegExp): void {
    assert.equal(result.code, 2, `${what}: exit code (stderr: ${result.stderr.slice(0, 500)})`);
    assert.ok(
        result.stderr.split('\n').some(line => line.startsWith(`strat: ${named}: `) && reason.test(line)),
        `${what}: a message naming ${named} (${reason}): ${result.stderr}`
    );
    assertNoStackTrace(result);
}

describe('strat on special files in a scanned folder', function () {
    this.timeout(120_000);
    const folderWith = useTempFolders();

    const SPECIAL: ReadonlyArray<{
        name: string;
        make: (folder: string) => Promise<void>;
        named: string;
        reason: RegExp;
    }> = [
        {
            name: 'a .strat link to /dev/zero',
            make: folder => fs.symlink('/dev/zero', path.join(folder, 'null.strat')),
            named: 'null.strat',
            reason: /not a regular file \(a device\)/
        },
        {
            name: 'a .strat link to /dev/urandom in a subfolder',
            make: async folder => {
                await fs.mkdir(path.join(folder, 'tief'));
                await fs.symlink('/dev/urandom', path.join(folder, 'tief', 'zufall.strat'));
            },
            named: 'tief/zufall.strat',
            reason: /not a regular file \(a device\)/
        },
        {
            name: 'a .strat link to a named pipe no one writes to',
            make: async folder => {
                mkfifo(path.join(folder, 'rohr'));
                await fs.symlink('rohr', path.join(folder, 'rohr.strat'));
            },
            named: 'rohr.strat',
            reason: /not a regular file \(a named pipe\)/
        },
        {
            name: 'a .strat file of 40 MB',
            make: folder => sparseFile(path.join(folder, 'riesig.strat'), 40 * 1024 * 1024),
            named: 'riesig.strat',
            reason: /too large \(40 MB; strat reads files of up to 32 MB\)/
        }
    ];

    for (const special of SPECIAL) {
        it(`${special.name}: every command refuses it at once, names it, changes nothing`, async () => {
            // the workspace in w/, the export goes beside it
            const folder = path.join(await folderWith({ 'w/a.strat': UNFORMATTED }), 'w');
            await special.make(folder);
            for (const command of COMMANDS) {
                // a read of the device or a wait for the pipe would end in the harness's kill (no exit code)
                const result = await runStrat(command.args, { cwd: folder });
                assertRefusedFile(result, command.name, special.named, special.reason);
            }
            assert.equal(await fs.readFile(path.join(folder, 'a.strat'), 'utf8'), UNFORMATTED);
            await assert.rejects(fs.stat(path.join(folder, '..', 'site')), 'no site was exported');
        });
    }

    it('entries only named like source files (a folder `x.strat` with files in it, a dangling link, a link to itself): not read, every command works on the real files', async () => {
        const folder = path.join(await folderWith({ 'w/a.strat': UNFORMATTED }), 'w');
        await fs.mkdir(path.join(folder, 'ordner.strat', 'tief.strat'), { recursive: true });
        await fs.writeFile(path.join(folder, 'ordner.strat', 'README'), 'kein Quelltext\n');
        await fs.writeFile(path.join(folder, 'ordner.strat', 'tief.strat', 'notizen.txt'), 'auch nicht\n');
        await fs.writeFile(
            path.join(folder, 'ordner.strat', 'innen.strat'),
            'strategy C "C" {\n    cites 2099/1\n}\n'
        );
        await fs.symlink(path.join(folder, 'fehlt.strat'), path.join(folder, 'weg.strat'));
        await fs.symlink('schleife.strat', path.join(folder, 'schleife.strat'));
        const validate = await runStrat(['validate', '--format', 'json', '.'], { cwd: folder });
        assertNoStackTrace(validate);
        assert.equal(validate.code, 0, validate.stderr);
        const report = parseJson<JsonReport>(validate);
        assert.equal(report.files, 2);
        assert.deepEqual(
            report.diagnostics.map(d => [d.file, d.code]),
            [['ordner.strat/innen.strat', 'unresolved-decision']],
            'the real source file in the folder is checked (its decision is not declared), nothing else'
        );
        for (const command of COMMANDS) {
            const result = await runStrat(command.args, { cwd: folder });
            assertNoStackTrace(result);
            assert.doesNotMatch(
                result.stderr,
                /internal error|README|notizen|weg\.strat|schleife/,
                command.name
            );
            assert.ok(
                [0, 1].includes(result.code ?? -1),
                `${command.name}: exit ${result.code} ${result.stderr}`
            );
        }
        assert.equal(
            await fs.readFile(path.join(folder, 'ordner.strat', 'README'), 'utf8'),
            'kein Quelltext\n'
        );
        assert.notEqual(
            await fs.readFile(path.join(folder, 'a.strat'), 'utf8'),
            UNFORMATTED,
            'format formatted'
        );
    });

    it('a named pipe named as an argument: refused at once', async () => {
        const folder = await folderWith({ 'a.strat': VALID });
        mkfifo(path.join(folder, 'rohr.strat'));
        const result = await runStrat(['validate', 'rohr.strat', 'a.strat'], { cwd: folder });
        assertRefusedFile(result, 'validate', 'rohr.strat', /not a file or folder/);
    });

    it('--format json and sarif: an unreadable file is a finding of a complete report, exit 2', async () => {
        const folder = await folderWith({
            'a.strat': 'strategy S "T" {\n    goal g "G" {\n        level nope\n    }\n}\n',
            'b-null.strat': Buffer.from('body B "b"\n\0\n'),
            'c-latin1.strat': Buffer.from([0x62, 0x6f, 0x64, 0x79, 0x20, 0x42, 0x20, 0x22, 0xfc, 0x22, 0x0a])
        });
        await fs.symlink('/dev/zero', path.join(folder, 'd-zero.strat'));
        const json = await runStrat(['validate', '--format', 'json', '.'], { cwd: folder });
        assert.equal(json.code, 2, json.stderr);
        const report = parseJson<JsonReport>(json);
        assert.equal(report.files, 4);
        const unreadable = report.diagnostics.filter(d => d.code === 'unreadable-file');
        assert.deepEqual(
            unreadable.map(d => [d.file, d.line, d.column, d.severity]),
            [
                ['b-null.strat', 1, 1, 'error'],
                ['c-latin1.strat', 1, 9, 'error'],
                ['d-zero.strat', 1, 1, 'error']
            ]
        );
        assert.match(unreadable[0].message, /binary file/);
        assert.match(unreadable[1].message, /not valid UTF-8/);
        assert.match(unreadable[2].message, /not a regular file/);
        assert.ok(
            report.diagnostics.some(d => d.file === 'a.strat' && d.code === 'unresolved-reference'),
            'the readable file is still checked'
        );
        assert.equal(report.errors, 4);
        assert.match(json.stderr, /^strat: b-null\.strat: a binary file/m, 'named on stderr too');

        const sarif = await runStrat(['validate', '--format', 'sarif', '.'], { cwd: folder });
        assert.equal(sarif.code, 2, sarif.stderr);
        const log = parseJson<{
            runs: Array<{
                tool: { driver: { rules: Array<{ id: string }> } };
                results: Array<{ ruleId: string; ruleIndex: number; level: string }>;
            }>;
        }>(sarif);
        const run = log.runs[0];
        const results = run.results.filter(r => r.ruleId === 'unreadable-file');
        assert.equal(results.length, 3);
        for (const result of results) {
            assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'unreadable-file');
            assert.equal(result.level, 'error');
        }
    });

    it('--format text: every readable file is still checked, each unreadable one a located finding, exit 2', async () => {
        const folder = await folderWith({
            'a.strat': 'strategy S "T" {\n    goal g "G" {\n        level nope\n    }\n}\n',
            'b-null.strat': Buffer.from('body B "b"\n\0\n'),
            'c.strat': 'strategy C "C" {\n    cites 2099/1\n}\n',
            'd-latin1.strat': Buffer.from([0x62, 0x6f, 0x64, 0x79, 0x20, 0x42, 0x20, 0x22, 0xfc, 0x22, 0x0a])
        });
        await fs.symlink('/dev/zero', path.join(folder, 'e-zero.strat'));
        for (const lang of ['en', 'de']) {
            const result = await runStrat(['validate', '--lang', lang, '.'], { cwd: folder });
            assert.equal(result.code, 2, `${lang}: unreadable files mean exit 2 (${result.stderr})`);
            assertNoStackTrace(result);
            const lines = result.stdout.split('\n');
            const finding = (file: string, code: string) =>
                lines.find(line => line.startsWith(`${file}:`) && line.includes(` ${code} `));
            assert.match(finding('a.strat', 'unresolved-reference') ?? '', /^a\.strat:3:15 /, result.stdout);
            assert.match(finding('c.strat', 'unresolved-decision') ?? '', /^c\.strat:2:11 /, result.stdout);
            assert.match(
                finding('b-null.strat', 'unreadable-file') ?? '',
                /^b-null\.strat:1:1 /,
                result.stdout
            );
            assert.match(
                finding('d-latin1.strat', 'unreadable-file') ?? '',
                /^d-latin1\.strat:1:9 /,
                result.stdout
            );
            assert.match(
                finding('e-zero.strat', 'unreadable-file') ?? '',
                /^e-zero\.strat:1:1 /,
                result.stdout
            );
            assert.match(
                result.stdout,
                lang === 'en'
                    ? /^5 files checked: 4 errors, 1 warning$/m
                    : /^5 Dateien geprüft: 4 Fehler, 1 Warnung$/m,
                'the summary counts the unreadable files and the errors of the others'
            );
            assert.match(result.stderr, /^strat: b-null\.strat: /m, 'named on stderr too');
        }
    });

    it('--format json with a path that does not exist: a complete report with the finding, exit 2', async () => {
        const folder = await folderWith({ 'a.strat': VALID });
        const result = await runStrat(['validate', '--format', 'json', 'fehlt.strat'], { cwd: folder });
        assert.equal(result.code, 2);
        const report = parseJson<JsonReport>(result);
        assert.deepEqual(
            report.diagnostics.map(d => [d.file, d.code]),
            [['fehlt.strat', 'unreadable-file']]
        );
    });
});

describe('strat on thousands of files with a low limit of open files', function () {
    this.timeout(1_500_000);
    const folderWith = useTempFolders();
    const COUNT = 3000;
    let folder: string;

    before(async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < COUNT; i++) {
            const n = String(i).padStart(4, '0');
            files[`w/teil-${Math.floor(i / 500)}/s${n}.strat`] =
                i === 0 ? VALID : `strategy S${n}   "Teil ${n}" {\n    cites 2023/42\n}\n`;
        }
        folder = path.join(await folderWith(files), 'w');
    });

    it(`validate, decisions, format --check, format and export read ${COUNT} files under ulimit -n 256`, async () => {
        const limited = { cwd: folder, openFiles: 256, timeoutMs: 280_000 };
        const validate = await runStrat(['validate', '--format', 'json', '.'], limited);
        assertNoStackTrace(validate);
        assert.equal(validate.code, 0, validate.stderr.slice(0, 500));
        assert.equal(parseJson<JsonReport>(validate).files, COUNT);

        const decisions = await runStrat(['decisions', '--format', 'json', '.'], limited);
        assert.equal(decisions.code, 0, decisions.stderr.slice(0, 500));
        const [entry] = parseJson<Array<{ citations: unknown[] }>>(decisions);
        assert.equal(entry.citations.length, COUNT);

        const check = await runStrat(['format', '--check', '.'], limited);
        assert.equal(check.code, 1, check.stderr.slice(0, 500));
        assert.match(check.stderr, new RegExp(`\\d+ of ${COUNT} files are not formatted`));

        const format = await runStrat(['format', '.'], limited);
        assert.equal(format.code, 0, format.stderr.slice(0, 500));
        assert.match(format.stderr, new RegExp(`${COUNT} files, \\d+ reformatted`));
        const again = await runStrat(['format', '--check', '.'], limited);
        assert.equal(again.code, 0, again.stderr.slice(0, 500));
        assert.match(again.stderr, new RegExp(`${COUNT} files already formatted`));

        const exported = await runStrat(['export', '--format', 'html', '--out', '../site', '.'], limited);
        assert.equal(exported.code, 0, exported.stderr.slice(0, 500));
        const pages = await fs.readdir(path.join(folder, '..', 'site', 'strategies'));
        assert.equal(pages.length, COUNT);
        await fs.rm(path.join(folder, '..', 'site'), { recursive: true });
    });
});
