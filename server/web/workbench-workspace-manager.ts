import { URI, type LangiumSharedCoreServices } from 'langium';
import { StratWorkspaceManager, type LeftOutFile } from '../workspace/strat-workspace-manager.js';
import type { WorkbenchFileSystemProvider } from './workbench-file-system.js';

/**
 * The workspace manager of the web worker: finds the `.strat` files of each workspace folder with the
 * workbench's file search (one request, however deep the repository), and walks the folder entry by
 * entry where the workbench cannot search it; either way only the files the project files include.
 */
export class WorkbenchWorkspaceManager extends StratWorkspaceManager {
    constructor(
        services: LangiumSharedCoreServices,
        private readonly files: WorkbenchFileSystemProvider,
        report: LeftOutFile
    ) {
        super(services, report);
    }

    protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        const isRoot = (this.workspaceFolders ?? []).some(
            f => URI.parse(f.uri).toString() === folder.toString()
        );
        if (isRoot) {
            const found = await this.files.find(folder);
            if (found) {
                const files = found.map(uri => ({ uri, isFile: true, isDirectory: false }));
                uris.push(...files.filter(file => this.shouldIncludeEntry(file)).map(file => file.uri));
                return;
            }
        }
        await super.traverseFolder(folder, uris);
    }
}
