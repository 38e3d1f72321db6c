import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { NodeFileSystem } from 'langium/node';
import { createStratCoreServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { buildWorkspaceModel } from '../model/build-workspace-model.js';
import { WORKSPACE_MODEL_VERSION, type WorkspaceModel } from '../model/workspace-model.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { findSourceFiles } from '../workspace/source-files.js';
import { InputError } from '../workspace/input-error.js';

const run = promisify(execFile);

/** One side of a comparison: a folder as it is on disk, or a git revision of the working folder. */
export type Version = { folder: string } | { revision: string };

/** A folder that exists names a folder; anything else is taken as a git revision. */
export async function versionOf(spec: string, cwd: string): Promise<Version> {
    const stat = await fs.stat(path.resolve(cwd, spec)).catch(() => undefined);
    return stat?.isDirectory() ? { folder: path.resolve(cwd, spec) } : { revision: spec };
}

export function versionName(version: Version, cwd: string): string {
    return 'revision' in version ? version.revision : path.relative(cwd, version.folder) || '.';
}

const EMPTY: WorkspaceModel = {
    version: WORKSPACE_MODEL_VERSION,
    strategies: [],
    decisions: [],
    actors: [],
    scales: [],
    dimensions: [],
    sources: [],
    files: []
};

/** The workspace model of the `.strat` files of a version (below `cwd` for a revision). */
export async function modelOfVersion(version: Version, cwd: string, lang: Locale): Promise<WorkspaceModel> {
    if ('folder' in version) {
        return modelOfFolder(version.folder, lang);
    }
    const folder = await checkout(version.revision, cwd);
    try {
        return await modelOfFolder(folder, lang);
    } finally {
        await fs.rm(folder, { recursive: true, force: true });
    }
}

async function modelOfFolder(folder: string, lang: Locale): Promise<WorkspaceModel> {
    if ((await findSourceFiles(['.'], folder, lang).catch(() => [])).length === 0) {
        return EMPTY;
    }
    const services = createStratCoreServices(NodeFileSystem);
    const workspace = await loadWorkspace(services, ['.'], folder, lang);
    return buildWorkspaceModel(workspace.all, { fileName: document => workspace.displayPath(document) });
}

async function git(args: string[], cwd: string): Promise<string> {
    try {
        const { stdout } = await run('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        return stdout;
    } catch (error) {
        const e = error as NodeJS.ErrnoException & { stderr?: string };
        if (e.code === 'ENOENT') {
            throw new InputError('git is not installed (it is needed to compare revisions)');
        }
        throw new InputError(`git ${args.join(' ')}: ${(e.stderr ?? e.message).trim()}`);
    }
}

/**
 * Writes the `.strat` files of a revision below the working folder into a new temporary folder, with
 * their paths relative to the working folder (`git ls-tree` and `git show`, read-only).
 */
async function checkout(revision: string, cwd: string): Promise<string> {
    if (revision.startsWith('-')) {
        throw new InputError(`not a revision or folder: ${revision}`, [revision]);
    }
    const commit = (
        await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd).catch(() => '')
    ).trim();
    if (!commit) {
        throw new InputError(`neither a folder nor a git revision: ${revision}`, [revision]);
    }
    const prefix = (await git(['rev-parse', '--show-prefix'], cwd)).trim();
    const listing = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit], cwd);
    const files = listing.split('\0').filter(f => f.endsWith('.strat') && f.startsWith(prefix));
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-diff-'));
    try {
        for (const file of files) {
            const content = await git(['show', `${commit}:${file}`], cwd);
            const target = path.join(folder, ...file.slice(prefix.length).split('/'));
            await fs.mkdir(path.dirname(target), { recursive: true });
            await fs.writeFile(target, content, 'utf8');
        }
    } catch (error) {
        await fs.rm(folder, { recursive: true, force: true });
        throw error;
    }
    return folder;
}
