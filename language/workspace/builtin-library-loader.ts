import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import { BUILTIN_LIBRARY, BUILTIN_LIBRARY_URI } from '../builtin/library.js';

/** Provides the built-in library document (default scales), which every workspace sees. */
export class BuiltinLibraryLoader {
    private readonly shared: LangiumSharedCoreServices;

    constructor(services: StratServices) {
        this.shared = services.shared;
    }

    readonly uri = URI.parse(BUILTIN_LIBRARY_URI);

    /** The library document, created and registered on first use. */
    document(): LangiumDocument {
        const documents = this.shared.workspace.LangiumDocuments;
        const existing = documents.getDocument(this.uri);
        if (existing) {
            return existing;
        }
        const document = this.shared.workspace.LangiumDocumentFactory.fromString(BUILTIN_LIBRARY, this.uri);
        documents.addDocument(document);
        return document;
    }
}
