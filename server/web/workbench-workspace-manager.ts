import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { FIND_FILES_REQUEST, type FindFilesParams, type FindFilesResult } from '../workbench-protocol.js';
import { StratWorkspaceManager, type WorkspaceLog } from '../workspace/strat-workspace-manager.js';
import type { WorkbenchFileSystemProvider } from './workbench-file-system.js';

/**
 * The workspace manager of the web worker: finds the `.strat` files of each workspace folder with the
 * workbench's file search (one request, however deep the repository), and walks the folder entry by
 * entry where the workbench cannot search it.
 */
export class WorkbenchWorkspaceManager extends StratWorkspaceManager {
    constructor(
        services: LangiumSharedCoreServices,
        private readonly connection: Connection,
        private readonly files: WorkbenchFileSystemProvider,
        log: WorkspaceLog
    ) {
        super(services, log);
    }

    protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        const isRoot = (this.workspaceFolders ?? []).some(
            f => URI.parse(f.uri).toString() === folder.toString()
        );
        if (isRoot) {
            const found = await this.findFiles(folder);
            if (found) {
                this.files.remember(found);
                uris.push(...found.filter(uri => this.serviceRegistry.hasServices(uri)));
                return;
            }
        }
        await super.traverseFolder(folder, uris);
    }

    private async findFiles(folder: URI): Promise<URI[] | undefined> {
        try {
            const result = await this.connection.sendRequest<FindFilesResult>(FIND_FILES_REQUEST, {
                folder: folder.toString()
            } satisfies FindFilesParams);
            return result.uris.map(uri => URI.parse(uri));
        } catch {
            return undefined;
        }
    }
}
