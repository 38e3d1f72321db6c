import type {
    AssessmentModel,
    CitationModel,
    DecisionModel,
    DocumentCitationModel,
    Fidelity,
    LinkKind,
    ProvenanceModel,
    StrategyModel,
    WorkspaceModel
} from '../model/workspace-model.js';
import { pairRenames, type Pairable } from './rename-pairing.js';

/**
 * What changed between two workspace models, as a plain list. Identity is the element's kind and id
 * within its strategy (decisions: their number); an element or strategy whose id changed while it
 * stayed the same otherwise is a rename (rename-pairing.ts says when). Fields are compared
 * generically, so that fields added to the model later show up as `field-changed` (elements,
 * decisions) or inside `value-*` changes (indicator values) without changes here.
 */
export type ChangeKind =
    | 'added'
    | 'removed'
    | 'renamed'
    | 'moved'
    | 'retitled'
    | 'text-changed'
    | 'field-changed'
    | 'rating-changed'
    | 'assessment-added'
    | 'assessment-removed'
    | 'citation-added'
    | 'citation-removed'
    | 'citation-kind-changed'
    | 'citation-changed'
    | 'document-citation-added'
    | 'document-citation-removed'
    | 'document-citation-changed'
    | 'interpretation-added'
    | 'interpretation-removed'
    | 'interpretation-changed'
    | 'provenance-added'
    | 'provenance-removed'
    | 'provenance-changed'
    | 'value-added'
    | 'value-removed'
    | 'value-changed';

export interface ChangedElement {
    /** `strategy`, `level`, `goal`, `measure`, `milestone`, … or `decision` (catalogue). */
    type: string;
    id: string;
    title: string;
}

export interface Change {
    kind: ChangeKind;
    /** The strategy the change is in; absent for the decision catalogue. */
    strategy?: string;
    element: ChangedElement;
    /** The field (`field-changed`), or the container (`moved`: `level`, `area`, …). */
    field?: string;
    /** Assessments and ratings: `assessment` or `outlook`, the year and the scale key. */
    assessment?: { kind: AssessmentModel['kind']; year: number };
    scale?: string;
    /** Citations: the decision's number. */
    decision?: string;
    /** Document citations: the id of the declared document. */
    document?: string;
    /** Interpretation marks of a link (`addresses … interpretation`): the kind of link. */
    link?: LinkKind;
    before?: unknown;
    after?: unknown;
}

export interface WorkspaceDiff {
    changes: Change[];
}

/** A flattened element of a strategy: its kind, id, container and the object itself. */
interface Flat {
    type: string;
    id: string;
    title: string;
    texts: string[];
    /** The kind and id of the element that holds it (a goal's level, a principle's area, …). */
    container?: { field: string; id: string };
    citations: CitationModel[];
    object: Record<string, unknown>;
}

/** Properties that are not compared as plain fields: they are compared in their own way or not at all. */
const STRUCTURAL = new Set([
    'id',
    'title',
    'texts',
    'source',
    'citations',
    'assessments',
    'qualifiedId',
    'levels',
    'goals',
    'measures',
    'areas',
    'stakeholders',
    'cornerstones',
    'questions',
    'ideas',
    'indicators',
    'milestones',
    'sections',
    'principles',
    'needs',
    'values',
    'baseline',
    'target',
    'measurements',
    'years',
    'declared',
    // compared as interpretation marks, provenance and document citations
    'interpretation',
    'interpretationNote',
    'interpretationOfTitle',
    'interpretedLinks',
    'provenance',
    'documentCitations'
]);

