import type { Locale } from '../i18n/locale.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import type {
    AssessmentModel,
    Fidelity,
    Linking,
    ProvenanceModel,
    StrategyModel,
    WorkspaceModel
} from '../model/workspace-model.js';
import { indicatorValues } from '../diff/workspace-diff.js';
import { scaleTitle as modelScaleTitle } from '../model/ratings.js';
import {
    actorName,
    createContext,
    resolveRating,
    type RenderContext,
    INTERPRETATION_MARK,
    documentCitationText,
    interpretationText,
    linkWords,
    locatorText,
    provenanceText
} from '../render/context.js';
import { documentCitationsOf } from './document-citations.js';

/** A table of plain cells, the one shape that the spreadsheet and the CSV exports write. */
export interface Table {
    /** A short name: the sheet's name and the CSV file's name. */
    name: string;
    file: string;
    columns: string[];
    rows: Array<Array<string | number | null>>;
}

/**
 * The tables of a workspace for spreadsheets: the status matrix (a row for the strategy and each level
 * as a whole where they are assessed, and one per goal; a column per year and scale), the measures,
 * the indicator values in long form and the decision index with every citation.
 */
export function workspaceTables(model: WorkspaceModel, locale: Locale): Table[] {
    const ctx = createContext(model, locale, 'site', '', new Map());
    return [statusMatrix(ctx), measures(ctx), values(ctx), decisions(ctx), documents(ctx)];
}

function levelTitle(s: StrategyModel, id: string | undefined): string {
    return id ? (s.levels.find(l => l.id === id)?.title ?? id) : '';
}

interface RatedRow {
    element: Fidelity & Partial<Linking> & { assessments?: AssessmentModel[] };
    level: string;
    id: string;
    title: string;
}

/**
 * The rows of the status matrix of a strategy, as its view has them: the strategy as a whole and each
 * level as a whole where they are assessed, then every goal.
 */
function ratedRows(ctx: RenderContext, s: StrategyModel): RatedRow[] {
    const assessed = (e: { assessments?: AssessmentModel[] }) => (e.assessments ?? []).length > 0;
    return [
        ...(assessed(s) ? [{ element: s, level: '', id: s.id, title: ctx.labels.strategyAsWhole }] : []),
        ...s.levels
            .filter(assessed)
            .map(l => ({ element: l, level: l.title || l.id, id: l.id, title: ctx.labels.levelAsWhole })),
        ...s.goals.map(g => ({ element: g, level: levelTitle(s, g.level), id: g.id, title: g.title }))
    ];
}

/**
 * The names of the scales in column headings: their titles, and where two strategies declare scales of
 * the same title (a workbook holds every strategy), also the declaring strategy's id.
 */
function scaleNames(ctx: RenderContext): (key: string) => [string, string | undefined] {
    const title = (key: string) => {
        const model = ctx.scales.get(key);
        return model ? modelScaleTitle(model, ctx.locale) : key;
    };
    const keysOfTitle = new Map<string, number>();
    for (const key of ctx.scales.keys()) {
        keysOfTitle.set(title(key), (keysOfTitle.get(title(key)) ?? 0) + 1);
    }
    return key => {
        const name = title(key);
        const strategy = key.includes('.') ? key.slice(0, key.indexOf('.')) : undefined;
        return [name, (keysOfTitle.get(name) ?? 0) > 1 ? strategy : undefined];
    };
}

function statusMatrix(ctx: RenderContext): Table {
    const r = REVIEW_LABELS[ctx.locale];
    const columnKey = (a: AssessmentModel, scale: string) => `${a.year}\u0000${a.kind}\u0000${scale}`;
    const keys = new Map<string, string>();
    const order: Array<[number, number, number, string]> = [];
    const scaleName = scaleNames(ctx);
    for (const s of ctx.model.strategies) {
        for (const rated of ratedRows(ctx, s)) {
            for (const a of rated.element.assessments ?? []) {
                for (const rating of a.ratings) {
                    const scale = rating.scale ?? '?';
                    const key = columnKey(a, scale);
                    if (!keys.has(key)) {
                        const [name, strategy] = scaleName(scale);
                        const notes = [strategy, a.kind === 'outlook' ? ctx.labels.forecast : undefined];
                        const note = notes.filter(Boolean).join(', ');
                        keys.set(key, `${a.year} ${name}${note ? ` (${note})` : ''}`);
                        const rank = scale === 'status' ? 0 : scale === 'progress' ? 1 : 2;
                        order.push([a.year, a.kind === 'outlook' ? 1 : 0, rank, key]);
                    }
                }
            }
        }
    }
    order.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3].localeCompare(y[3]));
    const years = [...new Set(order.map(o => o[0]))];
    const urgentColumns = years.map(y => `${y} ${r.columns.urgent}`);
    const rows: Table['rows'] = [];
    for (const s of ctx.model.strategies) {
        for (const { element, level, id, title } of ratedRows(ctx, s)) {
            const assessments = element.assessments ?? [];
            const cells = new Map<string, string>();
            for (const a of assessments) {
                for (const rating of a.ratings) {
                    cells.set(columnKey(a, rating.scale ?? '?'), resolveRating(ctx, rating).label);
                }
            }
            rows.push([
                s.title || s.id,
                level,
                id,
                title,
                ...order.map(o => cells.get(o[3]) ?? null),
                ...years.map(y =>
                    urgencyCell(
                        assessments.filter(a => a.year === y),
                        r
                    )
                ),
                interpretationCell(ctx, element),
                provenanceCell(ctx, element)
            ]);
        }
    }
    return {
        name: r.sheets.matrix,
        file: 'status-matrix.csv',
        columns: [
            r.columns.strategy,
            r.columns.level,
            r.columns.id,
            r.columns.title,
            ...order.map(o => keys.get(o[3])!),
            ...urgentColumns,
            r.columns.interpretation,
            r.columns.provenance
        ],
        rows
    };
}

