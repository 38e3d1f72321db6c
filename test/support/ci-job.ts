import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFiles } from '../cli/cli-harness.js';
import { neutralEnvironment, runProcess, type ProcessResult } from './subprocess.js';

/** How the CI integrations run: commands in a CI job's environment, in temporary git repositories. */

export type CommandResult = ProcessResult;

/**
 * The environment of a CI job on this machine: the Node that runs the tests first on PATH (as
 * actions/setup-node or a node image would put it), English, no colour settings, no npm variables.
 */
export function jobEnvironment(extra: Record<string, string> = {}): Record<string, string> {
    const env = neutralEnvironment();
    for (const name of Object.keys(env).filter(name => /^npm_/i.test(name))) {
        delete env[name];
    }
    env.PATH = [path.dirname(process.execPath), env.PATH].join(path.delimiter);
    return { ...env, npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command in a job's environment (unless `env` is given), killed after `timeoutMs`. */
export function runCommand(
    command: string,
    args: readonly string[],
    options: { cwd: string; env?: Record<string, string>; input?: string; timeoutMs?: number }
): Promise<CommandResult> {
    return runProcess(command, args, {
        cwd: options.cwd,
        env: options.env ?? jobEnvironment(),
        input: options.input,
        timeoutMs: options.timeoutMs ?? 180_000
    });
}

/** A new temporary git repository holding `files`, committed (an author set for the commit). */
export async function gitRepository(files: Record<string, string>, message = 'start'): Promise<string> {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-repo-'));
    await git(folder, 'init', '--quiet', '--initial-branch=main');
    await commitFiles(folder, files, message);
    return folder;
}

/** Writes `files` into the repository at `folder` (over what is there) and commits everything. */
export async function commitFiles(
    folder: string,
    files: Record<string, string>,
    message: string
): Promise<void> {
    await writeFiles(folder, files);
    await git(folder, 'add', '--all');
    await git(folder, 'commit', '--quiet', '--allow-empty', '-m', message);
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
