import type {
    AssessmentModel,
    GoalModel,
    LevelModel,
    ScaleModel,
    StrategyModel
} from '../model/workspace-model.js';
import { assessmentSummary, ratingList } from './assessment.js';
import { anchor, src, type RenderContext } from './context.js';
import { scaleTitle, valueLabel } from '../model/ratings.js';
import { html, join, type Html } from './html.js';
import { notRecordedSymbol, urgencyMark, valueSymbol } from './symbols.js';
import { hasInterpretation, interpretationMark, markedTitle } from './fidelity.js';

export type YearKind = 'assessment' | 'outlook' | 'mixed';

/** Whether the ratings of a year are actual assessments, outlooks (forecasts) or both. */
export function yearKinds(strategy: StrategyModel): Map<number, YearKind> {
    const kinds = new Map<number, YearKind>();
    for (const a of allAssessments(strategy)) {
        const known = kinds.get(a.year);
        kinds.set(a.year, known === undefined || known === a.kind ? a.kind : 'mixed');
    }
    return kinds;
}

/** The assessments the matrix shows: of the strategy as a whole, of its levels and of its goals. */
export function allAssessments(strategy: StrategyModel): AssessmentModel[] {
    return [
        ...(strategy.assessments ?? []),
        ...strategy.levels.flatMap(l => l.assessments ?? []),
        ...strategy.goals.flatMap(g => g.assessments)
    ];
}

interface LevelGroup {
    level?: LevelModel;
    goals: GoalModel[];
}

/** Goals grouped by their level, in the order the levels are declared; goals without a level last. */
export function goalsByLevel(strategy: StrategyModel): LevelGroup[] {
    const groups: LevelGroup[] = strategy.levels.map(level => ({
        level,
        goals: strategy.goals.filter(g => g.level === level.id)
    }));
    const known = new Set(strategy.levels.map(l => l.id));
    const rest = strategy.goals.filter(g => !g.level || !known.has(g.level));
    if (rest.length > 0) {
        groups.push({ goals: rest });
    }
    return groups.filter(g => g.goals.length > 0 || (g.level?.assessments ?? []).length > 0);
}

function yearHeader(ctx: RenderContext, year: number, kind: YearKind): Html {
    const word =
        kind === 'outlook'
            ? ctx.labels.forecastLong
            : kind === 'mixed'
              ? ctx.labels.mixedYear
              : ctx.labels.assessed;
    return html`<th scope="col" class="year year-${kind}"><span class="year-number">${year}</span><span class="year-kind">${word}</span></th>`;
}

function assessmentBlock(ctx: RenderContext, assessment: AssessmentModel, columnKind: YearKind): Html {
    const outlookTag =
        assessment.kind === 'outlook'
            ? columnKind === 'mixed'
                ? html`<span class="tag tag-forecast">${ctx.labels.forecast}</span>`
                : html`<span class="visually-hidden">${ctx.labels.forecast}: </span>`
            : '';
    return html`<div class="assessment assessment-${assessment.kind}" title="${assessmentSummary(ctx, assessment)}"${src(ctx, assessment.source)}>${outlookTag}${ratingList(ctx, assessment, true)}</div>`;
}

function cell(
    ctx: RenderContext,
    rated: { assessments: AssessmentModel[] },
    year: number,
    kind: YearKind
): Html {
    const assessments = (rated.assessments ?? []).filter(a => a.year === year);
    const forecast = assessments.length > 0 && assessments.every(a => a.kind === 'outlook');
    if (assessments.length === 0) {
        return html`<td class="cell cell-${kind} is-empty"><span aria-hidden="true">–</span><span class="visually-hidden">${ctx.labels.noRating}</span></td>`;
    }
    return html`<td class="cell cell-${kind}${forecast ? ' is-forecast' : ''}">${join(assessments.map(a => html`${assessmentBlock(ctx, a, kind)}${interpretationMark(ctx, a)}`))}</td>`;
}

