// Runs the VS Code suite in a desktop VS Code with @vscode/test-electron: the same bundled suite entry
// (out/test/vscode/suite.cjs, whose `run()` the extension host calls) and the same workspace as the
// code-server harness (test/vscode/run.mjs), only another host. The VS Code is the executable named on
// the command line or in the environment, or one that test-electron downloads (and keeps in the cache
// folder). @vscode/test-cli is not used: its runner loads test files itself, while this suite is one
// bundle with its own entry that both hosts load.
//
// Exit codes: 0 every test passed; 1 a test failed or the suite did not run to its end; 2 a bad command
// line; 3 no desktop VS Code can be had here (none named, and the download failed); 4 no display to
// open VS Code's window on (Linux without DISPLAY: run it under xvfb-run).
import { existsSync, promises as fs, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import {
    downloadAndUnzipVSCode,
    type ProgressReport,
    type ProgressReporter,
    ProgressReportStage,
    type TestOptions
} from '@vscode/test-electron';
import { type DesktopOptions, ENV, parseCommandLine } from './options.js';
import { EXTENSION, prepareWorkspace, ROOT, SUITE } from '../workspace.js';

export const EXIT = {
    passed: 0,
    failed: 1,
    usage: 2,
    noVSCode: 3,
    noDisplay: 4
} as const;

/** The suite's summary, its last line (printed by test/vscode/suite/index.ts). */
export const SUMMARY = /^(\d+) passed, (\d+) failed$/;
/** The mark before each of the suite's own lines (OUTPUT_MARK in test/vscode/suite/helpers.ts). */
export const OUTPUT_MARK = '[strat-suite] ';

export interface DesktopRunContext {
    /** The arguments after the script's name. */
    args: readonly string[];
    env: NodeJS.ProcessEnv;
    platform: NodeJS.Platform;
    /** @vscode/test-electron's runTests: starts VS Code with the suite, resolves 0 or rejects. */
    runTests: (options: TestOptions) => Promise<number>;
    /** Writes a line of output (the suite's report, the runner's notes). */
    out: (line: string) => void;
    /** Writes a line of error output. */
    err: (line: string) => void;
}

const SAY = 'vscode desktop: ';

/** One line: an error's message without its line breaks. */
function oneLine(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/\s+/g, ' ').trim();
}

/**
 * Reports the download in a few lines (the version, every fifth of the archive, the install), and
 * keeps the last error instead of printing it: the runner says what failed in one line of its own.
 */
class DownloadReporter implements ProgressReporter {
    lastError: unknown;
    private version = '';
    private shownFifth = -1;

    constructor(private readonly say: (line: string) => void) {}

    report(report: ProgressReport): void {
        switch (report.stage) {
            case ProgressReportStage.ResolvedVersion:
                this.version = report.version;
                break;
            case ProgressReportStage.Downloading: {
                const fifth =
                    report.totalBytes > 0 ? Math.floor((5 * report.bytesSoFar) / report.totalBytes) : 0;
                if (fifth > this.shownFifth) {
                    this.shownFifth = fifth;
                    const mb = (report.totalBytes / 1e6).toFixed(0);
                    this.say(`downloading VS Code ${this.version}: ${fifth * 20}% of ${mb} MB`);
                }
                break;
            }
            case ProgressReportStage.Retrying:
                this.lastError = report.error;
                this.shownFifth = -1;
                break;
            case ProgressReportStage.NewInstallComplete:
                this.say(`VS Code ${this.version} installed in ${report.downloadedPath}`);
                break;
            default:
                break;
        }
    }

    error(error: unknown): void {
        this.lastError = error;
    }
}

type Resolved = { executable: string } | { exit: number; line: string };

/** The desktop VS Code to run: the one named, or a download; or why there is none. */
async function resolveVSCode(options: DesktopOptions, say: (line: string) => void): Promise<Resolved> {
    const named = `named by --vscode-executable or ${ENV.executable}`;
    if (options.executable !== undefined) {
        if (!existsSync(options.executable)) {
            return {
                exit: EXIT.noVSCode,
                line: `no desktop VS Code at ${options.executable} (${named}): no such file`
            };
        }
        if (!statSync(options.executable).isFile()) {
            return {
                exit: EXIT.noVSCode,
                line: `no desktop VS Code at ${options.executable} (${named}): not a file; name VS Code's executable inside it (see the README)`
            };
        }
        return { executable: options.executable };
    }
    const reporter = new DownloadReporter(say);
    try {
        const executable = await downloadAndUnzipVSCode({
            version: options.version,
            cachePath: options.cacheDir,
            extensionDevelopmentPath: ROOT,
            reporter
        });
        return { executable };
    } catch (error) {
        const cause = reporter.lastError ?? error;
        const what = options.version === undefined ? 'one' : `VS Code ${options.version}`;
        return {
            exit: EXIT.noVSCode,
            line: `no desktop VS Code here, downloading ${what} failed (${oneLine(cause)}); name an installed one with --vscode-executable PATH or ${ENV.executable}=PATH`
        };
    }
}

