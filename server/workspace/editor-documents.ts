import { DefaultLangiumDocuments, type Cancellation, type LangiumDocument, type URI } from 'langium';
import { contentModified } from './stale-documents.js';

/**
 * The documents of the language server. A request names its document by URI and, once the state it
 * needs is reached, asks for it here; a document that was only in the editor and has been closed in
 * the meantime is gone from the workspace and not on disk either, so reading it failed with the
 * file system's error (ENOENT) as an internal error. Such a request is answered as outdated instead.
 */
export class EditorDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(
        uri: URI,
        cancellationToken?: Cancellation.CancellationToken
    ): Promise<LangiumDocument> {
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (isMissingFile(error)) {
                // the file system's error stays at hand for the workspace manager (a broken link)
                throw Object.assign(contentModified(), { cause: error });
            }
            throw error;
        }
    }
}

function isMissingFile(error: unknown): boolean {
    const code = (error as { code?: unknown } | undefined)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
