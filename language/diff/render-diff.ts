import type { Locale } from '../i18n/locale.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { scaleTitle as modelScaleTitle } from '../model/ratings.js';
import {
    createContext,
    formatDate,
    formatNumber,
    locatorText,
    resolveRating,
    type RenderContext
} from '../render/context.js';
import { amountText } from '../render/evidence.js';
import type { Change, CitationDetails, InterpretationMark, WorkspaceDiff } from './workspace-diff.js';
import type { ChangeGroup, ChangeLine } from '../render/changes.js';

export type { ChangeGroup, ChangeLine } from '../render/changes.js';

const ELEMENT_TERMS: Record<string, string> = {
    strategy: 'Strategy',
    level: 'Level',
    goal: 'Goal',
    measure: 'Measure',
    milestone: 'Milestone',
    area: 'Area',
    principle: 'Principle',
    idea: 'Idea',
    question: 'Question',
    stakeholder: 'Stakeholder',
    need: 'Need',
    cornerstone: 'Cornerstone',
    section: 'Section',
    indicator: 'Indicator',
    decision: 'Decision'
};

/**
 * The changes in words, grouped by strategy and then the catalogue. Ratings are named by their scale
 * and value labels as the newer model (else the older) declares them.
 */
export function describeDiff(
    diff: WorkspaceDiff,
    before: WorkspaceModel,
    after: WorkspaceModel,
    locale: Locale
): ChangeGroup[] {
    const ctxAfter = createContext(after, locale, 'site', '', new Map());
    const ctxBefore = createContext(before, locale, 'site', '', new Map());
    const groups = new Map<string, ChangeGroup>();
    const r = REVIEW_LABELS[locale];
    for (const change of diff.changes) {
        const groupKey = change.strategy ?? '';
        let group = groups.get(groupKey);
        if (!group) {
            const s =
                after.strategies.find(x => x.id === change.strategy) ??
                before.strategies.find(x => x.id === change.strategy);
            group = {
                strategy: change.strategy,
                heading: change.strategy === undefined ? r.catalogue : s?.title || change.strategy,
                lines: []
            };
            groups.set(groupKey, group);
        }
        group.lines.push(describeChange(change, ctxBefore, ctxAfter));
    }
    const catalogue = groups.get('');
    groups.delete('');
    return [...groups.values(), ...(catalogue ? [catalogue] : [])];
}

function elementWords(ctx: RenderContext, change: Change): string {
    const term = ctx.labels.elementTypes[ELEMENT_TERMS[change.element.type] ?? ''] ?? change.element.type;
    const e = change.element;
    const [open, close] = ctx.locale === 'de' ? ['„', '“'] : ['“', '”'];
    if (e.type === 'decision') {
        return `${term} ${e.id}${e.title ? ` ${open}${e.title}${close}` : ''}`;
    }
    return `${term} ${e.id}${e.title && e.title !== e.id ? ` ${open}${e.title}${close}` : ''}`;
}

function ratingWords(ctx: RenderContext, fallback: RenderContext, scale: string, value: unknown): string {
    if (value === null || value === undefined) {
        return ctx.labels.notRecorded;
    }
    const rating = { scale, value: String(value), notRecorded: false };
    const resolved = resolveRating(ctx, rating);
    return resolved.value ? resolved.label : resolveRating(fallback, rating).label;
}

function scaleWords(ctx: RenderContext, fallback: RenderContext, scale: string | undefined): string {
    const model = (scale && ctx.scales.get(scale)) || (scale && fallback.scales.get(scale));
    return model ? modelScaleTitle(model, ctx.locale) : (scale ?? '');
}

/** A plain value in words: dates formatted, lists joined, objects as their fields. */
export function valueWords(ctx: RenderContext, value: unknown): string {
    const r = REVIEW_LABELS[ctx.locale].diff;
    if (value === undefined || value === null || value === '') {
        return r.none;
    }
    if (Array.isArray(value)) {
        return value.length === 0 ? r.none : value.map(v => valueWords(ctx, v)).join(', ');
    }
    if (typeof value === 'object') {
        return Object.entries(value as Record<string, unknown>)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => `${k} ${valueWords(ctx, v)}`)
            .join(', ');
    }
    if (typeof value === 'boolean') {
        return value ? REVIEW_LABELS[ctx.locale].yes : REVIEW_LABELS[ctx.locale].no;
    }
    if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)) {
        return formatDate(ctx, value);
    }
    return String(value);
}

/**
 * An indicator value in the words of the views: kind, date or period, group, then the amount (with its
 * qualifier and range) or shares, the condition and the source — `Messwert 2024, Gruppe land: ca. 15 bis
 * 30 % (Quelle umfrage)`.
 */
