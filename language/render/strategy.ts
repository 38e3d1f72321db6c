import type { StrategyModel } from '../model/workspace-model.js';
import { interpretationLegend, markedParagraphs, markedTitle, provenanceLine } from './fidelity.js';
import { actorName, anchor, hrefTo, src, time, type RenderContext } from './context.js';
import { citationBlock } from './citations.js';
import { renderGoalCards } from './goal-cards.js';
import { html, join, textWithLinks, type Html } from './html.js';
import { renderIdeas } from './ideas.js';
import { renderIndicators } from './indicators.js';
import { renderMatrix } from './matrix.js';
import { renderMeasures } from './measures.js';
import { renderPrinciples } from './principles.js';
import { renderQuestions } from './questions.js';
import { renderStakeholders } from './stakeholders.js';
import { quoteBlock, renderSources } from './evidence.js';

/** The head of a strategy: title, facts, vision, cited decisions, description and sections. */
function overview(ctx: RenderContext, strategy: StrategyModel): Html {
    const id = anchor(strategy.id, 'overview');
    const facts: Html[] = [];
    if (strategy.status) {
        facts.push(
            html`<div><dt>${ctx.labels.status}</dt><dd><span class="status-tag strategy-${strategy.status}">${ctx.labels.strategyStatus[strategy.status]}</span></dd></div>`
        );
    }
    if (strategy.asOf) {
        facts.push(html`<div><dt>${ctx.labels.asOf}</dt><dd>${time(ctx, strategy.asOf)}</dd></div>`);
    }
    const owner = actorName(ctx, strategy.owner);
    if (owner) {
        facts.push(html`<div><dt>${ctx.labels.owner}</dt><dd>${owner}</dd></div>`);
    }
    if (strategy.horizon !== undefined) {
        facts.push(html`<div><dt>${ctx.labels.horizon}</dt><dd>${strategy.horizon}</dd></div>`);
    }
    if (strategy.partOf) {
        const parent = ctx.model.strategies.find(s => s.id === strategy.partOf);
        const href = hrefTo(ctx, strategy.partOf);
        facts.push(
            html`<div><dt>${ctx.labels.partOf}</dt><dd>${href !== undefined ? html`<a href="${href}">${parent?.title || strategy.partOf}</a>` : parent?.title || strategy.partOf}</dd></div>`
        );
    }
    const description =
        strategy.texts.length > 0
            ? html`<details class="texts"><summary>${ctx.labels.description}</summary>${markedParagraphs(ctx, strategy.texts, strategy)}</details>`
            : '';
    const sections =
        strategy.sections.length > 0
            ? html`<details class="texts sections"><summary>${ctx.labels.sections} (${strategy.sections.length})</summary>${join(
                  strategy.sections.map(
                      s =>
                          html`<div class="section" id="${anchor(strategy.id, 'section', s.id)}"${src(ctx, s.source)}><h3>${markedTitle(ctx, s)}</h3>${provenanceLine(ctx, strategy, s)}${markedParagraphs(ctx, s.texts, s)}${quoteBlock(ctx, strategy, s.quotes)}${citationBlock(ctx, s, strategy)}</div>`
                  )
              )}</details>`
            : '';
    return html`<header class="strategy-header" id="${id}"${src(ctx, strategy.source)}>
<p class="eyebrow">${ctx.labels.strategy}</p>
<h1>${markedTitle(ctx, strategy)}</h1>
${provenanceLine(ctx, strategy, strategy)}
${interpretationLegend(ctx, strategy)}
${facts.length > 0 ? html`<dl class="facts facts-inline">${join(facts)}</dl>` : ''}
${strategy.vision ? html`<blockquote class="vision"><span class="visually-hidden">${ctx.labels.vision}: </span>${textWithLinks(strategy.vision)}</blockquote>` : ''}
${citationBlock(ctx, strategy, strategy)}
${quoteBlock(ctx, strategy, strategy.quotes)}
${description}
${sections}
</header>`;
}

interface View {
    id: string;
    label: string;
    body: Html;
}

/** All views of one strategy, with a table of contents. */
export function renderStrategy(ctx: RenderContext, strategy: StrategyModel): Html {
    const l = ctx.labels;
    const views: View[] = [
        {
            id: anchor(strategy.id, 'matrix'),
            label: l.matrix,
            body: strategy.goals.length > 0 ? renderMatrix(ctx, strategy) : html``
        },
        { id: anchor(strategy.id, 'goals'), label: l.goals, body: renderGoalCards(ctx, strategy) },
        { id: anchor(strategy.id, 'measures'), label: l.measures, body: renderMeasures(ctx, strategy) },
        { id: anchor(strategy.id, 'indicators'), label: l.indicators, body: renderIndicators(ctx, strategy) },
        { id: anchor(strategy.id, 'principles'), label: l.principles, body: renderPrinciples(ctx, strategy) },
        {
            id: anchor(strategy.id, 'stakeholders'),
            label: l.stakeholders,
            body: renderStakeholders(ctx, strategy)
        },
        { id: anchor(strategy.id, 'questions'), label: l.questions, body: renderQuestions(ctx, strategy) },
        { id: anchor(strategy.id, 'ideas'), label: l.ideas, body: renderIdeas(ctx, strategy) },
        { id: anchor(strategy.id, 'sources'), label: l.sources, body: renderSources(ctx, strategy) }
    ].filter(v => v.body.value !== '');
    if (strategy.measures.length === 0 && strategy.milestones.length > 0) {
        const measures = views.find(v => v.id === anchor(strategy.id, 'measures'));
        if (measures) {
            measures.id = anchor(strategy.id, 'milestones');
            measures.label = l.strategyMilestones;
        }
    }
    const toc =
        views.length > 1
            ? html`<nav class="toc" aria-label="${l.pageContents}: ${strategy.title || strategy.id}"><ul>${join(views.map(v => html`<li><a href="#${v.id}">${v.label}</a></li>`))}</ul></nav>`
            : '';
    return html`<article class="strategy" data-strategy="${strategy.id}">${overview(ctx, strategy)}${toc}${join(views.map(v => v.body))}</article>`;
}
