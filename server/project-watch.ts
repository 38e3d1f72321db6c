import { DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { PROJECT_FILE } from '../language/project/project-config.js';
import type { StratLspServices } from './strat-lsp-module.js';

/**
 * When a project file (strat.json) is created, changed or deleted: reads the project files again,
 * loads the files that now belong to the workspace, drops those that no longer do (unless an editor
 * has them open), and checks every document again (check levels and language may have changed).
 */
export function watchProjectFiles(
    shared: LangiumSharedServices,
    strat: StratLspServices,
    diagnostics: { republish(): void }
): void {
    let reloading = Promise.resolve();
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (params.changes.some(change => isProjectFile(change.uri))) {
            reloading = reloading.then(reload).catch(error => {
                shared.lsp.Connection?.console.error(`strat.json could not be read again: ${String(error)}`);
            });
        }
    });

    async function reload(): Promise<void> {
        const workspace = shared.workspace.WorkspaceManager;
        await workspace.ready;
        const folders = workspace.workspaceFolders ?? [];
        await strat.editor.Projects.load(folders);
        strat.editor.Settings.applyLocale();
        const wanted = new Set<string>();
        for (const folder of folders) {
            for (const uri of await workspace.searchFolder(URI.parse(folder.uri))) {
                wanted.add(uri.toString());
            }
        }
        const roots = folders.map(folder => URI.parse(folder.uri).toString().replace(/\/?$/, '/'));
        const loaded = shared.workspace.LangiumDocuments.all
            .filter(document => roots.some(root => document.uri.toString().startsWith(root)))
            .map(document => document.uri)
            .toArray();
        const loadedNames = new Set(loaded.map(uri => uri.toString()));
        const removed = loaded.filter(
            uri => !wanted.has(uri.toString()) && !shared.workspace.TextDocuments.get(uri.toString())
        );
        const added = [...wanted].filter(name => !loadedNames.has(name)).map(name => URI.parse(name));
        if (added.length > 0 || removed.length > 0) {
            await shared.workspace.WorkspaceLock.write(token =>
                shared.workspace.DocumentBuilder.update(added, removed, token)
            );
        }
        await revalidateAll();
        // the language may have changed too: every document's findings in it
        diagnostics.republish();
    }

    /** The check levels apply when a document is checked: check every document again. */
    async function revalidateAll(): Promise<void> {
        await shared.workspace.WorkspaceLock.write(async token => {
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            for (const document of documents) {
                if (document.state >= DocumentState.Validated) {
                    shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
                }
            }
            await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    }
}

/** Whether a changed file is a project file. */
export function isProjectFile(uri: string): boolean {
    return UriUtils.basename(URI.parse(uri)) === PROJECT_FILE;
}
