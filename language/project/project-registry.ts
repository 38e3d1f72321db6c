import { UriUtils, type URI } from 'langium';
import type { Locale } from '../i18n/locale.js';
import type { Project } from './project-config.js';

/**
 * The projects a workspace knows, by folder: a document belongs to the project of the nearest
 * folder above it that has a project file. The CLI registers the one it found; the language
 * server every one in its workspace folders. A project's folder is a path, or the folder's URI where
 * the workspace has no local paths (a repository opened in a browser workbench).
 */
export class ProjectRegistry {
    private readonly projects = new Map<string, Project>();

    set(project: Project): void {
        this.projects.set(project.root, project);
    }

    delete(root: string): boolean {
        return this.projects.delete(root);
    }

    clear(): void {
        this.projects.clear();
    }

    all(): Project[] {
        return [...this.projects.values()];
    }

    /** The language the projects ask for: that of the outermost project that names one. */
    language(): Locale | undefined {
        return this.all()
            .sort((a, b) => a.root.length - b.root.length)
            .find(project => project.config.language)?.config.language;
    }

    /** The project of a document, if it lies in the folder of one. */
    forUri(uri: URI): Project | undefined {
        if (this.projects.size === 0) {
            return undefined;
        }
        let folder = UriUtils.dirname(uri);
        for (;;) {
            const project = this.projects.get(projectRoot(folder));
            if (project) {
                return project;
            }
            const parent = UriUtils.dirname(folder);
            if (parent.path === folder.path) {
                return undefined;
            }
            folder = parent;
        }
    }
}

/** The key of a project folder: its path where it is a local folder, else its URI. */
export function projectRoot(folder: URI): string {
    return folder.scheme === 'file' ? folder.fsPath : folder.toString();
}
