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
