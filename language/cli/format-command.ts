import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { formatText } from '../formatting/format-text.js';
import { InputError, readSourceFile, type SourceFile } from '../workspace/source-files.js';
import { resolveInputs } from '../project/project-inputs.js';

export interface FormatOptions {
    check: boolean;
    lang: Locale;
}

/**
 * `strat format`: rewrites files in the canonical layout (each file replaced atomically), or with
 * `--check` lists the files that are not formatted. Exit code 1 when a file is not formatted (with
 * `--check`) or cannot be formatted because of syntax errors.
 */
export async function runFormat(
    services: { shared: LangiumSharedCoreServices },
    paths: string[],
    options: FormatOptions
): Promise<number> {
    const cwd = process.cwd();
    const words = CLI_MESSAGES[options.lang].format;
    // in a project, the files it holds (its exclude globs apply)
    const files = (await resolveInputs(paths, cwd, options.lang)).reportedFiles;
    const displayOf = (file: string) =>
        path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
    // every file is read before any is written: a file that cannot be read stops the run with nothing changed
    const read = await Promise.allSettled(
        files.map(file => readSourceFile(file, displayOf(file), options.lang))
    );
    const unreadable = read
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map(r => r.reason as Error);
    if (unreadable.length > 0) {
        throw unreadable.length === 1
            ? unreadable[0]
            : new InputError(unreadable.map(e => e.message).join('\n'));
    }
    const sources = read.map(r => (r as PromiseFulfilledResult<SourceFile>).value);
    let failed = 0;
    let changed = 0;
    for (const [index, file] of files.entries()) {
        const display = displayOf(file);
        const source = sources[index];
        const result = formatText(services.shared, source.text, URI.file(file));
        if (result.status === 'syntax-errors') {
            process.stderr.write(`${display}: ${words.syntaxErrors}\n`);
            failed++;
            continue;
        }
        if (!result.changed) {
            continue;
        }
        changed++;
        if (options.check) {
            process.stdout.write(`${display}\n`);
            failed++;
        } else {
            await writeAtomically(file, (source.bom ? '\uFEFF' : '') + result.text);
            process.stdout.write(`${words.formatted} ${display}\n`);
        }
    }
    const summary = options.check
        ? words.checkSummary(files.length, changed)
        : words.summary(files.length, changed);
    process.stderr.write(summary + '\n');
    return failed > 0 ? 1 : 0;
}

async function writeAtomically(file: string, text: string): Promise<void> {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    const { mode } = await fs.stat(file);
    try {
        await fs.writeFile(temporary, text, { encoding: 'utf8', mode });
        await fs.rename(temporary, file);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
}
