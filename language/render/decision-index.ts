import type { DecisionCitationModel, DecisionModel } from '../model/workspace-model.js';
import { anchorAt } from './anchors.js';
import { interpretationMark } from './fidelity.js';
import { actorName, formatDate, hrefTo, src, type RenderContext } from './context.js';
import { anchorId, externalLink, html, join, textWithLinks, trusted, type Html } from './html.js';

export function decisionAnchor(id: string): string {
    return anchorId('decision', id.replace('/', '-'));
}

function elementWords(ctx: RenderContext, citation: DecisionCitationModel): string {
    const type = ctx.labels.elementTypes[citation.element.type] ?? citation.element.type;
    const name = citation.element.title || citation.element.id;
    const { open, close } = ctx.labels.quotes;
    return name ? `${type} ${open}${name}${close}` : type;
}

function backlink(ctx: RenderContext, decision: DecisionModel, citation: DecisionCitationModel): Html {
    const strategy =
        citation.strategy !== undefined
            ? ctx.model.strategies.find(s => s.id === citation.strategy)
            : undefined;
    const label = elementWords(ctx, citation);
    const href = strategy ? hrefTo(ctx, strategy.id, anchorAt(strategy, citation.source)) : undefined;
    const target =
        href !== undefined && ctx.mode === 'site'
            ? html`<a href="${href}">${label}</a>`
            : ctx.mode === 'preview'
              ? html`<button type="button" class="source-link"${src(ctx, citation.source)}>${label}</button>`
              : html`<span>${label}</span>`;
    // the number as written when it is neither the identity nor the declared form (`27/2014`, `2022/7`)
    const written =
        citation.written !== decision.id && citation.written !== (decision.number ?? decision.id)
            ? html` <span class="meta">(${ctx.labels.citedAs} ${citation.written})</span>`
            : '';
    const items = citation.items
        ? html` <span class="meta">(${ctx.labels.items(citation.items)})</span>`
        : '';
    const others = citation.amongOthers
        ? html` <span class="among-others">(${ctx.labels.amongOthers})</span>`
        : '';
    return html`<li class="backlink"><span class="citation-kind">${ctx.labels.citationKinds[citation.kind]}</span> ${target}${interpretationMark(ctx, citation.element)}${items}${written}${others}</li>`;
}

