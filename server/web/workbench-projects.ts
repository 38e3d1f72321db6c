import { URI, UriUtils, type WorkspaceFolder } from 'langium';
import type { Locale } from '../../language/i18n/locale.js';
import { parseProjectFile } from '../../language/project/parse-project-file.js';
import { PROJECT_FILE, type Project } from '../../language/project/project-config.js';
import { projectMembership } from '../../language/project/project-membership.js';
import { projectRoot, type ProjectRegistry } from '../../language/project/project-registry.js';
import type { EditorProjectFiles } from '../editor-projects.js';
import type { WorkbenchFileSystemProvider } from './workbench-file-system.js';

/** Folders no project file is looked for in, as the Node server's walk leaves them out. */
const SKIPPED_FOLDER = /^(node_modules|out|\..*)$/;

/**
 * The project files (strat.json) of the web worker's workspace folders, read through the workbench:
 * every one below a folder and the nearest above it, as the Node server reads them from the disk
 * (server/project-files.ts). They give the check levels, the language and which files the server
 * loads; a project file with errors counts as absent (the editor marks its errors from the schema).
 */
export class WorkbenchProjects implements EditorProjectFiles {
    private members = new Map<string, (relativePath: string) => boolean>();

    constructor(
        private readonly registry: ProjectRegistry,
        private readonly files: WorkbenchFileSystemProvider,
        private readonly locale: () => Locale,
        private readonly log: (message: string) => void = () => undefined
    ) {}

    async load(folders: readonly WorkspaceFolder[]): Promise<void> {
        const found = new Map<string, URI>();
        for (const folder of folders) {
            const uri = URI.parse(folder.uri);
            for (const file of [...(await this.above(uri)), ...(await this.below(uri))]) {
                found.set(file.toString(), file);
            }
        }
        const projects: Project[] = [];
        for (const [name, file] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
            const project = await this.read(file);
            if (project) {
                projects.push(project);
            } else {
                found.delete(name);
            }
        }
        this.registry.clear();
        this.members = new Map(projects.map(p => [p.root, projectMembership(p.config)]));
        projects.forEach(project => this.registry.set(project));
    }

    includes(uri: URI): boolean {
        const project = this.registry.forUri(uri);
        const member = project && this.members.get(project.root);
        if (!project || !member) {
            return true;
        }
        return member(UriUtils.relative(UriUtils.dirname(URI.parse(project.file)), uri));
    }

    /** The language the projects ask for: that of the outermost project that names one. */
    language(): Locale | undefined {
        return this.registry.language();
    }

    memberUris(): URI[] {
        return [];
    }

    /** The project file of the folder or of the nearest folder above it. */
    private async above(folder: URI): Promise<URI[]> {
        for (let current = folder; ;) {
            const candidate = UriUtils.joinPath(current, PROJECT_FILE);
            if (await this.files.exists(candidate)) {
                return [candidate];
            }
            const parent = UriUtils.dirname(current);
            if (parent.path === current.path) {
                return [];
            }
            current = parent;
        }
    }

    /** Every project file below the folder: found by the workbench's search, else by a walk. */
    private async below(folder: URI): Promise<URI[]> {
        const found = await this.files.find(folder, `**/${PROJECT_FILE}`);
        if (found) {
            return found;
        }
        const result: URI[] = [];
        const walk = async (current: URI): Promise<void> => {
            let entries;
            try {
                entries = await this.files.readDirectory(current);
            } catch {
                return;
            }
            for (const entry of entries) {
                const name = UriUtils.basename(entry.uri);
                if (entry.isFile && name === PROJECT_FILE) {
                    result.push(entry.uri);
                } else if (entry.isDirectory && !SKIPPED_FOLDER.test(name)) {
                    await walk(entry.uri);
                }
            }
        };
        await walk(folder);
        return result;
    }

    private async read(file: URI): Promise<Project | undefined> {
        let text: string;
        try {
            text = await this.files.readFile(file);
        } catch (error) {
            this.log(`${file.toString()} cannot be read: ${(error as Error).message ?? String(error)}`);
            return undefined;
        }
        const result = parseProjectFile(text, this.locale());
        if (!result.ok) {
            const errors = result.errors.map(e => `${file.toString()}:${e.line}:${e.column}: ${e.message}`);
            this.log(`${PROJECT_FILE} ignored until its errors are fixed:\n${errors.join('\n')}`);
            return undefined;
        }
        return { file: file.toString(), root: projectRoot(UriUtils.dirname(file)), config: result.config };
    }
}
