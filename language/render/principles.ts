import type { PrincipleModel, StrategyModel } from '../model/workspace-model.js';
import { markedParagraphs, markedTitle, provenanceLine } from './fidelity.js';
import { anchor, src, type RenderContext } from './context.js';
import { citationBlock } from './citations.js';
import { html, join, paragraphs, type Html } from './html.js';

const BINDINGS: Array<PrincipleModel['binding']> = ['mandatory', 'guideline', 'voluntary', undefined];

/** Principles grouped by area, then by binding level (binding first). */
export function renderPrinciples(ctx: RenderContext, strategy: StrategyModel): Html {
    const areas = strategy.areas.filter(a => a.principles.length > 0 || a.texts.length > 0);
    if (areas.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'principles');
    const sections = areas.map(area => {
        const areaId = anchor(strategy.id, 'area', area.id);
        const groups = BINDINGS.map(binding => ({
            binding,
            principles: area.principles.filter(p => p.binding === binding)
        }))
            .filter(g => g.principles.length > 0)
            .map(
                g =>
                    html`<div class="binding-group binding-${g.binding ?? 'none'}"><h4>${g.binding ? ctx.labels.binding[g.binding] : ctx.labels.bindingUnknown}</h4><ul class="principles">${join(
                        g.principles.map(p => {
                            const pid = anchor(strategy.id, 'principle', area.id, p.id);
                            return html`<li class="principle" id="${pid}"${src(ctx, p.source)}><p class="principle-title">${markedTitle(ctx, p)}</p>${provenanceLine(ctx, strategy, p)}${markedParagraphs(ctx, p.texts, p)}${citationBlock(ctx, p, strategy)}</li>`;
                        })
                    )}</ul></div>`
            );
        return html`<div class="area" id="${areaId}"${src(ctx, area.source)}><h3>${markedTitle(ctx, area)}</h3>${provenanceLine(ctx, strategy, area)}${paragraphs(area.texts)}${join(groups)}</div>`;
    });
    return html`<section class="view view-principles" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.principles}</h2>${join(sections)}</section>`;
}
