import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { PROJECT_MESSAGES } from '../i18n/project-messages.js';
import { findSourceFiles } from '../workspace/source-files.js';
import { InputError } from '../workspace/input-error.js';
import { PROJECT_FILE, type Project } from './project-config.js';
import { projectFiles } from './project-files.js';
import { findProjectFile, ProjectFileProblem, readProject } from './read-project.js';

/** What a command reads for the paths it was given. */
export interface ProjectInputs {
    /** The project the paths belong to, if they lie in one. */
    project?: Project;
    /** Every file to load: the whole project (so that its catalogue is seen), else the named files. */
    workspaceFiles: string[];
    /** The files to report on: those the paths name that belong to the project. */
    reportedFiles: string[];
    /** Files named one by one that the project leaves out (not reported on). */
    leftOut: string[];
}

const read = new Map<string, Promise<Project>>();

/**
 * A project file named as a path stands for its whole project (its folder): pre-commit passes it
 * when it changed.
 */
function projectFolders(inputs: readonly string[]): string[] {
    return inputs.map(input => (path.basename(input) === PROJECT_FILE ? path.dirname(input) : input));
}

/**
 * The project of the paths: found upward from each path (from the folder of a file). All paths
 * must lie in the same project, or in none. A project file with errors stops the command (exit 2)
 * with every error located.
 */
export async function projectOfInputs(
    inputs: readonly string[],
    cwd: string,
    locale: Locale
): Promise<Project | undefined> {
    const found = new Set<string | undefined>();
    for (const input of projectFolders(inputs)) {
        const absolute = path.resolve(cwd, input);
        const folder = (await isFolder(absolute)) ? absolute : path.dirname(absolute);
        found.add(await findProjectFile(folder));
    }
    if (found.size > 1) {
        const names = [...found].map(file => (file ? display(file, cwd) : '—'));
        throw new InputError(PROJECT_MESSAGES[locale].differentProjects(names.join(', ')));
    }
    const [file] = found;
    if (!file) {
        return undefined;
    }
    let project = read.get(file);
    if (!project) {
        project = readProject(file, display(file, cwd), locale);
        read.set(file, project);
    }
    try {
        return await project;
    } catch (error) {
        if (error instanceof ProjectFileProblem) {
            throw new InputError(error.message, [], error.problems);
        }
        throw error;
    }
}

/**
 * The files a command loads and reports on: given a project, its whole file set is loaded and
 * the named files (or the files below the named folders) that belong to it are reported on.
 */
export async function resolveInputs(
    inputs: readonly string[],
    cwd: string,
    locale: Locale
): Promise<ProjectInputs> {
    inputs = projectFolders(inputs);
    const project = await projectOfInputs(inputs, cwd, locale);
    const named = await findSourceFiles(inputs, cwd, locale);
    if (!project) {
        return { workspaceFiles: named, reportedFiles: named, leftOut: [] };
    }
    const members = await projectFiles(project);
    const byRealPath = new Map<string, string>();
    for (const file of members) {
        byRealPath.set(await realPath(file), file);
    }
    const namedFiles = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        if (!(await isFolder(absolute))) {
            namedFiles.add(await realPath(absolute));
        }
    }
    const reported = new Set<string>();
    const leftOut: string[] = [];
    for (const file of named) {
        const real = await realPath(file);
        const member = byRealPath.get(real);
        if (member) {
            reported.add(member);
        } else if (namedFiles.has(real)) {
            leftOut.push(file);
        }
    }
    return { project, workspaceFiles: members, reportedFiles: [...reported].sort(), leftOut };
}

async function isFolder(file: string): Promise<boolean> {
    try {
        return (await fs.stat(file)).isDirectory();
    } catch {
        return false;
    }
}

async function realPath(file: string): Promise<string> {
    return fs.realpath(file).catch(() => file);
}

function display(file: string, cwd: string): string {
    return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
}
