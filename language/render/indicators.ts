import type { IndicatorModel, IndicatorValueModel, StrategyModel } from '../model/workspace-model.js';
import {
    interpretationMark,
    locatorText,
    markedParagraphs,
    markedTitle,
    provenanceLine
} from './fidelity.js';
import { anchor, dateToYear, formatNumber, src, type RenderContext } from './context.js';
import { valueLabel } from '../model/ratings.js';
import { citationBlock } from './citations.js';
import { amountText, distributionBar, quoteBlock, sourceLink, whenOf } from './evidence.js';
import { goalLink } from './goal-cards.js';
import { html, join, textWithLinks, type Html } from './html.js';

/** A link to a measure of the strategy (`Strategy.measure` or the bare id). */
function measureLink(strategy: StrategyModel, qualifiedId: string): Html {
    const id = qualifiedId.includes('.') ? qualifiedId.split('.').pop()! : qualifiedId;
    const measure = strategy.measures.find(m => m.id === id);
    return measure
        ? html`<a href="#${anchor(strategy.id, 'measure', id)}">${measure.title || id}</a>`
        : html`<span>${qualifiedId}</span>`;
}

/** Short marks of bounds in a chart (the table beneath writes them out); approximations say "ca.". */
const CHART_QUALIFIERS: Record<string, string> = {
    'more-than': '>',
    'less-than': '<',
    'at-least': '≥',
    'at-most': '≤',
    'up-to': '≤'
};

const WIDTH = 560;
const HEIGHT = 230;
const MARGIN = { left: 64, right: 24, top: 18, bottom: 40 };

interface Plotted {
    point: IndicatorValueModel;
    value: number;
    x: number;
    /** The end of the period, when the value covers one. */
    x2?: number;
}

/** The values of one kind with a number and a date, placed at the middle of their period. */
function plotted(values: readonly IndicatorValueModel[]): Plotted[] {
    return values.flatMap(p => {
        const x = p.date ? dateToYear(p.date) : undefined;
        const x2 = p.until ? dateToYear(p.until) : undefined;
        return p.value !== undefined && x !== undefined && Number.isFinite(p.value)
            ? [{ point: p, value: p.value, x: x2 !== undefined ? (x + x2) / 2 : x, x2 }]
            : [];
    });
}

/** Round numbers for the value axis. */
function niceTicks(min: number, max: number, count = 4): number[] {
    if (min === max) {
        max = min + 1;
    }
    const raw = (max - min) / count;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map(f => f * magnitude).find(s => s >= raw) ?? raw;
    const ticks: number[] = [];
    for (let v = Math.floor(min / step) * step; v <= max + step * 0.001; v += step) {
        ticks.push(Number(v.toPrecision(12)));
    }
    if (ticks[ticks.length - 1] < max) {
        ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
    }
    return ticks;
}

/**
 * A small line chart of one series of values (one group): measured values as a solid line, forecasts
 * as a dashed line with hollow dots (never drawn as measured), baseline and targets as marked points,
 * ranges as whiskers, periods as a bar along the time axis, approximations marked "ca.".
 */
