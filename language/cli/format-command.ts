import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { formatText } from '../formatting/format-text.js';
import { readSourceFiles } from '../workspace/source-files.js';
import { InputError } from '../workspace/input-error.js';
import { resolveInputs } from '../project/project-inputs.js';
import { terminalText } from './terminal-text.js';

export interface FormatOptions {
    check: boolean;
    lang: Locale;
}

type FormatWords = (typeof CLI_MESSAGES)[Locale]['format'];

/**
 * `strat format`: rewrites files in the canonical layout, or with `--check` lists the files that are
 * not formatted. Exit code 1 when a file is not formatted (with `--check`) or cannot be formatted
 * because of syntax errors; 2 when a file cannot be read or written (then no file is changed).
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
    const { sources, unreadable } = await readSourceFiles(files, displayOf, options.lang);
    if (unreadable.length > 0) {
        throw InputError.of(unreadable);
    }
    let skipped = 0;
    const changes: Array<{ file: string; display: string; text: string }> = [];
    for (const source of sources) {
        const display = displayOf(source.path);
        const result = formatText(services.shared, source.text, URI.file(source.path));
        if (result.status === 'syntax-errors') {
            process.stderr.write(`${terminalText(display)}: ${words.syntaxErrors}\n`);
            skipped++;
        } else if (result.changed) {
            changes.push({ file: source.path, display, text: (source.bom ? '\uFEFF' : '') + result.text });
        }
    }
    if (options.check) {
        for (const change of changes) {
            process.stdout.write(`${terminalText(change.display)}\n`);
        }
    } else {
        await refuseUnwritable(changes, words);
        for (const change of changes) {
            await writeInPlace(change.file, change.display, change.text, words);
            process.stdout.write(`${words.formatted} ${terminalText(change.display)}\n`);
        }
    }
    const summary = options.check
        ? words.checkSummary(files.length, changes.length, skipped)
        : words.summary(files.length, changes.length, skipped);
    process.stderr.write(summary + '\n');
    return skipped > 0 || (options.check && changes.length > 0) ? 1 : 0;
}

/** Every file to be changed must be writable before the first is written: a run changes all or none. */
async function refuseUnwritable(
    changes: ReadonlyArray<{ file: string; display: string }>,
    words: FormatWords
): Promise<void> {
    const refused: InputError[] = [];
    for (const change of changes) {
        try {
            await fs.access(change.file, constants.W_OK);
        } catch (error) {
            refused.push(notWritable(error, change.display, words));
        }
    }
    if (refused.length > 0) {
        throw InputError.of(refused);
    }
}

/**
 * Writes the new text into the file itself (not a copy renamed over it): a symbolic link keeps
 * pointing to the formatted file, hard links stay one file, and owner, group, mode and the folder's
 * permissions do not matter or change. If writing fails half-way, the old text is written back.
 */
async function writeInPlace(file: string, display: string, text: string, words: FormatWords): Promise<void> {
    let handle: fs.FileHandle;
    try {
        handle = await fs.open(file, constants.O_RDWR);
    } catch (error) {
        throw notWritable(error, display, words);
    }
    const original = await handle.readFile();
    try {
        const bytes = Buffer.from(text, 'utf8');
        await handle.write(bytes, 0, bytes.length, 0);
        await handle.truncate(bytes.length);
    } catch (error) {
        await handle.write(original, 0, original.length, 0).catch(() => undefined);
        await handle.truncate(original.length).catch(() => undefined);
        throw notWritable(error, display, words);
    } finally {
        await handle.close();
    }
}

function notWritable(error: unknown, display: string, words: FormatWords): InputError {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
        code === 'EACCES' || code === 'EPERM'
            ? words.reasons.permission
            : code === 'EROFS'
              ? words.reasons.readOnly
              : code === 'ETXTBSY' || code === 'EBUSY'
                ? words.reasons.busy
                : (code ?? String(error));
    return new InputError(words.notWritable(display, reason), [display]);
}
