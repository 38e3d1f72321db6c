import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import {
    isActor,
    isArea,
    isCitation,
    isCornerstone,
    isDecision,
    isDecisionReference,
    isDimension,
    isSource,
    isGoal,
    isIdea,
    isIndicator,
    isLevel,
    isMeasure,
    isMilestone,
    isModel,
    isQuestion,
    isScale,
    isSection,
    isStakeholder,
    isStrategy,
    type Actor,
    type Area,
    type Assessment,
    type Citation,
    type Cornerstone,
    type Decision,
    type Dimension,
    type Distribution,
    type Amount,
    type Quote,
    type Source,
    type Goal,
    type Idea,
    type Indicator,
    type IndicatorValue,
    type Share,
    type Level,
    type Measure,
    type Milestone,
    type Need,
    type Principle,
    type Question,
    type Rating,
    type Scale,
    type Section,
    type Stakeholder,
    type Strategy,
    type Text,
    type DocumentKind,
    type Interpretation,
    type Locator,
    type Provenance
} from '../generated/ast.js';
import { compareDecisionIds, decisionKey, normalizedNumber } from '../references/decision-numbers.js';
import { changesDeclaredBy, statusOf } from '../references/decision-relations.js';
import { nameInStrategy, qualifiedName } from '../references/qualified-names.js';
import { isBuiltinUri } from '../builtin/library.js';
import {
    WORKSPACE_MODEL_VERSION,
    type ActorModel,
    type AreaModel,
    type AssessmentModel,
    type CitationModel,
    type CornerstoneModel,
    type DecisionCitationModel,
    type DecisionModel,
    type DocumentCitationModel,
    type Fidelity,
    type LinkKind,
    type DimensionModel,
    type QuoteModel,
    type ShareModel,
    type SourceModel,
    type Qualifier,
    type GoalModel,
    type IdeaModel,
    type IndicatorModel,
    type IndicatorValueModel,
    type LevelModel,
    type MeasureModel,
    type MilestoneModel,
    type NeedModel,
    type PrincipleModel,
    type QuestionModel,
    type RatingModel,
    type ScaleModel,
    type SectionModel,
    type SourceRange,
    type StakeholderModel,
    type StrategyModel,
    type WorkspaceModel
} from './workspace-model.js';

export interface ModelOptions {
    /** How a document is named in `source.file` (default: its URI). */
    fileName?: (document: LangiumDocument) => string;
}

/**
 * Builds the plain workspace model from built documents (parsed, linked, validated). Documents with
 * errors contribute what could be parsed; the built-in library contributes its scales.
 */
export function buildWorkspaceModel(
    documents: Iterable<LangiumDocument>,
    options: ModelOptions = {}
): WorkspaceModel {
    const fileName = options.fileName ?? ((d: LangiumDocument) => d.uri.toString());
    const builder = new ModelBuilder(fileName);
    const all = [...documents];
    for (const document of all) {
        builder.include(partOf(document, fileName));
    }
    return builder.finish(all);
}

/**
 * What one document contributes to the model: its strategies, actors and scales, and its decisions and
 * citations.
 */
interface DocumentPart {
    readonly strategies: readonly StrategyModel[];
    readonly actors: readonly ActorModel[];
    readonly scales: readonly ScaleModel[];
    readonly dimensions: readonly DimensionModel[];
    readonly sources: readonly SourceModel[];
    readonly decisions: ReadonlyMap<string, DecisionModel>;
}

/**
 * The part of each document, kept while the document has the same parse, the same links and the
 * same file name: the preview builds the model of the whole workspace on every change, and
 * building the parts of the unchanged documents again was most of its time.
 */
const parts = new WeakMap<
    LangiumDocument,
    { root: AstNode; references: readonly unknown[]; linked: number; file: string; part: DocumentPart }
>();

function partOf(document: LangiumDocument, fileName: (document: LangiumDocument) => string): DocumentPart {
    const root = document.parseResult.value;
    const references = document.references;
    const file = fileName(document);
    const kept = parts.get(document);
    if (
        kept &&
        kept.root === root &&
        kept.references === references &&
        kept.linked === references.length &&
        kept.file === file
    ) {
        return kept.part;
    }
    const builder = new ModelBuilder(() => file);
    builder.add(document);
    const part = builder.part();
    parts.set(document, { root, references, linked: references.length, file, part });
    return part;
}

