import { spawn } from 'node:child_process';

/** What a finished process left: its exit code (null only when killed by a signal) and its output. */
export interface ProcessResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

export interface ProcessOptions {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    /** Written to the process's standard input; without it, standard input is empty. */
    input?: string;
    /** Run as another user (tests run as root, for whom permissions do not count). */
    uid?: number;
    gid?: number;
    /** When the process is killed (SIGKILL). */
    timeoutMs: number;
}

/** The variables that change a command's language or colours, and the project's debug switch. */
const LOCALE_AND_COLOUR = /^(LANG|LC_\w+|NO_COLOR|FORCE_COLOR|STRAT_DEBUG)$/i;

/**
 * The environment of the tests without the variables that change a command's language or colours,
 * English (`LANG=C.UTF-8`), then `extra` on top (an undefined value removes the variable).
 */
export function neutralEnvironment(extra: Record<string, string | undefined> = {}): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...process.env, LANG: 'C.UTF-8', ...extra })) {
        if (value !== undefined && (name === 'LANG' || name in extra || !LOCALE_AND_COLOUR.test(name))) {
            env[name] = value;
        }
    }
    return env;
}

/** Runs a command with stdout and stderr piped (not a terminal) and collected, killed after `timeoutMs`. */
export function runProcess(
    command: string,
    args: readonly string[],
    options: ProcessOptions
): Promise<ProcessResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env,
            uid: options.uid,
            gid: options.gid,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
        if (child.stdin) {
            // a command that exits without reading its input is not an error of the test
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
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