export function indicatorChart(
    ctx: RenderContext,
    indicator: IndicatorModel,
    values: readonly IndicatorValueModel[],
    titleId: string,
    title = ctx.labels.chartOf(indicator.title || indicator.id),
    heading?: string
): Html {
    const numeric = values.filter(v => v.shares === undefined);
    const byKind = (kind: string) => plotted(numeric.filter(v => v.kind === kind)).sort((a, b) => a.x - b.x);
    const measured = byKind('measured');
    const forecasts = byKind('forecast');
    const baseline = byKind('baseline')[0];
    const targets = byKind('target');
    const target = targets[targets.length - 1];
    const all = [...measured, ...forecasts, ...(baseline ? [baseline] : []), ...targets];
    if (all.length === 0) {
        return html``;
    }
    const numbers = all.flatMap(p => [p.value, ...(p.point.upper !== undefined ? [p.point.upper] : [])]);
    const minValue = Math.min(0, ...numbers);
    const maxValue = Math.max(0, ...numbers);
    const ticks = niceTicks(minValue, maxValue);
    const yMin = ticks[0];
    const yMax = ticks[ticks.length - 1];
    const xs = all.flatMap(p => [p.x, p.x2 ?? p.x, dateToYear(p.point.date ?? '') ?? p.x]);
    let xMin = Math.floor(Math.min(...xs));
    let xMax = Math.ceil(Math.max(...xs));
    if (xMin === xMax) {
        xMin -= 1;
        xMax += 1;
    }
    const plotW = WIDTH - MARGIN.left - MARGIN.right;
    const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const sx = (x: number) => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotW;
    const sy = (y: number) => MARGIN.top + (1 - (y - yMin) / (yMax - yMin)) * plotH;
    const f = (n: number) => n.toFixed(1);

    const grid = ticks.map(
        t =>
            html`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${f(sy(t))}" y2="${f(sy(t))}"/><text class="tick" x="${MARGIN.left - 8}" y="${f(sy(t) + 4)}" text-anchor="end">${formatNumber(ctx, t)}</text>`
    );
    const years: number[] = [];
    const yearStep = Math.max(1, Math.ceil((xMax - xMin) / 8));
    for (let y = xMin; y <= xMax; y += yearStep) {
        years.push(y);
    }
    const xTicks = years.map(
        y =>
            html`<line class="axis-tick" x1="${f(sx(y))}" x2="${f(sx(y))}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 5}"/><text class="tick" x="${f(sx(y))}" y="${MARGIN.top + plotH + 20}" text-anchor="middle">${y}</text>`
    );
    const axes = html`<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}"/><line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`;
    const unit = indicator.unit
        ? html`<text class="axis-label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${indicator.unit}</text>`
        : '';
    const polyline = (points: Plotted[], className: string) =>
        points.length > 1
            ? html`<polyline class="${className}" points="${points.map(p => `${f(sx(p.x))},${f(sy(p.value))}`).join(' ')}"/>`
            : '';
    const line = polyline(measured, 'series');
    const lastMeasured = measured[measured.length - 1];
    const forecastLine = polyline([...(lastMeasured ? [lastMeasured] : []), ...forecasts], 'forecast-series');
    /** Whiskers for ranges, bars for periods, "ca." for approximations. */
    const extras = all.map(p => {
        const parts: Html[] = [];
        if (p.point.upper !== undefined) {
            const x = f(sx(p.x));
            parts.push(
                html`<line class="whisker" x1="${x}" x2="${x}" y1="${f(sy(p.value))}" y2="${f(sy(p.point.upper))}"/><line class="whisker" x1="${f(sx(p.x) - 4)}" x2="${f(sx(p.x) + 4)}" y1="${f(sy(p.point.upper))}" y2="${f(sy(p.point.upper))}"/><line class="whisker" x1="${f(sx(p.x) - 4)}" x2="${f(sx(p.x) + 4)}" y1="${f(sy(p.value))}" y2="${f(sy(p.value))}"/>`
            );
        }
        if (p.x2 !== undefined && p.point.date) {
            const start = dateToYear(p.point.date)!;
            parts.push(
                html`<line class="whisker" x1="${f(sx(start))}" x2="${f(sx(p.x2))}" y1="${f(sy(p.value))}" y2="${f(sy(p.value))}"/>`
            );
        }
        if (p.point.qualifier) {
            parts.push(
                html`<text class="approx-mark" x="${f(sx(p.x) + 7)}" y="${f(sy(p.value) - 7)}">${CHART_QUALIFIERS[p.point.qualifier] ?? ctx.labels.qualifiers.about}</text>`
            );
        }
        return join(parts);
    });
    const dots = measured.map(
        p => html`<circle class="series-dot" cx="${f(sx(p.x))}" cy="${f(sy(p.value))}" r="4"/>`
    );
    const forecastDots = forecasts.map(
        p => html`<circle class="forecast-dot" cx="${f(sx(p.x))}" cy="${f(sy(p.value))}" r="4"/>`
    );
    const last = lastMeasured ?? baseline;
    const toTarget =
        target && last
            ? html`<line class="to-target" x1="${f(sx(last.x))}" y1="${f(sy(last.value))}" x2="${f(sx(target.x))}" y2="${f(sy(target.value))}"/>`
            : '';
    const targetLine = target
        ? html`<line class="target-line" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${f(sy(target.value))}" y2="${f(sy(target.value))}"/>`
        : '';
    const baseMark = baseline
        ? html`<rect class="baseline-mark" x="${f(sx(baseline.x) - 5)}" y="${f(sy(baseline.value) - 5)}" width="10" height="10"/>`
        : '';
    const targetMarks = targets.map(
        t => html`<path class="target-mark" d="M${f(sx(t.x))} ${f(sy(t.value) - 7)} l7 7 l-7 7 l-7 -7 Z"/>`
    );
    const key = (symbol: Html, label: string) =>
        html`<span class="key"><svg class="sym" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${symbol}</svg>${label}</span>`;
    const legend = [
        measured.length > 0
            ? key(
                  html`<line class="series" x1="1" y1="8" x2="15" y2="8"/><circle class="series-dot" cx="8" cy="8" r="3.5"/>`,
                  ctx.labels.measured
              )
            : '',
        forecasts.length > 0
            ? key(
                  html`<line class="forecast-series" x1="1" y1="8" x2="15" y2="8"/><circle class="forecast-dot" cx="8" cy="8" r="3.5"/>`,
                  ctx.labels.forecastValue
              )
            : '',
        baseline
            ? key(html`<rect class="baseline-mark" x="3" y="3" width="10" height="10"/>`, ctx.labels.baseline)
            : '',
        target ? key(html`<path class="target-mark" d="M8 1 L15 8 L8 15 L1 8 Z"/>`, ctx.labels.target) : ''
    ];
    const caption = heading ? html`<p class="chart-heading">${heading}</p>` : '';
    return html`<figure class="chart">${caption}<svg class="indicator-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${titleId}"><title id="${titleId}">${title}</title>${join(grid)}${axes}${join(xTicks)}${unit}${targetLine}${toTarget}${line}${forecastLine}${join(extras)}${join(dots)}${join(forecastDots)}${baseMark}${join(targetMarks)}</svg>
<figcaption class="chart-legend">${join(legend)}</figcaption></figure>`;
}