class ModelBuilder {
    private readonly strategies: StrategyModel[] = [];
    private readonly actors: ActorModel[] = [];
    private readonly scales: ScaleModel[] = [];
    private readonly dimensions: DimensionModel[] = [];
    private readonly sources: SourceModel[] = [];
    private readonly decisions = new Map<string, DecisionModel>();
    private currentFile = '';

    constructor(private readonly fileName: (document: LangiumDocument) => string) {}

    add(document: LangiumDocument): void {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            return;
        }
        const builtin = isBuiltinUri(document.uri.toString());
        this.currentFile = this.fileName(document);
        for (const element of root.elements) {
            if (isScale(element)) {
                this.scales.push(this.scale(element, element.name, builtin));
            } else if (builtin) {
                continue;
            } else if (isStrategy(element)) {
                this.strategies.push(this.strategy(element));
            } else if (isActor(element)) {
                this.actors.push(this.actor(element));
            } else if (isDimension(element)) {
                this.dimensions.push(this.dimension(element, element.name));
            } else if (isSource(element)) {
                this.sources.push(this.evidenceSource(element));
            } else if (isDecision(element)) {
                this.declare(element);
            }
        }
        if (!builtin) {
            this.collectCitations(root);
        }
    }

    part(): DocumentPart {
        return {
            strategies: this.strategies,
            actors: this.actors,
            scales: this.scales,
            dimensions: this.dimensions,
            sources: this.sources,
            decisions: this.decisions
        };
    }

    /** Adds the part of a document, as `add` would have: the first declaration of a decision counts. */
    include(part: DocumentPart): void {
        this.strategies.push(...part.strategies);
        this.actors.push(...part.actors);
        this.scales.push(...part.scales);
        this.dimensions.push(...part.dimensions);
        this.sources.push(...part.sources);
        for (const [id, entry] of part.decisions) {
            const target = this.decision(id);
            if (entry.declared && !target.declared) {
                const { citations: _citations, ...declaration } = entry;
                Object.assign(target, declaration);
            }
            target.citations.push(...entry.citations);
        }
    }

    finish(documents: LangiumDocument[]): WorkspaceModel {
        this.linkChanges();
        return {
            version: WORKSPACE_MODEL_VERSION,
            strategies: this.strategies,
            decisions: [...this.decisions.values()].sort((a, b) => compareDecisionIds(a.id, b.id)),
            actors: this.actors,
            scales: this.scales,
            dimensions: this.dimensions,
            sources: this.sources,
            files: documents
                .filter(d => !isBuiltinUri(d.uri.toString()))
                .map(d => ({
                    file: this.fileName(d),
                    errors: (d.diagnostics ?? []).filter(x => x.severity === 1).length,
                    warnings: (d.diagnostics ?? []).filter(x => x.severity === 2).length
                }))
        };
    }

    // ------------------------------------------------------------------ strategies

    private strategy(node: Strategy): StrategyModel {
        const members = node.members;
        const stakeholders = members.filter(isStakeholder).map(s => this.stakeholder(s));
        const cornerstones = members.filter(isCornerstone).map(c => this.cornerstone(c));
        for (const cornerstone of cornerstones) {
            for (const need of stakeholders.flatMap(s => s.needs)) {
                if (cornerstone.answers.includes(need.qualifiedId)) {
                    need.answeredBy.push(cornerstone.id);
                }
            }
        }
        const goals = members.filter(isGoal).map(g => this.goal(g));
        const levels = members.filter(isLevel).map(l => this.level(l));
        const assessments = this.assessments(node.assessments);
        const localScales = members.filter(isScale).map(s => this.scale(s, qualifiedName(s), false));
        this.scales.push(...localScales);
        const localDimensions = members
            .filter(isDimension)
            .map(d => this.dimension(d, `${node.name}.${d.name}`));
        this.dimensions.push(...localDimensions);
        return {
            ...this.element(node),
            ...this.citing(node),
            status: node.status,
            asOf: optionalString(node.asOf),
            owner: node.owner?.$refText,
            horizon: node.horizon,
            partOf: node.partOf?.$refText,
            vision: node.vision,
            ...interpretedLinks({ owner: node.ownerInterpretation }),
            assessments,
            levels,
            goals,
            measures: members.filter(isMeasure).map(m => this.measure(m)),
            areas: members.filter(isArea).map(a => this.area(a)),
            stakeholders,
            cornerstones,
            questions: members.filter(isQuestion).map(q => this.question(q)),
            ideas: members.filter(isIdea).map(i => this.idea(i)),
            indicators: members.filter(isIndicator).map(i => this.indicator(i)),
            milestones: members
                .filter(isMilestone)
                .filter(m => m.date !== undefined)
                .map(m => this.milestone(m)),
            sections: members.filter(isSection).map(s => this.section(s)),
            scales: localScales.map(s => s.key),
            dimensions: localDimensions.map(d => d.key),
            years: [
                ...new Set(
                    [assessments, ...levels.map(l => l.assessments), ...goals.map(g => g.assessments)]
                        .flat()
                        .map(a => a.year)
                )
            ].sort((a, b) => a - b)
        };
    }

    private level(node: Level): LevelModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            targetPicture: node.targetPicture,
            assessments: this.assessments(node.assessments)
        };
    }

    private goal(node: Goal): GoalModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            qualifiedId: qualifiedName(node),
            level: node.level?.$refText,
            refines: node.refines?.$refText,
            contributesTo: node.contributesTo.map(r => qualified(r.ref, r.$refText)),
            targetPicture: node.targetPicture,
            ...interpretedLinks({
                level: node.levelInterpretation,
                refines: node.refinesInterpretation,
                'contributes-to': node.contributesToInterpretation
            }),
            assessments: this.assessments(node.assessments)
        };
    }

    private assessments(nodes: Assessment[]): AssessmentModel[] {
        return nodes.filter(a => a.year !== undefined).map(a => this.assessment(a));
    }

    private assessment(node: Assessment): AssessmentModel {
        return {
            kind: node.kind,
            year: node.year,
            ratings: node.ratings.map(r => this.rating(r)),
            urgent: node.urgent ? true : node.notUrgent ? false : null,
            rationale: node.rationale,
            assessor: node.assessor?.$refText,
            evidence: node.source?.$refText || undefined,
            ...fidelity(node),
            source: this.source(node)
        };
    }

    private rating(node: Rating): RatingModel {
        const scale = node.scale?.ref;
        return {
            scale: scale ? scaleKey(scale) : null,
            value: node.notRecorded || node.distribution ? null : (node.value?.ref?.name ?? null),
            notRecorded: node.notRecorded,
            ...distribution(node.distribution)
        };
    }

    private dimension(node: Dimension, key: string): DimensionModel {
        return {
            key,
            id: node.name,
            title: node.title ?? '',
            englishTitle: node.englishTitle,
            groups: node.groups.map(g => ({
                id: g.name,
                label: g.label ?? '',
                englishLabel: g.englishLabel
            })),
            source: this.source(node)
        };
    }

    private evidenceSource(node: Source): SourceModel {
        return {
            id: node.name,
            title: node.title ?? '',
            kind: node.kind as DocumentKind | undefined,
            publisher: node.publisher?.$refText || undefined,
            published: optionalString(node.published),
            fieldwork: optionalString(node.fieldwork),
            fieldworkUntil: optionalString(node.fieldworkUntil),
            respondents: node.respondents,
            method: node.method,
            marginOfError: node.marginOfError && amount(node.marginOfError),
            url: node.url,
            texts: texts(node.texts),
            source: this.source(node)
        };
    }

    private scale(node: Scale, key: string, builtin: boolean): ScaleModel {
        return {
            key,
            id: node.name,
            title: node.title ?? '',
            englishTitle: node.englishTitle,
            builtin,
            values: node.values.map((v, order) => ({
                id: v.name,
                label: v.label ?? '',
                englishLabel: v.englishLabel,
                color: v.color,
                symbol: v.symbol,
                meaning: v.meaning,
                order,
                ...(v.notCounted ? { notCounted: true } : {})
            })),
            source: builtin ? undefined : this.source(node)
        };
    }

    private measure(node: Measure): MeasureModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            status: node.status,
            rationale: node.rationale,
            owner: node.owners[0]?.$refText,
            owners: node.owners.map(o => o.$refText).filter(o => o),
            partOf: node.partOf?.$refText || undefined,
            addresses: node.addresses.map(r => qualified(r.ref, r.$refText)),
            ...(node.addressesNone ? { addressesNone: true } : {}),
            ...interpretedLinks({ addresses: node.addressesInterpretation, owner: node.ownerInterpretation }),
            assessments: this.assessments(node.assessments),
            milestones: node.milestones.filter(m => m.date !== undefined).map(m => this.milestone(m))
        };
    }

    private milestone(node: Milestone): MilestoneModel {
        return {
            id: node.name,
            date: String(node.date),
            title: node.title ?? '',
            texts: texts(node.texts),
            ...this.citing(node),
            ...fidelity(node),
            source: this.source(node)
        };
    }

    private area(node: Area): AreaModel {
        return {
            ...this.element(node),
            principles: node.principles.map(p => this.principle(p)),
            ideas: node.ideas.map(i => this.idea(i)),
            questions: node.questions.map(q => this.question(q))
        };
    }

    private principle(node: Principle): PrincipleModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            binding: node.binding
        };
    }

    private idea(node: Idea): IdeaModel {
        return { ...this.element(node), ...this.citing(node) };
    }

    private question(node: Question): QuestionModel {
        return {
            id: node.name,
            title: node.title ?? '',
            texts: texts(node.texts),
            ...fidelity(node),
            source: this.source(node)
        };
    }

    private stakeholder(node: Stakeholder): StakeholderModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            needs: node.needs.map(n => this.need(n))
        };
    }

    private need(node: Need): NeedModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            qualifiedId: nameInStrategy(node),
            answeredBy: []
        };
    }

    private cornerstone(node: Cornerstone): CornerstoneModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            answers: node.answers.map(r => (r.ref ? nameInStrategy(r.ref) : r.$refText)),
            ...(node.answersNone ? { answersNone: true } : {}),
            ...interpretedLinks({ answers: node.answersInterpretation })
        };
    }

    private section(node: Section): SectionModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            questions: node.questions.map(q => this.question(q)),
            ideas: node.ideas.map(i => this.idea(i))
        };
    }

    private indicator(node: Indicator): IndicatorModel {
        return {
            ...this.element(node),
            ...this.citing(node),
            unit: node.unit,
            direction: node.direction,
            goals: node.goals.map(r => qualified(r.ref, r.$refText)),
            measures: node.tracks.map(r => qualified(r.ref, r.$refText)),
            dimension: node.dimension
                ? node.dimension.ref
                    ? scaleKey(node.dimension.ref)
                    : node.dimension.$refText
                : undefined,
            scale: node.scale ? (node.scale.ref ? scaleKey(node.scale.ref) : node.scale.$refText) : undefined,
            values: node.values.filter(v => v.amount || v.distribution).map(v => this.indicatorValue(v))
        };
    }

    private indicatorValue(node: IndicatorValue): IndicatorValueModel {
        const value: IndicatorValueModel = {
            kind: node.kind as IndicatorValueModel['kind'],
            ...(node.amount ? amount(node.amount) : distribution(node.distribution)),
            location: this.source(node)
        };
        if (node.date !== undefined) {
            value.date = String(node.date);
        }
        if (node.until !== undefined) {
            value.until = String(node.until);
        }
        if (node.group?.$refText) {
            value.group = node.group.$refText;
        }
        if (node.source?.$refText) {
            value.source = node.source.$refText;
        }
        if (node.note !== undefined) {
            value.note = node.note;
        }
        if (node.condition !== undefined) {
            value.condition = node.condition;
        }
        if (node.source?.$refText && node.locator) {
            value.provenance = { source: node.source.$refText, ...locator(node.locator) };
        }
        if (node.interpretation) {
            value.interpretation = true;
        }
        return value;
    }

    private quotes(nodes: Quote[] | undefined): { quotes?: QuoteModel[] } {
        if (!nodes || nodes.length === 0) {
            return {};
        }
        return {
            quotes: nodes
                .filter(q => q.text !== undefined)
                .map(q => ({
                    text: q.text,
                    ...(q.speaker?.$refText ? { actor: q.speaker.$refText } : {}),
                    ...(q.role !== undefined ? { role: q.role } : {}),
                    ...(q.source?.$refText ? { source: q.source.$refText } : {})
                }))
        };
    }

    private actor(node: Actor): ActorModel {
        return {
            id: node.name,
            title: node.title ?? '',
            kind: node.kind,
            url: node.url,
            texts: texts(node.texts),
            source: this.source(node)
        };
    }

    // ------------------------------------------------------------------ decisions and citations

    private decision(id: string): DecisionModel {
        let entry = this.decisions.get(id);
        if (!entry) {
            entry = { id, title: null, status: 'in-force', declared: null, citations: [] };
            this.decisions.set(id, entry);
        }
        return entry;
    }

    private declare(node: Decision): void {
        const entry = this.decision(decisionKey(node.name));
        if (entry.declared) {
            return; // declared twice: the first declaration counts, the check reports the second
        }
        const changes = changesDeclaredBy(node).map(change => ({
            kind: change.kind,
            decision: change.target,
            ...(change.items.length > 0 ? { items: change.items } : {})
        }));
        Object.assign(entry, {
            number: normalizedNumber(node.name) ?? node.name,
            title: node.title ?? null,
            body: node.body?.$refText,
            session: node.session,
            date: optionalString(node.date),
            url: node.url,
            summary: node.summary,
            ...(node.sources.length > 0 ? { sources: [...node.sources] } : {}),
            ...(node.items.length > 0
                ? { items: node.items.map(item => ({ number: item.number, text: item.text })) }
                : {}),
            ...(changes.length > 0 ? { changes } : {}),
            declared: this.source(node)
        });
    }

    /** Each decision's `changedBy` and status, from the `changes` that later decisions declare. */
    private linkChanges(): void {
        const declared = [...this.decisions.values()].filter(d => d.declared);
        for (const decision of declared) {
            for (const change of decision.changes ?? []) {
                const target = this.decision(change.decision);
                target.changedBy ??= [];
                target.changedBy.push({ ...change, decision: decision.id });
            }
        }
        for (const decision of this.decisions.values()) {
            decision.changedBy?.sort((a, b) =>
                (this.decisions.get(a.decision)?.date ?? '').localeCompare(
                    this.decisions.get(b.decision)?.date ?? ''
                )
            );
            decision.status = statusOf(decision.changedBy);
        }
    }

    private collectCitations(root: AstNode): void {
        for (const node of AstUtils.streamAllContents(root)) {
            if (!isDecisionReference(node) || !isCitation(node.$container) || !node.decision.$refText) {
                continue;
            }
            const citation = node.$container;
            const owner = citation.$container as AstNode & {
                name?: string;
                title?: string;
                interpretation?: Interpretation;
            };
            const strategy = AstUtils.getContainerOfType(citation, isStrategy);
            const entry: DecisionCitationModel = {
                kind: citation.kind,
                written: node.decision.$refText,
                ...(node.items.length > 0 ? { items: [...node.items] } : {}),
                strategy: strategy?.name,
                element: {
                    type: owner.$type,
                    id: owner.name,
                    title: owner.title,
                    ...(owner.interpretation ? { interpretation: true } : {})
                },
                ...(citation.amongOthers ? { amongOthers: true } : {}),
                source: this.source(node)
            };
            this.decision(decisionKey(node.decision.$refText)).citations.push(entry);
        }
    }

    // ------------------------------------------------------------------ shared parts

    private element(
        node: AstNode & {
            name?: string;
            title?: string;
            texts?: Text[];
            quotes?: Quote[];
            provenance?: Provenance;
            interpretation?: Interpretation;
        }
    ) {
        const written = node.texts ?? [];
        const sources = written.flatMap((t, index) =>
            t.source?.$refText ? [{ index, source: t.source.$refText }] : []
        );
        return {
            id: node.name ?? '',
            title: node.title ?? '',
            texts: texts(written),
            ...(sources.length > 0 ? { textSources: sources } : {}),
            ...this.quotes(node.quotes),
            ...fidelity(node),
            source: this.source(node)
        };
    }

    private citing(node: { citations: Citation[] }): {
        citations: CitationModel[];
        documentCitations?: DocumentCitationModel[];
    } {
        const documentCitations = node.citations.flatMap(c =>
            c.documents
                .filter(d => d.document.$refText)
                .map(d => ({
                    kind: c.kind,
                    document: d.document.$refText,
                    ...(d.locator ? locator(d.locator) : {}),
                    ...citationNotes(c),
                    source: this.source(d)
                }))
        );
        return {
            citations: node.citations.flatMap(c =>
                c.decisions
                    .filter(d => d.decision.$refText)
                    .map(d => ({
                        kind: c.kind,
                        decision: decisionKey(d.decision.$refText),
                        written: d.decision.$refText,
                        ...(d.items.length > 0 ? { items: [...d.items] } : {}),
                        ...citationNotes(c),
                        source: this.source(d)
                    }))
            ),
            ...(documentCitations.length > 0 ? { documentCitations } : {})
        };
    }

    private source(node: AstNode): SourceRange {
        const range = node.$cstNode?.range;
        return {
            file: this.currentFile,
            line: (range?.start.line ?? 0) + 1,
            column: (range?.start.character ?? 0) + 1,
            endLine: (range?.end.line ?? 0) + 1,
            endColumn: (range?.end.character ?? 0) + 1
        };
    }
}

