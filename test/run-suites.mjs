// Runs the compiled test suites with mocha, one suite folder after the other, then the test of the
// packaged extension (test/vscode/package.mjs: `npm run package`, installed into a VS Code server;
// its setup first) and the VS Code suite (test/vscode/: a real VS Code in headless Chromium) against
// that installed .vsix, and the browser workbench suite (test/vscode/web/: the extension's browser entry in
// the workbench's web worker extension host, the same harness with STRAT_VSCODE_WEB=1) against it too,
// so that a packaging mistake fails (against the working tree when packaging
// failed, so that the features are still tested), and closes with the line `N passed, N failed`
// summed over all of them (the last line of the output). Exits non-zero when a test failed, a suite
// could not be loaded or run, or no test ran at all. A VS Code script that cannot run to its end
// (Chromium missing, time limit) counts as one failed test; a failed setup as two (the suite and the
// package test). Build first: `npm test` does. STRAT_VSCODE=0 leaves both out (said so in the output).
import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { KEPT_VSIX } from './vscode/setup.mjs';

/**
 * The suite folders run here with mocha, in order; a folder that does not exist (not written or not
 * built) is skipped. Not out/test/vscode: those tests import `vscode` and run inside VS Code, through
 * the harness below.
 */
const SUITES = [
    'out/test/unit',
    'out/test/cli',
    'out/test/package',
    'out/test/integrations',
    'out/test/lsp',
    'out/test/browser',
    'out/test/bench',
    'out/test/fuzz'
];
const VSCODE_SETUP = 'test/vscode/setup.mjs';
const VSCODE_HARNESS = 'test/vscode/run.mjs';
/** The packaged extension (`npm run package`, installed into the harness's VS Code server): one test. */
const VSCODE_PACKAGE = 'test/vscode/package.mjs';
/** A guard above the harness's own time limit (6 minutes). */
const VSCODE_LIMIT_MS = 8 * 60_000;
const PACKAGE_LIMIT_MS = 8 * 60_000;
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The compiled test files of a folder and its subfolders, in a stable order. */
function testFiles(folder) {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.test.js'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

async function runSuite(folder) {
    const mocha = new Mocha({ reporter: 'spec', timeout: 60_000, slow: 5_000 });
    for (const file of testFiles(folder)) {
        mocha.addFile(file);
    }
    await mocha.loadFilesAsync();
    const stats = await new Promise(resolve => {
        const runner = mocha.run(() => resolve(runner.stats));
    });
    mocha.dispose();
    return stats;
}

let passed = 0;
let failed = 0;
let pending = 0;
let crashed = 0;
const started = Date.now();
console.log(`node ${process.version}, suites: ${[...SUITES, 'test/vscode'].join(', ')}`);
for (const suite of SUITES) {
    const folder = path.join(root, suite);
    if (!existsSync(folder)) {
        console.log(`(suite ${suite} skipped: the folder does not exist)`);
        continue;
    }
    console.log(`\n=== suite ${suite}`);
    try {
        const stats = await runSuite(folder);
        passed += stats?.passes ?? 0;
        failed += stats?.failures ?? 0;
        pending += stats?.pending ?? 0;
    } catch (error) {
        crashed++;
        console.error(`suite ${suite} crashed: ${error?.stack ?? error}`);
    }
}

/**
 * Runs a Node script of the project as a child process, passing its output through line by line, and
 * resolves with its exit code and its last non-empty line of output.
 */
function runScript(script, limitMs, env = process.env) {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [path.join(root, script)], {
            cwd: root,
            env,
            stdio: ['ignore', 'pipe', 'inherit']
        });
        let buffer = '';
        let last = '';
        const emit = line => {
            if (line.trim() !== '') {
                last = line.trim();
            }
            console.log(line);
        };
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', chunk => {
            buffer += chunk;
            const lines = buffer.split('\n');
            buffer = lines.pop();
            lines.forEach(emit);
        });
        const timer = setTimeout(() => {
            console.log(`${script} still ran after ${limitMs / 1000} s: stopping it`);
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }, limitMs);
        child.on('error', error => {
            clearTimeout(timer);
            resolve({ code: -1, last: `could not start: ${error.message}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (buffer !== '') {
                emit(buffer);
            }
            resolve({ code: code ?? (signal ? 128 : 1), last });
        });
    });
}

if (process.env.STRAT_VSCODE === '0') {
    console.log('\n(suite test/vscode left out: STRAT_VSCODE=0)');
} else {
    console.log(
        '\n=== suite test/vscode (the packaged extension; then VS Code with it installed, in headless Chromium)'
    );
    const setup = await runScript(VSCODE_SETUP, 15 * 60_000);
    if (setup.code !== 0) {
        failed += 2;
        console.log(
            `the VS Code suite and the package test could not run: their setup failed (${VSCODE_SETUP}, exit code ${setup.code}); counted as 2 failed tests`
        );
    } else {
        await fs.rm(KEPT_VSIX, { force: true });
        for (const [script, limitMs, web] of [
            [VSCODE_PACKAGE, PACKAGE_LIMIT_MS, false],
            [VSCODE_HARNESS, VSCODE_LIMIT_MS, false],
            // The browser entry in the workbench's web worker extension host (STRAT_VSCODE_WEB=1).
            [VSCODE_HARNESS, VSCODE_LIMIT_MS, true]
        ]) {
            const env = {
                ...process.env,
                ...(script === VSCODE_HARNESS && existsSync(KEPT_VSIX)
                    ? { STRAT_VSCODE_VSIX: KEPT_VSIX }
                    : {}),
                STRAT_VSCODE_WEB: web ? '1' : '0'
            };
            if (script === VSCODE_HARNESS) {
                const suite = web ? 'The browser workbench suite' : 'The VS Code suite';
                console.log(
                    env.STRAT_VSCODE_VSIX
                        ? `${suite} runs against the installed ${path.relative(root, KEPT_VSIX)}`
                        : `${suite} runs against the working tree (no packaged extension to install)`
                );
            }
            const result = await runScript(script, limitMs, env);
            const summary = SUMMARY.exec(result.last);
            if (summary) {
                passed += Number(summary[1]);
                failed += Number(summary[2]);
                if (result.code !== 0 && Number(summary[2]) === 0) {
                    failed++;
                    console.log(
                        `${script} exited with code ${result.code} although no test failed; counted as 1 failed test`
                    );
                }
            } else {
                failed++;
                console.log(
                    `${script} did not run to its end (exit code ${result.code}, no "N passed, N failed" line); counted as 1 failed test`
                );
            }
        }
    }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ntests took ${seconds} s${pending > 0 ? `, ${pending} skipped` : ''}`);
if (crashed > 0) {
    console.log(`${crashed} ${crashed === 1 ? 'suite' : 'suites'} could not be loaded or run (see above)`);
}
if (passed + failed === 0) {
    console.log('no test ran: that counts as a failure');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed > 0 || passed + failed === 0 ? 1 : 0);
