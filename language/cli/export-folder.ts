import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { InputError } from '../workspace/input-error.js';
import type { ExportFile } from '../export/export-files.js';
import { EXPORT_MARKER } from './export-names.js';

const MARKER_HEADER =
    'This folder was written by `strat export`. The next export into it replaces the whole folder,\n' +
    'unless a file was added or changed: then it refuses. The files it wrote (SHA-256, path):\n';

type ExportWords = (typeof CLI_MESSAGES)[Locale]['export'];

/** The output folder as checked before anything is written. */
export interface OutputFolder {
    /** As the user named it (for messages). */
    display: string;
    absolute: string;
}

/**
 * Accepts a folder that does not exist yet (its parents are created), an empty folder, or an earlier
 * export (it holds the marker file) to which nothing was added and in which nothing was changed;
 * refuses anything else, so that no one's files are replaced. What an interrupted export left
 * behind next to the folder is repaired or removed first.
 */
export async function checkOutputFolder(out: string, cwd: string, words: ExportWords): Promise<OutputFolder> {
    if (out.trim() === '') {
        throw new InputError(words.emptyOut, [out]);
    }
    const absolute = path.resolve(cwd, out);
    if (isInside(cwd, absolute)) {
        throw new InputError(words.containsWorkingFolder(out), [out]);
    }
    const output = { display: out, absolute };
    await recoverInterrupted(output, words);
    await inspectOutputFolder(output, words);
    return output;
}

async function inspectOutputFolder(output: OutputFolder, words: ExportWords): Promise<void> {
    const out = output.display;
    let stat;
    try {
        stat = await fs.lstat(output.absolute);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return;
        }
        throw writeError(error, out, words);
    }
    if (stat.isSymbolicLink()) {
        throw new InputError(words.symlink(out), [out]);
    }
    if (!stat.isDirectory()) {
        throw new InputError(words.notAFolder(out), [out]);
    }
    let entries: string[];
    try {
        entries = await fs.readdir(output.absolute);
    } catch (error) {
        throw writeError(error, out, words);
    }
    if (entries.length > 0 && !entries.includes(EXPORT_MARKER)) {
        throw new InputError(words.foreign(out, EXPORT_MARKER), [out]);
    }
    if (entries.length > 0) {
        const touched = await touchedFiles(output.absolute).catch((error: unknown) => {
            throw writeError(error, out, words);
        });
        if (touched.length > 0) {
            throw new InputError(words.changedExport(out, touched), [out]);
        }
    }
}

/**
 * The files of an earlier export that it did not write or that were changed since (by the list in
 * its marker); none for the marker of an older strat, which lists no files.
 */
async function touchedFiles(folder: string): Promise<string[]> {
    const written = parseMarker(await fs.readFile(path.join(folder, EXPORT_MARKER), 'utf8'));
    if (written === undefined) {
        return [];
    }
    const touched: string[] = [];
    for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isDirectory()) {
            continue;
        }
        const full = path.join(entry.parentPath, entry.name);
        const relative = path.relative(folder, full).split(path.sep).join('/');
        if (relative === EXPORT_MARKER) {
            continue;
        }
        const hash = written.get(relative);
        if (!entry.isFile() || hash === undefined || hash !== sha256(await fs.readFile(full))) {
            touched.push(relative);
        }
    }
    return touched.sort();
}

function markerText(files: readonly ExportFile[]): string {
    return MARKER_HEADER + files.map(file => `${sha256(file.content)}  ${file.path}\n`).join('');
}

/** The files a marker lists, by path; undefined for a marker without a list. */
function parseMarker(text: string): Map<string, string> | undefined {
    if (!text.startsWith(MARKER_HEADER)) {
        return undefined;
    }
    const files = new Map<string, string>();
    for (const line of text.slice(MARKER_HEADER.length).split('\n')) {
        const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (match) {
            files.set(match[2], match[1]);
        }
    }
    return files;
}

function sha256(content: string | Uint8Array): string {
    return createHash('sha256').update(content).digest('hex');
}

/** An earlier export may have been used as input: replacing it would delete the files being exported. */
export function refuseInputsInside(
    output: OutputFolder,
    inputs: readonly string[],
    words: ExportWords
): void {
    if (inputs.some(file => isInside(file, output.absolute))) {
        throw new InputError(words.insideInput(output.display), [output.display]);
    }
}

/** Whether `file` is `folder` or lies below it. */
function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

// ---------------------------------------------------------------- writing, and what an interruption leaves

/**
 * The hidden folders of an export of `output` next to it: `.NAME.strat-export-PID-XXXXXX` while it is
 * written and `…-previous` for the folder it replaces (the PID is missing in those of older versions).
 */
