import { Command, Option } from 'commander';
import { NodeFileSystem } from 'langium/node';
import { createStratCoreServices } from '../strat-module.js';
import { localeFrom, type Locale } from '../i18n/locale.js';
import { runValidate } from './validate-command.js';
import { runDecisions } from './decisions-command.js';
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
        .configureOutput({ outputError: (text, write) => write(text) });

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

    return program;
}

export async function main(argv: string[]): Promise<void> {
    const program = buildProgram();
    try {
        await program.parseAsync(argv);
    } catch (error) {
        process.exitCode = exitCodeFor(error);
    }
}

function exitCodeFor(error: unknown): number {
    if (error instanceof InputError) {
        process.stderr.write(`strat: ${error.message}\n`);
        return EXIT_USAGE;
    }
    const commanderError = error as { code?: string; exitCode?: number };
    if (commanderError.code?.startsWith('commander.')) {
        const helpShown = commanderError.code === 'commander.helpDisplayed' || commanderError.code === 'commander.version'
            || commanderError.code === 'commander.help';
        return helpShown ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`strat: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
}
