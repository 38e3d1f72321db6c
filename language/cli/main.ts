import { Command, Option } from 'commander';
import { NodeFileSystem } from 'langium/node';
import { createStratCoreServices } from '../strat-module.js';
import { localeFrom, type Locale } from '../i18n/locale.js';
import { runValidate } from './validate-command.js';
import { runDecisions } from './decisions-command.js';
import { runFormat } from './format-command.js';
import { InputError } from '../workspace/source-files.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

function createServices(lang: Locale) {
    const services = createStratCoreServices(NodeFileSystem);
    services.Strat.i18n.Messages.setLocale(lang);
    return services;
}

function langOption(): Option {
    return new Option('--lang <lang>', 'language of messages').choices(['de', 'en'])
        .default(localeFrom(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG), 'from LANG, else en');
}

export function buildProgram(): Command {
    const program = new Command('strat')
        .description('Check strategies written in .strat files and list the council decisions they cite.')
        .version('0.1.0')
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(text) })
        .showHelpAfterError("(run 'strat --help' for the commands, 'strat <command> --help' for their options)");

    program.command('validate')
        .description('check .strat files as one workspace and report every problem')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .addOption(langOption())
        .action(async (paths: string[], options: { format: 'text' | 'json' | 'sarif'; lang: Locale }) => {
            process.exitCode = await runValidate(createServices(options.lang), paths, options);
        });

    program.command('decisions')
        .description('list every decision that is declared or cited, with its citations')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addOption(langOption())
        .action(async (paths: string[], options: { format: 'text' | 'json'; lang: Locale }) => {
            process.exitCode = await runDecisions(createServices(options.lang), paths, options);
        });

    program.command('format')
        .description('rewrite .strat files in the canonical layout (only whitespace changes)')
        .argument('[paths...]', 'files or folders (searched recursively)', ['.'])
        .option('--check', 'change nothing; list the files that are not formatted and exit 1 if there are any', false)
        .addOption(langOption())
        .action(async (paths: string[], options: { check: boolean; lang: Locale }) => {
            process.exitCode = await runFormat(createServices(options.lang), paths, options);
        });

    program.command('lsp')
        .description('start the language server (for editors other than VS Code)')
        .option('--stdio', 'talk over standard input and output (the default)', true)
        .action(async () => {
            const server = '../../server/main.js';
            await import(server);
        });

    return program;
}

export async function main(argv: string[]): Promise<void> {
    process.stdout.on('error', onOutputError);
    const program = buildProgram();
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
        if (commanderError.code === 'commander.helpDisplayed' || commanderError.code === 'commander.version') {
            return EXIT_OK;
        }
        if (commanderError.code === 'commander.help') {
            // `strat help` asked for it; `strat` alone is a usage error (the help went to stderr).
            return commanderError.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        }
        return EXIT_USAGE;
    }
    const detail = process.env.STRAT_DEBUG && error instanceof Error && error.stack ? error.stack : errorText(error);
    process.stderr.write(`strat: internal error: ${detail}\n`
        + 'strat: this is a bug in strat, not in your files; please report it with the command you ran'
        + (process.env.STRAT_DEBUG ? '\n' : ' (set STRAT_DEBUG=1 to see where it happened)\n'));
    return EXIT_USAGE;
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
