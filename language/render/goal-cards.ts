import type { AssessmentModel, GoalModel, StrategyModel } from '../model/workspace-model.js';
import { interpretationMark, linkMark, markedParagraphs, markedTitle, provenanceLine } from './fidelity.js';
import { assessmentSummary, ratingList } from './assessment.js';
import { quoteBlock, sourceLink } from './evidence.js';
import { actorName, anchor, linkTo, src, type RenderContext } from './context.js';
import { citationBlock } from './citations.js';
import { html, join, textWithLinks, type Html } from './html.js';
import { latestAssessment } from '../model/ratings.js';

/** A link to a goal given by its qualified id `Strategy.goal` (possibly in another strategy). */
export function goalLink(ctx: RenderContext, qualifiedId: string): Html {
    const { strategy, goal } = ctx.goals.get(qualifiedId) ?? {};
    if (!strategy || !goal) {
        return html`<span class="unresolved">${qualifiedId}</span>`;
    }
    return linkTo(ctx, strategy.id, anchor(strategy.id, 'goal', goal.id), goal.title || goal.id, goal.source);
}

function assessmentDetails(
    ctx: RenderContext,
    strategy: StrategyModel,
    assessment: AssessmentModel,
    heading: string
): Html {
    const assessor = actorName(ctx, assessment.assessor);
    return html`<div class="block block-assessment"${src(ctx, assessment.source)} title="${assessmentSummary(ctx, assessment)}">
<p class="block-title">${heading} ${assessment.year}${interpretationMark(ctx, assessment)}</p>
${provenanceLine(ctx, strategy, assessment)}
${ratingList(ctx, assessment)}
${assessment.rationale ? html`<p class="rationale"><span class="visually-hidden">${ctx.labels.rationale}: </span>${textWithLinks(assessment.rationale)}</p>` : ''}
${assessor ? html`<p class="meta">${ctx.labels.assessor}: ${assessor}</p>` : ''}
${assessment.evidence ? html`<p class="meta">${ctx.labels.source}: ${sourceLink(ctx, strategy, assessment.evidence)}</p>` : ''}
</div>`;
}

