import {
    DefaultWorkspaceManager,
    type FileSystemNode,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type URI,
    type WorkspaceFolder
} from 'langium';

/** What the workspace manager reports about a file it leaves out (the server's log). */
export type WorkspaceLog = (message: string) => void;

/** What the workspace manager needs of the editor services (server/strat-lsp-module.ts wires them). */
interface ProjectAwareServices {
    editor: {
        Projects: {
            load(folders: readonly WorkspaceFolder[]): Promise<void>;
            includes(uri: FileSystemNode['uri']): boolean;
        };
        Settings: { applyLocale(): unknown };
    };
}

/**
 * Checks every file of the workspace at start (the document builder adds the built-in library) that
 * belongs to the workspace: the project files (strat.json) are read first, and a file their
 * `include`/`exclude` leave out is not loaded.
 */

export class StratWorkspaceManager extends DefaultWorkspaceManager {
    constructor(
        services: LangiumSharedCoreServices,
        private readonly log: WorkspaceLog = message => console.warn(message)
    ) {
        super(services);
        // Check every file at start, not only once an editor opens one: their findings are shown from
        // the start, and requests that wait for a checked document (code actions) are answered also
        // for a file no editor has opened (they waited forever before).
        this.initialBuildOptions = { validation: true };
    }

    /** The language's editor services (created after the shared ones, so looked up when needed). */
    private strat(): ProjectAwareServices {
        return this.serviceRegistry.all[0] as unknown as ProjectAwareServices;
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const { Projects, Settings } = this.strat().editor;
        await Projects.load(folders);
        Settings.applyLocale();
        return super.performStartup(folders);
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        const projects = this.strat().editor.Projects;
        return super.shouldIncludeEntry(entry) && (!entry.isFile || projects.includes(entry.uri));
    }

    /**
     * Loads the workspace's files (the file system provider reads a bounded number at a time); a file
     * that cannot be read (a device, a named pipe, too large, no permission) is left out and named in
     * the log, instead of stopping the start of the server.
     */
    protected override async loadWorkspaceDocuments(
        uris: URI[] | Iterable<URI>,
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await Promise.all(
            [...uris].map(async uri => {
                try {
                    collector(await this.langiumDocuments.getOrCreateDocument(uri));
                } catch (error) {
                    this.log(
                        `strat: ${uri.fsPath} is left out: ${(error as Error).message ?? String(error)}`
                    );
                }
            })
        );
    }
}