function flatten(strategy: StrategyModel): Flat[] {
    const out: Flat[] = [];
    const add = (type: string, e: object, id: string | undefined, container?: Flat['container']) => {
        const o = e as Record<string, unknown>;
        if (id === undefined) {
            return;
        }
        out.push({
            type,
            id,
            title: String(o.title ?? ''),
            texts: (o.texts as string[] | undefined) ?? [],
            container,
            citations: (o.citations as CitationModel[] | undefined) ?? [],
            object: o
        });
    };
    strategy.levels.forEach(l => add('level', l, l.id));
    strategy.goals.forEach(g => add('goal', g, g.id, g.level ? { field: 'level', id: g.level } : undefined));
    for (const m of strategy.measures) {
        add('measure', m, m.id);
        m.milestones.forEach(ms =>
            add('milestone', ms, ms.id ?? `${ms.date} ${ms.title}`, { field: 'measure', id: m.id })
        );
    }
    strategy.milestones.forEach(ms => add('milestone', ms, ms.id ?? `${ms.date} ${ms.title}`));
    for (const a of strategy.areas) {
        add('area', a, a.id);
        a.principles.forEach(p => add('principle', p, p.id, { field: 'area', id: a.id }));
        a.ideas.forEach(i => add('idea', i, i.id, { field: 'area', id: a.id }));
        a.questions.forEach(q => add('question', q, q.id, { field: 'area', id: a.id }));
    }
    for (const s of strategy.stakeholders) {
        add('stakeholder', s, s.id);
        s.needs.forEach(n => add('need', n, n.id, { field: 'stakeholder', id: s.id }));
    }
    strategy.cornerstones.forEach(c => add('cornerstone', c, c.id));
    for (const s of strategy.sections) {
        add('section', s, s.id);
        s.questions.forEach(q => add('question', q, q.id, { field: 'section', id: s.id }));
        s.ideas.forEach(i => add('idea', i, i.id, { field: 'section', id: s.id }));
    }
    strategy.questions.forEach(q => add('question', q, q.id));
    strategy.ideas.forEach(i => add('idea', i, i.id));
    strategy.indicators.forEach(i => add('indicator', i, i.id));
    return out;
}

const key = (f: { type: string; id: string }) => `${f.type}\u0000${f.id}`;

/** Plain fields of an element: everything that is not structural, as comparable JSON. */
function fields(object: Record<string, unknown>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, value] of Object.entries(object)) {
        if (!STRUCTURAL.has(name) && value !== undefined) {
            out.set(name, JSON.stringify(value));
        }
    }
    return out;
}

function compareFields(
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    change: (field: string, before: unknown, after: unknown) => void
): void {
    const a = fields(before);
    const b = fields(after);
    for (const name of new Set([...a.keys(), ...b.keys()])) {
        if (a.get(name) !== b.get(name)) {
            change(name, before[name], after[name]);
        }
    }
}

/** What a citation says besides whom it cites: its kind and where (items, page, section, passage). */
export interface CitationDetails {
    kind: string;
    items?: number[];
    page?: string;
    section?: string;
    amongOthers?: boolean;
    passage?: string;
}

function citationDetails(c: CitationModel | DocumentCitationModel): CitationDetails {
    const page = 'page' in c ? c.page : undefined;
    const section = 'section' in c ? c.section : undefined;
    const items = 'items' in c ? c.items : undefined;
    return {
        kind: c.kind,
        ...(items && { items }),
        ...(page !== undefined && { page }),
        ...(section !== undefined && { section }),
        ...(c.amongOthers && { amongOthers: true }),
        ...(c.passage !== undefined && { passage: c.passage })
    };
}

function compareCitations(
    before: readonly CitationModel[],
    after: readonly CitationModel[],
    change: (kind: ChangeKind, decision: string, before?: unknown, after?: unknown) => void
): void {
    const a = new Map(before.map(c => [c.decision, citationDetails(c)]));
    const b = new Map(after.map(c => [c.decision, citationDetails(c)]));
    for (const [decision, next] of b) {
        const old = a.get(decision);
        if (old === undefined) {
            change('citation-added', decision, undefined, next.kind);
        } else if (old.kind !== next.kind) {
            change('citation-kind-changed', decision, old.kind, next.kind);
        } else if (JSON.stringify(old) !== JSON.stringify(next)) {
            change('citation-changed', decision, old, next);
        }
    }
    for (const [decision, old] of a) {
        if (!b.has(decision)) {
            change('citation-removed', decision, old.kind, undefined);
        }
    }
}

/** Citations of declared documents, by document: added, removed, or cited otherwise (kind, where). */
function compareDocumentCitations(
    before: readonly DocumentCitationModel[],
    after: readonly DocumentCitationModel[],
    push: (change: Omit<Change, 'strategy' | 'element'>) => void
): void {
    const byDocument = (cs: readonly DocumentCitationModel[]) => {
        const out = new Map<string, CitationDetails[]>();
        cs.forEach(c => out.set(c.document, [...(out.get(c.document) ?? []), citationDetails(c)]));
        return out;
    };
    const a = byDocument(before);
    const b = byDocument(after);
    for (const [document, next] of b) {
        const old = a.get(document);
        if (!old) {
            next.forEach(c => push({ kind: 'document-citation-added', document, after: c }));
        } else if (JSON.stringify(old) !== JSON.stringify(next)) {
            push({
                kind: 'document-citation-changed',
                document,
                before: old.length === 1 ? old[0] : old,
                after: next.length === 1 ? next[0] : next
            });
        }
    }
    for (const [document, old] of a) {
        if (!b.has(document)) {
            old.forEach(c => push({ kind: 'document-citation-removed', document, before: c }));
        }
    }
}

