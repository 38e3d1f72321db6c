import type { Locale } from '../i18n/locale.js';
import { VIEW_LABELS, type ViewLabels } from '../i18n/view-labels.js';
import { scaleTitle, valueLabel } from '../model/ratings.js';
import type {
    ActorModel,
    DecisionModel,
    DimensionModel,
    DocumentCitationModel,
    Fidelity,
    GoalModel,
    LinkKind,
    ProvenanceModel,
    SourceModel,
    RatingModel,
    ScaleModel,
    ScaleValueModel,
    SourceRange,
    StrategyModel,
    WorkspaceModel
} from '../model/workspace-model.js';
import { anchorId, html, relativeHref, trusted, type Html, type Part } from './html.js';

/** What every view needs besides its data: the words, the model's lookups and how to link. */
export interface RenderContext {
    locale: Locale;
    labels: ViewLabels;
    model: WorkspaceModel;
    /** `site`: pages of the static export; `preview`: one page in the editor. */
    mode: 'site' | 'preview';
    /** Path of the page being rendered (site), relative to the output folder. */
    page: string;
    /** Where each strategy is rendered: page path by strategy id ('' for this very page). */
    strategyPages: Map<string, string>;
    /** Path of the decision index page (site); undefined in the preview. */
    decisionsPage?: string;
    scales: Map<string, ScaleModel>;
    actors: Map<string, ActorModel>;
    decisions: Map<string, DecisionModel>;
    sources: Map<string, SourceModel>;
    dimensions: Map<string, DimensionModel>;
    /** Every goal of the workspace by its qualified id, with its strategy. */
    goals: Map<string, { strategy: StrategyModel; goal: GoalModel }>;
}

export function createContext(
    model: WorkspaceModel,
    locale: Locale,
    mode: RenderContext['mode'],
    page: string,
    strategyPages: Map<string, string>,
    decisionsPage?: string
): RenderContext {
    return {
        locale,
        labels: VIEW_LABELS[locale],
        model,
        mode,
        page,
        strategyPages,
        decisionsPage,
        scales: new Map(model.scales.map(s => [s.key, s])),
        actors: new Map(model.actors.map(a => [a.id, a])),
        decisions: new Map(model.decisions.map(d => [d.id, d])),
        sources: new Map((model.sources ?? []).map(s => [s.id, s])),
        dimensions: new Map((model.dimensions ?? []).map(d => [d.key, d])),
        goals: new Map(
            model.strategies.flatMap(strategy =>
                strategy.goals.map(goal => [goal.qualifiedId, { strategy, goal }])
            )
        )
    };
}

// ------------------------------------------------------------------ sources (preview only)

/** `data-source` and `data-lines` attributes that lead from the preview back to the text. */
export function src(ctx: RenderContext, range: SourceRange | undefined | null): Html {
    if (ctx.mode !== 'preview' || !range) {
        return trusted('');
    }
    return html` data-source="${sourceRef(range)}" data-lines="${range.line}-${range.endLine}"`;
}

export function sourceRef(range: SourceRange): string {
    return `${range.file}#${range.line}:${range.column}`;
}

// ------------------------------------------------------------------ anchors and links

export function anchor(strategy: string, kind: string, ...ids: string[]): string {
    return anchorId(strategy, kind, ...ids);
}

/** Href of an anchor on the page of a strategy, when that page exists (site, or this preview). */
export function hrefTo(
    ctx: RenderContext,
    strategy: string | undefined,
    fragment?: string
): string | undefined {
    if (strategy === undefined) {
        return undefined;
    }
    const page = ctx.strategyPages.get(strategy);
    if (page === undefined) {
        return undefined;
    }
    if (page === '' || page === ctx.page) {
        return fragment ? '#' + encodeURIComponent(fragment) : '#';
    }
    return relativeHref(ctx.page, page, fragment);
}

/**
 * A link to an element: a real link when its page is part of the output; in the preview an element
 * elsewhere becomes a button that reveals its source; otherwise plain text.
 */
export function linkTo(
    ctx: RenderContext,
    strategy: string | undefined,
    fragment: string | undefined,
    label: Part,
    source?: SourceRange
): Html {
    const href = hrefTo(ctx, strategy, fragment);
    if (href !== undefined) {
        return html`<a href="${href}">${label}</a>`;
    }
    if (ctx.mode === 'preview' && source) {
        return html`<button type="button" class="source-link"${src(ctx, source)}>${label}</button>`;
    }
    return html`<span>${label}</span>`;
}

// ------------------------------------------------------------------ scales and ratings

export interface ResolvedRating {
    rating: RatingModel;
    scale?: ScaleModel;
    value?: ScaleValueModel;
    /** The scale's title (or a placeholder). */
    scaleName: string;
    /** The value's label, "nicht erfasst" or "unbekannter Wert". */
    label: string;
}

export function resolveRating(ctx: RenderContext, rating: RatingModel): ResolvedRating {
    const scale = rating.scale ? ctx.scales.get(rating.scale) : undefined;
    const value = scale && rating.value ? scale.values.find(v => v.id === rating.value) : undefined;
    const scaleName = scale ? scaleTitle(scale, ctx.locale) : ctx.labels.unknownScale;
    const label = rating.notRecorded
        ? ctx.labels.notRecorded
        : rating.shares
          ? rating.shares
                .map(s => {
                    const v = scale?.values.find(x => x.id === s.value);
                    return `${v ? valueLabel(v, ctx.locale) : s.value} ${formatNumber(ctx, s.percent)} %`;
                })
                .join(', ')
          : value
            ? valueLabel(value, ctx.locale)
            : ctx.labels.unknownValue;
    return { rating, scale, value, scaleName, label };
}