function kindLabel(ctx: RenderContext, kind: IndicatorValueModel['kind']): string {
    return kind === 'forecast' ? ctx.labels.forecastValue : ctx.labels[kind];
}

/** The label of a group of the indicator's dimension (or of the value of its scale). */
function groupLabel(ctx: RenderContext, indicator: IndicatorModel, group: string | undefined): string {
    if (!group) {
        return ctx.labels.allGroups;
    }
    const dimension = indicator.dimension ? ctx.dimensions.get(indicator.dimension) : undefined;
    const found = dimension?.groups.find(g => g.id === group);
    if (found) {
        return ctx.locale === 'en' && found.englishLabel ? found.englishLabel : found.label;
    }
    const scale = indicator.dimension ? ctx.scales.get(indicator.dimension) : undefined;
    const value = scale?.values.find(v => v.id === group);
    return value ? valueLabel(value, ctx.locale) : group;
}

function dimensionTitle(ctx: RenderContext, key: string): string {
    const dimension = ctx.dimensions.get(key);
    if (dimension) {
        return ctx.locale === 'en' && dimension.englishTitle ? dimension.englishTitle : dimension.title;
    }
    const scale = ctx.scales.get(key);
    return scale ? (ctx.locale === 'en' && scale.englishTitle ? scale.englishTitle : scale.title) : key;
}

/** The groups that values are given for, in the order of the dimension (values of no group first). */
function groupsOf(ctx: RenderContext, indicator: IndicatorModel): Array<string | undefined> {
    const used = new Set(indicator.values.map(v => v.group));
    const dimension = indicator.dimension ? ctx.dimensions.get(indicator.dimension) : undefined;
    const declared: string[] =
        dimension?.groups.map(g => g.id) ??
        (indicator.dimension ? (ctx.scales.get(indicator.dimension)?.values.map(v => v.id) ?? []) : []);
    const undeclared = [...used].filter((g): g is string => !!g && !declared.includes(g));
    const order = [undefined, ...declared, ...undeclared];
    return order.filter(g => used.has(g));
}

function valueCell(ctx: RenderContext, indicator: IndicatorModel, value: IndicatorValueModel): Html {
    if (value.shares) {
        const scale = indicator.scale ? ctx.scales.get(indicator.scale) : undefined;
        return distributionBar(ctx, scale, value.shares, value.partial, true);
    }
    return html`${amountText(ctx, value)}`;
}

