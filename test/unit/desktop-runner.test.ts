import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestRunFailedError, type TestOptions } from '@vscode/test-electron';
import { EXIT, runDesktop } from '../vscode/desktop/run-desktop.js';
import { ROOT, SUITE } from '../vscode/workspace.js';

const MAIN = path.join(ROOT, 'out/test/vscode/desktop/main.js');

/** A port on which nothing listens: a proxy there refuses every connection at once. */
function closedPort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}

/** What the suite writes to VS Code's standard output, as a desktop VS Code passes it on. */
type Script = (stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream) => void;

interface Run {
    code: number;
    out: string[];
    err: string[];
    /** The options runTests got, with what the workspace held during the run; none when not called. */
    calls: Array<{ options: TestOptions; workspaceFiles: string[]; settings: Record<string, unknown> }>;
}

/** Runs the runner in this process with runTests faked: it plays `script` and then resolves or fails. */
async function runWith(
    args: string[],
    env: NodeJS.ProcessEnv,
    script: Script = () => {},
    outcome: () => Promise<number> = async () => 0,
    platform: NodeJS.Platform = 'linux'
): Promise<Run> {
    const run: Run = { code: -1, out: [], err: [], calls: [] };
    run.code = await runDesktop({
        args,
        env,
        platform,
        runTests: async options => {
            const workspace = options.launchArgs?.[0] ?? '';
            run.calls.push({
                options,
                workspaceFiles: existsSync(workspace) ? readdirSync(workspace).sort() : [],
                settings: existsSync(path.join(workspace, '.vscode/settings.json'))
                    ? JSON.parse(readFileSync(path.join(workspace, '.vscode/settings.json'), 'utf8'))
                    : {}
            });
            script(options.stdout ?? process.stdout, options.stderr ?? process.stderr);
            return outcome();
        },
        out: line => run.out.push(line),
        err: line => run.err.push(line)
    });
    return run;
}

