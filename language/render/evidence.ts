import type {
    IndicatorValueModel,
    QuoteModel,
    ScaleModel,
    ScaleValueModel,
    ShareModel,
    SourceModel,
    StrategyModel,
    TextSourceModel
} from '../model/workspace-model.js';
import { actorName, anchor, formatNumber, time, type RenderContext } from './context.js';
import { valueLabel } from '../model/ratings.js';
import { externalLink, html, join, safeColor, textWithLinks, type Html } from './html.js';

/** An amount as the report states it: `ca. 64`, `mehr als 70 %`, `10 bis 25`, `bis zu -30 %`. */
export function amountText(
    ctx: RenderContext,
    amount: { value?: number; upper?: number; qualifier?: string; percent?: boolean },
    unit?: string
): string {
    if (amount.value === undefined) {
        return '';
    }
    const number =
        amount.upper !== undefined
            ? ctx.labels.rangeText(formatNumber(ctx, amount.value), formatNumber(ctx, amount.upper))
            : formatNumber(ctx, amount.value);
    const qualifier = amount.qualifier
        ? `${ctx.labels.qualifiers[amount.qualifier] ?? amount.qualifier} `
        : '';
    const suffix = amount.percent ? ' %' : unit ? ` ${unit}` : '';
    return `${qualifier}${number}${suffix}`;
}

/** The date of a value, or its period. */
export function whenOf(ctx: RenderContext, value: { date?: string; until?: string }): Html {
    if (!value.date) {
        return html``;
    }
    if (!value.until) {
        return time(ctx, value.date);
    }
    return html`${time(ctx, value.date)} – ${time(ctx, value.until)}`;
}

/** The sources that a strategy cites anywhere: values, assessments, texts, quotes. */
export function citedSources(strategy: StrategyModel): string[] {
    const ids = new Set<string>();
    const add = (id: string | null | undefined) => {
        if (id) ids.add(id);
    };
    const fromElement = (e: { textSources?: TextSourceModel[]; quotes?: QuoteModel[] }) => {
        e.textSources?.forEach(t => add(t.source));
        e.quotes?.forEach(q => add(q.source));
    };
    fromElement(strategy);
    for (const goal of strategy.goals) {
        fromElement(goal);
        goal.assessments.forEach(a => add(a.evidence));
    }
    for (const measure of strategy.measures) {
        fromElement(measure);
        measure.assessments.forEach(a => add(a.evidence));
    }
    for (const indicator of strategy.indicators) {
        fromElement(indicator);
        indicator.values.forEach(v => add(v.source));
    }
    for (const element of [...strategy.levels, ...strategy.sections, ...strategy.stakeholders]) {
        fromElement(element);
    }
    strategy.stakeholders.flatMap(s => s.needs).forEach(fromElement);
    documentsNamed(strategy).forEach(add);
    return [...ids];
}

/** The documents named anywhere in a strategy by `from` (provenance) or by a citation. */
function documentsNamed(strategy: StrategyModel): string[] {
    const ids: string[] = [];
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        } else if (value && typeof value === 'object') {
            const record = value as {
                provenance?: { source?: string };
                documentCitations?: { document: string }[];
            };
            if (record.provenance?.source) ids.push(record.provenance.source);
            record.documentCitations?.forEach(c => ids.push(c.document));
            Object.values(value).forEach(visit);
        }
    };
    visit(strategy);
    return ids;
}

/** A link from a value to its source in the list of sources, or the note in words. */
export function sourceLink(ctx: RenderContext, strategy: StrategyModel, id: string | undefined): Html {
    if (!id) {
        return html``;
    }
    const source = ctx.sources.get(id);
    return source
        ? html`<a class="source-link" href="#${anchor(strategy.id, 'source', id)}">${source.title || id}</a>`
        : html`<span class="unresolved">${id}</span>`;
}

function sourceFacts(ctx: RenderContext, source: SourceModel): Html[] {
    const facts: Html[] = [];
    const fact = (label: string, value: Html | string) =>
        facts.push(html`<div><dt>${label}</dt><dd>${value}</dd></div>`);
    const publisher = actorName(ctx, source.publisher);
    if (publisher) fact(ctx.labels.publisher, publisher);
    if (source.published) fact(ctx.labels.published, time(ctx, source.published));
    if (source.fieldwork) {
        fact(ctx.labels.fieldwork, whenOf(ctx, { date: source.fieldwork, until: source.fieldworkUntil }));
    }
    if (source.respondents !== undefined) fact(ctx.labels.respondents, formatNumber(ctx, source.respondents));
    if (source.method) fact(ctx.labels.method, source.method);
    if (source.marginOfError) fact(ctx.labels.marginOfError, `± ${amountText(ctx, source.marginOfError)}`);
    if (source.url) fact('URL', externalLink(source.url));
    return facts;
}