/** An element's own interpretation mark: of the element or of its title only, with the author's note. */
export interface InterpretationMark {
    of: 'element' | 'title';
    note?: string;
}

function interpretationOf(f: Fidelity): InterpretationMark | undefined {
    if (!f.interpretation) {
        return undefined;
    }
    return {
        of: f.interpretationOfTitle ? 'title' : 'element',
        ...(f.interpretationNote !== undefined && { note: f.interpretationNote })
    };
}

/** Interpretation marks (of the element, its title and its links) and provenance of an element. */
function compareFidelity(
    before: Fidelity & { interpretedLinks?: LinkKind[] },
    after: Fidelity & { interpretedLinks?: LinkKind[] },
    push: (change: Omit<Change, 'strategy' | 'element'>) => void
): void {
    const a = interpretationOf(before);
    const b = interpretationOf(after);
    if (!a && b) {
        push({ kind: 'interpretation-added', after: b });
    } else if (a && !b) {
        push({ kind: 'interpretation-removed', before: a });
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
        push({ kind: 'interpretation-changed', before: a, after: b });
    }
    const oldLinks = new Set(before.interpretedLinks ?? []);
    const newLinks = new Set(after.interpretedLinks ?? []);
    for (const link of newLinks) {
        if (!oldLinks.has(link)) {
            push({ kind: 'interpretation-added', link });
        }
    }
    for (const link of oldLinks) {
        if (!newLinks.has(link)) {
            push({ kind: 'interpretation-removed', link });
        }
    }
    const p = before.provenance;
    const q = after.provenance;
    if (!p && q) {
        push({ kind: 'provenance-added', after: q });
    } else if (p && !q) {
        push({ kind: 'provenance-removed', before: p });
    } else if (p && q && JSON.stringify(provenanceKey(p)) !== JSON.stringify(provenanceKey(q))) {
        push({ kind: 'provenance-changed', before: p, after: q });
    }
}

function provenanceKey(p: ProvenanceModel): unknown[] {
    return [p.source, p.page ?? null, p.section ?? null];
}

function compareAssessments(
    before: readonly AssessmentModel[],
    after: readonly AssessmentModel[],
    push: (change: Omit<Change, 'strategy' | 'element'>) => void
): void {
    const id = (a: AssessmentModel) => `${a.kind} ${a.year}`;
    const a = new Map(before.map(x => [id(x), x]));
    const b = new Map(after.map(x => [id(x), x]));
    for (const [k, next] of b) {
        const old = a.get(k);
        const assessment = { kind: next.kind, year: next.year };
        if (!old) {
            push({ kind: 'assessment-added', assessment, after: ratingValues(next) });
            continue;
        }
        const oldRatings = ratingValues(old);
        const newRatings = ratingValues(next);
        for (const scale of new Set([...Object.keys(oldRatings), ...Object.keys(newRatings)])) {
            if (oldRatings[scale] !== newRatings[scale]) {
                push({
                    kind: 'rating-changed',
                    assessment,
                    scale,
                    before: oldRatings[scale] ?? null,
                    after: newRatings[scale] ?? null
                });
            }
        }
        compareFields(
            { urgent: old.urgent, rationale: old.rationale, assessor: old.assessor, evidence: old.evidence },
            {
                urgent: next.urgent,
                rationale: next.rationale,
                assessor: next.assessor,
                evidence: next.evidence
            },
            (field, b4, af) => push({ kind: 'field-changed', assessment, field, before: b4, after: af })
        );
        compareFidelity(old, next, c => push({ ...c, assessment }));
    }
    for (const [k, old] of a) {
        if (!b.has(k)) {
            push({
                kind: 'assessment-removed',
                assessment: { kind: old.kind, year: old.year },
                before: ratingValues(old)
            });
        }
    }
}

/** Ratings of an assessment by scale key: the value id, or `null` when not recorded or unknown. */
function ratingValues(a: AssessmentModel): Record<string, string | null> {
    const out: Record<string, string | null> = {};
    for (const r of a.ratings) {
        if (r.scale) {
            out[r.scale] = r.notRecorded ? null : r.value;
        }
    }
    return out;
}

