import type { ImportedChange, ImportedDecision } from './read-announcement.js';

export interface DeclarationOptions {
    /** The body the decisions are taken by (`by ITPLR`), if known. */
    body?: string;
    /** Where the facts come from: the page's address or the announcement. */
    source?: string;
    /** The page's own address (a decision page names it). */
    url?: string;
}

/** The `.strat` declarations of imported decisions (not yet formatted). */
export function declarationsOf(decisions: readonly ImportedDecision[], options: DeclarationOptions): string {
    return decisions.map(decision => declaration(decision, options)).join('\n');
}

function declaration(decision: ImportedDecision, options: DeclarationOptions): string {
    const lines: string[] = [];
    if (decision.circulation) {
        lines.push('// Taken by circulation (Umlaufverfahren), not in a session.');
    }
    lines.push(`decision ${decision.number}${options.body ? ` by ${options.body}` : ''} {`);
    if (decision.title) {
        lines.push(`title ${quoted(decision.title)}`);
    }
    if (decision.session !== undefined) {
        lines.push(`session ${decision.session}`);
    }
    if (decision.date) {
        lines.push(`date ${decision.date}`);
    }
    if (options.url) {
        lines.push(`url ${quoted(options.url)}`);
    }
    if (options.source && options.source !== options.url) {
        lines.push(`source ${quoted(options.source)}`);
    }
    if (decision.amends.length > 0) {
        lines.push(`amends ${decision.amends.map(changeText).join(', ')}`);
    }
    if (decision.repeals.length > 0) {
        lines.push(`repeals ${decision.repeals.map(changeText).join(', ')}`);
    }
    if (decision.items.length > 0) {
        lines.push('items {', ...decision.items.map(item => `${item.number} ${quoted(item.text)}`), '}');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

function changeText(change: ImportedChange): string {
    if (change.items.length === 0) {
        return change.decision;
    }
    const items = change.items;
    const list = items.length === 1 ? `${items[0]}` : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
    return `${change.decision} ${items.length === 1 ? 'item' : 'items'} ${list}`;
}

/** A string literal of the language: backslash and quote escaped. */
export function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
