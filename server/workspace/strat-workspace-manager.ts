import {
    DefaultWorkspaceManager,
    URI,
    UriUtils,
    type FileSystemNode,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type WorkspaceFolder
} from 'langium';

/**
 * What the workspace manager does with a file it leaves out: report it where the user sees it.
 * `displayPath` is the path relative to its workspace folder.
 */
export type LeftOutFile = (uri: URI, error: unknown, displayPath: string) => void;

/** A file system that knows where links lead (the Node one, language/workspace/bounded-file-system.ts). */
interface RealPaths {
    realPath(uri: URI): Promise<string>;
}

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
 * `include`/`exclude` leave out is not loaded. Symbolic links are followed as the command line
 * follows them: a file reached twice (a link and its target) is read once, a link that leads back
 * into a folder it is in is not followed again, and a file that cannot be read is left out and
 * reported once.
 */
export class StratWorkspaceManager extends DefaultWorkspaceManager {
    constructor(
        services: LangiumSharedCoreServices,
        private readonly report: LeftOutFile = (uri, error) =>
            console.warn(`strat: ${uri.fsPath} is left out: ${(error as Error).message ?? String(error)}`)
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

    /** Where a path leads: the file system's answer where it knows links, else the path itself. */
    protected async realPath(uri: URI): Promise<string> {
        const files = this.fileSystemProvider as Partial<RealPaths>;
        return files.realPath ? files.realPath(uri).catch(() => uri.fsPath) : uri.fsPath;
    }

    /** Follows links to folders, except one that leads to a folder it is in (a loop). */
    protected override async traverseFolder(
        folder: URI,
        uris: URI[],
        within: ReadonlySet<string> = new Set()
    ): Promise<void> {
        const real = await this.realPath(folder);
        if (within.has(real)) {
            return;
        }
        const path = new Set(within).add(real);
        let content;
        try {
            content = await this.fileSystemProvider.readDirectory(folder);
        } catch (error) {
            this.leftOut(folder, error);
            return;
        }
        await Promise.all(
            content
                .filter(entry => this.shouldIncludeEntry(entry))
                .map(entry =>
                    entry.isDirectory ? this.traverseFolder(entry.uri, uris, path) : uris.push(entry.uri)
                )
        );
    }

    /**
     * Loads the workspace's files (the file system provider reads a bounded number at a time), each
     * real file once; a file that cannot be read (a device, a named pipe, too large, no permission) is
     * left out and reported, instead of stopping the start of the server.
     */
    protected override async loadWorkspaceDocuments(
        uris: URI[] | Iterable<URI>,
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await Promise.all(
            (await onePerRealFile([...uris], uri => this.realPath(uri))).map(async uri => {
                try {
                    collector(await this.langiumDocuments.getOrCreateDocument(uri));
                } catch (error) {
                    this.leftOut(uri, error);
                }
            })
        );
    }

    private leftOut(uri: URI, error: unknown): void {
        const folder = (this.folders ?? [])
            .map(f => URI.parse(f.uri))
            .find(f => UriUtils.contains(f, uri) && !UriUtils.equals(f, uri));
        this.report(uri, error, folder ? UriUtils.relative(folder, uri) : uri.fsPath);
    }
}

/** Of the paths that lead to one real file, the real one if it is among them, else the shortest. */
async function onePerRealFile(uris: readonly URI[], realPath: (uri: URI) => Promise<string>): Promise<URI[]> {
    const kept = new Map<string, URI>();
    for (const uri of uris) {
        const real = await realPath(uri);
        const other = kept.get(real);
        const rank = (u: URI) => [u.fsPath === real ? 0 : 1, u.fsPath.length, u.fsPath] as const;
        if (other === undefined || compare(rank(uri), rank(other)) < 0) {
            kept.set(real, uri);
        }
    }
    return [...kept.values()];
}

function compare(a: readonly [number, number, string], b: readonly [number, number, string]): number {
    return a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]);
}