/** The status-and-progress matrix of a strategy, with its legend. */
export function renderMatrix(ctx: RenderContext, strategy: StrategyModel): Html {
    const id = anchor(strategy.id, 'matrix');
    const heading = html`<h2 id="${id}">${ctx.labels.matrix}</h2>`;
    if (strategy.goals.length === 0 && allAssessments(strategy).length === 0) {
        return html`<section class="view view-matrix" aria-labelledby="${id}">${heading}<p class="empty">${ctx.labels.noGoals}</p></section>`;
    }
    const kinds = yearKinds(strategy);
    const years = strategy.years;
    const head = html`<thead><tr><th scope="col" class="col-level">${ctx.labels.level}</th><th scope="col" class="col-goal">${ctx.labels.goal}</th>${join(years.map(y => yearHeader(ctx, y, kinds.get(y) ?? 'assessment')))}</tr></thead>`;
    const cells = (rated: { assessments: AssessmentModel[] }) =>
        join(years.map(y => cell(ctx, rated, y, kinds.get(y) ?? 'assessment')));
    const strategyBody =
        (strategy.assessments ?? []).length > 0
            ? html`<tbody class="strategy-group"><tr class="strategy-row"><th scope="row" colspan="2" class="strategy-as-whole"${src(ctx, strategy.source)}>${ctx.labels.strategyAsWhole}${interpretationMark(ctx, strategy)}</th>${cells(strategy)}</tr></tbody>`
            : '';
    const bodies = goalsByLevel(strategy).map(group => {
        const level = group.level;
        const levelRated = level && (level.assessments ?? []).length > 0 ? level : undefined;
        const span = group.goals.length + (levelRated ? 1 : 0);
        const levelCell = html`<th scope="rowgroup" rowspan="${span}" class="level"${src(ctx, group.level?.source)}>${group.level ? markedTitle(ctx, group.level) : ctx.labels.noLevel}</th>`;
        const levelRow = levelRated
            ? [
                  html`<tr class="level-row" data-level="${levelRated.id}">${levelCell}<th scope="row" class="goal level-as-whole">${ctx.labels.levelAsWhole}</th>${cells(levelRated)}</tr>`
              ]
            : [];
        const rows = group.goals.map((goal, i) => {
            const goalLevelCell = i === 0 && !levelRated ? levelCell : '';
            const goalCell = html`<th scope="row" class="goal"${src(ctx, goal.source)}><a href="#${anchor(strategy.id, 'goal', goal.id)}">${goal.title || goal.id}</a>${interpretationMark(ctx, goal)}</th>`;
            return html`<tr class="goal-row" data-goal="${goal.id}">${goalLevelCell}${goalCell}${cells(goal)}</tr>`;
        });
        return html`<tbody class="level-group">${join([...levelRow, ...rows])}</tbody>`;
    });
    const caption = html`<caption class="visually-hidden" id="${id}-caption">${ctx.labels.matrixCaption(strategy.title || strategy.id)}</caption>`;
    const table =
        years.length === 0
            ? html`<p class="empty">${ctx.labels.noYears}</p>`
            : html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption"><table class="matrix">${caption}${head}${strategyBody}${join(bodies)}</table></div>`;
    return html`<section class="view view-matrix" aria-labelledby="${id}">${heading}${table}${renderLegend(ctx, strategy, years.length > 0 && [...kinds.values()].some(k => k !== 'assessment'))}</section>`;
}

/** The scales the strategy's ratings use (and the ones it declares): status, progress, then the others. */
export function scalesUsed(ctx: RenderContext, strategy: StrategyModel): ScaleModel[] {
    const keys = new Set<string>();
    for (const a of allAssessments(strategy)) {
        for (const r of a.ratings) {
            if (r.scale) {
                keys.add(r.scale);
            }
        }
    }
    for (const key of strategy.scales) {
        keys.add(key);
    }
    const rank = (k: string) => (k === 'status' ? 0 : k === 'progress' ? 1 : 2);
    return [...keys]
        .sort((a, b) => rank(a) - rank(b))
        .map(k => ctx.scales.get(k))
        .filter((s): s is ScaleModel => !!s);
}

function renderLegend(ctx: RenderContext, strategy: StrategyModel, hasForecasts: boolean): Html {
    const scales = scalesUsed(ctx, strategy);
    const assessments = allAssessments(strategy);
    const anyNotRecorded = assessments.some(a => a.ratings.some(r => r.notRecorded));
    const anyUrgent = assessments.some(a => a.urgent === true);
    const id = anchor(strategy.id, 'legend');
    const groups = scales.map(
        scale =>
            html`<div class="legend-group"><p class="legend-title">${scaleTitle(scale, ctx.locale)}</p><ul class="legend-values">${join(
                scale.values.map(
                    v =>
                        html`<li title="${v.meaning ?? ''}">${valueSymbol(v, scale)}<span>${valueLabel(v, ctx.locale)}</span></li>`
                )
            )}</ul></div>`
    );
    const extras: Html[] = [];
    if (anyUrgent || scales.length > 0) {
        extras.push(html`<li>${urgencyMark()}<span>${ctx.labels.urgent}</span></li>`);
    }
    if (anyNotRecorded) {
        extras.push(
            html`<li>${notRecordedSymbol()}<span>${ctx.labels.notRecorded} – ${ctx.labels.legendNotRecorded}</span></li>`
        );
    }
    if (hasInterpretation(strategy)) {
        extras.push(
            html`<li><span class="interpretation-mark" aria-hidden="true">◇</span><span>${ctx.labels.interpretation}</span></li>`
        );
    }
    if (hasForecasts) {
        extras.push(
            html`<li><span class="forecast-swatch" aria-hidden="true"></span><span>${ctx.labels.legendForecast}</span></li>`
        );
    }
    const more =
        extras.length > 0
            ? html`<div class="legend-group legend-marks"><ul class="legend-values">${join(extras)}</ul></div>`
            : '';
    return html`<div class="legend" role="group" aria-labelledby="${id}"><h3 id="${id}" class="legend-heading">${ctx.labels.legend}</h3><div class="legend-groups">${join(groups)}${more}</div></div>`;
}