/**
 * The values of an indicator as plain objects with their identity fields (`kind`, `date`, `group`):
 * from a `values` list when the model has one, else from baseline, target and measurements.
 */
export function indicatorValues(indicator: object): Record<string, unknown>[] {
    const o = indicator as Record<string, unknown>;
    if (Array.isArray(o.values)) {
        return (o.values as Record<string, unknown>[]).map(v => withoutSource(v));
    }
    const out: Record<string, unknown>[] = [];
    if (o.baseline) {
        out.push({ kind: 'baseline', ...withoutSource(o.baseline as Record<string, unknown>) });
    }
    if (o.target) {
        out.push({ kind: 'target', ...withoutSource(o.target as Record<string, unknown>) });
    }
    for (const m of (o.measurements as Record<string, unknown>[] | undefined) ?? []) {
        out.push({ kind: 'measured', ...withoutSource(m) });
    }
    return out;
}

function withoutSource(value: Record<string, unknown>): Record<string, unknown> {
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
        // where a value is written (`location`, or a `source` range) is no part of the value; a `source`
        // that is a text is the value's source
        const isRange = typeof v === 'object' && v !== null && 'line' in v;
        if (!((k === 'source' || k === 'location') && isRange)) {
            rest[k] = v;
        }
    }
    return rest;
}

/** The identity of an indicator value: kind, date and group (as far as present). */
export function valueIdentity(value: Record<string, unknown>): string {
    return JSON.stringify([value.kind ?? '', value.date ?? '', value.group ?? '']);
}

function compareValues(
    before: object,
    after: object,
    push: (change: Omit<Change, 'strategy' | 'element'>) => void
): void {
    const a = new Map(indicatorValues(before).map(v => [valueIdentity(v), v]));
    const b = new Map(indicatorValues(after).map(v => [valueIdentity(v), v]));
    for (const [k, v] of b) {
        const old = a.get(k);
        if (!old) {
            push({ kind: 'value-added', after: v });
        } else if (JSON.stringify(old) !== JSON.stringify(v)) {
            push({ kind: 'value-changed', before: old, after: v });
        }
    }
    for (const [k, v] of a) {
        if (!b.has(k)) {
            push({ kind: 'value-removed', before: v });
        }
    }
}

/** What an element says besides its id and title, for pairing renamed elements (rename-pairing.ts). */
function facts(f: Flat): Pairable {
    const out = new Set<string>();
    const weak = new Set<string>();
    f.texts.forEach(t => out.add(`text:${t}`));
    for (const [name, value] of fields(f.object)) {
        if (name !== f.container?.field && name !== 'strategy') {
            out.add(`field:${name}=${value}`);
        }
    }
    f.citations.forEach(c => out.add(`cites:${c.decision} ${c.kind}`));
    documentCitations(f.object).forEach(c => out.add(`cites-document:${c.document} ${c.kind}`));
    if (f.object.provenance) {
        out.add(`from:${JSON.stringify(provenanceKey(f.object.provenance as ProvenanceModel))}`);
    }
    for (const a of (f.object.assessments as AssessmentModel[] | undefined) ?? []) {
        out.add(
            `${a.kind}:${a.year} ${JSON.stringify([ratingValues(a), a.urgent, a.rationale, a.assessor])}`
        );
    }
    if (f.type === 'indicator') {
        indicatorValues(f.object).forEach(v => out.add(`value:${JSON.stringify(v)}`));
    }
    if (f.container) {
        const where = `in:${f.container.field} ${f.container.id}`;
        out.add(where);
        weak.add(where);
    }
    return { type: f.type, title: f.title, facts: out, weak };
}

/** A strategy's facts: its own, and the elements it holds (by kind and id). */
function strategyFacts(s: StrategyModel): Pairable {
    // the keys of its own scales and dimensions (`Alt.skala`) are compared without the strategy's id
    const own = facts(strategyFlat(renamedStrategy(s, '')));
    const out = new Set(own.facts);
    flatten(s).forEach(f => out.add(`holds:${f.type} ${f.id}`));
    return { type: 'strategy', title: s.title, facts: out };
}

function strategyFlat(s: StrategyModel): Flat {
    return {
        type: 'strategy',
        id: s.id,
        title: s.title,
        texts: s.texts,
        citations: s.citations,
        object: s as never
    };
}