/** The sources a strategy cites, with their metadata; values link here. */
export function renderSources(ctx: RenderContext, strategy: StrategyModel): Html {
    const ids = citedSources(strategy).filter(id => ctx.sources.has(id));
    if (ids.length === 0) {
        return html``;
    }
    const id = anchor(strategy.id, 'sources');
    const items = ids.map(sourceId => {
        const source = ctx.sources.get(sourceId)!;
        const itemId = anchor(strategy.id, 'source', sourceId);
        return html`<li class="source" id="${itemId}"><p class="source-title">${source.title || source.id}</p><dl class="facts">${join(sourceFacts(ctx, source))}</dl>${join(source.texts.map(t => html`<p class="text">${textWithLinks(t)}</p>`))}</li>`;
    });
    return html`<section class="view view-sources" aria-labelledby="${id}"><h2 id="${id}">${ctx.labels.sources}</h2><ol class="sources">${join(items)}</ol></section>`;
}

/** Attributed quotes: the words, who said them, and where. */
export function quoteBlock(
    ctx: RenderContext,
    strategy: StrategyModel,
    quotes: readonly QuoteModel[] | undefined
): Html {
    if (!quotes || quotes.length === 0) {
        return html``;
    }
    return join(
        quotes.map(q => {
            const who = q.actor ? actorName(ctx, q.actor) : q.role;
            const source = q.source ? html`${who ? ', ' : ''}${sourceLink(ctx, strategy, q.source)}` : '';
            const caption = who || q.source ? html`<figcaption>— ${who ?? ''}${source}</figcaption>` : '';
            return html`<figure class="quote"><blockquote><p>${q.text}</p></blockquote>${caption}</figure>`;
        })
    );
}

/** Fallback fills for scale values without a colour, by order (distinct in light and dark). */
const FILLS = ['#1565c0', '#6a1b9a', '#00838f', '#ef6c00', '#558b2f', '#ad1457', '#4e342e'];

/** The fill of a scale value's segment: its colour, or one by its order; none for "no answer". */
function fillOf(value: ScaleValueModel | undefined, index: number): string | undefined {
    if (value?.notCounted) {
        return undefined;
    }
    return safeColor(value?.color) ?? FILLS[(value?.order ?? index) % FILLS.length];
}

/**
 * A distribution as a 100 % stacked bar: every segment has its share written in it (when it is wide
 * enough), and the list beside the bar gives each value's symbol, label and share in scale order;
 * values that do not count as ratings ("no answer") are drawn plain and dashed at the end and listed apart.
 */
export function distributionBar(
    ctx: RenderContext,
    scale: ScaleModel | undefined,
    shares: readonly ShareModel[],
    partial: boolean | undefined,
    compact = false
): Html {
    const valueOf = (id: string) => scale?.values.find(v => v.id === id);
    const rank = (s: ShareModel) =>
        (valueOf(s.value)?.notCounted ? 1000 : 0) + (valueOf(s.value)?.order ?? 999);
    const ordered = [...shares].sort((a, b) => rank(a) - rank(b));
    const counted = ordered.filter(s => !valueOf(s.value)?.notCounted);
    const apart = ordered.filter(s => valueOf(s.value)?.notCounted);
    const label = (s: ShareModel) => {
        const v = valueOf(s.value);
        return v ? valueLabel(v, ctx.locale) : s.value;
    };
    const percent = (s: ShareModel) => `${formatNumber(ctx, s.percent)} %`;
    const total = Math.max(
        100,
        ordered.reduce((sum, s) => sum + Math.max(0, s.percent), 0)
    );
    let x = 0;
    const segments = ordered.map((s, i) => {
        const v = valueOf(s.value);
        const width = (Math.max(0, Math.min(100, s.percent)) / total) * 100;
        const fill = fillOf(v, i);
        const start = x;
        x += width;
        const paint = fill ? html`fill="${fill}"` : html`class="not-counted"`;
        const text =
            width >= (compact ? 14 : 8)
                ? html`<text class="segment-text" x="${(start + width / 2).toFixed(2)}%" y="50%" dominant-baseline="central" text-anchor="middle">${percent(s)}</text>`
                : '';
        return html`<rect ${paint} x="${start.toFixed(2)}%" y="0" width="${width.toFixed(2)}%" height="100%"><title>${label(s)}: ${percent(s)}</title></rect>${text}`;
    });
    const item = (s: ShareModel) => {
        const v = valueOf(s.value);
        const fill = fillOf(v, 0);
        const swatch = html`<svg class="sym swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><rect ${fill ? html`fill="${fill}"` : html`class="not-counted"`} x="0.5" y="0.5" width="11" height="11"/></svg>`;
        return html`<li>${swatch}<span class="share-label">${label(s)}</span> <span class="share-percent">${percent(s)}</span></li>`;
    };
    const apartList =
        apart.length > 0
            ? html`<div class="apart"><span class="apart-title">${ctx.labels.notCountedApart}:</span> <ul class="share-list">${join(apart.map(item))}</ul></div>`
            : '';
    const summary = ordered.map(s => `${label(s)} ${percent(s)}`).join(', ');
    return html`<div class="distribution${compact ? ' compact' : ''}"><svg class="stacked-bar" width="100%" height="${compact ? 18 : 26}" role="img" aria-label="${summary}">${join(segments)}</svg><ul class="share-list">${join(counted.map(item))}</ul>${apartList}${partial ? html`<p class="meta">${ctx.labels.partial}</p>` : ''}</div>`;
}

/** The words of a value for tables and hovers: kind aside, its amount or shares, group and condition. */
export function valueText(ctx: RenderContext, value: IndicatorValueModel, unit?: string): string {
    return amountText(ctx, value, unit);
}
