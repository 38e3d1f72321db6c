import { DefaultWorkspaceManager, type LangiumSharedCoreServices } from 'langium';

/** Checks every file of the workspace at start (the document builder adds the built-in library). */
export class StratWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // Check every file at start, not only once an editor opens one: their findings are shown from
        // the start, and requests that wait for a checked document (code actions) are answered also
        // for a file no editor has opened (they waited forever before).
        this.initialBuildOptions = { validation: true };
    }
}
