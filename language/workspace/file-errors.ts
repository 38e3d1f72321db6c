import { INPUT_MESSAGES } from '../i18n/input-messages.js';
import type { Locale } from '../i18n/locale.js';

/** The extension of the files the language reads. */
export const SOURCE_EXTENSION = '.strat';

/** The code of a file that cannot be read (binary, not UTF-8, not a regular file, too large, denied). */
export const UNREADABLE_FILE = 'unreadable-file';

/** Why a path was not read: it is not a regular file, or it is larger than the limit. */
export class NotReadableFile extends Error {
    constructor(
        readonly reason: 'not-a-file' | 'too-large',
        readonly detail: string
    ) {
        super(reason === 'not-a-file' ? `not a regular file (${detail})` : `too large (${detail})`);
        this.name = 'NotReadableFile';
    }
}

/** Why `displayPath` cannot be read, in `lang` (the same words wherever a file is read). */
export function describeFsError(error: unknown, displayPath: string, lang: Locale, cwd?: string): string {
    const words = INPUT_MESSAGES[lang];
    if (error instanceof NotReadableFile) {
        return error.reason === 'not-a-file'
            ? words.notRegularFile(displayPath, error.detail, SOURCE_EXTENSION)
            : words.tooLarge(displayPath, error.detail);
    }
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT':
            return words.notFound(displayPath, cwd);
        case 'ENOTDIR':
            return words.notFoundInPath(displayPath);
        case 'EACCES':
        case 'EPERM':
            return words.permission(displayPath);
        case 'EISDIR':
            return words.isFolder(displayPath);
        case 'ELOOP':
            return words.loop(displayPath);
        default:
            return words.unreadable(displayPath, code ?? String(error));
    }
}
