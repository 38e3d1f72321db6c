import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The text of a saved page and the address it names as its own (`<link rel="canonical">`, `og:url`). */
export interface PageText {
    text: string;
    url?: string;
}

const BLOCKS = new Set([
    'address',
    'article',
    'aside',
    'blockquote',
    'br',
    'dd',
    'div',
    'dl',
    'dt',
    'figcaption',
    'footer',
    'form',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'hr',
    'li',
    'main',
    'nav',
    'ol',
    'p',
    'pre',
    'section',
    'table',
    'td',
    'th',
    'tr',
    'ul'
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'footer']);

/** Whether a file's content is HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
    return /^\s*(<!doctype html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>])/i.test(content);
}

/**
 * The readable text of an HTML page, one block per line: entities decoded and markup dropped by a
 * real HTML parser (parse5); the items of a numbered list (`<ol>`) get their numbers (`1.`), as
 * the council's pages show them.
 */
export function htmlToText(html: string): PageText {
    const document = parse(html);
    const lines: string[] = [''];
    let url: string | undefined;
    const newline = () => {
        if (lines[lines.length - 1].trim() !== '') {
            lines.push('');
        }
    };
    const visit = (node: Node): void => {
        if (node.nodeName === '#text') {
            lines[lines.length - 1] += (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
            return;
        }
        if (!('childNodes' in node)) {
            return;
        }
        const element = node as Element;
        const tag = element.tagName;
        if (tag === 'link' || tag === 'meta') {
            url ??= ownAddress(element);
        }
        if (tag && SKIPPED.has(tag)) {
            if (tag === 'head') {
                element.childNodes.forEach(child => {
                    if ('tagName' in child) {
                        url ??= ownAddress(child as Element);
                    }
                });
            }
            return;
        }
        const block = tag !== undefined && BLOCKS.has(tag);
        if (block) {
            newline();
        }
        if (tag === 'ol') {
            let number = Number(attribute(element, 'start') ?? '1') || 1;
            for (const child of element.childNodes) {
                if ((child as Element).tagName === 'li') {
                    newline();
                    lines[lines.length - 1] += `${number++}. `;
                }
                visit(child);
            }
        } else {
            const children = tag === 'template' ? [] : element.childNodes;
            children.forEach(visit);
        }
        if (block) {
            newline();
        }
    };
    visit(document);
    const text = lines
        .map(line => line.replace(/\u00a0/g, ' ').trim())
        .filter(line => line !== '')
        .join('\n');
    return { text, url };
}

function attribute(element: Element, name: string): string | undefined {
    return element.attrs?.find(a => a.name === name)?.value;
}

function ownAddress(element: Element): string | undefined {
    if (element.tagName === 'link' && attribute(element, 'rel')?.toLowerCase() === 'canonical') {
        return attribute(element, 'href');
    }
    if (element.tagName === 'meta' && attribute(element, 'property') === 'og:url') {
        return attribute(element, 'content');
    }
    return undefined;
}
