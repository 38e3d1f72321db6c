import { Command, Option } from 'commander';
import { NodeFileSystem } from 'langium/node';
import { createStratCoreServices } from '../strat-module.js';
import { localeFrom, type Locale } from '../i18n/locale.js';
import { runValidate, type ValidateOptions } from './validate-command.js';
import { VALIDATE_FORMATS } from './reports/formats.js';
import { applyProjectOptions, parseMaxWarnings } from './project-options.js';
import { runDecisions } from './decisions-command.js';
import { runFormat } from './format-command.js';
import { EXPORT_MARKER, JSON_FILE, runExport } from './export-command.js';
import { InputError } from '../workspace/source-files.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { STRAT_VERSION } from '../version.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

function createServices() {
    return createStratCoreServices(NodeFileSystem);
}

function langOption(description = 'language of messages'): Option {
    return new Option('--lang <lang>', description)
        .choices(['de', 'en'])
        .default(
            localeFrom(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
            'from LANG, else en'
        );
}

/**
 * What the executable provides besides the language: the language server for `strat lsp`. The
 * language does not import the editor side; the entry (bin/strat.js) passes it in.
 */
export interface Entry {
    startLanguageServer(): Promise<unknown>;
}

export function buildProgram(entry: Entry): Command {
    const program = new Command('strat')
        .description(
            'Check strategies written in .strat files, list the council decisions they cite, and export them as JSON or HTML.'
        )
        .version(STRAT_VERSION)
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(text) })
        .showHelpAfterError(
            "(run 'strat --help' for the commands, 'strat <command> --help' for their options)"
        )
        .hook('preAction', (_program, command) => applyProjectOptions(command));

    program
        .command('validate')
        .description('check .strat files as one workspace and report every problem')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .addOption(
            new Option(
                '--format <format>',
                'output format (github: workflow annotations; gitlab: a Code Quality report)'
            )
                .choices(VALIDATE_FORMATS)
                .default('text')
        )
        .addOption(
            new Option(
                '--max-warnings <number>',
                'exit 1 when there are more warnings than this (default: maxWarnings in strat.json, else no limit)'
            ).argParser(parseMaxWarnings)
        )
        .addOption(langOption())
        .action(async (paths: string[], options: ValidateOptions) => {
            process.exitCode = await runValidate(createServices(), paths, options);
        });

    program
        .command('init')
        .description('create a starter project: strat.json, a catalogue and one strategy')
        .argument('[dir]', 'the folder (created if missing)', '.')
        .addOption(langOption('language of messages and of the starter files'))
        .action(async (dir: string, options: { lang: Locale }) => {
            const { runInit } = await import('./init-command.js');
            process.exitCode = await runInit(dir, options);
        });

    program
        .command('decisions')
        .description('list every decision that is declared or cited, with its citations')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addOption(langOption())
        .action(async (paths: string[], options: { format: 'text' | 'json'; lang: Locale }) => {
            process.exitCode = await runDecisions(createServices(), paths, options);
        });

    program
        .command('format')
        .description('rewrite .strat files in the canonical layout (only whitespace changes)')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .option(
            '--check',
            'change nothing; list the files that are not formatted and exit 1 if there are any',
            false
        )
        .addOption(langOption())
        .action(async (paths: string[], options: { check: boolean; lang: Locale }) => {
            process.exitCode = await runFormat(createServices(), paths, options);
        });

    program
        .command('export')
        .description('export the workspace: its model as one JSON document, or a static HTML site')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .addOption(
            new Option(
                '--format <format>',
                'json: the whole workspace model (described by workspace-model.schema.json); html: a static site'
            )
                .choices(['json', 'html'])
                .default('json')
        )
        .option(
            '--out <dir>',
            `the output folder (json: writes DIR/${JSON_FILE}, else the JSON goes to stdout; html: required). ` +
                `DIR is written completely or not at all and replaced as a whole; it must be new, empty or an earlier export (with a ${EXPORT_MARKER} file)`
        )
        .option(
            '--force',
            'export even when the workspace has errors (with a warning); without it, errors mean exit 1 and nothing written',
            false
        )
        .addOption(
            langOption('language of messages (default from LANG, else en) and of the HTML site (default de)')
        )
        .addHelpText(
            'after',
            '\nExit codes: 0 exported, 1 the workspace has errors (nothing exported), 2 bad input or output folder.'
        )
        .action(
            async (
                paths: string[],
                options: { format: 'json' | 'html'; out?: string; force: boolean; lang: Locale },
                command: Command
            ) => {
                if (options.format === 'html' && options.out === undefined) {
                    command.error(`error: ${CLI_MESSAGES[options.lang].export.htmlNeedsOut}`, {
                        exitCode: EXIT_USAGE
                    });
                }
                const siteLang = command.getOptionValueSource('lang') === 'default' ? 'de' : options.lang;
                process.exitCode = await runExport(createServices(), paths, {
                    ...options,
                    siteLang
                });
            }
        );

    program
        .command('lsp')
        .description('start the language server (for editors other than VS Code)')
        .option('--stdio', 'talk over standard input and output (the default)', true)
        .action(async () => {
            await entry.startLanguageServer();
        });

    return program;
}

export async function main(argv: string[], entry: Entry): Promise<void> {
    process.stdout.on('error', onOutputError);
    const program = buildProgram(entry);
    try {
        await program.parseAsync(argv);
    } catch (error) {
        process.exitCode = exitCodeFor(error);
    }
}

/** A reader that stops early (`strat validate | head`) is not an error; anything else is reported once. */
function onOutputError(error: NodeJS.ErrnoException): void {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
        return;
    }
    process.stderr.write(`strat: cannot write the output: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
}

function exitCodeFor(error: unknown): number {
    if (error instanceof InputError) {
        for (const line of error.message.split('\n')) {
            process.stderr.write(`strat: ${line}\n`);
        }
        return EXIT_USAGE;
    }
    const commanderError = error as { code?: string; exitCode?: number };
    if (typeof commanderError.code === 'string' && commanderError.code.startsWith('commander.')) {
        // Commander has printed its message (or the help) already.
        if (
            commanderError.code === 'commander.helpDisplayed' ||
            commanderError.code === 'commander.version'
        ) {
            return EXIT_OK;
        }
        if (commanderError.code === 'commander.help') {
            // `strat help` asked for it; `strat` alone is a usage error (the help went to stderr).
            return commanderError.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        }
        return EXIT_USAGE;
    }
    const detail =
        process.env.STRAT_DEBUG && error instanceof Error && error.stack ? error.stack : errorText(error);
    process.stderr.write(
        `strat: internal error: ${detail}\n` +
            'strat: this is a bug in strat, not in your files; please report it with the command you ran' +
            (process.env.STRAT_DEBUG ? '\n' : ' (set STRAT_DEBUG=1 to see where it happened)\n')
    );
    return EXIT_USAGE;
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
