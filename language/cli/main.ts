import { Command, Help, Option } from 'commander';
import { localeFrom, type Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import { HELP_TITLES_DE, localiseDescription, localiseUsageError } from '../i18n/commander-words.js';
import { InputError } from '../workspace/input-error.js';
import { terminalLines, terminalText } from './terminal-text.js';
import { STRAT_VERSION } from '../version.js';
import { EXPORT_MARKER, JSON_FILE } from './export-names.js';
import { VALIDATE_FORMATS } from './reports/formats.js';
import { applyProjectOptions, maxWarningsParser } from './project-options.js';
import type { ValidateOptions } from './validate-command.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * The language services, loaded when a command runs: `strat --version`, `--help` and usage errors
 * start without loading the language (and stay fast).
 */
async function createServices() {
    const [{ BoundedNodeFileSystem }, { createStratCoreServices }] = await Promise.all([
        import('../workspace/bounded-file-system.js'),
        import('../strat-module.js')
    ]);
    return createStratCoreServices(BoundedNodeFileSystem);
}

/**
 * What the executable provides besides the language: the language server for `strat lsp`. The
 * language does not import the editor side; the entry (bin/strat.js) passes it in.
 */
export interface Entry {
    startLanguageServer(): Promise<unknown>;
}

/** The language from the environment: LC_ALL, LC_MESSAGES, LANG, else English. */
function environmentLocale(): Locale {
    return localeFrom(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

/** The language the command line asks for (`--lang de`, `--lang=de`), else the environment's. */
export function requestedLocale(argv: readonly string[]): Locale {
    for (let i = 0; i < argv.length; i++) {
        const value = argv[i] === '--lang' ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
        if (value === 'de' || value === 'en') {
            return value;
        }
    }
    return environmentLocale();
}

export function buildProgram(entry: Entry, ui: Locale = 'en'): Command {
    const words = CLI_MESSAGES[ui].program;
    const langOption = (description = words.lang) =>
        new Option('--lang <lang>', description)
            .choices(['de', 'en'])
            .default(environmentLocale(), words.langDefault);
    const paths = (command: Command) => command.argument('[paths...]', words.paths, ['.']);

    const program = new Command('strat')
        .description(words.description)
        .configureHelp({
            styleTitle: title => (ui === 'de' ? (HELP_TITLES_DE[title] ?? title) : title),
            optionDescription: option => localiseDescription(new Help().optionDescription(option), ui),
            argumentDescription: argument => localiseDescription(new Help().argumentDescription(argument), ui)
        })
        .helpOption('-h, --help', words.help)
        .helpCommand('help [command]', words.helpCommand)
        .version(STRAT_VERSION, '-V, --version', words.version)
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(terminalLines(localiseUsageError(text, ui))) })
        .showHelpAfterError(words.helpHint)
        .hook('preAction', (_program, command) => applyProjectOptions(command));

    paths(program.command('validate').description(words.validate))
        .addOption(
            new Option('--format <format>', words.validateFormat).choices(VALIDATE_FORMATS).default('text')
        )
        .addOption(new Option('--max-warnings <number>', words.maxWarnings).argParser(maxWarningsParser(ui)))
        .addOption(langOption())
        .action(async (inputs: string[], options: ValidateOptions) => {
            const { runValidate } = await import('./validate-command.js');
            process.exitCode = await runValidate(await createServices(), inputs, options);
        });

    program
        .command('init')
        .description(words.init)
        .argument('[dir]', words.initDir, '.')
        .addOption(langOption(words.initLang))
        .action(async (dir: string, options: { lang: Locale }) => {
            const { runInit } = await import('./init-command.js');
            process.exitCode = await runInit(dir, options);
        });

    paths(program.command('decisions').description(words.decisions))
        .addOption(new Option('--format <format>', words.format).choices(['text', 'json']).default('text'))
        .addOption(langOption())
        .action(async (inputs: string[], options: { format: 'text' | 'json'; lang: Locale }) => {
            const { runDecisions } = await import('./decisions-command.js');
            process.exitCode = await runDecisions(await createServices(), inputs, options);
        });

    const catalogue = program.command('catalogue').description(words.catalogue);
    catalogue
        .command('import')
        .description(words.catalogueImport)
        .argument('<file>', words.importFile)
        .option('--into <file>', words.importInto)
        .option('--body <name>', words.importBody)
        .option('--source <text>', words.importSource)
        .option('--url <address>', words.importUrl)
        .option('--workspace <folder>', words.importWorkspace, '.')
        .addOption(langOption())
        .addHelpText('after', words.importExitCodes)
        .action(
            async (
                file: string,
                options: {
                    into?: string;
                    body?: string;
                    source?: string;
                    url?: string;
                    workspace: string;
                    lang: Locale;
                }
            ) => {
                const { runCatalogueImport } = await import('./catalogue-command.js');
                process.exitCode = await runCatalogueImport(await createServices(), file, options);
            }
        );

    paths(program.command('format').description(words.formatCommand))
        .option('--check', words.check, false)
        .addOption(langOption())
        .action(async (inputs: string[], options: { check: boolean; lang: Locale }) => {
            const { runFormat } = await import('./format-command.js');
            process.exitCode = await runFormat(await createServices(), inputs, options);
        });

    paths(program.command('export').description(words.export))
        .addOption(
            new Option('--format <format>', REVIEW_LABELS[ui].cli.exportFormat)
                .choices(['json', 'html', 'docx', 'xlsx', 'csv'])
                .default('json')
        )
        .option('--since <version>', REVIEW_LABELS[ui].cli.since)
        .option('--out <dir>', words.out(JSON_FILE, EXPORT_MARKER))
        .option('--force', words.force, false)
        .addOption(langOption(words.exportLang))
        .addHelpText('after', words.exportExitCodes)
        .action(
            async (
                inputs: string[],
                options: {
                    format: 'json' | 'html' | 'docx' | 'xlsx' | 'csv';
                    out?: string;
                    force: boolean;
                    lang: Locale;
                    since?: string;
                },
                command: Command
            ) => {
                if (options.format !== 'json' && options.out === undefined) {
                    const message =
                        options.format === 'html'
                            ? CLI_MESSAGES[options.lang].export.htmlNeedsOut
                            : REVIEW_LABELS[options.lang].needsOut(options.format);
                    command.error(`error: ${message}`, {
                        exitCode: EXIT_USAGE
                    });
                }
                const { runExport } = await import('./export-command.js');
                process.exitCode = await runExport(await createServices(), inputs, options);
            }
        );

    program
        .command('diff')
        .description(REVIEW_LABELS[ui].cli.diff)
        .argument('[from]', REVIEW_LABELS[ui].cli.from, 'HEAD')
        .argument('[to]', REVIEW_LABELS[ui].cli.to)
        .addOption(
            new Option('--format <format>', words.format)
                .choices(['text', 'json', 'markdown'])
                .default('text')
        )
        .option('--exit-code', REVIEW_LABELS[ui].cli.exitCode, false)
        .addOption(langOption())
        .action(
            async (
                from: string,
                to: string | undefined,
                options: { format: 'text' | 'json' | 'markdown'; lang: Locale; exitCode: boolean }
            ) => {
                const { runDiff } = await import('./diff-command.js');
                process.exitCode = await runDiff(to === undefined ? [from] : [from, to], options);
            }
        );

    program
        .command('lsp')
        .description(words.lsp)
        .option('--stdio', words.stdio, true)
        .action(async () => {
            await entry.startLanguageServer();
        });

    return program;
}

export async function main(argv: string[], entry: Entry): Promise<void> {
    const ui = requestedLocale(argv.slice(2));
    process.stdout.on('error', error => onOutputError(error, ui));
    // `strat lsp` lives as long as its client; every other command ends once its output is written
    let serving = false;
    const program = buildProgram(
        {
            startLanguageServer: () => {
                serving = true;
                return entry.startLanguageServer();
            }
        },
        ui
    );
    try {
        await program.parseAsync(argv);
    } catch (error) {
        process.exitCode = exitCodeFor(error, ui);
    }
    if (!serving) {
        await exitOnceWritten();
    }
}

/**
 * Ends a command's process as soon as what it wrote has been taken by the terminal, pipe or file,
 * instead of when Node's event loop runs dry: that would first wait for closing files and V8's
 * garbage collection, a twentieth of a short run's time.
 */
async function exitOnceWritten(): Promise<void> {
    await Promise.all(
        [process.stdout, process.stderr].map(
            stream =>
                new Promise<void>(resolve => {
                    if (stream.destroyed || !stream.writable) {
                        resolve();
                    } else {
                        stream.write('', () => resolve());
                    }
                })
        )
    );
    process.exit();
}

/** A reader that stops early (`strat validate | head`) is not an error; anything else is reported once. */
function onOutputError(error: NodeJS.ErrnoException, ui: Locale): void {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
        return;
    }
    process.stderr.write(`strat: ${CLI_MESSAGES[ui].program.cannotWrite(terminalText(error.message))}\n`);
    process.exitCode = EXIT_USAGE;
}

function exitCodeFor(error: unknown, ui: Locale): number {
    if (error instanceof InputError) {
        for (const problem of error.problems) {
            process.stderr.write(`strat: ${terminalText(problem.message)}\n`);
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
    const words = CLI_MESSAGES[ui].program;
    const detail =
        process.env.STRAT_DEBUG && error instanceof Error && error.stack ? error.stack : errorText(error);
    process.stderr.write(
        `strat: ${words.internalError(terminalLines(detail))}\n` +
            `strat: ${words.bug}` +
            (process.env.STRAT_DEBUG ? '\n' : `${words.debugHint}\n`)
    );
    return EXIT_USAGE;
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
