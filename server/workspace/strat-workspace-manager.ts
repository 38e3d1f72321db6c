import {
    DefaultWorkspaceManager,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type WorkspaceFolder
} from 'langium';
import { BUILTIN_LIBRARY, BUILTIN_LIBRARY_URI } from '../../language/builtin/library.js';
import { URI } from 'langium';

/**
 * Loads the built-in library (default scales) with the workspace, so every file sees it, and checks every
 * file.
 */
export class StratWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumSharedCoreServices['workspace']['LangiumDocumentFactory'];

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        // Check every file at start, not only once an editor opens one: their findings are shown from
        // the start, and requests that wait for a checked document (code actions) are answered also
        // for a file no editor has opened (they waited forever before).
        this.initialBuildOptions = { validation: true };
    }

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        collector(this.documentFactory.fromString(BUILTIN_LIBRARY, URI.parse(BUILTIN_LIBRARY_URI)));
    }
}
