import type { Locale } from '../i18n/locale.js';
import { html, trusted, type Html } from './html.js';
import { STYLES } from './styles.js';

export interface PageOptions {
    locale: Locale;
    title: string;
    /** Nonce of the page's one <style> and (optional) one <script>. */
    nonce: string;
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

/** The Content-Security-Policy of a page: nothing but the nonce'd style and script, and data: images. */
export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
    const extra = cleanSource(cspSource);
    const plus = extra ? ` ${extra}` : '';
    return [
        `default-src 'none'`,
        `style-src 'nonce-${nonce}'${plus}`,
        `script-src 'nonce-${nonce}'`,
        `img-src data:${plus}`,
        ...(extra ? [`font-src ${extra}`] : []),
        `base-uri 'none'`,
        `form-action 'none'`
    ].join('; ');
}

/** A complete HTML document with a strict CSP, inline styles in one nonce'd element, no remote resources. */
export function renderPage(options: PageOptions): string {
    const nonce = checkNonce(options.nonce);
    const script = options.script
        ? trusted(`<script nonce="${nonce}">${options.script.replace(/<\/(script)/gi, '<\\/$1')}</script>`)
        : '';
    const data = Object.entries(options.bodyData ?? {}).map(
        ([k, v]) => html` data-${k.replace(/[^a-z-]/g, '')}="${v}"`
    );
    return html`<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce, options.cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="strat">
<title>${options.title}</title>
<style nonce="${nonce}">${trusted(STYLES)}</style>
</head>
<body class="${options.bodyClass ?? ''}"${data}>
${options.body}
${script}
</body>
</html>
`.value;
}
