import { InvalidArgumentError, type Command } from 'commander';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';

/** The commands that read a project: they take `[paths...]` as their first argument. */
const PROJECT_COMMANDS = new Set(['validate', 'decisions', 'format', 'export']);

/**
 * Before a command runs: the project file of its paths supplies the options the command line
 * leaves out (`--lang` from `language`, `--max-warnings` from `maxWarnings`). What the command
 * line says wins.
 */
export async function applyProjectOptions(command: Command): Promise<void> {
    if (!PROJECT_COMMANDS.has(command.name())) {
        return;
    }
    const paths = (command.processedArgs[0] as string[] | undefined) ?? ['.'];
    const options = command.opts<{ lang: Locale }>();
    // loaded only when a command reads files: --version and --help stay fast
    const [{ projectOfInputs }, { InputError }] = await Promise.all([
        import('../project/project-inputs.js'),
        import('../workspace/input-error.js')
    ]);
    let project;
    try {
        project = await projectOfInputs(paths, process.cwd(), options.lang);
    } catch (error) {
        if (error instanceof InputError) {
            // the command meets the same error when it reads its files and reports it its own way
            // (`validate --format sarif` as findings located in the project file)
            return;
        }
        throw error;
    }
    if (!project) {
        return;
    }
    const { language, maxWarnings } = project.config;
    if (language && command.getOptionValueSource('lang') === 'default') {
        command.setOptionValueWithSource('lang', language, 'config');
    }
    if (
        maxWarnings !== undefined &&
        command.name() === 'validate' &&
        command.getOptionValueSource('maxWarnings') !== 'cli'
    ) {
        command.setOptionValueWithSource('maxWarnings', maxWarnings, 'config');
    }
}

/** `--max-warnings N`: a whole number, -1 for no limit (as ESLint reads it); refused in `ui`'s words. */
export function maxWarningsParser(ui: Locale): (value: string) => number {
    return value => {
        const number = Number(value);
        if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < -1) {
            throw new InvalidArgumentError(CLI_MESSAGES[ui].program.maxWarningsInvalid);
        }
        return number;
    };
}