export function indicatorValueWords(ctx: RenderContext, value: Record<string, unknown>): string {
    const l = ctx.labels;
    const text = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : undefined);
    const kind = text('kind');
    const head: string[] = [kind ? (l.valueKinds[kind] ?? kind) : ''];
    const date = text('date');
    const until = text('until');
    if (date) {
        head[0] += ` ${until ? l.periodText(formatDate(ctx, date), formatDate(ctx, until)) : formatDate(ctx, date)}`;
    }
    if (text('group')) {
        head.push(`${l.group} ${text('group')}`);
    }
    const shares = value.shares as { value: string; percent: number }[] | undefined;
    const amount = shares
        ? shares.map(s => `${s.value} ${formatNumber(ctx, s.percent)} %`).join(', ')
        : amountText(ctx, value as never, text('unit'));
    const tail: string[] = [];
    if (text('condition')) tail.push(l.conditionOf(text('condition')!));
    const source = text('source') ?? text('note');
    const at = value.provenance as { page?: string; section?: string } | undefined;
    if (source) tail.push(`${l.source} ${source}${at ? locatorText(ctx, at) : ''}`);
    if (value.interpretation === true) tail.push(REVIEW_LABELS[ctx.locale].diff.interpretationValue);
    const words = `${head.join(', ').trim()}: ${amount || valueWords(ctx, value.value)}`;
    return tail.length > 0 ? `${words} (${tail.join(', ')})` : words;
}

/** A field of the model in the words of the views, where they have one. */
function fieldWords(ctx: RenderContext, field: string): string {
    const words = ctx.labels as unknown as Record<string, unknown>;
    const known: Record<string, string> = {
        asOf: 'asOf',
        owner: 'owner',
        horizon: 'horizon',
        partOf: 'partOf',
        vision: 'vision',
        status: 'status',
        addresses: 'addresses',
        refines: 'refines',
        contributesTo: 'contributesTo',
        targetPicture: 'targetPicture',
        unit: 'unit',
        direction: 'direction',
        goals: 'measures_',
        answeredBy: 'answeredBy',
        answers: 'answers',
        rationale: 'rationale',
        assessor: 'assessor',
        date: 'date',
        summary: 'summary',
        level: 'level',
        'contributes-to': 'contributesTo'
    };
    const diffWords = REVIEW_LABELS[ctx.locale].diff as Record<string, unknown>;
    if (field === 'addressesNone' || field === 'answersNone') {
        return diffWords[field] as string;
    }
    const word = known[field] ? words[known[field]] : undefined;
    return typeof word === 'string' ? word : field;
}

