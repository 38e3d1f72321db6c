import { UriUtils, type URI } from 'langium';
import type { Project } from './project-config.js';

/**
 * The projects a workspace knows, by folder: a document belongs to the project of the nearest
 * folder above it that has a project file. The CLI registers the one it found; the language
 * server every one in its workspace folders.
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

    /** The project of a document, if it lies in the folder of one. */
    forUri(uri: URI): Project | undefined {
        if (uri.scheme !== 'file' || this.projects.size === 0) {
            return undefined;
        }
        let folder = UriUtils.dirname(uri);
        for (;;) {
            const project = this.projects.get(folder.fsPath);
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
