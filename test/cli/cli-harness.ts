import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { neutralEnvironment, runProcess, type ProcessResult } from '../support/subprocess.js';

/** The repository root (this file runs as out/test/cli/cli-harness.js). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The real CLI entry point, as `npm install -g` would run it. */
export const STRAT_BIN = path.join(REPO_ROOT, 'bin', 'strat.js');

export type RunResult = ProcessResult;

export interface RunOptions {
    cwd: string;
    /** Variables set on top of a neutral environment (English, no colour settings). */
    env?: Record<string, string | undefined>;
    /** Run as another user (tests run as root, for whom permissions do not count). */
    user?: { uid: number; gid: number };
    /** The limit of open files of the process (`ulimit -n`). */
    openFiles?: number;
    /** When the process is killed (default 50 s). */
    timeoutMs?: number;
}

/** `nobody`, when the tests run as root; undefined otherwise (then permissions count anyway). */
export const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/**
 * Runs `strat ARGS` as a subprocess with the Node that runs the tests, stdout and stderr piped
 * (not a terminal), and collects its output.
 */
export function runStrat(args: readonly string[], options: RunOptions): Promise<RunResult> {
    const command =
        options.openFiles === undefined
            ? [process.execPath, STRAT_BIN, ...args]
            : [
                  '/bin/sh',
                  '-c',
                  `ulimit -n ${options.openFiles} && exec "$0" "$@"`,
                  process.execPath,
                  STRAT_BIN,
                  ...args
              ];
    return runProcess(command[0], command.slice(1), {
        cwd: options.cwd,
        env: neutralEnvironment(options.env),
        ...options.user,
        timeoutMs: options.timeoutMs ?? 50_000
    });
}

/** A fresh temporary folder holding `files` (relative paths with `/`; strings or raw bytes). */
export async function tempFolder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-cli-'));
    await writeFiles(folder, files);
    return folder;
}

export async function writeFiles(folder: string, files: Record<string, string | Uint8Array>): Promise<void> {
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(folder, ...name.split('/'));
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, content);
    }
}

export async function removeFolder(folder: string | undefined): Promise<void> {
    if (folder) {
        await fs.rm(folder, { recursive: true, force: true });
    }
}

/**
 * Call inside a `describe`: returns a function that makes temporary folders (see `tempFolder`),
 * all removed after each test.
 */
export function useTempFolders(): (files?: Record<string, string | Uint8Array>) => Promise<string> {
    const made: string[] = [];
    afterEach(async () => {
        await Promise.all(made.splice(0).map(removeFolder));
    });
    return async (files = {}) => {
        const folder = await tempFolder(files);
        made.push(folder);
        return folder;
    };
}

/** Fails when stderr looks like a crash rather than a message for the user. */
export function assertNoStackTrace(result: RunResult): void {
    const text = result.stderr + result.stdout;
    if (
        /^\s+at /m.test(text) ||
        /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|node:internal|Node\.js v\d/.test(text)
    ) {
        throw new Error(`a stack trace or crash was printed:\n${text}`);
    }
}

/** What a terminal interprets: every C0 control but LF, the C1 controls and the bidirectional controls. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Fails when text output holds a character that a terminal interprets: text from the files must be
 * shown escaped. `streams` are the streams that are text for a terminal (not JSON or SARIF).
 */
export function assertNoControlCharacters(
    result: RunResult,
    what: string,
    streams: ReadonlyArray<'stdout' | 'stderr'> = ['stdout', 'stderr']
): void {
    for (const stream of streams) {
        const text = result[stream];
        const control = TERMINAL_CONTROL.exec(text);
        assert.equal(
            control,
            null,
            `${what}: ${stream} holds U+${control?.[0].codePointAt(0)?.toString(16).padStart(4, '0')}: ` +
                JSON.stringify(text.slice(0, 400))
        );
    }
}

export function parseJson<T>(result: RunResult): T {
    try {
        return JSON.parse(result.stdout) as T;
    } catch (error) {
        throw new Error(
            `stdout is not one JSON document (${(error as Error).message}):\n${result.stdout}\nstderr:\n${result.stderr}`,
            { cause: error }
        );
    }
}

// ---------------------------------------------------------------- sample documents

/** A minimal valid workspace: a body, a decision it took, a strategy citing it. */
export const VALID =
    'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR\nstrategy S "Titel" {\n    cites 2023/42\n}\n';

/** A goal whose level does not exist: `unresolved-reference` at line 3, columns 15–19 (`nope`). */
export const UNRESOLVED_LEVEL = 'strategy G "T" {\n    goal g "G" {\n        level nope\n    }\n}\n';

/** A syntax error at line 1, column 18 (`bogus`). */
export const SYNTAX_ERROR = 'strategy X "T" { bogus }\n';

/** Two files, one error: `plan.strat` (VALID) and `sub/goal.strat` (UNRESOLVED_LEVEL, at 3:15). */
export const ONE_ERROR_IN_TWO_FILES: Readonly<Record<string, string>> = {
    'plan.strat': VALID,
    'sub/goal.strat': UNRESOLVED_LEVEL
};

/** The JSON report of `strat validate --format json`. */
export interface JsonReport {
    version: number;
    files: number;
    errors: number;
    warnings: number;
    diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

/** One entry of `strat decisions --format json`. */
export interface DecisionJson {
    id: string;
    number: string;
    declared: { file: string; line: number } | null;
    title: string | null;
    date: string | null;
    session: number | null;
    url: string | null;
    status: 'in-force' | 'amended' | 'partly-repealed' | 'repealed';
    changedBy: Array<{ kind: string; decision: string; date: string | null; items: number[] }>;
    citations: Array<{ file: string; line: number; column: number; kind: string; items: number[] }>;
}