function measures(ctx: RenderContext): Table {
    const r = REVIEW_LABELS[ctx.locale];
    const l = ctx.labels;
    const rows: Table['rows'] = [];
    for (const s of ctx.model.strategies) {
        for (const m of s.measures) {
            rows.push([
                s.title || s.id,
                m.id,
                m.title,
                m.status ? l.measureStatus[m.status] : null,
                actorName(ctx, m.owner) ?? null,
                m.addressesNone
                    ? l.noGoalStated
                    : `${m.addresses.join(', ')}${m.interpretedLinks?.includes('addresses') ? ` ${INTERPRETATION_MARK}` : ''}`,
                m.milestones
                    .map(ms => `${ms.date} ${ms.title}${ms.interpretation ? ` ${INTERPRETATION_MARK}` : ''}`)
                    .join('\n'),
                m.texts.join('\n\n'),
                interpretationCell(ctx, m),
                provenanceCell(ctx, m),
                (m.documentCitations ?? []).map(c => documentCitationText(ctx, c)).join('\n') || null
            ]);
        }
    }
    return {
        name: r.sheets.measures,
        file: 'measures.csv',
        columns: [
            r.columns.strategy,
            r.columns.id,
            r.columns.title,
            l.implementationStatus,
            l.owner,
            l.addresses,
            r.columns.milestones,
            l.description,
            r.columns.interpretation,
            r.columns.provenance,
            r.columns.documentsCited
        ],
        rows
    };
}

/** Indicator values in long form: a row per value, with every field the value has. */
function values(ctx: RenderContext): Table {
    const r = REVIEW_LABELS[ctx.locale];
    const l = ctx.labels;
    const fixed = ['kind', 'date', 'until', 'group', 'value', 'upper', 'qualifier', 'unit', 'source'];
    const entries: Array<{
        s: StrategyModel;
        id: string;
        title: string;
        unit?: string;
        v: Record<string, unknown>;
    }> = [];
    for (const s of ctx.model.strategies) {
        for (const i of s.indicators) {
            for (const v of indicatorValues(i)) {
                entries.push({ s, id: i.id, title: i.title, unit: i.unit, v });
            }
        }
    }
    const extra = [...new Set(entries.flatMap(e => Object.keys(e.v)))].filter(
        k => !fixed.includes(k) && k !== 'note' && k !== 'percent'
    );
    const kindWord = (kind: unknown) => l.valueKinds[String(kind)] ?? String(kind ?? '');
    const qualifierWord = (q: unknown) => (q === undefined ? undefined : (l.qualifiers[String(q)] ?? q));
    const named: Record<string, string> = {
        shares: r.columns.shares,
        condition: r.columns.condition,
        partial: l.partial,
        provenance: r.columns.locator,
        interpretation: r.columns.interpretation
    };
    // where in its source a value stands, and whether it is the author's reading, in words
    const extraCell = (k: string, v: unknown): string | number | null =>
        k === 'provenance'
            ? v
                ? locatorText(ctx, v as ProvenanceModel).replace(/^, /, '')
                : null
            : k === 'interpretation'
              ? v
                  ? INTERPRETATION_MARK
                  : null
              : cell(v);
    const cell = (v: unknown): string | number | null =>
        v === undefined || v === null
            ? null
            : typeof v === 'number' || typeof v === 'string'
              ? v
              : JSON.stringify(v);
    return {
        name: r.sheets.values,
        file: 'indicator-values.csv',
        columns: [
            r.columns.strategy,
            r.columns.indicator,
            r.columns.title,
            l.kind,
            r.columns.date,
            r.columns.until,
            r.columns.group,
            l.value,
            r.columns.upper,
            r.columns.qualifier,
            l.unit,
            l.source,
            ...extra.map(k => named[k] ?? k)
        ],
        rows: entries.map(e => [
            e.s.title || e.s.id,
            e.id,
            e.title,
            kindWord(e.v.kind),
            cell(e.v.date),
            cell(e.v.until),
            cell(e.v.group),
            cell(e.v.value),
            cell(e.v.upper),
            cell(qualifierWord(e.v.qualifier)),
            cell(e.v.unit ?? (e.v.percent ? '%' : e.unit)),
            cell(e.v.source ?? e.v.note),
            ...extra.map(k => extraCell(k, e.v[k]))
        ])
    };
}

