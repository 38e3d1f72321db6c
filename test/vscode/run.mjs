// Runs the VS Code suite (test/vscode/suite/, bundled to out/test/vscode/suite.cjs by `npm run build`)
// inside a real VS Code: the VS Code server that npm's code-server package bundles, started with Node 24,
// and its web workbench in headless Chromium, driven by playwright-core. The extension under development
// is this repository (package.json, dist/extension.cjs, dist/server.cjs); the workspace is a temporary
// copy of examples/ (test/vscode/workspace.ts, shared with the desktop runner test/vscode/desktop/).
// See /work/shared/design/vscode-e2e.md for the recipe.
//
//   node test/vscode/setup.mjs   # once: Node 24, code-server and playwright-core into .vscode-test/
//   node test/vscode/run.mjs     # builds nothing: run `npm run build` first
//
// The output is the suite's mocha report; the last line is the suite's own `N passed, N failed`. The exit
// code is the suite's (from the workbench's `codeAutomationExit`), non-zero also when the harness could
// not run the suite at all (then there is no such line). Environment:
//   STRAT_SCREENSHOTS=docs/images   take the screenshots the suite asks for (`STRAT-SCREENSHOT name`)
//                                   into that folder as vscode-NAME.png
//   STRAT_VSCODE_TIMEOUT=360        overall time limit in seconds
//   STRAT_VSCODE_VERBOSE=1          also show the workbench's and the server's own log lines
//   STRAT_VSCODE_KEEP=1             keep the temporary folder (workspace, logs) for a look afterwards
//   STRAT_VSCODE_VSIX=strat.vsix    test the packaged extension instead of the working tree: the VS Code
//                                   server installs the .vsix with its own command line, and the suite
//                                   runs against the installed folder (what users get)
// Besides screenshots, the suite can ask for a real mouse click in a webview (`STRAT-CLICK css-selector`):
// the harness clicks the first element that matches in any of the page's frames but the workbench's own
// (a webview's content is an iframe in an iframe) and says so in its own output; the suite sees only the
// click's effect. `STRAT-SCROLL css-selector` scrolls such an element to the top of its frame (for
// screenshots, without taking the focus). Screenshots, clicks and scrolls happen in the order asked.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { CHROMIUM, CS, NODE24_BIN, SERVER_MAIN } from './setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKSPACE_MODULE = path.join(root, 'out/test/vscode/workspace.js');
/** STRAT_VSCODE_WEB=1: the extension's browser entry in the workbench's web worker extension host. */
const WEB = process.env.STRAT_VSCODE_WEB === '1';
const SUITE = path.join(root, WEB ? 'out/test/vscode/web-suite.cjs' : 'out/test/vscode/suite.cjs');
const TIME_LIMIT_S = Number(process.env.STRAT_VSCODE_TIMEOUT ?? 360);
const VERBOSE = Boolean(process.env.STRAT_VSCODE_VERBOSE);
const KEEP = Boolean(process.env.STRAT_VSCODE_KEEP);
const VSIX = process.env.STRAT_VSCODE_VSIX ? path.resolve(process.env.STRAT_VSCODE_VSIX) : undefined;
const SCREENSHOTS = process.env.STRAT_SCREENSHOTS ? path.resolve(process.env.STRAT_SCREENSHOTS) : undefined;
const SUMMARY = /^(\d+) passed, (\d+) failed$/;
/** The mark before each of the suite's own lines (OUTPUT_MARK in test/vscode/suite/helpers.ts). */
const OUTPUT_MARK = '[strat-suite] ';
const started = Date.now();

let cleanup = async () => {};
let exiting = false;

function say(message) {
    console.log(`vscode harness: ${message}`);
}

