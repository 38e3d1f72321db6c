import type { IdeaModel, StrategyModel } from '../model/workspace-model.js';
import { markedParagraphs, markedTitle, provenanceLine } from './fidelity.js';
import { anchor, src, type RenderContext } from './context.js';
import { citationBlock } from './citations.js';
import { html, join, type Html } from './html.js';

/** Ideas not yet adopted: the strategy's own, then those of each area. */
export function renderIdeas(ctx: RenderContext, strategy: StrategyModel): Html {
    const groups: Array<{ title?: Html; where?: string; owner: string; ideas: IdeaModel[] }> = [
        { owner: '', ideas: strategy.ideas },
        ...strategy.areas.map(a => ({
            title: markedTitle(ctx, a),
            where: ctx.labels.inArea,
            owner: a.id,
            ideas: a.ideas
        })),
        ...strategy.sections.map(s => ({
            title: markedTitle(ctx, s),
            where: ctx.labels.inSection,
            owner: s.id,
            ideas: s.ideas
        }))
    ].filter(g => g.ideas.length > 0);
    if (groups.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'ideas');
    const blocks = groups.map(
        g =>
            html`<div class="idea-group">${g.title ? html`<h3><span class="where">${g.where}: </span>${g.title}</h3>` : ''}<ul class="ideas">${join(
                g.ideas.map(
                    i =>
                        html`<li class="idea" id="${anchor(strategy.id, 'idea', g.owner, i.id)}"${src(ctx, i.source)}><p class="idea-title">${markedTitle(ctx, i)}</p>${provenanceLine(ctx, strategy, i)}${markedParagraphs(ctx, i.texts, i)}${citationBlock(ctx, i, strategy)}</li>`
                )
            )}</ul></div>`
    );
    return html`<section class="view view-ideas" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.ideas}</h2>${join(blocks)}</section>`;
}