function describeChange(change: Change, before: RenderContext, after: RenderContext): ChangeLine {
    const r = REVIEW_LABELS[after.locale].diff;
    const l = after.labels;
    const element = elementWords(after, change);
    const words = (v: unknown) => valueWords(after, v);
    const valueOf = (v: unknown) => indicatorValueWords(after, (v ?? {}) as Record<string, unknown>);
    const kindWord = (k: string | undefined) => (k === 'outlook' ? r.outlook : r.assessment);
    const citation = (k: unknown) =>
        k ? (l.citationKinds[k as keyof typeof l.citationKinds] ?? String(k)) : '';
    switch (change.kind) {
        case 'added':
            return { element, what: r.added };
        case 'removed':
            return { element, what: r.removed };
        case 'renamed':
            return { element, what: r.renamed(String(change.before), String(change.after)) };
        case 'moved':
            return { element, what: r.moved(change.field ?? '', words(change.before), words(change.after)) };
        case 'retitled':
            return { element, what: r.retitled(String(change.before ?? ''), String(change.after ?? '')) };
        case 'text-changed':
            return {
                element,
                what: r.textChanged,
                texts: { before: change.before as string[], after: change.after as string[] }
            };
        case 'field-changed': {
            const name = fieldWords(after, change.field ?? '');
            const field = change.assessment
                ? `${kindWord(change.assessment.kind)} ${change.assessment.year}, ${name}`
                : name;
            return { element, what: r.fieldChanged(field, words(change.before), words(change.after)) };
        }
        case 'rating-changed': {
            const a = change.assessment!;
            const year = a.kind === 'outlook' ? `${a.year} (${r.outlook})` : String(a.year);
            return {
                element,
                what: r.ratingChanged(
                    scaleWords(after, before, change.scale),
                    year,
                    ratingWords(before, after, change.scale!, change.before),
                    ratingWords(after, before, change.scale!, change.after)
                )
            };
        }
        case 'assessment-added':
        case 'assessment-removed': {
            const a = change.assessment!;
            const ctx = change.kind === 'assessment-added' ? after : before;
            const ratings = Object.entries((change.after ?? change.before) as Record<string, string | null>)
                .map(
                    ([scale, value]) =>
                        `${scaleWords(ctx, after, scale)}: ${ratingWords(ctx, after, scale, value)}`
                )
                .join(', ');
            const head =
                change.kind === 'assessment-added'
                    ? r.assessmentAdded(kindWord(a.kind), a.year)
                    : r.assessmentRemoved(kindWord(a.kind), a.year);
            return { element, what: ratings ? `${head} (${ratings})` : head };
        }
        case 'citation-added':
            return { element, what: r.citationAdded(citation(change.after), change.decision!) };
        case 'citation-removed':
            return { element, what: r.citationRemoved(citation(change.before), change.decision!) };
        case 'citation-kind-changed':
            return {
                element,
                what: r.citationKindChanged(change.decision!, citation(change.before), citation(change.after))
            };
        case 'citation-changed':
            return {
                element,
                what: r.citationChanged(
                    change.decision!,
                    citationWords(before, change.before as CitationDetails),
                    citationWords(after, change.after as CitationDetails)
                )
            };
        case 'document-citation-added':
            return {
                element,
                what: r.documentCitationAdded(
                    documentCitationWords(after, before, change.document!, change.after as CitationDetails)
                )
            };
        case 'document-citation-removed':
            return {
                element,
                what: r.documentCitationRemoved(
                    documentCitationWords(before, after, change.document!, change.before as CitationDetails)
                )
            };
        case 'document-citation-changed': {
            const all = (v: unknown) => (Array.isArray(v) ? v : [v]) as CitationDetails[];
            const list = (ctx: RenderContext, other: RenderContext, v: unknown) =>
                all(v)
                    .map(c => documentCitationWords(ctx, other, change.document!, c))
                    .join('; ');
            return {
                element,
                what: r.documentCitationChanged(
                    list(before, after, change.before),
                    list(after, before, change.after)
                )
            };
        }
        case 'interpretation-added':
        case 'interpretation-removed':
        case 'interpretation-changed':
            return { element, what: inAssessment(after, change, interpretationWords(after, change)) };
        case 'provenance-added':
            return {
                element,
                what: inAssessment(
                    after,
                    change,
                    r.provenanceAdded(provenanceWords(after, before, change.after))
                )
            };
        case 'provenance-removed':
            return {
                element,
                what: inAssessment(
                    after,
                    change,
                    r.provenanceRemoved(provenanceWords(before, after, change.before))
                )
            };
        case 'provenance-changed':
            return {
                element,
                what: inAssessment(
                    after,
                    change,
                    r.provenanceChanged(
                        provenanceWords(before, after, change.before),
                        provenanceWords(after, before, change.after)
                    )
                )
            };
        case 'value-added':
            return { element, what: r.valueAdded(valueOf(change.after)) };
        case 'value-removed':
            return { element, what: r.valueRemoved(valueOf(change.before)) };
        case 'value-changed':
            return { element, what: r.valueChanged(valueOf(change.before), valueOf(change.after)) };
    }
}

/** A change of an assessment's mark or provenance: `Bewertung 2024: …`. */
function inAssessment(ctx: RenderContext, change: Change, words: string): string {
    const a = change.assessment;
    if (!a) {
        return words;
    }
    const r = REVIEW_LABELS[ctx.locale].diff;
    return `${a.kind === 'outlook' ? r.outlook : r.assessment} ${a.year}: ${words}`;
}

/** A declared document by its title (as the newer, else the older version declares it), else its id. */
function documentWords(ctx: RenderContext, other: RenderContext, id: string): string {
    return ctx.sources.get(id)?.title || other.sources.get(id)?.title || id;
}

/** Where something comes from: `Peer Review 2015, S. 14`. */
function provenanceWords(ctx: RenderContext, other: RenderContext, value: unknown): string {
    const p = value as { source: string; page?: string; section?: string };
    return `${documentWords(ctx, other, p.source)}${locatorText(ctx, p)}`;
}

/** What a citation says besides whom it cites: `zitiert, Ziffer 2, u. a., bei „…“`. */
function citationWords(ctx: RenderContext, c: CitationDetails | undefined): string {
    if (!c) {
        return REVIEW_LABELS[ctx.locale].diff.none;
    }
    const r = REVIEW_LABELS[ctx.locale].diff;
    const kinds = ctx.labels.citationKinds as Record<string, string>;
    const parts = [kinds[c.kind] ?? c.kind];
    if (c.items) parts.push(`${r.items} ${c.items.join(', ')}`);
    if (c.amongOthers) parts.push(r.amongOthers);
    if (c.passage !== undefined) parts.push(r.passage(c.passage));
    return parts.join(', ');
}