describe('the desktop VS Code runner (npm run test:desktop)', function () {
    this.timeout(60_000);
    let tmp: string;
    /** A file that stands for VS Code's executable: runTests is faked, nothing runs it. */
    let fakeCode: string;
    const display = { DISPLAY: ':99' };

    beforeEach(() => {
        tmp = mkdtempSync(path.join(os.tmpdir(), 'strat-desktop-runner-'));
        fakeCode = path.join(tmp, 'code');
        writeFileSync(fakeCode, '');
    });

    afterEach(() => {
        rmSync(tmp, { recursive: true, force: true });
    });

    it('says in one line that there is no desktop VS Code when none is named and the download fails, and exits with status 3', async () => {
        // The real download through @vscode/test-electron, into an empty cache, through a proxy that
        // refuses every connection: as offline, wherever the test runs.
        const proxy = `http://127.0.0.1:${await closedPort()}`;
        const cache = path.join(tmp, 'cache');
        const env: NodeJS.ProcessEnv = {
            ...process.env,
            STRAT_VSCODE_CACHE: cache,
            npm_config_proxy: proxy,
            npm_config_https_proxy: proxy
        };
        delete env.STRAT_VSCODE_EXECUTABLE;
        delete env.STRAT_VSCODE_VERSION;
        const result = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 50_000 });
        const lines = `${result.stdout}${result.stderr}`.split('\n').filter(line => line.trim() !== '');
        assert.equal(result.status, EXIT.noVSCode, `output: ${lines.join('\n')}`);
        assert.equal(lines.length, 1, `more than one line: ${lines.join('\n')}`);
        assert.match(lines[0], /no desktop VS Code here, downloading one failed \(.+\)/);
        assert.match(lines[0], /--vscode-executable PATH or STRAT_VSCODE_EXECUTABLE=PATH/);
        const cached = existsSync(cache) ? readdirSync(cache) : [];
        assert.deepEqual(
            cached.filter(name => name.startsWith('vscode-')),
            [],
            'a partial download is left'
        );
    });

    it('says in one line that a named executable does not exist, exits with status 3, and starts nothing', async () => {
        const missing = path.join(tmp, 'no-such-code');
        const run = await runWith([], { ...display, STRAT_VSCODE_EXECUTABLE: missing });
        assert.equal(run.code, EXIT.noVSCode);
        assert.deepEqual(run.err, [
            `vscode desktop: no desktop VS Code at ${missing} (named by --vscode-executable or STRAT_VSCODE_EXECUTABLE): no such file`
        ]);
        assert.deepEqual(run.out, []);
        assert.equal(run.calls.length, 0);
    });

    it('refuses a folder as the executable (a macOS .app bundle) and says what to name instead', async () => {
        const bundle = path.join(tmp, 'Visual Studio Code.app');
        mkdirSync(bundle);
        const folderRun = await runWith(['--vscode-executable', bundle], display);
        assert.equal(folderRun.code, EXIT.noVSCode);
        assert.match(folderRun.err.join('\n'), /not a file; name VS Code's executable inside it/);
        assert.equal(folderRun.calls.length, 0);
    });

    it('runs the bundled suite entry with this repository as the extension, on a fresh copy of the examples', async () => {
        const run = await runWith(['--vscode-executable', fakeCode], display, stdout => {
            stdout.write('[main 2026-01-01T00:00:00.000Z] update#setState disabled\n');
            stdout.write('[strat-suite]   the strat extension in VS Code\n[strat-suite]     ✔ activates');
            stdout.write(' (812ms)\n[strat-suite] 1 passed, 0 failed\n');
            stdout.write('Exit code:   0\n');
        });
        assert.equal(run.code, EXIT.passed, run.err.join('\n'));
        assert.equal(run.calls.length, 1);
        const [{ options, workspaceFiles, settings }] = run.calls;
        assert.equal(options.vscodeExecutablePath, fakeCode);
        assert.equal(options.extensionDevelopmentPath, ROOT);
        assert.equal(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name, 'strat');
        assert.equal(options.extensionTestsPath, SUITE);
        assert.ok(existsSync(SUITE), `${SUITE} is not built`);
        const [workspace, ...flags] = options.launchArgs ?? [];
        assert.ok(workspaceFiles.includes('interfoederale-strategie.strat'), `workspace: ${workspaceFiles}`);
        assert.ok(workspaceFiles.includes('catalogue'), `workspace: ${workspaceFiles}`);
        assert.equal(settings['strat.language'], 'en');
        assert.notEqual(path.resolve(workspace), path.join(ROOT, 'examples'), 'the examples themselves');
        assert.ok(flags.includes('--disable-extensions'), `flags: ${flags}`);
        // A profile of its own, next to the workspace: the user's VS Code settings and extensions stay out.
        const profile = path.dirname(workspace);
        for (const name of ['user-data-dir', 'extensions-dir']) {
            const given = flags.find(flag => flag.startsWith(`--${name}=`));
            assert.ok(given?.startsWith(`--${name}=${profile}${path.sep}`), `--${name}: ${given}`);
        }
        assert.ok('STRAT_SCREENSHOTS' in (options.extensionTestsEnv ?? {}));
        assert.equal(options.extensionTestsEnv?.STRAT_SCREENSHOTS, undefined);
        // The suite's lines without their mark, VS Code's own left out, the summary last.
        assert.deepEqual(run.out.slice(1, -2), [
            '  the strat extension in VS Code',
            '    ✔ activates (812ms)'
        ]);
        assert.match(run.out[0], /^vscode desktop: running the suite in /);
        assert.match(run.out.at(-2) ?? '', /^vscode desktop: took \d+\.\d s$/);
        assert.equal(run.out.at(-1), '1 passed, 0 failed');
        assert.equal(existsSync(profile), false, 'the temporary workspace was left behind');
    });

    it('takes the executable from STRAT_VSCODE_EXECUTABLE, and the flag over the variable', async () => {
        const passing: Script = stdout => stdout.write('[strat-suite] 1 passed, 0 failed\n');
        const fromEnv = await runWith([], { ...display, STRAT_VSCODE_EXECUTABLE: fakeCode }, passing);
        assert.equal(fromEnv.code, EXIT.passed);
        assert.equal(fromEnv.calls[0].options.vscodeExecutablePath, fakeCode);
        const other = path.join(tmp, 'code-insiders');
        writeFileSync(other, '');
        const fromFlag = await runWith(
            ['--vscode-executable', other],
            { ...display, STRAT_VSCODE_EXECUTABLE: path.join(tmp, 'missing') },
            passing
        );
        assert.equal(fromFlag.code, EXIT.passed, fromFlag.err.join('\n'));
        assert.equal(fromFlag.calls[0].options.vscodeExecutablePath, other);
    });

    it('fails with status 1 and the summary last when a test fails in VS Code', async () => {
        const run = await runWith(
            ['--vscode-executable', fakeCode],
            display,
            stdout => stdout.write('[strat-suite]   1) shows a hover\n[strat-suite] 4 passed, 1 failed\n'),
            () => Promise.reject(new TestRunFailedError(1, undefined))
        );
        assert.equal(run.code, EXIT.failed);
        assert.equal(run.out.at(-1), '4 passed, 1 failed');
        assert.ok(
            run.out.includes('vscode desktop: VS Code: Test run failed with code 1'),
            run.out.join('\n')
        );
    });

    it("never passes when VS Code ends without the suite's summary, and shows VS Code's last lines", async () => {
        const run = await runWith(['--vscode-executable', fakeCode], display, (stdout, stderr) => {
            stdout.write('[main] Error: the extension host terminated\n');
            stderr.write('libasound.so.2: cannot open shared object file\n');
        });
        assert.equal(run.code, EXIT.failed);
        assert.match(
            run.err[0],
            /VS Code ended \(exit code 0\) but the suite printed no "N passed, N failed" line/
        );
        assert.ok(
            run.err.some(line => line.includes('the extension host terminated')),
            run.err.join('\n')
        );
        assert.ok(
            run.err.some(line => line.includes('libasound.so.2')),
            run.err.join('\n')
        );
        assert.equal(
            run.out.some(line => /^\d+ passed, \d+ failed$/.test(line)),
            false
        );
    });

    it("shows VS Code's own lines with --verbose", async () => {
        const run = await runWith(['--vscode-executable', fakeCode, '--verbose'], display, stdout =>
            stdout.write('[main] window opened\n[strat-suite] 1 passed, 0 failed\n')
        );
        assert.equal(run.code, EXIT.passed);
        assert.ok(run.out.includes('[vscode] [main] window opened'), run.out.join('\n'));
    });

    it('on Linux without a display, says to use Xvfb in one line and exits with status 4; elsewhere it runs', async () => {
        const noDisplay = await runWith(['--vscode-executable', fakeCode], {});
        assert.equal(noDisplay.code, EXIT.noDisplay);
        assert.equal(noDisplay.err.length, 1);
        assert.match(noDisplay.err[0], /no display .*xvfb-run -a npm run test:desktop/);
        assert.equal(noDisplay.calls.length, 0);
        const wayland = await runWith(['--vscode-executable', fakeCode], { WAYLAND_DISPLAY: 'wayland-0' });
        assert.equal(wayland.calls.length, 1);
        for (const platform of ['darwin', 'win32'] as const) {
            const run = await runWith(['--vscode-executable', fakeCode], {}, undefined, undefined, platform);
            assert.equal(run.calls.length, 1, `${platform}: ${run.err.join('\n')}`);
        }
    });

    it('rejects an unknown option with status 2, and lists its options with --help', async () => {
        const bad = await runWith(['--vscode-exe', fakeCode], display);
        assert.equal(bad.code, EXIT.usage);
        assert.deepEqual(bad.err, ["vscode desktop: unknown option '--vscode-exe' (see --help)"]);
        assert.equal(bad.calls.length, 0);
        const help = await runWith(['--help'], display);
        assert.equal(help.code, EXIT.passed);
        for (const option of [
            '--vscode-executable',
            '--vscode-version',
            '--cache-dir',
            '--keep',
            '--verbose'
        ]) {
            assert.ok(help.out.join('\n').includes(option), `--help lacks ${option}`);
        }
        assert.equal(help.calls.length, 0);
    });
});
