import * as path from 'node:path';
import { URI, type WorkspaceFolder } from 'langium';
import { glob } from 'tinyglobby';
import type { Locale } from '../language/i18n/locale.js';
import { PROJECT_FILE, type Project } from '../language/project/project-config.js';
import { projectFiles } from '../language/project/project-files.js';
import type { ProjectRegistry } from '../language/project/project-registry.js';
import { findProjectFile, ProjectFileProblem, readProject } from '../language/project/read-project.js';
import type { EditorProjectFiles } from './editor-projects.js';

/**
 * The project files (strat.json) of the editor's workspace folders: every one below a folder and
 * the nearest above it. They give the check levels, the language and which files the server
 * loads; a project file with errors counts as absent (the editor marks its errors itself, from the
 * schema the extension contributes).
 */
export class EditorProjects implements EditorProjectFiles {
    private members = new Map<string, Set<string>>();

    constructor(
        private readonly registry: ProjectRegistry,
        private readonly locale: () => Locale,
        private readonly log: (message: string) => void = () => undefined
    ) {}

    /** (Re)reads every project file of the folders. */
    async load(folders: readonly WorkspaceFolder[]): Promise<void> {
        const files = new Set<string>();
        for (const folder of folders) {
            const uri = URI.parse(folder.uri);
            if (uri.scheme !== 'file') {
                continue;
            }
            const above = await findProjectFile(uri.fsPath);
            if (above) {
                files.add(above);
            }
            const below = await glob(`**/${PROJECT_FILE}`, {
                cwd: uri.fsPath,
                absolute: true,
                dot: false,
                ignore: ['**/node_modules/**'],
                onlyFiles: true,
                // else a folder named `strat.json` would match with everything in it
                expandDirectories: false
            });
            below.forEach(file => files.add(path.normalize(file)));
        }
        const projects: Project[] = [];
        for (const file of [...files].sort()) {
            try {
                projects.push(await readProject(file, file, this.locale()));
            } catch (error) {
                if (!(error instanceof ProjectFileProblem)) {
                    throw error;
                }
                this.log(`${PROJECT_FILE} ignored until its errors are fixed:\n${error.message}`);
            }
        }
        const members = new Map<string, Set<string>>();
        for (const project of projects) {
            members.set(project.root, new Set(await projectFiles(project)));
        }
        this.registry.clear();
        projects.forEach(project => this.registry.set(project));
        this.members = members;
    }

    /** Whether a `.strat` file belongs to the workspace: to its project, or to no project at all. */
    includes(uri: URI): boolean {
        const project = this.registry.forUri(uri);
        return !project || (this.members.get(project.root)?.has(uri.fsPath) ?? true);
    }

    /** The language the projects ask for: that of the outermost project that names one. */
    language(): Locale | undefined {
        return this.registry.language();
    }

    /** The files that belong to a project now, for comparing with the loaded documents. */
    memberUris(): URI[] {
        return [...this.members.values()].flatMap(files => [...files].map(file => URI.file(file)));
    }
}