/** A document citation in words: `zitiert Onlinezugangsgesetz (OZG), § 1, u. a.`. */
function documentCitationWords(
    ctx: RenderContext,
    other: RenderContext,
    document: string,
    c: CitationDetails
): string {
    const r = REVIEW_LABELS[ctx.locale].diff;
    const kinds = ctx.labels.citationKinds as Record<string, string>;
    let words = `${kinds[c.kind] ?? c.kind} ${documentWords(ctx, other, document)}${locatorText(ctx, c)}`;
    if (c.amongOthers) words += `, ${r.amongOthers}`;
    if (c.passage !== undefined) words += `, ${r.passage(c.passage)}`;
    return words;
}

/** An interpretation mark that came, went or changed: of the element, its title or one of its links. */
function interpretationWords(ctx: RenderContext, change: Change): string {
    const r = REVIEW_LABELS[ctx.locale].diff;
    if (change.link) {
        const link = fieldWords(ctx, change.link === 'contributes-to' ? 'contributesTo' : change.link);
        return change.kind === 'interpretation-added'
            ? r.linkInterpretationAdded(link)
            : r.linkInterpretationRemoved(link);
    }
    const [open, close] = ctx.locale === 'de' ? ['„', '“'] : ['“', '”'];
    const mark = (m: InterpretationMark | undefined) =>
        m === undefined
            ? r.none
            : `${m.of === 'title' ? r.titleInterpretation : r.elementInterpretation}${
                  m.note !== undefined ? ` (${open}${m.note}${close})` : ''
              }`;
    const before = change.before as InterpretationMark | undefined;
    const after = change.after as InterpretationMark | undefined;
    const note = (m: InterpretationMark | undefined) =>
        m?.note !== undefined ? ` (${open}${m.note}${close})` : '';
    switch (change.kind) {
        case 'interpretation-added':
            return `${after?.of === 'title' ? r.titleInterpretationAdded : r.interpretationAdded}${note(after)}`;
        case 'interpretation-removed':
            return before?.of === 'title' ? r.titleInterpretationRemoved : r.interpretationRemoved;
        default:
            return r.interpretationChanged(mark(before), mark(after));
    }
}

/**
 * The changes as plain text. `show` makes each text from the files printable where the text goes (a
 * terminal escapes control characters); every line break in the result is the renderer's own.
 */
export function diffText(
    groups: readonly ChangeGroup[],
    locale: Locale,
    show: (text: string) => string = text => text
): string {
    const r = REVIEW_LABELS[locale];
    if (groups.length === 0) {
        return `${r.noChanges}\n`;
    }
    const out: string[] = [];
    for (const g of groups) {
        out.push(show(g.heading));
        for (const line of g.lines) {
            out.push(`  ${show(line.element)}: ${show(line.what)}`);
            if (line.texts) {
                line.texts.before.forEach(t => out.push(`    - ${show(oneLine(t))}`));
                line.texts.after.forEach(t => out.push(`    + ${show(oneLine(t))}`));
            }
        }
    }
    const n = groups.reduce((sum, g) => sum + g.lines.length, 0);
    out.push('', r.diff.summary(n));
    return out.join('\n') + '\n';
}

function oneLine(text: string): string {
    return text.replace(/\s*\n\s*/g, ' ');
}

/** Markdown special characters escaped, so that titles cannot change the comment's structure. */
function md(text: string): string {
    return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** The changes as Markdown (for a merge-request comment). */
export function diffMarkdown(groups: readonly ChangeGroup[], locale: Locale, title?: string): string {
    const r = REVIEW_LABELS[locale];
    const out: string[] = [`## ${md(title ?? r.changes)}`, ''];
    if (groups.length === 0) {
        out.push(r.noChanges);
        return out.join('\n') + '\n';
    }
    for (const g of groups) {
        out.push(`### ${md(g.heading)}`, '');
        for (const line of g.lines) {
            out.push(`- **${md(line.element)}**: ${md(line.what)}`);
            if (line.texts) {
                out.push('', '  ```diff');
                line.texts.before.forEach(t => out.push(`  - ${oneLine(t).replace(/`/g, "'")}`));
                line.texts.after.forEach(t => out.push(`  + ${oneLine(t).replace(/`/g, "'")}`));
                out.push('  ```', '');
            }
        }
        out.push('');
    }
    const n = groups.reduce((sum, g) => sum + g.lines.length, 0);
    out.push(`_${r.diff.summary(n)}_`);
    return out.join('\n') + '\n';
}