function temporaryPattern(output: OutputFolder): RegExp {
    const name = path.basename(output.absolute).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^\\.${name}\\.strat-export-(?:(\\d+)-)?[A-Za-z0-9]{6}(-previous)?$`);
}

/**
 * Repairs what an export killed half-way left next to the output folder: if the output folder is
 * missing (killed between moving the old one aside and the new one into place), the new one is put
 * in place if it was complete, else the old one is put back; then the hidden folders of exports
 * that no longer run are removed. Those of an export that still runs are left alone.
 */
async function recoverInterrupted(output: OutputFolder, words: ExportWords): Promise<void> {
    const parent = path.dirname(output.absolute);
    const pattern = temporaryPattern(output);
    const entries = await fs.readdir(parent).catch(() => [] as string[]);
    const stale = entries
        .map(name => ({ name, match: pattern.exec(name) }))
        .filter(({ match }) => match !== null && !isRunning(match[1]))
        .map(({ name, match }) => ({ full: path.join(parent, name), previous: match![2] !== undefined }));
    if (stale.length === 0) {
        return;
    }
    try {
        if (!(await exists(output.absolute))) {
            const complete: string[] = [];
            for (const folder of stale.filter(f => !f.previous)) {
                if (await exists(path.join(folder.full, EXPORT_MARKER))) {
                    complete.push(folder.full);
                }
            }
            const restored = complete[0] ?? stale.find(f => f.previous)?.full;
            if (restored) {
                await fs.rename(restored, output.absolute);
                process.stderr.write(words.recovered(output.display) + '\n');
            }
        }
        for (const folder of stale) {
            await fs.rm(folder.full, { recursive: true, force: true });
        }
    } catch (error) {
        throw writeError(error, output.display, words);
    }
}

function isRunning(pid: string | undefined): boolean {
    if (pid === undefined || Number(pid) === process.pid) {
        return false;
    }
    try {
        process.kill(Number(pid), 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

function exists(file: string): Promise<boolean> {
    return fs.lstat(file).then(
        () => true,
        () => false
    );
}

/**
 * Writes `files` into a temporary folder next to the output folder and renames it into place; an
 * existing output folder is moved aside first and removed at the end (restored if the rename fails).
 * On any failure nothing is left behind: not the temporary folder, not the parents created for it.
 * The marker, listing every file with its hash, is written last: a temporary folder with a marker is
 * complete.
 */
export async function writeFolder(
    output: OutputFolder,
    files: readonly ExportFile[],
    words: ExportWords
): Promise<void> {
    const parent = path.dirname(output.absolute);
    let createdParent: string | undefined;
    let temporary: string | undefined;
    // checked again: someone may have put files there while the workspace was loaded
    await inspectOutputFolder(output, words);
    try {
        createdParent = await fs.mkdir(parent, { recursive: true });
        temporary = await fs.mkdtemp(
            path.join(parent, `.${path.basename(output.absolute)}.strat-export-${process.pid}-`)
        );
        for (const file of files) {
            const destination = path.join(temporary, ...safeParts(file.path));
            await fs.mkdir(path.dirname(destination), { recursive: true });
            await fs.writeFile(destination, file.content);
        }
        await fs.writeFile(path.join(temporary, EXPORT_MARKER), markerText(files), 'utf8');
        await moveIntoPlace(temporary, output);
        temporary = undefined;
    } catch (error) {
        if (temporary) {
            await fs.rm(temporary, { recursive: true, force: true }).catch(() => undefined);
        }
        if (createdParent) {
            await fs.rm(createdParent, { recursive: true, force: true }).catch(() => undefined);
        }
        throw isSystemError(error) ? writeError(error, output.display, words) : error;
    }
}

async function moveIntoPlace(temporary: string, output: OutputFolder): Promise<void> {
    if (!(await exists(output.absolute))) {
        await fs.rename(temporary, output.absolute);
        return;
    }
    const previous = `${temporary}-previous`;
    await fs.rename(output.absolute, previous);
    try {
        await fs.rename(temporary, output.absolute);
    } catch (error) {
        await fs.rename(previous, output.absolute).catch(() => undefined);
        throw error;
    }
    await fs.rm(previous, { recursive: true, force: true });
}

/** The parts of a relative `/`-separated path of the site; anything leading outside the folder is a bug. */
function safeParts(file: string): string[] {
    const parts = file.split('/');
    if (
        file === '' ||
        path.isAbsolute(file) ||
        parts.some(part => part === '' || part === '.' || part === '..' || part.includes('\\'))
    ) {
        throw new Error(`the renderer produced an unsafe file path: ${JSON.stringify(file)}`);
    }
    return parts;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
    return (
        error instanceof Error &&
        typeof (error as NodeJS.ErrnoException).code === 'string' &&
        typeof (error as NodeJS.ErrnoException).syscall === 'string'
    );
}

function writeError(error: unknown, folder: string, words: ExportWords): InputError {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons = words.reasons;
    const reason =
        code === 'EACCES' || code === 'EPERM'
            ? reasons.permission
            : code === 'EROFS'
              ? reasons.readOnly
              : code === 'ENOTDIR'
                ? reasons.notFolder
                : code === 'EEXIST' || code === 'ENOTEMPTY'
                  ? reasons.changed
                  : code === 'ENOSPC' || code === 'EDQUOT'
                    ? reasons.noSpace
                    : code === 'EBUSY'
                      ? reasons.busy
                      : code === 'ENAMETOOLONG'
                        ? reasons.nameTooLong
                        : (code ?? String(error));
    return new InputError(words.notWritable(folder, reason), [folder]);
}