function goalCard(ctx: RenderContext, strategy: StrategyModel, goal: GoalModel): Html {
    const id = anchor(strategy.id, 'goal', goal.id);
    const level = strategy.levels.find(l => l.id === goal.level);
    const latest = latestAssessment(goal);
    const outlooks = goal.assessments
        .filter(a => a.kind === 'outlook' && (!latest || a.year > latest.year))
        .sort((a, b) => a.year - b.year);
    const measures = strategy.measures.filter(m => m.addresses.includes(goal.qualifiedId));
    const indicators = strategy.indicators.filter(i => i.goals.includes(goal.qualifiedId));
    const parent = goal.refines ? strategy.goals.find(g => g.id === goal.refines) : undefined;
    const facts: Html[] = [];
    if (level || goal.level) {
        facts.push(
            html`<div><dt>${ctx.labels.level}</dt><dd>${level ? level.title || level.id : goal.level}${linkMark(ctx, goal, 'level')}</dd></div>`
        );
    }
    if (goal.refines) {
        facts.push(
            html`<div><dt>${ctx.labels.refines}</dt><dd>${parent ? html`<a href="#${anchor(strategy.id, 'goal', parent.id)}">${parent.title || parent.id}</a>` : goal.refines}${linkMark(ctx, goal, 'refines')}</dd></div>`
        );
    }
    if (goal.contributesTo.length > 0) {
        facts.push(
            html`<div><dt>${ctx.labels.contributesTo}</dt><dd>${join(
                goal.contributesTo.map(q => goalLink(ctx, q)),
                ', '
            )}</dd></div>`
        );
    }
    const outlookList =
        outlooks.length === 0
            ? ''
            : html`<div class="block block-outlooks"><p class="block-title">${ctx.labels.outlooks}</p><ul class="outlooks">${join(
                  outlooks.map(
                      o =>
                          html`<li${src(ctx, o.source)}><span class="outlook-year">${o.year}</span>${ratingList(ctx, o, true)}</li>`
                  )
              )}</ul></div>`;
    const measureList = html`<div class="block block-measures"><p class="block-title">${ctx.labels.measuresAddressing}</p>${
        measures.length === 0
            ? html`<p class="empty">${ctx.labels.noMeasures}</p>`
            : html`<ul>${join(measures.map(m => html`<li><a href="#${anchor(strategy.id, 'measure', m.id)}">${m.title || m.id}</a>${linkMark(ctx, m, 'addresses')}${m.status ? html` <span class="tag">${ctx.labels.measureStatus[m.status]}</span>` : ''}</li>`))}</ul>`
    }</div>`;
    const indicatorList =
        indicators.length === 0
            ? ''
            : html`<div class="block"><p class="block-title">${ctx.labels.indicatorsMeasuring}</p><ul>${join(
                  indicators.map(
                      i =>
                          html`<li><a href="#${anchor(strategy.id, 'indicator', i.id)}">${i.title || i.id}</a></li>`
                  )
              )}</ul></div>`;
    const description =
        goal.texts.length === 0
            ? ''
            : html`<details class="texts"><summary>${ctx.labels.description}</summary>${markedParagraphs(ctx, goal.texts, goal)}</details>`;
    return html`<article class="card goal-card" id="${id}"${src(ctx, goal.source)} aria-labelledby="${id}-title">
<h4 id="${id}-title">${markedTitle(ctx, goal)}</h4>
${provenanceLine(ctx, strategy, goal)}
${facts.length > 0 ? html`<dl class="facts">${join(facts)}</dl>` : ''}
${goal.targetPicture ? html`<div class="block block-target"><p class="block-title">${ctx.labels.targetPicture}</p><blockquote class="target-picture">${textWithLinks(goal.targetPicture)}</blockquote></div>` : ''}
${latest ? assessmentDetails(ctx, strategy, latest, ctx.labels.latestAssessment) : html`<p class="empty">${ctx.labels.noAssessment}</p>`}
${outlookList}
${measureList}
${indicatorList}
${quoteBlock(ctx, strategy, goal.quotes)}
${citationBlock(ctx, goal, strategy)}
${description}
</article>`;
}

/** Goal cards, grouped by level (with the level's target picture). */
export function renderGoalCards(ctx: RenderContext, strategy: StrategyModel): Html {
    if (strategy.goals.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'goals');
    const known = new Set(strategy.levels.map(l => l.id));
    const groups = [
        ...strategy.levels.map(level => ({ level, goals: strategy.goals.filter(g => g.level === level.id) })),
        { level: undefined, goals: strategy.goals.filter(g => !g.level || !known.has(g.level)) }
    ].filter(g => g.goals.length > 0 || (g.level && (g.level.targetPicture || g.level.texts.length > 0)));
    const sections = groups.map(group => {
        const level = group.level;
        const levelId = level ? anchor(strategy.id, 'level', level.id) : anchor(strategy.id, 'level', '-');
        const intro = level
            ? html`${level.targetPicture ? html`<blockquote class="target-picture level-target"><span class="visually-hidden">${ctx.labels.targetPicture}: </span>${textWithLinks(level.targetPicture)}</blockquote>` : ''}${provenanceLine(ctx, strategy, level)}${markedParagraphs(ctx, level.texts, level, 'text level-text')}${citationBlock(ctx, level, strategy)}`
            : '';
        return html`<div class="level-section" id="${levelId}"${src(ctx, level?.source)}><h3 class="level-heading">${level ? markedTitle(ctx, level) : ctx.labels.noLevel}</h3>${intro}<div class="cards">${join(group.goals.map(g => goalCard(ctx, strategy, g)))}</div></div>`;
    });
    return html`<section class="view view-goals" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.goals}</h2>${join(sections)}</section>`;
}