/**
 * Passes the suite's lines (those with OUTPUT_MARK, the mark taken off) through as they come, except
 * its summary, which is kept for the end; VS Code's own lines only when verbose. Also keeps the last
 * lines of all output, to show when the run fails without a summary.
 */
class SuiteOutput {
    summary: string | undefined;
    readonly recent: string[] = [];
    private buffer = '';

    constructor(
        private readonly out: (line: string) => void,
        private readonly verbose: boolean
    ) {}

    stream(isError: boolean): Writable {
        return new Writable({
            write: (chunk: Buffer | string, _encoding, done) => {
                this.take(String(chunk), isError);
                done();
            }
        });
    }

    private take(text: string, isError: boolean): void {
        if (isError) {
            for (const line of text.split('\n').filter(line => line.trim() !== '')) {
                this.remember(line);
                if (this.verbose) {
                    this.out(`[vscode] ${line}`);
                }
            }
            return;
        }
        const lines = (this.buffer + text).split('\n');
        this.buffer = lines.pop() ?? '';
        lines.forEach(line => this.line(line));
    }

    flush(): void {
        if (this.buffer !== '') {
            this.line(this.buffer);
            this.buffer = '';
        }
    }

    private line(raw: string): void {
        const line = raw.replace(/\r$/, '');
        const marked = line.indexOf(OUTPUT_MARK);
        if (marked < 0) {
            if (line.trim() !== '') {
                this.remember(line);
                if (this.verbose) {
                    this.out(`[vscode] ${line}`);
                }
            }
            return;
        }
        const own = line.slice(marked + OUTPUT_MARK.length);
        if (SUMMARY.test(own.trim())) {
            this.summary = own.trim();
        } else {
            this.out(own);
        }
    }

    private remember(line: string): void {
        this.recent.push(line);
        if (this.recent.length > 20) {
            this.recent.shift();
        }
    }
}

/** The options for runTests: the suite's entry, this repository as the extension, a fresh profile. */
function testOptions(
    executable: string,
    workspace: string,
    profile: string,
    output: SuiteOutput
): TestOptions {
    return {
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: SUITE,
        launchArgs: [
            workspace,
            '--disable-extensions',
            '--disable-telemetry',
            `--user-data-dir=${path.join(profile, 'user-data')}`,
            `--extensions-dir=${path.join(profile, 'extensions')}`
        ],
        // Screenshots, clicks and scrolls in webviews need a driver of the page: only the code-server
        // harness has one.
        extensionTestsEnv: { STRAT_SCREENSHOTS: undefined },
        stdout: output.stream(false),
        stderr: output.stream(true)
    };
}

/** Runs the suite in a desktop VS Code; resolves with the exit code (EXIT). */
export async function runDesktop(context: DesktopRunContext): Promise<number> {
    const say = (line: string): void => context.out(SAY + line);
    const complain = (line: string): void => context.err(SAY + line);
    const parsed = parseCommandLine(context.args, context.env);
    if (parsed.kind === 'help') {
        context.out(parsed.text.trimEnd());
        return EXIT.passed;
    }
    if (parsed.kind === 'usage-error') {
        complain(`${parsed.message} (see --help)`);
        return EXIT.usage;
    }
    const options = parsed.options;
    for (const [what, file] of [
        ['the bundled suite', SUITE],
        ['the bundled extension', EXTENSION]
    ]) {
        if (!existsSync(file)) {
            complain(`${what} is missing (${file}): run \`npm run build\` first`);
            return EXIT.failed;
        }
    }

    const resolved = await resolveVSCode(options, say);
    if ('exit' in resolved) {
        complain(resolved.line);
        return resolved.exit;
    }
    if (context.platform === 'linux' && !context.env.DISPLAY && !context.env.WAYLAND_DISPLAY) {
        complain(
            'no display for the desktop VS Code (neither DISPLAY nor WAYLAND_DISPLAY is set): run it under Xvfb, `xvfb-run -a npm run test:desktop`'
        );
        return EXIT.noDisplay;
    }

    const started = Date.now();
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-vscode-desktop-'));
    try {
        const workspace = await prepareWorkspace(tmp);
        const output = new SuiteOutput(context.out, options.verbose);
        say(`running the suite in ${resolved.executable}`);
        let failure: string | undefined;
        try {
            await context.runTests(testOptions(resolved.executable, workspace, tmp, output));
        } catch (error) {
            failure = oneLine(error);
        }
        output.flush();
        say(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (options.keep) {
            say(`kept ${tmp}`);
        }
        if (output.summary === undefined) {
            complain(
                `VS Code ended (${failure ?? 'exit code 0'}) but the suite printed no "N passed, N failed" line; VS Code's last lines:`
            );
            output.recent.forEach(line => context.err(`    ${line}`));
            return EXIT.failed;
        }
        if (failure !== undefined) {
            say(`VS Code: ${failure}`);
        }
        context.out(output.summary);
        const failed = Number(SUMMARY.exec(output.summary)?.[2] ?? 1);
        return failure !== undefined || failed > 0 ? EXIT.failed : EXIT.passed;
    } finally {
        if (!options.keep) {
            await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
        }
    }
}