/** Every place that cites the decision, grouped by strategy. */
export function backlinks(ctx: RenderContext, decision: DecisionModel): Html {
    if (decision.citations.length === 0) {
        return html`<p class="empty">${ctx.labels.notCited}</p>`;
    }
    const groups = new Map<string, DecisionCitationModel[]>();
    for (const c of decision.citations) {
        const key = c.strategy ?? '';
        groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const items = [...groups].map(([strategyId, citations]) => {
        const strategy = ctx.model.strategies.find(s => s.id === strategyId);
        const name = strategy ? strategy.title || strategy.id : strategyId || ctx.labels.outsideStrategy;
        const href = strategy ? hrefTo(ctx, strategy.id) : undefined;
        const heading =
            href !== undefined && ctx.mode === 'site' ? html`<a href="${href}">${name}</a>` : html`${name}`;
        return html`<li class="backlink-group"><span class="strategy-name">${heading}</span><ul class="backlinks">${join(citations.map(c => backlink(ctx, decision, c)))}</ul></li>`;
    });
    return html`<ul class="backlink-groups">${join(items)}</ul>`;
}

/** A link to another decision of the index, with its date when the index knows it. */
function decisionLink(ctx: RenderContext, id: string): Html {
    const other = ctx.model.decisions.find(d => d.id === id);
    const date = other?.date ? ` (${formatDate(ctx, other.date)})` : '';
    return html`<a href="#${decisionAnchor(id)}">${ctx.labels.decision} ${other?.number ?? id}</a>${date}`;
}

/** "amended by …", "items 2 and 3 repealed by …", "repeals decision …": the chain of changes. */
function changeChain(ctx: RenderContext, d: DecisionModel): Html {
    const labels = ctx.labels;
    const lines = [
        ...(d.changedBy ?? []).map(change => {
            const items = change.items ? `${labels.items(change.items)} ` : '';
            const what = change.kind === 'amends' ? labels.amendedBy : labels.repealedBy;
            return html`<li class="change change-${change.kind}">${items}${what} ${decisionLink(ctx, change.decision)}</li>`;
        }),
        ...(d.changes ?? []).map(change => {
            const items = change.items ? ` (${labels.items(change.items)})` : '';
            const what = change.kind === 'amends' ? labels.amends : labels.repeals;
            return html`<li class="change change-own">${what} ${decisionLink(ctx, change.decision)}${items}</li>`;
        })
    ];
    return lines.length > 0 ? html`<ul class="decision-changes">${join(lines)}</ul>` : html``;
}

function decisionRow(ctx: RenderContext, d: DecisionModel): Html {
    const body = actorName(ctx, d.body);
    const meta = [
        body ? `${body}` : '',
        d.session !== undefined ? `${ctx.labels.session} ${d.session}` : '',
        d.date ? formatDate(ctx, d.date) : '',
        d.declared ? ctx.labels.decisionStatus[d.status] : ''
    ].filter(Boolean);
    const title = d.title
        ? html`<span class="decision-title">${d.title}</span>`
        : html`<span class="decision-title is-missing">${ctx.labels.noTitle}</span>`;
    const search = [d.number ?? d.id, d.id, d.title ?? '', body ?? '', d.summary ?? '']
        .join(' ')
        .toLowerCase();
    return html`<tr id="${decisionAnchor(d.id)}" class="decision status-${d.status}" data-citations="${d.citations.length}" data-year="${d.id.slice(0, 4)}" data-body="${d.body ?? ''}" data-search="${search}"${src(ctx, d.declared)}>
<th scope="row" class="decision-number">${d.number ?? d.id}</th>
<td class="decision-main">${title}${meta.length > 0 ? html`<p class="meta">${meta.join(' · ')}</p>` : ''}${d.summary ? html`<p class="summary">${textWithLinks(d.summary)}</p>` : ''}${changeChain(ctx, d)}${d.url ? html`<p class="meta">${externalLink(d.url, ctx.labels.decisionPage + ': ' + d.url)}</p>` : ''}</td>
<td class="num decision-count"><span class="visually-hidden">${ctx.labels.citedTimes(d.citations.length)}</span><span aria-hidden="true">${d.citations.length}</span></td>
<td class="decision-citations">${backlinks(ctx, d)}</td>
</tr>`;
}

function decisionTable(ctx: RenderContext, decisions: DecisionModel[], caption: string, id: string): Html {
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}"><table class="decisions"><caption id="${id}">${caption}</caption>
<thead><tr><th scope="col" class="col-number">${ctx.labels.decision}</th><th scope="col">${ctx.labels.title}</th><th scope="col" class="num col-count">${ctx.labels.citations}</th><th scope="col">${ctx.labels.citedIn}</th></tr></thead>
<tbody>${join(decisions.map(d => decisionRow(ctx, d)))}</tbody></table></div>`;
}

/**
 * The decision index: the declared decisions with every place citing them, then the cited decisions
 * that no catalogue declares. `headingLevel` is that of the index's own heading.
 */
export function renderDecisionIndex(
    ctx: RenderContext,
    decisions: readonly DecisionModel[],
    options: { headingLevel?: 1 | 2; title?: string; undeclared?: boolean } = {}
): Html {
    const level = options.headingLevel ?? 2;
    const h = (n: number, id: string, text: string) =>
        html`${trusted(`<h${n} id="`)}${id}${trusted('">')}${text}${trusted(`</h${n}>`)}`;
    const declared = decisions.filter(d => d.declared);
    const undeclared = decisions.filter(d => !d.declared && d.citations.length > 0);
    const citations = decisions.reduce((n, d) => n + d.citations.length, 0);
    const summary = html`<p class="lead">${ctx.labels.decisionIndexSummary(declared.length, citations, undeclared.length)}</p>`;
    const main =
        declared.length > 0
            ? decisionTable(ctx, declared, ctx.labels.decisions, 'decisions-declared')
            : html`<p class="empty">${ctx.labels.noDecisionsAtAll}</p>`;
    const missing = html`<section class="view view-undeclared" aria-labelledby="decisions-undeclared-heading">${h(level + 1, 'decisions-undeclared-heading', ctx.labels.undeclared)}<p>${undeclared.length > 0 ? ctx.labels.undeclaredHint : ctx.labels.noUndeclared}</p>${undeclared.length > 0 ? decisionTable(ctx, undeclared, ctx.labels.undeclared, 'decisions-undeclared') : ''}</section>`;
    return html`<section class="view view-decisions" aria-labelledby="decisions-heading">${h(level, 'decisions-heading', options.title ?? ctx.labels.decisionIndex)}${summary}${main}</section>${options.undeclared === false ? '' : missing}`;
}
