import type { CitationModel } from '../model/workspace-model.js';
import { decisionTitle, src, type RenderContext } from './context.js';
import { html, join, relativeHref, type Html } from './html.js';
import { decisionAnchor } from './decision-index.js';

/** A link to a decision's entry in the decision index (site) or its declaration (preview). */
export function decisionLink(ctx: RenderContext, id: string, label: string): Html {
    if (ctx.decisionsPage !== undefined) {
        const href =
            ctx.page === ctx.decisionsPage
                ? `#${encodeURIComponent(decisionAnchor(id))}`
                : relativeHref(ctx.page, ctx.decisionsPage, decisionAnchor(id));
        return html`<a href="${href}">${label}</a>`;
    }
    const declared = ctx.decisions.get(id)?.declared;
    if (ctx.mode === 'preview' && declared) {
        return html`<button type="button" class="source-link"${src(ctx, declared)}>${label}</button>`;
    }
    return html`<span>${label}</span>`;
}

/** The decisions an element cites: kind in words, number (linked) and title. */
export function citationList(ctx: RenderContext, citations: readonly CitationModel[]): Html {
    if (citations.length === 0) {
        return html``;
    }
    const items = citations.map(c => {
        const title = decisionTitle(ctx, c.decision);
        const noTitle = !ctx.decisions.get(c.decision)?.title;
        return html`<li class="citation"${src(ctx, c.source)}><span class="citation-kind">${ctx.labels.citationKinds[c.kind]}</span> ${decisionLink(ctx, c.decision, `${ctx.labels.decision} ${c.decision}`)}<span class="decision-title${noTitle ? ' is-missing' : ''}"> – ${title}</span></li>`;
    });
    return html`<ul class="citations">${join(items)}</ul>`;
}

/** The cited decisions as a labelled block, or nothing. */
export function citationBlock(ctx: RenderContext, citations: readonly CitationModel[]): Html {
    if (citations.length === 0) {
        return html``;
    }
    return html`<div class="block block-citations"><p class="block-title">${ctx.labels.decisionsCited}</p>${citationList(ctx, citations)}</div>`;
}