/** Fields that refer to another element of the strategy, and the kind of that element. */
const REFERENCES: Record<string, string> = {
    level: 'level',
    refines: 'goal',
    contributesTo: 'goal',
    addresses: 'goal',
    partOf: 'measure',
    answeredBy: 'cornerstone',
    answers: 'need'
};

/** Texts in words, never taken for references when a strategy's or element's id changed. */
const PROSE = new Set([
    'texts',
    'title',
    'vision',
    'rationale',
    'targetPicture',
    'text',
    'note',
    'condition'
]);

/**
 * The older strategy as if its id had been `to` already: the keys of its scales and dimensions and
 * its qualified references (`Alt.ziel`) name the new id, so that they do not show as changes.
 */
function renamedStrategy(s: StrategyModel, to: string): StrategyModel {
    const prefix = `${s.id}.`;
    const walk = (value: unknown, key?: string): unknown => {
        if (typeof value === 'string') {
            return key !== undefined && PROSE.has(key)
                ? value
                : value.startsWith(prefix)
                  ? `${to}.${value.slice(prefix.length)}`
                  : value;
        }
        if (Array.isArray(value)) {
            return value.map(v => walk(v, key));
        }
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
        }
        return value;
    };
    return { ...(walk(s) as StrategyModel), id: to };
}

/**
 * An older element as if the renamed elements it refers to (its level, the goals it addresses, …) had
 * their new ids already: a reference that follows a rename is no change of its own.
 */
function followRenames(f: Flat, renamed: ReadonlyMap<string, string>): Flat {
    if (renamed.size === 0) {
        return f;
    }
    const rename = (type: string, id: string): string => {
        const direct = renamed.get(`${type}\u0000${id}`);
        if (direct !== undefined) {
            return direct;
        }
        const dot = id.lastIndexOf('.');
        const last = dot < 0 ? undefined : renamed.get(`${type}\u0000${id.slice(dot + 1)}`);
        return last === undefined ? id : `${id.slice(0, dot + 1)}${last}`;
    };
    const object: Record<string, unknown> = { ...f.object };
    for (const [field, type] of Object.entries(REFERENCES)) {
        const value = object[field];
        if (typeof value === 'string') {
            object[field] = rename(type, value);
        } else if (Array.isArray(value)) {
            object[field] = value.map(v => (typeof v === 'string' ? rename(type, v) : v));
        }
    }
    const container = f.container && {
        field: f.container.field,
        id: rename(f.container.field, f.container.id)
    };
    return { ...f, object, container };
}

/** Changes of the elements of one strategy that exists in both models (perhaps under another id). */
function diffStrategy(original: StrategyModel, after: StrategyModel, out: Change[]): void {
    const strategy = after.id;
    const before = original.id === after.id ? original : renamedStrategy(original, after.id);
    const elementOf = (f: { type: string; id: string; title: string }): ChangedElement => ({
        type: f.type,
        id: f.id,
        title: f.title
    });
    if (original.id !== after.id) {
        out.push({
            kind: 'renamed',
            strategy,
            element: elementOf(strategyFlat(after)),
            before: original.id,
            after: after.id
        });
    }
    compareElement(strategyFlat(before), strategyFlat(after), strategy, out);
    const a = flatten(before);
    const b = flatten(after);
    const oldByKey = new Map(a.map(f => [key(f), f]));
    const newByKey = new Map(b.map(f => [key(f), f]));
    const added = b.filter(f => !oldByKey.has(key(f)));
    const removed = a.filter(f => !newByKey.has(key(f)));
    const pairs = pairRenames(
        removed.map(f => ({ ...facts(f), flat: f })),
        added.map(f => ({ ...facts(f), flat: f }))
    );
    const renamedFrom = new Map<Flat, Flat>();
    const renamedIds = new Map<string, string>();
    for (const [from, to] of pairs) {
        renamedFrom.set(to.flat, from.flat);
        renamedIds.set(key(from.flat), to.flat.id);
    }
    for (const f of b) {
        const old = oldByKey.get(key(f)) ?? renamedFrom.get(f);
        if (!old) {
            out.push({ kind: 'added', strategy, element: elementOf(f) });
            continue;
        }
        if (old.id !== f.id) {
            out.push({ kind: 'renamed', strategy, element: elementOf(f), before: old.id, after: f.id });
        }
        compareElement(followRenames(old, renamedIds), f, strategy, out);
    }
    const consumed = new Set(renamedFrom.values());
    for (const f of a) {
        if (!newByKey.has(key(f)) && !consumed.has(f)) {
            out.push({ kind: 'removed', strategy, element: elementOf(f) });
        }
    }
}

