import type { IndicatorModel, IndicatorPoint, StrategyModel } from '../model/workspace-model.js';
import { anchor, dateToYear, formatNumber, src, time, type RenderContext } from './context.js';
import { citationBlock } from './citations.js';
import { goalLink } from './goal-cards.js';
import { html, join, paragraphs, textWithLinks, type Html } from './html.js';

const WIDTH = 560;
const HEIGHT = 230;
const MARGIN = { left: 64, right: 24, top: 18, bottom: 40 };

interface Plotted {
    point: IndicatorPoint;
    x: number;
}

function plotted(points: Array<IndicatorPoint | undefined>): Plotted[] {
    return points.flatMap(p => {
        const x = p ? dateToYear(p.date) : undefined;
        return p && x !== undefined && Number.isFinite(p.value) ? [{ point: p, x }] : [];
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

/** A small line chart: measured values as a line, baseline and target as marked points. */
export function indicatorChart(ctx: RenderContext, indicator: IndicatorModel, titleId: string): Html {
    const measured = plotted(indicator.measurements).sort((a, b) => a.x - b.x);
    const baseline = plotted([indicator.baseline])[0];
    const target = plotted([indicator.target])[0];
    const all = [...measured, ...(baseline ? [baseline] : []), ...(target ? [target] : [])];
    if (all.length === 0) {
        return html``;
    }
    const values = all.map(p => p.point.value);
    const minValue = Math.min(0, ...values);
    const maxValue = Math.max(...values);
    const ticks = niceTicks(minValue, maxValue);
    const yMin = ticks[0];
    const yMax = ticks[ticks.length - 1];
    let xMin = Math.floor(Math.min(...all.map(p => p.x)));
    let xMax = Math.ceil(Math.max(...all.map(p => p.x)));
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
    const line =
        measured.length > 1
            ? html`<polyline class="series" points="${measured.map(p => `${f(sx(p.x))},${f(sy(p.point.value))}`).join(' ')}"/>`
            : '';
    const dots = measured.map(
        p => html`<circle class="series-dot" cx="${f(sx(p.x))}" cy="${f(sy(p.point.value))}" r="4"/>`
    );
    const last = measured[measured.length - 1] ?? baseline;
    const toTarget =
        target && last
            ? html`<line class="to-target" x1="${f(sx(last.x))}" y1="${f(sy(last.point.value))}" x2="${f(sx(target.x))}" y2="${f(sy(target.point.value))}"/>`
            : '';
    const targetLine = target
        ? html`<line class="target-line" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${f(sy(target.point.value))}" y2="${f(sy(target.point.value))}"/>`
        : '';
    const baseMark = baseline
        ? html`<rect class="baseline-mark" x="${f(sx(baseline.x) - 5)}" y="${f(sy(baseline.point.value) - 5)}" width="10" height="10"/>`
        : '';
    const targetMark = target
        ? html`<path class="target-mark" d="M${f(sx(target.x))} ${f(sy(target.point.value) - 7)} l7 7 l-7 7 l-7 -7 Z"/>`
        : '';
    return html`<figure class="chart"><svg class="indicator-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${titleId}"><title id="${titleId}">${ctx.labels.chartOf(indicator.title || indicator.id)}</title>${join(grid)}${axes}${join(xTicks)}${unit}${targetLine}${toTarget}${line}${join(dots)}${baseMark}${targetMark}</svg>
<figcaption class="chart-legend"><span class="key"><svg class="sym" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><line class="series" x1="1" y1="8" x2="15" y2="8"/><circle class="series-dot" cx="8" cy="8" r="3.5"/></svg>${ctx.labels.measured}</span>${baseline ? html`<span class="key"><svg class="sym" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect class="baseline-mark" x="3" y="3" width="10" height="10"/></svg>${ctx.labels.baseline}</span>` : ''}${target ? html`<span class="key"><svg class="sym" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path class="target-mark" d="M8 1 L15 8 L8 15 L1 8 Z"/></svg>${ctx.labels.target}</span>` : ''}</figcaption></figure>`;
}

function valueTable(ctx: RenderContext, indicator: IndicatorModel, id: string): Html {
    const rows: Array<{ kind: string; point: IndicatorPoint }> = [
        ...(indicator.baseline ? [{ kind: ctx.labels.baseline, point: indicator.baseline }] : []),
        ...indicator.measurements.map(point => ({ kind: ctx.labels.measured, point })),
        ...(indicator.target ? [{ kind: ctx.labels.target, point: indicator.target }] : [])
    ];
    if (rows.length === 0) {
        return html`<p class="empty">${ctx.labels.noValues}</p>`;
    }
    const unit = indicator.unit ? ` (${indicator.unit})` : '';
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-table"><table class="values"><caption id="${id}-table">${ctx.labels.valuesOf(indicator.title || indicator.id)}</caption>
<thead><tr><th scope="col">${ctx.labels.kind}</th><th scope="col">${ctx.labels.date}</th><th scope="col" class="num">${ctx.labels.value}${unit}</th><th scope="col">${ctx.labels.source}</th></tr></thead>
<tbody>${join(rows.map(r => html`<tr><th scope="row">${r.kind}</th><td>${time(ctx, r.point.date)}</td><td class="num">${formatNumber(ctx, r.point.value)}</td><td>${r.point.source ? textWithLinks(r.point.source) : ''}</td></tr>`))}</tbody></table></div>`;
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
    if (indicator.baseline) {
        facts.push(
            html`<div><dt>${ctx.labels.baseline}</dt><dd>${formatNumber(ctx, indicator.baseline.value)}${indicator.unit ? ` ${indicator.unit}` : ''} (${time(ctx, indicator.baseline.date)})</dd></div>`
        );
    }
    if (indicator.target) {
        facts.push(
            html`<div><dt>${ctx.labels.target}</dt><dd>${formatNumber(ctx, indicator.target.value)}${indicator.unit ? ` ${indicator.unit}` : ''} (${time(ctx, indicator.target.date)})</dd></div>`
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
    return html`<article class="card indicator-card" id="${id}"${src(ctx, indicator.source)} aria-labelledby="${id}-title">
<h3 id="${id}-title">${indicator.title || indicator.id}</h3>
<dl class="facts">${join(facts)}</dl>
${paragraphs(indicator.texts)}
<div class="indicator-body">${indicatorChart(ctx, indicator, `${id}-chart`)}${valueTable(ctx, indicator, id)}</div>
${citationBlock(ctx, indicator.citations)}
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
