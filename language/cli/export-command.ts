import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { LangiumSharedCoreServices } from 'langium';
import picocolors from 'picocolors';
import { colourWanted } from './colours.js';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { InputError } from '../workspace/source-files.js';
import { buildWorkspaceModel } from '../model/build-workspace-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { diagnosticRecords } from './diagnostic-records.js';
import { EXPORT_MARKER, JSON_FILE } from './export-names.js';
import { renderSite, type SiteChanges } from '../render/site.js';
import { describeDiff } from '../diff/render-diff.js';
import { diffWorkspaces } from '../diff/workspace-diff.js';
import { modelOfVersion, versionOf } from './workspace-versions.js';
import { documentFiles, type ExportFile } from '../export/export-files.js';

export interface ExportOptions {
    format: 'json' | 'html' | 'docx' | 'xlsx' | 'csv';
    /** The output folder; without it the JSON goes to standard output (HTML needs it). */
    out?: string;
    force: boolean;
    lang: Locale;
    /** The language of the site's headings and labels (German unless asked otherwise). */
    siteLang?: Locale;
    /** html: add a changes page with what changed since this version (a git revision or a folder). */
    since?: string;
}

export { EXPORT_MARKER, JSON_FILE } from './export-names.js';

const MARKER_TEXT =
    'This folder was written by `strat export`. The next export into it replaces the whole folder.\n';

/** Colours for what goes to standard error (the messages of this command). */
const pc = picocolors.createColors(colourWanted(process.stderr));

type ExportWords = (typeof CLI_MESSAGES)[Locale]['export'];

/** The output folder as checked before anything is written. */
interface OutputFolder {
    /** As the user named it (for messages). */
    display: string;
    absolute: string;
    /** Whether it exists now (empty or an earlier export): then it is replaced as a whole. */
    exists: boolean;
}

/**
 * `strat export`: the workspace model as one JSON document (to stdout or `DIR/strat-model.json`)
 * or as a static HTML site in DIR. Refuses (exit 1) when the workspace has errors, unless `force`.
 * The output folder is written completely or not at all: the files go into a temporary folder next
 * to it, which is renamed into place at the end.
 */
export async function runExport(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: ExportOptions
): Promise<number> {
    const cwd = process.cwd();
    const words = CLI_MESSAGES[options.lang].export;
    // a bad output folder is reported before the (slower) loading of the workspace
    const output = options.out === undefined ? undefined : await checkOutputFolder(options.out, cwd, words);
    const workspace = await loadWorkspace(services, paths, cwd, options.lang);
    if (output) {
        refuseInputsInside(
            output,
            workspace.documents
                .map(d => d.uri)
                .filter(u => u.scheme === 'file')
                .map(u => u.fsPath),
            words
        );
    }

    const errors = diagnosticRecords(workspace, options.lang).filter(record => record.severity === 'error');
    if (errors.length > 0) {
        const severity = CLI_MESSAGES[options.lang].severity.error;
        for (const record of errors) {
            process.stderr.write(
                `${record.file}:${record.line}:${record.column} ${severity} ${record.code} ${oneLine(record.message)}\n`
            );
        }
        if (!options.force) {
            process.stderr.write(pc.red(words.refused(errors.length)) + '\n');
            return 1;
        }
        process.stderr.write(pc.yellow(words.forced(errors.length)) + '\n');
    }

    const model = buildWorkspaceModel(workspace.all, {
        fileName: document => workspace.displayPath(document)
    });
    if (!output) {
        process.stdout.write(modelJson(model));
        return 0;
    }
    const locale = options.siteLang ?? options.lang;
    const files: ExportFile[] =
        options.format === 'json'
            ? [{ path: JSON_FILE, content: modelJson(model) }]
            : options.format === 'html'
              ? renderSite(model, {
                    locale,
                    changes: await changesSince(options.since, model, locale, options.lang)
                })
              : await documentFiles(model, options.format, locale);
    await writeFolder(output, files, words);
    process.stderr.write(words.written(files.length, output.display) + '\n');
    return 0;
}

async function changesSince(
    since: string | undefined,
    model: WorkspaceModel,
    locale: Locale,
    lang: Locale
): Promise<SiteChanges | undefined> {
    if (since === undefined) {
        return undefined;
    }
    const cwd = process.cwd();
    const version = await versionOf(since, cwd);
    const before = await modelOfVersion(version, cwd, lang);
    return { since, groups: describeDiff(diffWorkspaces(before, model), before, model, locale) };
}

function modelJson(model: WorkspaceModel): string {
    return JSON.stringify(model, null, 2) + '\n';
}

/** Keeps each finding on one line (some parser messages list alternatives line by line). */
function oneLine(message: string): string {
    return message.replace(/\s*(\r\n|\r|\n)\s*/g, ' ').trim();
}

// ---------------------------------------------------------------- the output folder

/**
 * Accepts a folder that does not exist yet (its parents are created), an empty folder, or an earlier
 * export (it holds the marker file); refuses anything else, so that no one's files are replaced.
 */
async function checkOutputFolder(out: string, cwd: string, words: ExportWords): Promise<OutputFolder> {
    if (out.trim() === '') {
        throw new InputError(words.emptyOut, [out]);
    }
    const absolute = path.resolve(cwd, out);
    if (isInside(cwd, absolute)) {
        throw new InputError(words.containsWorkingFolder(out), [out]);
    }
    return inspectOutputFolder(out, absolute, words);
}

async function inspectOutputFolder(out: string, absolute: string, words: ExportWords): Promise<OutputFolder> {
    let stat;
    try {
        stat = await fs.lstat(absolute);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return { display: out, absolute, exists: false };
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
        entries = await fs.readdir(absolute);
    } catch (error) {
        throw writeError(error, out, words);
    }
    if (entries.length > 0 && !entries.includes(EXPORT_MARKER)) {
        throw new InputError(words.foreign(out, EXPORT_MARKER), [out]);
    }
    return { display: out, absolute, exists: true };
}

/** An earlier export may have been used as input: replacing it would delete the files being exported. */
function refuseInputsInside(output: OutputFolder, inputs: readonly string[], words: ExportWords): void {
    if (inputs.some(file => isInside(file, output.absolute))) {
        throw new InputError(words.insideInput(output.display), [output.display]);
    }
}

/** Whether `file` is `folder` or lies below it. */
function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Writes `files` into a temporary folder next to the output folder and renames it into place; an
 * existing output folder is moved aside first and removed at the end (restored if the rename fails).
 * On any failure nothing is left behind: not the temporary folder, not the parents created for it.
 */
async function writeFolder(
    output: OutputFolder,
    files: readonly ExportFile[],
    words: ExportWords
): Promise<void> {
    const parent = path.dirname(output.absolute);
    let createdParent: string | undefined;
    let temporary: string | undefined;
    // checked again: someone may have put files there while the workspace was loaded
    await inspectOutputFolder(output.display, output.absolute, words);
    try {
        createdParent = await fs.mkdir(parent, { recursive: true });
        temporary = await fs.mkdtemp(path.join(parent, `.${path.basename(output.absolute)}.strat-export-`));
        for (const file of files) {
            const destination = path.join(temporary, ...safeParts(file.path));
            await fs.mkdir(path.dirname(destination), { recursive: true });
            await fs.writeFile(destination, file.content);
        }
        await fs.writeFile(path.join(temporary, EXPORT_MARKER), MARKER_TEXT, 'utf8');
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
    const exists = await fs.lstat(output.absolute).then(
        () => true,
        () => false
    );
    if (!exists) {
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
                      : (code ?? String(error));
    return new InputError(words.notWritable(folder, reason), [folder]);
}