function documentCitations(object: Record<string, unknown>): DocumentCitationModel[] {
    return (object.documentCitations as DocumentCitationModel[] | undefined) ?? [];
}

function compareElement(old: Flat, next: Flat, strategy: string, out: Change[]): void {
    const element: ChangedElement = { type: next.type, id: next.id, title: next.title };
    const push = (c: Omit<Change, 'strategy' | 'element'>) => out.push({ ...c, strategy, element });
    if (old.title !== next.title) {
        push({ kind: 'retitled', before: old.title, after: next.title });
    }
    if ((old.container?.id ?? null) !== (next.container?.id ?? null)) {
        push({
            kind: 'moved',
            field: next.container?.field ?? old.container?.field,
            before: old.container?.id ?? null,
            after: next.container?.id ?? null
        });
    }
    if (JSON.stringify(old.texts) !== JSON.stringify(next.texts)) {
        push({ kind: 'text-changed', before: old.texts, after: next.texts });
    }
    const container = next.container?.field;
    compareFields(old.object, next.object, (field, before, after) => {
        if (field !== container && field !== 'strategy') {
            push({ kind: 'field-changed', field, before, after });
        }
    });
    compareAssessments(
        (old.object.assessments as AssessmentModel[] | undefined) ?? [],
        (next.object.assessments as AssessmentModel[] | undefined) ?? [],
        push
    );
    compareCitations(old.citations, next.citations, (kind, decision, before, after) =>
        push({ kind, decision, before, after })
    );
    compareDocumentCitations(documentCitations(old.object), documentCitations(next.object), push);
    compareFidelity(old.object, next.object, push);
    if (next.type === 'indicator') {
        compareValues(old.object, next.object, push);
    }
}

function diffDecisions(
    before: readonly DecisionModel[],
    after: readonly DecisionModel[],
    out: Change[]
): void {
    const declared = (ds: readonly DecisionModel[]) =>
        new Map(ds.filter(d => d.declared).map(d => [d.id, d]));
    const a = declared(before);
    const b = declared(after);
    const element = (d: DecisionModel): ChangedElement => ({
        type: 'decision',
        id: d.id,
        title: d.title ?? ''
    });
    for (const [id, d] of b) {
        const old = a.get(id);
        if (!old) {
            out.push({ kind: 'added', element: element(d) });
            continue;
        }
        compareFields(
            { ...old, citations: undefined } as never,
            { ...d, citations: undefined } as never,
            (field, b4, af) => {
                out.push({ kind: 'field-changed', element: element(d), field, before: b4, after: af });
            }
        );
        if (old.title !== d.title) {
            out.push({ kind: 'retitled', element: element(d), before: old.title, after: d.title });
        }
    }
    for (const [id, d] of a) {
        if (!b.has(id)) {
            out.push({ kind: 'removed', element: element(d) });
        }
    }
}

/**
 * Every change from `before` to `after`: per strategy in the order of `after`, then the catalogue. A
 * strategy whose id changed is paired with its older self by the rule of rename-pairing.ts.
 */
export function diffWorkspaces(before: WorkspaceModel, after: WorkspaceModel): WorkspaceDiff {
    const changes: Change[] = [];
    const oldStrategies = new Map(before.strategies.map(s => [s.id, s]));
    const newIds = new Set(after.strategies.map(s => s.id));
    const pairs = pairRenames(
        before.strategies.filter(s => !newIds.has(s.id)).map(s => ({ ...strategyFacts(s), model: s })),
        after.strategies.filter(s => !oldStrategies.has(s.id)).map(s => ({ ...strategyFacts(s), model: s }))
    );
    const renamedFrom = new Map([...pairs].map(([from, to]) => [to.model, from.model]));
    for (const s of after.strategies) {
        const old = oldStrategies.get(s.id) ?? renamedFrom.get(s);
        if (old) {
            diffStrategy(old, s, changes);
        } else {
            changes.push({
                kind: 'added',
                strategy: s.id,
                element: { type: 'strategy', id: s.id, title: s.title }
            });
        }
    }
    const consumed = new Set(renamedFrom.values());
    for (const s of before.strategies) {
        if (!newIds.has(s.id) && !consumed.has(s)) {
            changes.push({
                kind: 'removed',
                strategy: s.id,
                element: { type: 'strategy', id: s.id, title: s.title }
            });
        }
    }
    diffDecisions(before.decisions, after.decisions, changes);
    return { changes };
}
