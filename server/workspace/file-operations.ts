import type { FileOperationHandler, LangiumSharedServices } from 'langium/lsp';
import {
    FileChangeType,
    type CreateFilesParams,
    type DeleteFilesParams,
    type FileEvent,
    type FileOperationOptions,
    type FileOperationRegistrationOptions,
    type RenameFilesParams
} from 'vscode-languageserver';

/** The files and folders whose creation, renaming or deletion the editor tells the server of. */
const FILTERS: FileOperationRegistrationOptions['filters'] = [
    { pattern: { glob: '**/*.strat', matches: 'file' } },
    { pattern: { glob: '**/strat.json', matches: 'file' } },
    { pattern: { glob: '**/*', matches: 'folder' } }
];

/**
 * Files created, renamed or deleted in the editor (the explorer, a refactoring), told to the server
 * as soon as they happen and handled as a file watcher's events: a deleted file (or every file of a
 * deleted folder) leaves the workspace with its findings and the references to it, a renamed one is
 * checked under its new name, and a changed project file is read again. A browser workbench may have
 * no file watcher for a repository opened there; the editor's own operations are always reported.
 */
export class StratFileOperationHandler implements FileOperationHandler {
    readonly fileOperationOptions: FileOperationOptions = {
        didCreate: { filters: FILTERS },
        didRename: { filters: FILTERS },
        didDelete: { filters: FILTERS }
    };

    constructor(private readonly services: LangiumSharedServices) {}

    didCreateFiles(params: CreateFilesParams): void {
        this.changed(params.files.map(file => ({ uri: file.uri, type: FileChangeType.Created })));
    }

    didRenameFiles(params: RenameFilesParams): void {
        this.changed(
            params.files.flatMap(file => [
                { uri: file.oldUri, type: FileChangeType.Deleted },
                { uri: file.newUri, type: FileChangeType.Created }
            ])
        );
    }

    didDeleteFiles(params: DeleteFilesParams): void {
        this.changed(params.files.map(file => ({ uri: file.uri, type: FileChangeType.Deleted })));
    }

    private changed(changes: FileEvent[]): void {
        this.services.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({ changes });
    }
}
