import type { Locale } from './locale.js';

const SKIPPED = {
    en: 'hidden folders and node_modules are skipped',
    de: 'versteckte Ordner und node_modules werden übersprungen'
};

/** The words of input errors: paths that cannot be read as `.strat` files (exit code 2). */
export const INPUT_MESSAGES = {
    en: {
        emptyPath: 'an empty path was given; name a .strat file or a folder (use . for the current folder)',
        noSourceFiles: (input: string, ext: string) =>
            `${input}: no ${ext} files in this folder or its subfolders (${SKIPPED.en}); ` +
            `name a folder that holds ${ext} files, or the files themselves`,
        notFileOrFolder: (input: string, ext: string) =>
            `${input}: not a file or folder (a device, pipe or socket); name a ${ext} file or a folder`,
        wrongExtension: (input: string, ext: string) =>
            `${input}: not a ${ext} file; strat reads only files whose names end in ${ext}`,
        utf16: (file: string) => `${file}: saved as UTF-16, not UTF-8; save the file with the encoding UTF-8`,
        binary: (file: string, ext: string) =>
            `${file}: a binary file, not ${ext} text (it contains NUL bytes); ` +
            `remove it or rename it so that its name does not end in ${ext}`,
        invalidUtf8: (where: string, byte: string, latin1: boolean) =>
            `${where}: not valid UTF-8 (byte 0x${byte}${latin1 ? ', probably saved as Latin-1 or Windows-1252' : ''}); ` +
            'save the file with the encoding UTF-8',
        notFound: (file: string, cwd?: string) =>
            `${file}: no such file or folder${cwd ? ` (looked in ${cwd})` : ''}; check the path`,
        notFoundInPath: (file: string) =>
            `${file}: no such file or folder (a part of the path is a file); check the path`,
        permission: (file: string) =>
            `${file}: permission denied; make it readable for the user running strat`,
        isFolder: (file: string) => `${file}: is a folder, not a file`,
        loop: (file: string) => `${file}: a loop of symbolic links (too many levels); fix or remove the link`,
        unreadable: (file: string, reason: string) => `${file}: cannot be read (${reason})`,
        notRegularFile: (file: string, detail: string, ext: string) =>
            `${file}: not a regular file (${detail}); strat reads only regular ${ext} files — remove it or rename it`,
        tooLarge: (file: string, detail: string) => `${file}: too large (${detail})`
    },
    de: {
        emptyPath:
            'ein leerer Pfad wurde übergeben; nennen Sie eine .strat-Datei oder einen Ordner (. für den aktuellen Ordner)',
        noSourceFiles: (input: string, ext: string) =>
            `${input}: keine ${ext}-Dateien in diesem Ordner oder seinen Unterordnern (${SKIPPED.de}); ` +
            `nennen Sie einen Ordner mit ${ext}-Dateien oder die Dateien selbst`,
        notFileOrFolder: (input: string, ext: string) =>
            `${input}: weder Datei noch Ordner (ein Gerät, eine Pipe oder ein Socket); nennen Sie eine ${ext}-Datei oder einen Ordner`,
        wrongExtension: (input: string, ext: string) =>
            `${input}: keine ${ext}-Datei; strat liest nur Dateien, deren Namen auf ${ext} enden`,
        utf16: (file: string) =>
            `${file}: als UTF-16 gespeichert, nicht als UTF-8; speichern Sie die Datei mit der Kodierung UTF-8`,
        binary: (file: string, ext: string) =>
            `${file}: eine Binärdatei, kein ${ext}-Text (sie enthält NUL-Bytes); ` +
            `entfernen Sie sie oder benennen Sie sie so um, dass ihr Name nicht auf ${ext} endet`,
        invalidUtf8: (where: string, byte: string, latin1: boolean) =>
            `${where}: kein gültiges UTF-8 (Byte 0x${byte}${latin1 ? ', vermutlich als Latin-1 oder Windows-1252 gespeichert' : ''}); ` +
            'speichern Sie die Datei mit der Kodierung UTF-8',
        notFound: (file: string, cwd?: string) =>
            `${file}: keine solche Datei und kein solcher Ordner${cwd ? ` (gesucht in ${cwd})` : ''}; prüfen Sie den Pfad`,
        notFoundInPath: (file: string) =>
            `${file}: keine solche Datei und kein solcher Ordner (ein Teil des Pfads ist eine Datei); prüfen Sie den Pfad`,
        permission: (file: string) =>
            `${file}: keine Berechtigung; machen Sie die Datei für den Benutzer lesbar, der strat ausführt`,
        isFolder: (file: string) => `${file}: ist ein Ordner, keine Datei`,
        loop: (file: string) =>
            `${file}: eine Schleife symbolischer Links (zu viele Ebenen); korrigieren oder entfernen Sie den Link`,
        unreadable: (file: string, reason: string) => `${file}: kann nicht gelesen werden (${reason})`,
        notRegularFile: (file: string, detail: string, ext: string) =>
            `${file}: keine reguläre Datei (${detail}); strat liest nur reguläre ${ext}-Dateien — entfernen Sie sie oder benennen Sie sie um`,
        tooLarge: (file: string, detail: string) => `${file}: zu groß (${detail})`
    }
} satisfies Record<Locale, unknown>;
