/**
 * HTML building blocks: every value interpolated into the `html` template is escaped unless it is
 * already `Html`, so text from a document can only ever become text. Attribute values must be
 * written in double quotes in the templates (they are escaped the same way).
 */

export class Html {
    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;'
};

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"'`]/g, c => ESCAPES[c]);
}

function render(part: Part): string {
    if (part === null || part === undefined || part === false || part === true) {
        return '';
    }
    if (part instanceof Html) {
        return part.value;
    }
    if (Array.isArray(part)) {
        return part.map(render).join('');
    }
    return escapeHtml(String(part));
}

/** Template tag: the literal parts are markup, the interpolated values are escaped. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
    let out = strings[0];
    for (let i = 0; i < values.length; i++) {
        out += render(values[i]) + strings[i + 1];
    }
    return new Html(out);
}

/** Trusted markup written by the renderer itself (never text from a document). */
export function trusted(markup: string): Html {
    return new Html(markup);
}

export function join(parts: readonly Part[], separator: Part = ''): Html {
    const sep = render(separator);
    return new Html(
        parts
            .map(render)
            .filter(p => p !== '')
            .join(sep)
    );
}

export function toHtml(part: Part): string {
    return render(part);
}

/** Whether a URL may become a link: absolute `http:`, `https:` or `mailto:` URLs only. */
export function safeHref(url: string | undefined): string | undefined {
    if (!url) {
        return undefined;
    }
    const trimmed = url.trim();
    // no control characters or whitespace inside, which browsers would strip before parsing
    if (/[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) {
        return undefined;
    }
    let parsed: URL;
    try {
        parsed = new URL(trimmed);
    } catch {
        return undefined;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') {
        return undefined;
    }
    if (!/^(https?|mailto):/i.test(trimmed)) {
        return undefined;
    }
    return parsed.href;
}

/** A link when the URL is safe, otherwise the URL (or the label) as plain text. */
export function externalLink(url: string, label?: string): Html {
    const href = safeHref(url);
    if (!href) {
        return html`<span class="url">${label ?? url}</span>`;
    }
    return html`<a class="external" href="${href}" rel="noopener noreferrer">${label ?? url}</a>`;
}

const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>"'„“”‚‘’«»]+/gi;

/** Text with its http(s) and mailto URLs as links; everything else escaped. */
export function textWithLinks(text: string): Html {
    const parts: Part[] = [];
    let last = 0;
    for (const match of text.matchAll(URL_IN_TEXT)) {
        let url = match[0];
        // trailing punctuation belongs to the sentence
        const trailing = /[.,;:!?)\]]+$/.exec(url);
        if (trailing) {
            url = url.slice(0, -trailing[0].length);
        }
        const start = match.index ?? 0;
        parts.push(text.slice(last, start), externalLink(url));
        last = start + url.length;
    }
    parts.push(text.slice(last));
    return join(parts);
}

/** Paragraphs of text, each with its links. */
export function paragraphs(texts: readonly string[], className = 'text'): Html {
    return join(texts.map(t => html`<p class="${className}">${textWithLinks(t)}</p>`));
}

/** A colour from a document, when it is a plain CSS colour (hex or a colour name); otherwise undefined. */
export function safeColor(color: string | undefined): string | undefined {
    if (!color) {
        return undefined;
    }
    const c = color.trim();
    return /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c) || /^[a-z]{3,20}$/i.test(c)
        ? c
        : undefined;
}

/** A value usable as (part of) an id attribute and URL fragment. */
export function anchorId(...parts: string[]): string {
    return parts.map(p => p.replace(/[^\p{L}\p{N}_-]+/gu, '_')).join('--');
}

/** Relative href from one page of the site to another (paths with '/'). */
export function relativeHref(from: string, to: string, fragment?: string): string {
    const fromParts = from.split('/').slice(0, -1);
    const toParts = to.split('/');
    let common = 0;
    while (
        common < fromParts.length &&
        common < toParts.length - 1 &&
        fromParts[common] === toParts[common]
    ) {
        common++;
    }
    const up = fromParts.slice(common).map(() => '..');
    const path = [...up, ...toParts.slice(common)].map(encodeURIComponent).join('/');
    if (from === to && fragment) {
        return '#' + encodeURIComponent(fragment);
    }
    return path + (fragment ? '#' + encodeURIComponent(fragment) : '');
}