/** Where an element comes from and whether it is the author's reading: only what is written. */
function fidelity(node: { provenance?: Provenance; interpretation?: Interpretation }): Fidelity {
    const result: Fidelity = {};
    if (node.provenance?.source?.$refText) {
        result.provenance = {
            source: node.provenance.source.$refText,
            ...(node.provenance.locator ? locator(node.provenance.locator) : {})
        };
    }
    if (node.interpretation) {
        result.interpretation = true;
        if (node.interpretation.note !== undefined) {
            result.interpretationNote = node.interpretation.note;
        }
        if (node.interpretation.ofTitle) {
            result.interpretationOfTitle = true;
        }
    }
    return result;
}

function locator(node: Locator): { page?: string; section?: string } {
    if (node.section !== undefined) {
        return { section: node.section };
    }
    const page = node.pageText ?? (node.pageNumber !== undefined ? String(node.pageNumber) : undefined);
    return page !== undefined ? { page } : {};
}

function citationNotes(node: Citation): { amongOthers?: boolean; passage?: string } {
    return {
        ...(node.amongOthers ? { amongOthers: true } : {}),
        ...(node.passage !== undefined ? { passage: node.passage } : {})
    };
}

/** The kinds of link written with `interpretation`, in the order given; absent when none. */
function interpretedLinks(flags: Partial<Record<LinkKind, boolean>>): { interpretedLinks?: LinkKind[] } {
    const kinds = (Object.keys(flags) as LinkKind[]).filter(kind => flags[kind]);
    return kinds.length > 0 ? { interpretedLinks: kinds } : {};
}

