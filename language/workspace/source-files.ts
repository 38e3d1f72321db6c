import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { INPUT_MESSAGES } from '../i18n/input-messages.js';
import type { Locale } from '../i18n/locale.js';
import { describeFsError, SOURCE_EXTENSION } from './file-errors.js';
import { InputError } from './input-error.js';
import { readRegularFile } from './read-limits.js';

export interface SourceFile {
    /** Absolute path. */
    readonly path: string;
    /** The text without a byte-order mark. */
    readonly text: string;
    /** Whether the file began with a byte-order mark (written back by `strat format`). */
    readonly bom?: boolean;
}

export { describeFsError, SOURCE_EXTENSION, UNREADABLE_FILE } from './file-errors.js';

/**
 * Finds the `.strat` files named by `inputs` (files, or folders searched recursively, skipping
 * `node_modules` and hidden folders), in a stable order. Symbolic links are followed; a file
 * reached twice (through a link or a loop of links) is read once. Every input is checked before
 * an error is thrown, so that one run names all the bad paths. Errors are worded in `lang`.
 */
export async function findSourceFiles(
    inputs: readonly string[],
    cwd: string,
    lang: Locale = 'en'
): Promise<string[]> {
    const found = new Map<string, string>();
    const problems: InputError[] = [];
    for (const input of inputs) {
        try {
            for (const file of await filesOf(input, cwd, lang)) {
                const real = await fs.realpath(file).catch(() => file);
                const kept = found.get(real);
                if (kept === undefined || preferred(file, kept, real)) {
                    found.set(real, file);
                }
            }
        } catch (error) {
            if (!(error instanceof InputError)) {
                throw error;
            }
            problems.push(error);
        }
    }
    if (problems.length > 0) {
        throw InputError.of(problems);
    }
    return [...found.values()].sort();
}

async function filesOf(input: string, cwd: string, lang: Locale): Promise<string[]> {
    const words = INPUT_MESSAGES[lang];
    if (input.trim() === '') {
        throw new InputError(words.emptyPath, [input]);
    }
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
        stat = await fs.stat(absolute);
    } catch (error) {
        throw new InputError(describeFsError(error, input, lang, cwd), [input]);
    }
    if (stat.isDirectory()) {
        const files = await glob(`**/*${SOURCE_EXTENSION}`, {
            cwd: absolute,
            absolute: true,
            dot: false,
            onlyFiles: true,
            ignore: ['**/node_modules/**'],
            followSymbolicLinks: true,
            // else a folder named `x.strat` would match with everything in it
            expandDirectories: false
        });
        if (files.length === 0) {
            throw new InputError(words.noSourceFiles(input, SOURCE_EXTENSION), [input]);
        }
        return files.map(file => path.normalize(file));
    }
    if (!stat.isFile()) {
        throw new InputError(words.notFileOrFolder(input, SOURCE_EXTENSION), [input]);
    }
    if (!absolute.endsWith(SOURCE_EXTENSION)) {
        throw new InputError(words.wrongExtension(input, SOURCE_EXTENSION), [input]);
    }
    return [absolute];
}

/** Of two paths to the same file, keeps the real one, else the shorter one. */
function preferred(candidate: string, kept: string, real: string): boolean {
    const rank = (p: string) => [p === real ? 0 : 1, p.length] as const;
    const [a, b] = [rank(candidate), rank(kept)];
    return a[0] - b[0] < 0 || (a[0] === b[0] && (a[1] - b[1] < 0 || (a[1] === b[1] && candidate < kept)));
}

/** Reads a source file as UTF-8, refusing binary content and other encodings with a clear message. */
export async function readSourceFile(
    file: string,
    displayPath: string,
    lang: Locale = 'en'
): Promise<SourceFile> {
    const words = INPUT_MESSAGES[lang];
    let bytes: Buffer;
    try {
        bytes = await readRegularFile(file);
    } catch (error) {
        throw new InputError(describeFsError(error, displayPath, lang), [displayPath]);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new InputError(words.utf16(displayPath), [displayPath]);
    }
    if (bytes.includes(0)) {
        throw new InputError(words.binary(displayPath, SOURCE_EXTENSION), [displayPath]);
    }
    const invalid = invalidUtf8Offset(bytes);
    if (invalid >= 0) {
        const before = new TextDecoder('utf-8').decode(bytes.subarray(0, invalid));
        const lines = before.split(/\r\n|\r|\n/);
        const line = lines.length;
        const column = lines[lines.length - 1].replace(/^\uFEFF/, '').length + 1;
        const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, '0');
        const message = words.invalidUtf8(
            `${displayPath}:${line}:${column}`,
            byte,
            LATIN1_GERMAN.has(bytes[invalid])
        );
        throw new InputError(message, [displayPath], [{ path: displayPath, message, line, column }]);
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const bom = text.startsWith('\uFEFF');
    return { path: file, text: bom ? text.slice(1) : text, bom };
}

/** Ä Ö Ü ä ö ü ß in Latin-1: the usual sign of a German text not saved as UTF-8. */
const LATIN1_GERMAN = new Set([0xc4, 0xd6, 0xdc, 0xe4, 0xf6, 0xfc, 0xdf]);

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function invalidUtf8Offset(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const length =
            lead >= 0xc2 && lead <= 0xdf
                ? 1
                : lead >= 0xe0 && lead <= 0xef
                  ? 2
                  : lead >= 0xf0 && lead <= 0xf4
                    ? 3
                    : 0;
        if (length === 0 || i + length >= bytes.length) {
            return i;
        }
        let codePoint = lead & (0x3f >> length);
        for (let k = 1; k <= length; k++) {
            const next = bytes[i + k];
            if ((next & 0xc0) !== 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        const minimum = [0, 0x80, 0x800, 0x10000][length];
        if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
            return i;
        }
        i += length + 1;
    }
    return -1;
}

/**
 * Reads `files` (at most MAX_OPEN_FILES at a time), in their order; every file is tried, and the
 * ones that cannot be read are returned as problems rather than thrown, so that one run names them all.
 */
export async function readSourceFiles(
    files: readonly string[],
    displayPath: (file: string) => string,
    lang: Locale = 'en'
): Promise<{ sources: SourceFile[]; unreadable: InputError[] }> {
    const read = await Promise.allSettled(files.map(file => readSourceFile(file, displayPath(file), lang)));
    const sources: SourceFile[] = [];
    const unreadable: InputError[] = [];
    for (const result of read) {
        if (result.status === 'fulfilled') {
            sources.push(result.value);
        } else if (result.reason instanceof InputError) {
            unreadable.push(result.reason);
        } else {
            throw result.reason;
        }
    }
    return { sources, unreadable };
}
