import type { URI, WorkspaceFolder } from 'langium';
import type { Locale } from '../language/i18n/locale.js';

/** What the editor knows of the workspace's project files (strat.json). */
export interface EditorProjectFiles {
    /** (Re)reads every project file of the folders. */
    load(folders: readonly WorkspaceFolder[]): Promise<void>;
    /** Whether a `.strat` file belongs to the workspace: to its project, or to no project at all. */
    includes(uri: URI): boolean;
    /** The language the projects ask for, if one does. */
    language(): Locale | undefined;
    /** The files that belong to a project now, for comparing with the loaded documents. */
    memberUris(): URI[];
}

/**
 * No project files: every `.strat` file belongs to the workspace, with the default check levels. The
 * hosts replace it with their reader of strat.json: the Node server's (server/project-files.ts) and
 * the web worker's (server/web/workbench-projects.ts).
 */
export class NoProjectFiles implements EditorProjectFiles {
    async load(): Promise<void> {}

    includes(): boolean {
        return true;
    }

    language(): Locale | undefined {
        return undefined;
    }

    memberUris(): URI[] {
        return [];
    }
}
