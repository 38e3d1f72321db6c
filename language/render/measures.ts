import type { MeasureModel, MilestoneModel, StrategyModel } from '../model/workspace-model.js';
import { interpretationMark, linkMark, markedParagraphs, markedTitle, provenanceLine } from './fidelity.js';
import { actorName, anchor, src, time, type RenderContext } from './context.js';
import { timeline } from './anchors.js';
import { citationBlock, citationList } from './citations.js';
import { ratingList } from './assessment.js';
import { quoteBlock, sourceLink } from './evidence.js';
import { goalLink } from './goal-cards.js';
import { html, join, paragraphs, type Html } from './html.js';

/** Milestones as a timeline (an ordered list by date). */
export function milestoneTimeline(
    ctx: RenderContext,
    strategy: StrategyModel,
    milestones: readonly MilestoneModel[],
    owner: string
): Html {
    if (milestones.length === 0) {
        return html`<p class="empty">${ctx.labels.noMilestones}</p>`;
    }
    const items = timeline(milestones).map(({ milestone: m, id: own }) => {
        const id = anchor(strategy.id, 'milestone', owner, own);
        const details =
            m.texts.length > 0
                ? html`<details class="texts"><summary>${ctx.labels.description}</summary>${paragraphs(m.texts)}</details>`
                : '';
        return html`<li class="milestone" id="${id}"${src(ctx, m.source)}><span class="milestone-date">${time(ctx, m.date)}</span><div class="milestone-body"><span class="milestone-title">${markedTitle(ctx, m)}</span>${citationList(ctx, m, strategy)}${details}</div></li>`;
    });
    return html`<ol class="timeline">${join(items)}</ol>`;
}

function statusTag(ctx: RenderContext, status: MeasureModel['status']): Html {
    if (!status) {
        return html`<span class="status-tag status-none">${ctx.labels.noStatus}</span>`;
    }
    return html`<span class="status-tag status-${status}"><span class="visually-hidden">${ctx.labels.implementationStatus}: </span>${ctx.labels.measureStatus[status]}</span>`;
}

function measureCard(ctx: RenderContext, strategy: StrategyModel, measure: MeasureModel): Html {
    const id = anchor(strategy.id, 'measure', measure.id);
    const owners = (measure.owners ?? (measure.owner ? [measure.owner] : [])).map(o => actorName(ctx, o)!);
    const facts: Html[] = [
        html`<div><dt>${ctx.labels.implementationStatus}</dt><dd>${statusTag(ctx, measure.status)}</dd></div>`
    ];
    if (measure.rationale) {
        facts.push(html`<div><dt>${ctx.labels.rationale}</dt><dd>${measure.rationale}</dd></div>`);
    }
    if (owners.length > 0) {
        facts.push(
            html`<div><dt>${ctx.labels.owner}</dt><dd>${owners.join(', ')}${linkMark(ctx, measure, 'owner')}</dd></div>`
        );
    }
    if (measure.partOf) {
        const parent = strategy.measures.find(m => m.id === measure.partOf);
        facts.push(
            html`<div><dt>${ctx.labels.partOfMeasure}</dt><dd>${parent ? html`<a href="#${anchor(strategy.id, 'measure', parent.id)}">${parent.title || parent.id}</a>` : measure.partOf}</dd></div>`
        );
    }
    if (measure.addresses.length > 0) {
        facts.push(
            html`<div><dt>${ctx.labels.addresses}</dt><dd><ul class="inline-list">${join(measure.addresses.map(q => html`<li>${goalLink(ctx, q)}</li>`))}</ul>${linkMark(ctx, measure, 'addresses')}</dd></div>`
        );
    } else if (measure.addressesNone) {
        facts.push(
            html`<div><dt>${ctx.labels.addresses}</dt><dd class="none-stated">${ctx.labels.noGoalStated}</dd></div>`
        );
    }
    const timeline =
        measure.milestones.length > 0
            ? html`<div class="block"><p class="block-title">${ctx.labels.milestones}</p>${milestoneTimeline(ctx, strategy, measure.milestones, measure.id)}</div>`
            : '';
    const assessments =
        (measure.assessments ?? []).length > 0
            ? html`<div class="block"><p class="block-title">${ctx.labels.measureAssessments}</p>${join(
                  measure.assessments.map(
                      a =>
                          html`<div class="measure-assessment"${src(ctx, a.source)}><p class="meta">${a.kind === 'outlook' ? ctx.labels.forecast : ctx.labels.assessed} ${a.year}${interpretationMark(ctx, a)}${a.evidence ? html` · ${sourceLink(ctx, strategy, a.evidence)}` : ''}</p>${provenanceLine(ctx, strategy, a)}${ratingList(ctx, a)}${a.rationale ? html`<p class="text">${a.rationale}</p>` : ''}</div>`
                  )
              )}</div>`
            : '';
    return html`<article class="card measure-card" id="${id}"${src(ctx, measure.source)} aria-labelledby="${id}-title">
<h3 id="${id}-title">${markedTitle(ctx, measure)}</h3>
${provenanceLine(ctx, strategy, measure)}
<dl class="facts">${join(facts)}</dl>
${markedParagraphs(ctx, measure.texts, measure)}
${quoteBlock(ctx, strategy, measure.quotes)}
${assessments}
${timeline}
${citationBlock(ctx, measure, strategy)}
</article>`;
}

/** Measures with their status and milestones, then the strategy's own milestones. */
export function renderMeasures(ctx: RenderContext, strategy: StrategyModel): Html {
    const parts: Html[] = [];
    if (strategy.measures.length > 0) {
        const id = anchor(strategy.id, 'measures');
        parts.push(
            html`<section class="view view-measures" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.measures}</h2><div class="cards">${join(strategy.measures.map(m => measureCard(ctx, strategy, m)))}</div></section>`
        );
    }
    if (strategy.milestones.length > 0) {
        const id = anchor(strategy.id, 'milestones');
        parts.push(
            html`<section class="view view-milestones" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.strategyMilestones}</h2>${milestoneTimeline(ctx, strategy, strategy.milestones, '')}</section>`
        );
    }
    return join(parts);
}