/** Ends the run: cleans up, prints the suite's summary line last, exits. */
async function finish(code, summary) {
    if (exiting) {
        return;
    }
    exiting = true;
    try {
        await cleanup();
    } catch (error) {
        say(`cleanup failed: ${error?.message ?? error}`);
    }
    say(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (summary) {
        console.log(summary);
    }
    process.exit(code);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

async function waitForServer(url, child, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`the VS Code server exited early (${child.exitCode ?? child.signalCode})`);
        }
        try {
            const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
            if (response.status < 500) {
                return;
            }
        } catch {
            // not up yet
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(`the VS Code server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Kills the server's whole process group (extension host, language server), politely first. */
async function killGroup(child) {
    if (!child?.pid) {
        return;
    }
    const alive = () => {
        try {
            process.kill(-child.pid, 0);
            return true;
        } catch {
            return false;
        }
    };
    for (const [signal, waitMs] of [
        ['SIGTERM', 3_000],
        ['SIGKILL', 2_000]
    ]) {
        if (!alive()) {
            return;
        }
        try {
            process.kill(-child.pid, signal);
        } catch {
            return;
        }
        const deadline = Date.now() + waitMs;
        while (alive() && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 100));
        }
    }
}

/**
 * Does `act` with the first element that matches `selector` in a frame other than the workbench's own
 * (the webviews), waiting up to `timeoutMs` for one to appear; resolves with the frame's description.
 */
async function inWebview(page, selector, act, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        for (const frame of page.frames()) {
            if (frame === page.mainFrame() || frame.isDetached()) {
                continue;
            }
            const element = await frame.$(selector).catch(() => null);
            if (element) {
                await act(element);
                return `in the frame ${frame.name() || new URL(frame.url()).pathname}`;
            }
        }
        if (Date.now() > deadline) {
            throw new Error(`no webview frame has such an element after ${timeoutMs / 1000} s`);
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

/**
 * Installs the .vsix with the VS Code server's own command line into the run's extensions folder and
 * returns the folder it was installed into (publisher.name-version, as package.json inside says).
 */
async function installVsix(vsix, dirs, env) {
    const output = await new Promise((resolve, reject) => {
        const child = spawn(
            NODE24_BIN,
            [
                SERVER_MAIN,
                '--install-extension',
                vsix,
                '--extensions-dir',
                dirs.extensions,
                '--user-data-dir',
                dirs.userData,
                '--server-data-dir',
                dirs.serverData,
                '--accept-server-license-terms'
            ],
            { env, stdio: ['ignore', 'pipe', 'pipe'] }
        );
        let text = '';
        child.stdout.on('data', chunk => (text += chunk));
        child.stderr.on('data', chunk => (text += chunk));
        child.on('error', reject);
        child.on('close', code =>
            code === 0 && /successfully installed/i.test(text)
                ? resolve(text)
                : reject(new Error(`--install-extension ${vsix} failed (exit code ${code}):\n${text.trim()}`))
        );
    });
    const installed = (await fs.readdir(dirs.extensions)).find(name => /^[\w-]+\.strat-\d/.test(name));
    if (!installed) {
        throw new Error(`the installed extension is not in ${dirs.extensions}:\n${output.trim()}`);
    }
    say(`installed ${path.basename(vsix)} as ${installed}`);
    return path.join(dirs.extensions, installed);
}

/**
 * The extension as a browser-only workbench (vscode.dev, github.dev) sees it: a copy without the Node
 * entry (`main`), so that the workbench runs its browser entry in the web worker extension host. (The
 * payload's `extensionDevelopmentKind` does not reach the browser workbench's choice of host.) The
 * suite goes inside the copy: the workbench runs the tests in the host of the extension they lie in.
 */
async function browserOnly(extension, tmp) {
    const copy = path.join(tmp, 'web-extension');
    const skip = new Set([
        'node_modules',
        '.git',
        '.vscode-test',
        'out',
        'language',
        'server',
        'test',
        'bench'
    ]);
    await fs.cp(extension, copy, {
        recursive: true,
        filter: source =>
            source === extension || !skip.has(path.relative(extension, source).split(path.sep)[0])
    });
    const manifestFile = path.join(copy, 'package.json');
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    if (!manifest.browser) {
        throw new Error(`the extension in ${extension} has no browser entry`);
    }
    delete manifest.main;
    await fs.writeFile(manifestFile, JSON.stringify(manifest, null, 2));
    const suite = path.join(copy, 'web-suite.cjs');
    await fs.copyFile(SUITE, suite);
    say(`the extension's browser entry ${manifest.browser}, without its Node entry, from ${copy}`);
    return { extension: copy, suite };
}

async function main() {
    for (const [what, file, hint] of [
        ['the bundled suite', SUITE, 'run `npm run build` first'],
        ['the test workspace module', WORKSPACE_MODULE, 'run `npm run build` first'],
        VSIX
            ? ['the packaged extension', VSIX, 'run `npm run package` first']
            : [
                  'the bundled extension',
                  path.join(root, WEB ? 'dist/extension.web.cjs' : 'dist/extension.cjs'),
                  'run `npm run build` first'
              ],
        ['Node 24', NODE24_BIN, 'run `node test/vscode/setup.mjs` first'],
        ['the VS Code server', SERVER_MAIN, 'run `node test/vscode/setup.mjs` first'],
        ['Chromium', CHROMIUM, 'install it: apt-get update && apt-get install -y chromium libkrb5-dev']
    ]) {
        if (!existsSync(file)) {
            throw new Error(`${what} is missing (${file}): ${hint}`);
        }
    }
    const { chromium } = createRequire(path.join(CS, 'package.json'))('playwright-core');

    // Everything the server, the extension host and Chromium write goes into one temporary folder.
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-vscode-'));
    const dirs = Object.fromEntries(
        ['userData', 'serverData', 'extensions', 'home', 'config', 'data', 'cache'].map(name => [
            name,
            path.join(tmp, name)
        ])
    );
    await Promise.all(Object.values(dirs).map(dir => fs.mkdir(dir, { recursive: true })));
    // The workspace both hosts share (test/vscode/workspace.ts, built with the suite).
    const { prepareWorkspace } = await import(pathToFileURL(WORKSPACE_MODULE).href);
    const workspace = await prepareWorkspace(tmp);

    let server;
    let browser;
    cleanup = async () => {
        await Promise.race([
            browser?.close().catch(() => {}),
            new Promise(resolve => setTimeout(resolve, 5_000))
        ]);
        await killGroup(server);
        if (KEEP) {
            say(`kept ${tmp}`);
        } else {
            await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
        }
    };

    const env = {
        ...process.env,
        HOME: dirs.home,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache
    };
    delete env.NODE_OPTIONS;
    const installed = VSIX ? await installVsix(VSIX, dirs, env) : root;
    const { extension, suite } = WEB
        ? await browserOnly(installed, tmp)
        : { extension: installed, suite: SUITE };

    const port = await freePort();
    const serverLog = createWriteStream(path.join(tmp, 'server.log'));
    // detached: the server leads its own process group, so that the extension host and the language
    // server end with it.
    server = spawn(
        NODE24_BIN,
        [
            SERVER_MAIN,
            '--host',
            '127.0.0.1',
            '--port',
            String(port),
            '--without-connection-token',
            '--accept-server-license-terms',
            '--enable-smoke-test-driver',
            '--disable-telemetry',
            '--disable-workspace-trust',
            '--user-data-dir',
            dirs.userData,
            '--server-data-dir',
            dirs.serverData,
            '--extensions-dir',
            dirs.extensions
        ],
        { cwd: tmp, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    for (const stream of [server.stdout, server.stderr]) {
        stream.on('data', chunk => {
            serverLog.write(chunk);
            if (VERBOSE) {
                process.stdout.write(`[server] ${chunk}`);
            }
        });
    }
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/version`, server, 60_000);
    say(`VS Code server up on port ${port} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage'
        ]
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

    let summary;
    let exitCode;
    const exited = new Promise(resolve => {
        exitCode = resolve;
    });
    // The suite's requests for screenshots and clicks, one after the other in the order asked.
    let actions = Promise.resolve();
    await page.exposeFunction('codeAutomationExit', code => {
        exitCode(Number(code));
    });
    // One message after the other, so that the lines keep their order.
    let consoleChain = Promise.resolve();
    page.on('console', msg => {
        consoleChain = consoleChain.then(() => relay(msg)).catch(() => {});
    });
    const relay = async msg => {
        // Rebuild the line from the message's arguments: the workbench logs with printf placeholders
        // and CSS (`'%c INFO', 'color: #33f', …`). The suite's own lines follow OUTPUT_MARK.
        let text;
        try {
            const args = await Promise.all(msg.args().map(arg => arg.jsonValue().catch(() => String(arg))));
            text = args.length > 0 ? format(...args) : msg.text();
        } catch {
            text = msg.text();
        }
        const marked = text.indexOf(OUTPUT_MARK);
        if (marked < 0) {
            if (VERBOSE) {
                console.log(`[workbench] ${text}`);
            }
            return;
        }
        for (const markedLine of text.slice(marked + OUTPUT_MARK.length).split('\n')) {
            // The suite marks every line of a message (the first one's mark is cut off above).
            const line = markedLine.startsWith(OUTPUT_MARK)
                ? markedLine.slice(OUTPUT_MARK.length)
                : markedLine;
            const trimmed = line.trim();
            if (SUMMARY.test(trimmed)) {
                summary = trimmed;
                continue;
            }
            const shot = /^STRAT-SCREENSHOT ([\w-]+)$/.exec(trimmed);
            if (shot) {
                if (SCREENSHOTS) {
                    const file = path.join(SCREENSHOTS, `vscode-${shot[1]}.png`);
                    actions = actions
                        .then(async () => {
                            await fs.mkdir(SCREENSHOTS, { recursive: true });
                            await page.screenshot({ path: file });
                            say(`screenshot ${path.relative(process.cwd(), file)}`);
                        })
                        .catch(error => say(`screenshot ${shot[1]} failed: ${error.message}`));
                }
                continue;
            }
            const action = /^STRAT-(CLICK|SCROLL) (.+)$/.exec(trimmed);
            if (action) {
                const [, kind, selector] = action;
                const act =
                    kind === 'CLICK'
                        ? element => element.click({ timeout: 10_000 })
                        : element => element.evaluate(e => e.scrollIntoView({ block: 'start' }));
                actions = actions
                    .then(() => inWebview(page, selector, act))
                    .then(where =>
                        say(`${kind === 'CLICK' ? 'clicked' : 'scrolled to'} ${selector} (${where})`)
                    )
                    .catch(error => say(`${kind.toLowerCase()} ${selector} failed: ${error.message}`));
                continue;
            }
            console.log(line);
        }
    };
    page.on('pageerror', error => {
        if (VERBOSE) {
            console.log(`[workbench] page error: ${error.message}`);
        }
    });

    const payload = [
        ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extension}`],
        ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${suite}`]
    ];
    const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    say(`workbench loading (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    const code = await exited;
    await consoleChain;
    await actions;
    // Console lines may arrive a moment after the exit call.
    for (let i = 0; i < 20 && !summary; i++) {
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    if (!summary) {
        say(
            `the suite ended with exit code ${code} but printed no "N passed, N failed" line (see ${KEEP ? tmp : 'STRAT_VSCODE_KEEP=1'})`
        );
        return finish(code === 0 ? 1 : code);
    }
    const failed = Number(SUMMARY.exec(summary)[2]);
    return finish(code !== 0 ? code : failed > 0 ? 1 : 0, summary);
}

setTimeout(() => {
    say(`time limit of ${TIME_LIMIT_S} s reached: stopping`);
    void finish(1);
}, TIME_LIMIT_S * 1000);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
        say(`${signal} received: stopping`);
        void finish(1);
    });
}
main().catch(error => {
    say(`could not run the suite: ${error?.message ?? error}`);
    void finish(1);
});
