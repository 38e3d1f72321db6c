import type { Citing, StrategyModel } from '../model/workspace-model.js';
import { decisionTitle, src, type RenderContext } from './context.js';
import { html, join, relativeHref, type Html } from './html.js';
import { decisionAnchor } from './decision-index.js';
import { documentLink, locatorText, passageMark, passageNumbers } from './fidelity.js';

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

/** What a citation adds to its target: "among others" and the number of the passage it marks. */
function citationNotes(
    ctx: RenderContext,
    amongOthers: boolean | undefined,
    passage: number | undefined
): Html {
    return html`${amongOthers ? html` <span class="among-others">(${ctx.labels.amongOthers})</span>` : ''}${passage !== undefined ? html` ${passageMark(ctx, passage)}` : ''}`;
}

/** The decisions and documents an element cites: kind in words, number or title (linked), notes. */
export function citationList(ctx: RenderContext, element: Citing, strategy?: StrategyModel): Html {
    const documents = element.documentCitations ?? [];
    if (element.citations.length === 0 && documents.length === 0) {
        return html``;
    }
    const passages = passageNumbers(element);
    const items = element.citations.map(c => {
        const title = decisionTitle(ctx, c.decision);
        const noTitle = !ctx.decisions.get(c.decision)?.title;
        return html`<li class="citation"${src(ctx, c.source)}><span class="citation-kind">${ctx.labels.citationKinds[c.kind]}</span> ${decisionLink(ctx, c.decision, `${ctx.labels.decision} ${c.decision}`)}<span class="decision-title${noTitle ? ' is-missing' : ''}"> – ${title}</span>${citationNotes(ctx, c.amongOthers, passages.get(c))}</li>`;
    });
    const documentItems = documents.map(
        d =>
            html`<li class="citation document-citation"${src(ctx, d.source)}><span class="citation-kind">${ctx.labels.citationKinds[d.kind]}</span> ${strategy ? documentLink(ctx, strategy, d.document) : (ctx.sources.get(d.document)?.title ?? d.document)}${locatorText(ctx, d)}${citationNotes(ctx, d.amongOthers, passages.get(d))}</li>`
    );
    return html`<ul class="citations">${join([...items, ...documentItems])}</ul>`;
}

/** The cited decisions and documents as a labelled block, or nothing. */
export function citationBlock(ctx: RenderContext, element: Citing, strategy?: StrategyModel): Html {
    if (element.citations.length === 0 && (element.documentCitations ?? []).length === 0) {
        return html``;
    }
    const title = element.citations.length === 0 ? ctx.labels.documentsCited : ctx.labels.decisionsCited;
    return html`<div class="block block-citations"><p class="block-title">${title}</p>${citationList(ctx, element, strategy)}</div>`;
}
