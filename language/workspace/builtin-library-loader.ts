import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { BUILTIN_LIBRARY, BUILTIN_LIBRARY_URI } from '../builtin/library.js';

/**
 * The built-in library document (default scales), parsed by the language's own parser like any
 * file. The document builder adds it to every build; a model built from the workspace's documents
 * (`LangiumDocuments.all`) so contains its scales.
 */
export class BuiltinLibraryLoader {
    private readonly workspace: LangiumSharedCoreServices['workspace'];

    constructor(services: LangiumSharedCoreServices) {
        this.workspace = services.workspace;
    }

    readonly uri = URI.parse(BUILTIN_LIBRARY_URI);

    /** The library document, created and registered on first use. */
    document(): LangiumDocument {
        const documents = this.workspace.LangiumDocuments;
        const existing = documents.getDocument(this.uri);
        if (existing) {
            return existing;
        }
        const document = this.workspace.LangiumDocumentFactory.fromString(BUILTIN_LIBRARY, this.uri);
        documents.addDocument(document);
        return document;
    }
}
