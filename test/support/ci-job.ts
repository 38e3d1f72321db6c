import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** How the CI integrations run: commands in a CI job's environment, in temporary git repositories. */

export interface CommandResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/**
 * The environment of a CI job on this machine: the Node that runs the tests first on PATH (as
 * actions/setup-node or a node image would put it), English, no colour settings.
 */
export function jobEnvironment(extra: Record<string, string> = {}): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (value !== undefined && !/^(LANG|LC_\w+|NO_COLOR|FORCE_COLOR|STRAT_DEBUG|npm_\w+)$/i.test(name)) {
            env[name] = value;
        }
    }
    env.PATH = [path.dirname(process.execPath), env.PATH].join(path.delimiter);
    return { ...env, LANG: 'C.UTF-8', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command, output collected (killed after `timeoutMs`). */
export function runCommand(
    command: string,
    args: readonly string[],
    options: { cwd: string; env?: Record<string, string>; input?: string; timeoutMs?: number }
): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env ?? jobEnvironment(),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        // a command that exits without reading its input is not an error of the test
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
        child.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', code => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8')
            });
        });
    });
}

/** A new temporary git repository holding `files`, committed (an author set for the commit). */
export async function gitRepository(files: Record<string, string>): Promise<string> {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-repo-'));
    for (const [name, text] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(folder, name)), { recursive: true });
        await fs.writeFile(path.join(folder, name), text);
    }
    await git(folder, 'init', '--quiet', '--initial-branch=main');
    await git(folder, 'add', '--all');
    await git(folder, 'commit', '--quiet', '--allow-empty', '-m', 'start');
    return folder;
}

export async function git(folder: string, ...args: string[]): Promise<string> {
    const result = await runCommand('git', args, {
        cwd: folder,
        env: jobEnvironment({
            GIT_AUTHOR_NAME: 'Test',
            GIT_AUTHOR_EMAIL: 'test@example.org',
            GIT_COMMITTER_NAME: 'Test',
            GIT_COMMITTER_EMAIL: 'test@example.org',
            GIT_CONFIG_NOSYSTEM: '1',
            HOME: os.tmpdir()
        })
    });
    if (result.code !== 0) {
        throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
    }
    return result.stdout;
}