function valueTable(
    ctx: RenderContext,
    strategy: StrategyModel,
    indicator: IndicatorModel,
    id: string
): Html {
    if (indicator.values.length === 0) {
        return html`<p class="empty">${ctx.labels.noValues}</p>`;
    }
    const order: Record<string, number> = { baseline: 0, measured: 1, forecast: 2, target: 3 };
    const rows = [...indicator.values].sort(
        (a, b) =>
            order[a.kind] - order[b.kind] || (dateToYear(a.date ?? '') ?? 0) - (dateToYear(b.date ?? '') ?? 0)
    );
    const grouped = indicator.values.some(v => v.group);
    const withCondition = indicator.values.some(v => v.condition);
    const unit = indicator.unit ? ` (${indicator.unit})` : '';
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-table"><table class="values"><caption id="${id}-table">${ctx.labels.valuesOf(indicator.title || indicator.id)}</caption>
<thead><tr><th scope="col">${ctx.labels.kind}</th><th scope="col">${ctx.labels.date}</th>${grouped ? html`<th scope="col">${ctx.labels.group}</th>` : ''}<th scope="col" class="num">${ctx.labels.value}${unit}</th>${withCondition ? html`<th scope="col">${ctx.labels.condition}</th>` : ''}<th scope="col">${ctx.labels.source}</th></tr></thead>
<tbody>${join(rows.map(r => html`<tr class="kind-${r.kind}"${src(ctx, r.location)}><th scope="row">${kindLabel(ctx, r.kind)}</th><td>${whenOf(ctx, r)}</td>${grouped ? html`<td>${groupLabel(ctx, indicator, r.group)}</td>` : ''}<td class="num">${valueCell(ctx, indicator, r)}${interpretationMark(ctx, r)}</td>${withCondition ? html`<td>${r.condition ?? ''}</td>` : ''}<td>${r.source ? html`${sourceLink(ctx, strategy, r.source)}${r.provenance ? locatorText(ctx, r.provenance) : ''}` : r.note ? textWithLinks(r.note) : ''}</td></tr>`))}</tbody></table></div>`;
}

/** The charts of an indicator: one, or one per group (small multiples) when its values are broken down. */
function indicatorCharts(ctx: RenderContext, indicator: IndicatorModel, id: string): Html {
    const groups = groupsOf(ctx, indicator);
    if (groups.length <= 1) {
        return indicatorChart(ctx, indicator, indicator.values, `${id}-chart`);
    }
    const title = indicator.title || indicator.id;
    return html`<div class="small-multiples">${join(
        groups.map((group, i) =>
            indicatorChart(
                ctx,
                indicator,
                indicator.values.filter(v => v.group === group),
                `${id}-chart-${i + 1}`,
                ctx.labels.breakdownOf(title, groupLabel(ctx, indicator, group)),
                groupLabel(ctx, indicator, group)
            )
        )
    )}</div>`;
}

function indicatorCard(ctx: RenderContext, strategy: StrategyModel, indicator: IndicatorModel): Html {
    const id = anchor(strategy.id, 'indicator', indicator.id);
    const direction =
        indicator.direction === 'lower-is-better'
            ? ctx.labels.lowerIsBetter
            : indicator.direction === 'higher-is-better'
              ? ctx.labels.higherIsBetter
              : ctx.labels.noDirection;
    const facts: Html[] = [];
    if (indicator.unit) {
        facts.push(html`<div><dt>${ctx.labels.unit}</dt><dd>${indicator.unit}</dd></div>`);
    }
    facts.push(
        html`<div><dt>${ctx.labels.direction}</dt><dd>${indicator.direction === 'lower-is-better' ? '↓ ' : indicator.direction === 'higher-is-better' ? '↑ ' : ''}${direction}</dd></div>`
    );
    if (indicator.dimension) {
        facts.push(
            html`<div><dt>${ctx.labels.dimension}</dt><dd>${dimensionTitle(ctx, indicator.dimension)}</dd></div>`
        );
    }
    for (const value of indicator.values.filter(v => v.kind === 'baseline' || v.kind === 'target')) {
        if (value.shares) {
            continue;
        }
        const when = value.date ? html` (${whenOf(ctx, value)})` : '';
        const group = value.group ? html`, ${groupLabel(ctx, indicator, value.group)}` : '';
        const condition = value.condition
            ? html` <span class="condition">${ctx.labels.conditionOf(value.condition)}</span>`
            : '';
        facts.push(
            html`<div><dt>${kindLabel(ctx, value.kind)}</dt><dd>${amountText(ctx, value, indicator.unit)}${when}${group}${condition}</dd></div>`
        );
    }
    if (indicator.goals.length > 0) {
        facts.push(
            html`<div><dt>${ctx.labels.measures_}</dt><dd>${join(
                indicator.goals.map(g => goalLink(ctx, g)),
                ', '
            )}</dd></div>`
        );
    }
    if (indicator.measures.length > 0) {
        facts.push(
            html`<div><dt>${ctx.labels.tracks}</dt><dd>${join(
                indicator.measures.map(m => measureLink(strategy, m)),
                ', '
            )}</dd></div>`
        );
    }
    return html`<article class="card indicator-card" id="${id}"${src(ctx, indicator.source)} aria-labelledby="${id}-title">
<h3 id="${id}-title">${markedTitle(ctx, indicator)}</h3>
${provenanceLine(ctx, strategy, indicator)}
<dl class="facts">${join(facts)}</dl>
${markedParagraphs(ctx, indicator.texts, indicator)}
${quoteBlock(ctx, strategy, indicator.quotes)}
<div class="indicator-body">${indicatorCharts(ctx, indicator, id)}${valueTable(ctx, strategy, indicator, id)}</div>
${citationBlock(ctx, indicator, strategy)}
</article>`;
}

/** Indicators with baseline, target and measured values: a chart and a table of the values. */
export function renderIndicators(ctx: RenderContext, strategy: StrategyModel): Html {
    if (strategy.indicators.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'indicators');
    return html`<section class="view view-indicators" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.indicators}</h2>${join(strategy.indicators.map(i => indicatorCard(ctx, strategy, i)))}</section>`;
}
