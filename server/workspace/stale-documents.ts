import type { LangiumDocument, TextDocumentProvider } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * The text the editor has now: the open document's, else the one the document was read with.
 */
export function currentText(
    document: LangiumDocument,
    textDocuments: TextDocumentProvider | undefined
): string {
    return textDocuments?.get(document.uri.toString())?.getText() ?? document.textDocument.getText();
}

/**
 * Whether a document's syntax tree was parsed from another text than the one the editor has now. A
 * request that arrives while a build is still running is served at once with the document as it was
 * (Langium's reads do not wait for the rebuild after a change), so ranges computed from it belong to
 * an older text: edits made from them land in the wrong places.
 */
export function isStale(document: LangiumDocument, textDocuments: TextDocumentProvider | undefined): boolean {
    const parsed = document.parseResult?.value?.$cstNode?.root.fullText;
    return parsed !== undefined && parsed !== currentText(document, textDocuments);
}

/** The answer to a request whose result would rest on a stale tree: the client asks again. */
export function contentModified(): ResponseError<void> {
    return new ResponseError(
        LSPErrorCodes.ContentModified,
        'the document changed while the request was on its way; ask again'
    );
}