function texts(nodes: Text[]): string[] {
    return nodes.map(t => t.content);
}

function optionalString(value: string | number | undefined): string | undefined {
    return value === undefined ? undefined : String(value);
}

/** An amount as written: never more precise than the text, and with its sign. */
function amount(node: Amount): { value: number; upper?: number; qualifier?: Qualifier; percent?: boolean } {
    return {
        value: node.value,
        ...(node.upper !== undefined ? { upper: node.upper } : {}),
        ...(node.qualifier ? { qualifier: node.qualifier as Qualifier } : {}),
        ...(node.percent ? { percent: true } : {})
    };
}

function distribution(node: Distribution | undefined): { shares?: ShareModel[]; partial?: boolean } {
    if (!node) {
        return {};
    }
    return {
        shares: node.shares
            .filter((s: Share) => s.value?.$refText && s.percent !== undefined)
            .map((s: Share) => ({ value: s.value.$refText, percent: s.percent })),
        ...(node.partial ? { partial: true } : {})
    };
}

function qualified(goal: Goal | Measure | undefined, written: string): string {
    return goal ? qualifiedName(goal) : written;
}

/** The key of a scale (or dimension) in the model: its qualified name. */
export function scaleKey(scale: Scale | Dimension): string {
    return qualifiedName(scale);
}