function decisions(ctx: RenderContext): Table {
    const r = REVIEW_LABELS[ctx.locale];
    const l = ctx.labels;
    const rows: Table['rows'] = [];
    for (const d of ctx.model.decisions) {
        const head = [d.id, d.title, actorName(ctx, d.body) ?? null, d.date ?? null];
        if (d.citations.length === 0) {
            rows.push([...head, null, null, null, null, null]);
        }
        for (const c of d.citations) {
            const strategy = ctx.model.strategies.find(s => s.id === c.strategy);
            rows.push([
                ...head,
                l.citationKinds[c.kind],
                strategy ? strategy.title || strategy.id : (c.strategy ?? null),
                l.elementTypes[c.element.type] ?? c.element.type,
                c.element.id ?? null,
                c.element.title ?? null
            ]);
        }
    }
    return {
        name: r.sheets.decisions,
        file: 'decisions.csv',
        columns: [
            l.decision,
            r.columns.title,
            r.columns.body,
            r.columns.date,
            r.columns.citationKind,
            r.columns.strategy,
            r.columns.elementType,
            r.columns.element,
            r.columns.elementTitle
        ],
        rows
    };
}

/** Every document citation: a row per citation, beside the decisions' sheet. */
function documents(ctx: RenderContext): Table {
    const r = REVIEW_LABELS[ctx.locale];
    const l = ctx.labels;
    const rows: Table['rows'] = [];
    for (const s of ctx.model.strategies) {
        for (const { citation, element } of documentCitationsOf(s)) {
            const source = ctx.sources.get(citation.document);
            rows.push([
                citation.document,
                source?.title ?? null,
                source?.kind ? l.documentKinds[source.kind] : null,
                l.citationKinds[citation.kind],
                locatorText(ctx, citation).replace(/^, /, '') || null,
                citation.amongOthers ? r.columns.amongOthers : null,
                s.title || s.id,
                l.elementTypes[element.type] ?? element.type,
                element.id ?? null,
                element.title ?? null
            ]);
        }
    }
    return {
        name: r.sheets.documents,
        file: 'document-citations.csv',
        columns: [
            r.columns.document,
            r.columns.documentTitle,
            r.columns.documentKind,
            r.columns.citationKind,
            r.columns.locator,
            r.columns.amongOthers,
            r.columns.strategy,
            r.columns.elementType,
            r.columns.element,
            r.columns.elementTitle
        ],
        rows
    };
}

/** What of an element is the author's reading: "◇ Titel: Deutung …", a line per mark (element, links). */
function interpretationCell(ctx: RenderContext, element: Fidelity & Partial<Linking>): string | null {
    const lines: string[] = [];
    if (element.interpretation) {
        lines.push(`${INTERPRETATION_MARK} ${interpretationText(ctx, element)}`);
    }
    if (element.interpretedLinks && element.interpretedLinks.length > 0) {
        lines.push(
            `${INTERPRETATION_MARK} ${ctx.labels.interpretedLink} (${element.interpretedLinks.map(k => linkWords(ctx, k)).join(', ')})`
        );
    }
    return lines.length > 0 ? lines.join('\n') : null;
}

/** Where an element comes from: "Peer Review 2015, S. 14". */
function provenanceCell(ctx: RenderContext, element: Fidelity): string | null {
    return element.provenance ? provenanceText(ctx, element.provenance) : null;
}

/** A table as CSV (RFC 4180: commas, CRLF, quotes where needed), with a BOM so that Excel reads UTF-8. */
export function tableCsv(table: Table): string {
    const quote = (v: string | number | null) => {
        // a text that a spreadsheet would take as a formula is kept as text
        const raw = v === null ? '' : String(v);
        const text = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${raw}` : raw;
        return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    return (
        '\uFEFF' + [table.columns, ...table.rows].map(row => row.map(quote).join(',')).join('\r\n') + '\r\n'
    );
}

/** The urgency of a year's assessments: yes, no, or "not recorded" where the source is silent. */
function urgencyCell(
    assessments: readonly { urgent: boolean | null }[],
    r: { yes: string; no: string; notRecorded: string }
): string | null {
    if (assessments.length === 0) {
        return null;
    }
    if (assessments.some(a => a.urgent === true)) {
        return r.yes;
    }
    return assessments.some(a => a.urgent === false) ? r.no : r.notRecorded;
}
