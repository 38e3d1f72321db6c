import { execFileSync } from 'node:child_process';
import { promises as fs, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { neutralEnvironment, runProcess, type ProcessResult } from './subprocess.js';

/** The repository root (this file runs as out/test/support/packed-cli.js). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** What `node scripts/pack.mjs --json` reports about the tarball it wrote. */
export interface PackedTarball {
    tarball: string;
    size: number;
    unpackedSize: number;
    /** The paths in the tarball, relative to its package folder, sorted. */
    files: string[];
}

export interface Installed {
    /** The folder the package was installed into (it holds package.json and node_modules). */
    folder: string;
    /** The installed executable: node_modules/.bin/strat. */
    bin: string;
}

export type RunResult = ProcessResult;

let packed: Promise<PackedTarball> | undefined;

/**
 * Packs the npm package once per test process (scripts/pack.mjs, into a temporary folder) and
 * resolves with the tarball; every caller (every suite of the process) gets the same one, removed
 * when the process exits.
 */
export function packOnce(): Promise<PackedTarball> {
    packed ??= (async () => {
        const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-tarball-'));
        process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
        const output = await run(process.execPath, ['scripts/pack.mjs', '--out', outDir, '--json'], {
            cwd: REPO_ROOT
        });
        if (output.code !== 0) {
            throw new Error(`scripts/pack.mjs failed (exit code ${output.code}):\n${output.stderr}`);
        }
        const lines = output.stdout.trim().split('\n');
        return JSON.parse(lines[lines.length - 1]) as PackedTarball;
    })();
    return packed;
}

/**
 * Installs the tarball as a user would (`npm install -D <tgz>`), offline: the package has no
 * dependencies to fetch. Into `folder` (a project with its package.json), else into a new, empty
 * temporary folder; remove that with `removeInstalled`.
 */
export async function installPackage(tarball: string, folder?: string): Promise<Installed> {
    folder ??= await fs.mkdtemp(path.join(os.tmpdir(), 'strat-installed-'));
    const result = await run(
        'npm',
        ['install', '-D', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
        { cwd: folder }
    );
    if (result.code !== 0) {
        throw new Error(`npm install ${tarball} failed (exit code ${result.code}):\n${result.stderr}`);
    }
    return { folder, bin: path.join(folder, 'node_modules', '.bin', 'strat') };
}

export async function removeInstalled(installed: Installed | undefined): Promise<void> {
    if (installed) {
        await fs.rm(installed.folder, { recursive: true, force: true });
    }
}

export interface RunInstalledOptions {
    cwd: string;
    /** Variables set on top of a neutral environment (English, no colour settings). */
    env?: Record<string, string | undefined>;
    /** The Node that runs the executable (default: the Node running the tests). */
    node?: string;
}

/** Runs the installed `strat ARGS` with the given Node, stdout and stderr piped, and collects its output. */
export function runInstalled(
    installed: Installed,
    args: readonly string[],
    options: RunInstalledOptions
): Promise<RunResult> {
    return run(options.node ?? process.execPath, [installed.bin, ...args], {
        cwd: options.cwd,
        env: neutralEnvironment(options.env)
    });
}

/**
 * A Node older than 22 on this machine (the PATH's `node` entries, /usr/bin/node), to check the
 * executable's version message with; undefined when there is none.
 */
export function oldNode(): { path: string; version: string } | undefined {
    const candidates = new Set<string>(['/usr/bin/node', '/usr/local/bin/node']);
    for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
        if (folder) {
            candidates.add(path.join(folder, 'node'));
        }
    }
    for (const candidate of candidates) {
        try {
            const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
            if (Number(/^v(\d+)/.exec(version)?.[1]) < 22) {
                return { path: candidate, version: version.slice(1) };
            }
        } catch {
            // not there or not runnable
        }
    }
    return undefined;
}

function run(
    command: string,
    args: readonly string[],
    options: { cwd: string; env?: Record<string, string | undefined> }
): Promise<RunResult> {
    return runProcess(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeoutMs: 120_000
    });
}
