import type { QuestionModel, StrategyModel } from '../model/workspace-model.js';
import { anchor, src, type RenderContext } from './context.js';
import { markedTitle, provenanceLine } from './fidelity.js';
import { html, join, paragraphs, type Html } from './html.js';

interface QuestionGroup {
    where: string;
    title: Html | string;
    questions: QuestionModel[];
}

/** Open questions, grouped by where they are asked: the strategy itself, a section or an area. */
export function renderQuestions(ctx: RenderContext, strategy: StrategyModel): Html {
    const groups: QuestionGroup[] = [
        { where: '', title: ctx.labels.strategyWide, questions: strategy.questions },
        ...strategy.sections.map(s => ({
            where: ctx.labels.inSection,
            title: markedTitle(ctx, s),
            questions: s.questions
        })),
        ...strategy.areas.map(a => ({
            where: ctx.labels.inArea,
            title: markedTitle(ctx, a),
            questions: a.questions
        }))
    ].filter(g => g.questions.length > 0);
    if (groups.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'questions');
    const blocks = groups.map(
        g =>
            html`<div class="question-group"><h3>${g.where ? html`<span class="where">${g.where}: </span>` : ''}${g.title}</h3><ol class="questions">${join(
                g.questions.map(
                    q =>
                        html`<li class="question"${q.id ? html` id="${anchor(strategy.id, 'question', q.id)}"` : ''}${src(ctx, q.source)}><p class="question-title">${markedTitle(ctx, q)}</p>${provenanceLine(ctx, strategy, q)}${paragraphs(q.texts)}</li>`
                )
            )}</ol></div>`
    );
    return html`<section class="view view-questions" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.questions}</h2>${join(blocks)}</section>`;
}
