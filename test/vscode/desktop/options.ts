// The command line of the desktop runner (`npm run test:desktop -- …`): each option also has an
// environment variable, for CI configurations; the flag wins when both are given.
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ROOT } from '../workspace.js';

export interface DesktopOptions {
    /** VS Code's own executable (not the `code` command-line script); none: download one. */
    executable?: string;
    /** The VS Code to download: `stable`, `insiders` or a version; none: the newest stable that
     * `engines.vscode` admits. */
    version?: string;
    /** Where downloaded VS Code builds are kept. */
    cacheDir: string;
    /** Keep the temporary folder (workspace, profile) after the run. */
    keep: boolean;
    /** Also show VS Code's own output, not only the suite's. */
    verbose: boolean;
}

/** Variables read when the corresponding flag is absent. */
export const ENV = {
    executable: 'STRAT_VSCODE_EXECUTABLE',
    version: 'STRAT_VSCODE_VERSION',
    cacheDir: 'STRAT_VSCODE_CACHE',
    keep: 'STRAT_VSCODE_KEEP',
    verbose: 'STRAT_VSCODE_VERBOSE'
} as const;

export const DEFAULT_CACHE_DIR = path.join(ROOT, '.vscode-test');

/** What the command line asks for: options to run with, or a text to show and an exit code. */
export type ParsedCommandLine =
    | { kind: 'run'; options: DesktopOptions }
    | { kind: 'help'; text: string }
    | { kind: 'usage-error'; message: string };

function program(): Command {
    return new Command('test:desktop')
        .description(
            "Runs the VS Code suite (test/vscode/suite/) in a desktop VS Code through @vscode/test-electron's runTests, with this repository as the extension under development and a copy of examples/ as the workspace."
        )
        .addOption(
            new Option(
                '--vscode-executable <path>',
                `VS Code's executable, e.g. /usr/share/code/code (env ${ENV.executable}); without it, one is downloaded`
            )
        )
        .addOption(
            new Option(
                '--vscode-version <version>',
                `the VS Code to download: stable, insiders or e.g. 1.101.0 (env ${ENV.version}); default: the newest stable that engines.vscode admits`
            )
        )
        .addOption(
            new Option(
                '--cache-dir <dir>',
                `where downloaded VS Code builds are kept (env ${ENV.cacheDir}; default .vscode-test/)`
            )
        )
        .addOption(new Option('--keep', `keep the temporary workspace and profile (env ${ENV.keep}=1)`))
        .addOption(new Option('--verbose', `also show VS Code's own output (env ${ENV.verbose}=1)`))
        .helpOption('-h, --help', 'show this help')
        .allowExcessArguments(false)
        .exitOverride()
        .configureOutput({ writeOut: () => {}, writeErr: () => {} });
}

function nonEmpty(value: string | undefined): string | undefined {
    return value === undefined || value.trim() === '' ? undefined : value;
}

function flag(value: string | undefined): boolean {
    return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Reads the arguments (without node and the script) and the environment. Never exits. */
export function parseCommandLine(args: readonly string[], env: NodeJS.ProcessEnv): ParsedCommandLine {
    const command = program();
    try {
        command.parse([...args], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
                return { kind: 'help', text: command.helpInformation() };
            }
            return { kind: 'usage-error', message: error.message.replace(/^error: /, '') };
        }
        throw error;
    }
    const given = command.opts<{
        vscodeExecutable?: string;
        vscodeVersion?: string;
        cacheDir?: string;
        keep?: boolean;
        verbose?: boolean;
    }>();
    const executable = nonEmpty(given.vscodeExecutable) ?? nonEmpty(env[ENV.executable]);
    const cacheDir = nonEmpty(given.cacheDir) ?? nonEmpty(env[ENV.cacheDir]);
    return {
        kind: 'run',
        options: {
            executable: executable === undefined ? undefined : path.resolve(executable),
            version: nonEmpty(given.vscodeVersion) ?? nonEmpty(env[ENV.version]),
            cacheDir: cacheDir === undefined ? DEFAULT_CACHE_DIR : path.resolve(cacheDir),
            keep: given.keep === true || flag(env[ENV.keep]),
            verbose: given.verbose === true || flag(env[ENV.verbose])
        }
    };
}
