import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { formatText } from '../formatting/format-text.js';
import { findSourceFiles, readSourceFile } from '../workspace/source-files.js';

export interface FormatOptions {
    check: boolean;
    lang: Locale;
}

/**
 * `strat format`: rewrites files in the canonical layout (each file replaced atomically), or with
 * `--check` lists the files that are not formatted. Exit code 1 when a file is not formatted (with
 * `--check`) or cannot be formatted because of syntax errors.
 */
export async function runFormat(services: { shared: LangiumSharedCoreServices }, paths: string[], options: FormatOptions): Promise<number> {
    const cwd = process.cwd();
    const words = CLI_MESSAGES[options.lang].format;
    const files = await findSourceFiles(paths, cwd);
    let failed = 0;
    let changed = 0;
    for (const file of files) {
        const display = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
        const source = await readSourceFile(file, display);
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
            await writeAtomically(file, result.text);
            process.stdout.write(`${words.formatted} ${display}\n`);
        }
    }
    const summary = options.check ? words.checkSummary(files.length, changed) : words.summary(files.length, changed);
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
