import { sha256 } from '@noble/hashes/sha2.js';
import type { Locale } from '../i18n/locale.js';
import { html, trusted, type Html } from './html.js';
import { STYLES } from './styles.js';

export interface PageOptions {
    locale: Locale;
    title: string;
    /**
     * Nonce of the page's one <style> and (optional) one <script>, for a webview that needs one. Without
     * it the CSP allows the style and the script by their SHA-256 hashes: the same input gives the same
     * bytes, so a committed site changes only where the content does.
     */
    nonce?: string;
    /** The webview's own source, allowed for styles, images and fonts. */
    cspSource?: string;
    body: Html;
    /** Trusted script text (written by the renderer, never from a document). */
    script?: string;
    bodyClass?: string;
    /** Extra attributes of <body> (escaped). */
    bodyData?: Record<string, string>;
}

/** Letters a nonce may use (base64 and base64url). */
export function checkNonce(nonce: string): string {
    if (!/^[A-Za-z0-9+/_=-]{8,}$/.test(nonce)) {
        throw new Error('The nonce must be at least 8 characters of base64.');
    }
    return nonce;
}

/** A webview's CSP source, reduced to what a source expression may hold (no `;`, quotes or spaces). */
function cleanSource(source: string | undefined): string {
    if (!source) {
        return '';
    }
    return source
        .split(/\s+/)
        .filter(s => /^[A-Za-z0-9*:/.+_%-]+$/.test(s) && !s.startsWith("'"))
        .join(' ');
}

/** How the CSP allows the page's own style and script: by nonce, or by the SHA-256 hash of each. */
export type InlineAllowance = { nonce: string } | { styleHashes: string[]; scriptHashes: string[] };

/** The CSP source expression of an inline element's text: `'sha256-…'`. */
export function sha256Source(text: string): string {
    return `'sha256-${base64(sha256(new TextEncoder().encode(text)))}'`;
}

function base64(bytes: Uint8Array): string {
    let binary = '';
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return btoa(binary);
}

/** The Content-Security-Policy of a page: nothing but its own style and script, and data: images. */
export function contentSecurityPolicy(allow: string | InlineAllowance, cspSource?: string): string {
    const allowance = typeof allow === 'string' ? { nonce: allow } : allow;
    const [styles, scripts] =
        'nonce' in allowance
            ? [`'nonce-${allowance.nonce}'`, `'nonce-${allowance.nonce}'`]
            : [allowance.styleHashes.join(' ') || "'none'", allowance.scriptHashes.join(' ') || "'none'"];
    const extra = cleanSource(cspSource);
    const plus = extra ? ` ${extra}` : '';
    return [
        `default-src 'none'`,
        `style-src ${styles}${plus}`,
        `script-src ${scripts}`,
        `img-src data:${plus}`,
        ...(extra ? [`font-src ${extra}`] : []),
        `base-uri 'none'`,
        `form-action 'none'`
    ].join('; ');
}

/**
 * A complete HTML document with a strict CSP, inline styles in one element, no remote resources. The
 * style and the script are allowed by the nonce when one is given, else by their hashes.
 */
export function renderPage(options: PageOptions): string {
    const scriptText = options.script?.replace(/<\/(script)/gi, '<\\/$1');
    const nonce = options.nonce === undefined ? undefined : checkNonce(options.nonce);
    const allowance: InlineAllowance = nonce
        ? { nonce }
        : { styleHashes: [sha256Source(STYLES)], scriptHashes: scriptText ? [sha256Source(scriptText)] : [] };
    const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
    const script = scriptText ? trusted(`<script${nonceAttribute}>${scriptText}</script>`) : '';
    const data = Object.entries(options.bodyData ?? {}).map(
        ([k, v]) => html` data-${k.replace(/[^a-z-]/g, '')}="${v}"`
    );
    return html`<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(allowance, options.cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="strat">
<title>${options.title}</title>
<style${trusted(nonceAttribute)}>${trusted(STYLES)}</style>
</head>
<body class="${options.bodyClass ?? ''}"${data}>
${options.body}
${script}
</body>
</html>
`.value;
}
