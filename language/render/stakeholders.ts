import type { StrategyModel } from '../model/workspace-model.js';
import { linkMark, markedParagraphs, markedTitle, provenanceLine } from './fidelity.js';
import { anchor, src, type RenderContext } from './context.js';
import { quoteBlock } from './evidence.js';
import { citationBlock } from './citations.js';
import { html, join, paragraphs, type Html } from './html.js';

/** Stakeholders with their needs, each traced to the cornerstones that answer it; then the cornerstones. */
export function renderStakeholders(ctx: RenderContext, strategy: StrategyModel): Html {
    if (strategy.stakeholders.length === 0 && strategy.cornerstones.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'stakeholders');
    const cornerstoneLink = (cid: string) => {
        const c = strategy.cornerstones.find(x => x.id === cid);
        return html`<a href="#${anchor(strategy.id, 'cornerstone', cid)}">${c ? c.title || c.id : cid}</a>`;
    };
    const needLink = (qualified: string) => {
        const owner = strategy.stakeholders.find(s => s.needs.some(n => n.qualifiedId === qualified));
        const need = owner?.needs.find(n => n.qualifiedId === qualified);
        return owner && need
            ? html`<a href="#${anchor(strategy.id, 'need', owner.id, need.id)}">${need.title || need.id}</a>`
            : html`<span class="unresolved">${qualified}</span>`;
    };
    const stakeholders = strategy.stakeholders.map(s => {
        const sid = anchor(strategy.id, 'stakeholder', s.id);
        const needs = s.needs.map(n => {
            const answered =
                n.answeredBy.length > 0
                    ? html`<p class="trace"><span class="trace-label">${ctx.labels.answeredBy}:</span> ${join(n.answeredBy.map(cornerstoneLink), ', ')}</p>`
                    : html`<p class="trace is-open"><span class="trace-label">${ctx.labels.answeredBy}:</span> ${ctx.labels.notAnswered}</p>`;
            return html`<li class="need" id="${anchor(strategy.id, 'need', s.id, n.id)}"${src(ctx, n.source)}><p class="need-title">${markedTitle(ctx, n)}</p>${provenanceLine(ctx, strategy, n)}${markedParagraphs(ctx, n.texts, n)}${quoteBlock(ctx, strategy, n.quotes)}${answered}${citationBlock(ctx, n, strategy)}</li>`;
        });
        const texts =
            s.texts.length > 0
                ? html`<details class="texts"><summary>${ctx.labels.description}</summary>${paragraphs(s.texts)}</details>`
                : '';
        return html`<article class="card stakeholder" id="${sid}"${src(ctx, s.source)} aria-labelledby="${sid}-title"><h3 id="${sid}-title">${markedTitle(ctx, s)}</h3>${provenanceLine(ctx, strategy, s)}${texts}${needs.length > 0 ? html`<p class="block-title">${ctx.labels.needs}</p><ul class="needs">${join(needs)}</ul>` : ''}${citationBlock(ctx, s, strategy)}</article>`;
    });
    const cornerstones = strategy.cornerstones.map(c => {
        const cid = anchor(strategy.id, 'cornerstone', c.id);
        const answers =
            c.answers.length > 0
                ? html`<p class="trace"><span class="trace-label">${ctx.labels.answers}:</span> ${join(c.answers.map(needLink), ', ')}${linkMark(ctx, c, 'answers')}</p>`
                : c.answersNone
                  ? html`<p class="trace none-stated"><span class="trace-label">${ctx.labels.answers}:</span> ${ctx.labels.noNeedStated}</p>`
                  : '';
        return html`<li class="cornerstone" id="${cid}"${src(ctx, c.source)}><h4>${markedTitle(ctx, c)}</h4>${provenanceLine(ctx, strategy, c)}${markedParagraphs(ctx, c.texts, c)}${answers}${citationBlock(ctx, c, strategy)}</li>`;
    });
    const cornerstoneId = anchor(strategy.id, 'cornerstones');
    const cornerstoneSection =
        cornerstones.length > 0
            ? html`<div class="subview" aria-labelledby="${cornerstoneId}" role="group"><h3 id="${cornerstoneId}">${ctx.labels.cornerstones}</h3><ul class="cornerstones">${join(cornerstones)}</ul></div>`
            : '';
    return html`<section class="view view-stakeholders" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.stakeholders}</h2><div class="cards">${join(stakeholders)}</div>${cornerstoneSection}</section>`;
}