/** Order of ratings in a cell: status first, then progress, then the others as written. */
export function ratingRank(rating: RatingModel): number {
    return rating.scale === 'status' ? 0 : rating.scale === 'progress' ? 1 : 2;
}

// ------------------------------------------------------------------ lookups and formats

export function actorName(ctx: RenderContext, id: string | undefined): string | undefined {
    if (!id) {
        return undefined;
    }
    return ctx.actors.get(id)?.title || id;
}

export function decisionTitle(ctx: RenderContext, id: string): string {
    return ctx.decisions.get(id)?.title ?? ctx.labels.noTitle;
}

export function formatNumber(ctx: RenderContext, value: number): string {
    return new Intl.NumberFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
        maximumFractionDigits: 3
    }).format(value);
}

/**
 * A date of year, month or day precision: German `dd.mm.yyyy` / `mm.yyyy`; English as written (ISO).
 * A quarter, half-year or season at its precision: "1. Quartal 2025", "Frühjahr 2025" / "Q1 2025".
 */
export function formatDate(ctx: RenderContext, date: string): string {
    const period = /^(\d{4})-(Q[1-4]|H[12]|spring|summer|autumn|winter)$/.exec(date.trim());
    if (period) {
        return `${ctx.labels.periods[period[2]]} ${period[1]}`;
    }
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
    if (!m || ctx.locale !== 'de') {
        return date;
    }
    const [, year, month, day] = m;
    return day ? `${day}.${month}.${year}` : month ? `${month}.${year}` : year;
}

/** A `<time>` element with the machine-readable date. */
export function time(ctx: RenderContext, date: string): Html {
    const valid = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.trim());
    if (!valid && /^\d{4}-/.test(date.trim())) {
        // a quarter, half-year or season: its year is what a machine can read
        return html`<time datetime="${date.trim().slice(0, 4)}">${formatDate(ctx, date)}</time>`;
    }
    return valid
        ? html`<time datetime="${date.trim()}">${formatDate(ctx, date)}</time>`
        : html`<span>${date}</span>`;
}

/** Months from the start of the year to the start of a quarter, half-year or season. */
const PERIOD_START: Record<string, number> = {
    Q1: 0,
    Q2: 3,
    Q3: 6,
    Q4: 9,
    H1: 0,
    H2: 6,
    spring: 2,
    summer: 5,
    autumn: 8,
    winter: 11
};

/** A date as a fractional year (for charts): `2024-06` → 2024.42. */
export function dateToYear(date: string): number | undefined {
    const period = /^(\d{4})-(Q[1-4]|H[12]|spring|summer|autumn|winter)$/.exec(date.trim());
    if (period) {
        return Number(period[1]) + PERIOD_START[period[2]] / 12;
    }
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
    if (!m) {
        return undefined;
    }
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : undefined;
    const day = m[3] ? Number(m[3]) : undefined;
    if (month === undefined) {
        return year;
    }
    return year + (month - 1) / 12 + ((day ?? 1) - 1) / 365;
}

export function strategyTitle(strategy: StrategyModel): string {
    return strategy.title || strategy.id;
}

// ------------------------------------------------------------------ fidelity in words
// (the views, the Word and Excel documents and `strat diff` say them alike)

/** The marker of an interpretation: the same sign in the views, the documents and the legend. */
export const INTERPRETATION_MARK = '◇';

/** What an element's interpretation mark says: of the element or its title, with the author's note. */
export function interpretationText(ctx: RenderContext, element: Fidelity): string {
    const what = element.interpretationOfTitle ? ctx.labels.interpretationOfTitle : ctx.labels.interpretation;
    return element.interpretationNote ? `${what}: ${element.interpretationNote}` : what;
}

/** Where in a document something comes from, in words: "Peer Review 2015, S. 14". */
export function provenanceText(ctx: RenderContext, provenance: ProvenanceModel): string {
    return `${ctx.sources.get(provenance.source)?.title || provenance.source}${locatorText(ctx, provenance)}`;
}

/** A document citation in words: "zitiert Onlinezugangsgesetz (OZG), § 1 (u. a.)". */
export function documentCitationText(ctx: RenderContext, citation: DocumentCitationModel): string {
    const title = ctx.sources.get(citation.document)?.title || citation.document;
    const others = citation.amongOthers ? ` (${ctx.labels.amongOthers})` : '';
    return `${ctx.labels.citationKinds[citation.kind]} ${title}${locatorText(ctx, citation)}${others}`;
}

/** The words of a link, as the views name it. */
export function linkWords(ctx: RenderContext, kind: LinkKind): string {
    const l = ctx.labels;
    const words: Record<LinkKind, string> = {
        addresses: l.addresses,
        answers: l.answers,
        refines: l.refines,
        owner: l.owner,
        'contributes-to': l.contributesTo,
        level: l.level
    };
    return words[kind];
}

/** A page (", p. 14") or a section (", § 1") in words. */
export function locatorText(ctx: RenderContext, at: { page?: string; section?: string }): string {
    return at.page !== undefined
        ? `, ${ctx.labels.page} ${at.page}`
        : at.section !== undefined
          ? `, ${at.section}`
          : '';
}

/** Whether anything of the strategy is marked as the author's interpretation. */
export function hasInterpretation(strategy: StrategyModel): boolean {
    const seen = (value: unknown): boolean => {
        if (Array.isArray(value)) {
            return value.some(seen);
        }
        if (value && typeof value === 'object') {
            const record = value as Record<string, unknown>;
            if (record.interpretation === true || Array.isArray(record.interpretedLinks)) {
                return true;
            }
            return Object.values(record).some(seen);
        }
        return false;
    };
    return seen(strategy);
}
