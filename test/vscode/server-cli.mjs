// What test/vscode/run.mjs and test/vscode/package.mjs both need of the VS Code server: a run's own
// folders (nothing is written into the user's home), the environment that points it there, and its own
// command line (`--install-extension`, `--list-extensions`) on those folders.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NODE24_BIN, SERVER_MAIN } from './setup.mjs';

/**
 * Runs a command; resolves with its exit code and output (stdout and stderr together); killed after
 * `limitMs`.
 */
export function runCommand(command, args, options) {
    return new Promise(resolve => {
        const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', chunk => (output += chunk));
        child.stderr.on('data', chunk => (output += chunk));
        const timer = setTimeout(() => child.kill('SIGKILL'), options.limitMs);
        child.on('error', error => {
            clearTimeout(timer);
            resolve({ code: -1, output: `${output}\n${error.message}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code: code ?? `${signal} (time limit ${options.limitMs / 1000} s?)`, output });
        });
    });
}

/** The folders of one run of the server under `tmp`, made, and the environment that points it there. */
export async function serverFolders(tmp) {
    const dirs = Object.fromEntries(
        ['userData', 'serverData', 'extensions', 'home', 'config', 'data', 'cache'].map(name => [
            name,
            path.join(tmp, name)
        ])
    );
    await Promise.all(Object.values(dirs).map(dir => fs.mkdir(dir, { recursive: true })));
    const env = {
        ...process.env,
        HOME: dirs.home,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache
    };
    delete env.NODE_OPTIONS;
    return { dirs, env };
}

/** The server's own command line with `options`, on the run's folders. */
export function serverCli({ dirs, env }, options, { cwd, limitMs = 60_000 } = {}) {
    return runCommand(
        NODE24_BIN,
        [
            SERVER_MAIN,
            ...options,
            '--extensions-dir',
            dirs.extensions,
            '--user-data-dir',
            dirs.userData,
            '--server-data-dir',
            dirs.serverData,
            '--accept-server-license-terms'
        ],
        { cwd, env, limitMs }
    );
}
