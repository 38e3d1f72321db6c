/** Messages between the extension's preview and the language server (beyond LSP). */

/** Request: the preview HTML of one document, rendered from the server's current model. */
export const PREVIEW_REQUEST = 'strat/preview';

export interface PreviewParams {
    uri: string;
    /** Nonce for the page's inline style and script. */
    nonce: string;
    /** The webview's own source for the Content-Security-Policy. */
    cspSource?: string;
}

export interface PreviewResult {
    html: string;
}

/** Notification: documents were checked again (after an edit anywhere), so previews may be stale. */
export const DID_VALIDATE_NOTIFICATION = 'strat/didValidate';

export interface DidValidateParams {
    uris: string[];
}

/**
 * Request: what changed in a document since an earlier version of its text (the client reads it from
 * git), as a page of the preview: the changes in the words of `strat diff`.
 */
export const COMPARE_REQUEST = 'strat/compare';

export interface CompareParams {
    uri: string;
    /** The document's text in the earlier version. */
    baseText: string;
    /** The earlier version as the user knows it (`HEAD`, a tag, with the commit: `HEAD (3f2a1c9)`). */
    baseName: string;
    nonce: string;
    cspSource?: string;
}

export interface CompareResult {
    html: string;
    /** How many changes the page lists. */
    changes: number;
}
