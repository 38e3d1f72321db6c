import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * When the editor closes a document, the text it had there stops counting: the file on disk counts
 * again (an unsaved change was thrown away), and a file that exists only in the editor leaves the
 * workspace. Langium's own handler ignores the closing, so the server went on checking the closed
 * editor text and showed its findings, also in other files.
 */
export class StratDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        let onDisk: boolean;
        try {
            onDisk = this.fileSystem.existsSync(uri);
        } catch {
            onDisk = false;
        }
        this.fireDocumentUpdate(onDisk ? [uri] : [], onDisk ? [] : [uri]);
    }
}
