/**
 * The plain workspace model: what the views, the JSON export and the editor read. It holds no AST
 * nodes, only data; every element carries where it is written (`source`) so that a view can lead
 * back to the text. Texts are as written: whoever renders them escapes them. Its enumerations are
 * the grammar's (generated from strat.langium), so a new kind reaches every table typed by them.
 */

import type {
    Actor,
    Assessment,
    BindingLevel,
    CitationKind,
    Direction,
    DocumentKind,
    MeasureStatus,
    StrategyStatus
} from '../generated/ast.js';

export const WORKSPACE_MODEL_VERSION = 2;

export interface SourceRange {
    /** The file as the caller names it (a path relative to the working folder, or a URI). */
    file: string;
    /** 1-based. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export type { CitationKind };

export interface CitationModel {
    kind: CitationKind;
    /** Canonical number `YYYY/NN`. */
    decision: string;
    /** As written (may be the legacy form `NN/YYYY`). */
    written: string;
    /** The items cited (`2025/02 item 3`); absent when the citation names the whole decision. */
    items?: number[];
    /** The source cites "unter anderem" (among others). */
    amongOthers?: boolean;
    /** The words of the element's text that the citation marks. */
    passage?: string;
    source: SourceRange;
}

/** A citation of a declared document (a law, report, web page), with where in it. */
export interface DocumentCitationModel {
    kind: CitationKind;
    /** Id of the declared source. */
    document: string;
    page?: string;
    section?: string;
    amongOthers?: boolean;
    passage?: string;
    source: SourceRange;
}

/** Where in a declared document something comes from. */
export interface ProvenanceModel {
    /** Id of the declared source. */
    source: string;
    page?: string;
    section?: string;
}

/** The links an element may state, each of which may be marked as the author's interpretation. */
export type LinkKind = 'addresses' | 'answers' | 'refines' | 'owner' | 'contributes-to' | 'level';

/** Where an element comes from, and whether it is the author's reading rather than the source's. */
export interface Fidelity {
    provenance?: ProvenanceModel;
    /** The element (or, with `interpretationOfTitle`, its title) is the author's interpretation. */
    interpretation?: boolean;
    /** Why, or what is interpreted, in the author's words. */
    interpretationNote?: string;
    /** Only the title is the author's. */
    interpretationOfTitle?: boolean;
}

export interface TextSourceModel {
    /** Position of the text in `texts`, 0 first. */
    index: number;
    /** Id of the declared source. */
    source: string;
}

export interface Element extends Fidelity {
    /** The identifier, unique among its siblings. */
    id: string;
    title: string;
    texts: string[];
    /** The declared sources of texts (by the text's position); absent when no text has one. */
    textSources?: TextSourceModel[];
    /** Attributed quotes, where the element may hold them. */
    quotes?: QuoteModel[];
    source: SourceRange;
}

export interface Citing {
    citations: CitationModel[];
    /** Citations of declared documents; absent when there are none. */
    documentCitations?: DocumentCitationModel[];
}

/** Elements with links: the links marked as the author's interpretation. */
export interface Linking {
    interpretedLinks?: LinkKind[];
}

export interface ScaleValueModel {
    id: string;
    label: string;
    englishLabel?: string;
    color?: string;
    symbol?: string;
    meaning?: string;
    /** Position in the scale, 0 first. */
    order: number;
    /** An answer such as "no answer" that does not count as a rating. */
    notCounted?: boolean;
}

export interface ScaleModel {
    /** `status`, or `Strategy.scale` for a scale declared in a strategy. */
    key: string;
    id: string;
    title: string;
    englishTitle?: string;
    builtin: boolean;
    values: ScaleValueModel[];
    source?: SourceRange;
}

export interface ShareModel {
    /** Id of the scale value. */
    value: string;
    percent: number;
}

export interface RatingModel {
    /** Key of the scale (see ScaleModel.key); `null` when the scale is unknown. */
    scale: string | null;
    /** Id of the value; `null` when not recorded, unknown or a distribution. */
    value: string | null;
    notRecorded: boolean;
    /** A distribution: the shares of answers per value of the scale. */
    shares?: ShareModel[];
    /** The shares cover only part of the answers (they need not add up to 100). */
    partial?: boolean;
}

export type Qualifier = 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'up-to';

/** A number as a report states it: exact, approximate, a bound or a range. */
export interface AmountModel {
    /** The number, or the lower end of a range. */
    value: number;
    /** The upper end of a range. */
    upper?: number;
    qualifier?: Qualifier;
    /** Written with `%`. */
    percent?: boolean;
}

/** A quote: the words, who said them (an actor's id or a role in words) and the source's id. */
export interface QuoteModel {
    text: string;
    actor?: string;
    role?: string;
    source?: string;
}

export interface AssessmentModel extends Fidelity {
    kind: Assessment['kind'];
    year: number;
    ratings: RatingModel[];
    /** `null` when not recorded. */
    urgent: boolean | null;
    rationale?: string;
    assessor?: string;
    /** Id of the declared source the assessment rests on. */
    evidence?: string;
    source: SourceRange;
}

export interface LevelModel extends Element, Citing {
    targetPicture?: string;
    assessments: AssessmentModel[];
}

export interface GoalModel extends Element, Citing, Linking {
    /** `Strategy.goal`. */
    qualifiedId: string;
    level?: string;
    refines?: string;
    /** Qualified ids of goals of other strategies. */
    contributesTo: string[];
    targetPicture?: string;
    assessments: AssessmentModel[];
}

export interface MilestoneModel extends Citing, Fidelity {
    id?: string;
    date: string;
    title: string;
    texts: string[];
    source: SourceRange;
}

export interface MeasureModel extends Element, Citing, Linking {
    status?: MeasureStatus;
    /** Why the measure is rejected or advised against (or any status). */
    rationale?: string;
    /** The first owner (kept for readers of version 1). */
    owner?: string;
    owners: string[];
    /** Id of the measure this one is part of. */
    partOf?: string;
    /** Qualified ids of the goals the measure addresses. */
    addresses: string[];
    /** `addresses none`: the source states no goal. */
    addressesNone?: boolean;
    assessments: AssessmentModel[];
    milestones: MilestoneModel[];
}

export interface PrincipleModel extends Element, Citing {
    binding?: BindingLevel;
}

export interface IdeaModel extends Element, Citing {}

export interface QuestionModel extends Fidelity {
    id?: string;
    title: string;
    texts: string[];
    source: SourceRange;
}

export interface AreaModel extends Element {
    principles: PrincipleModel[];
    ideas: IdeaModel[];
    questions: QuestionModel[];
}

export interface NeedModel extends Element, Citing {
    /** `stakeholder.need`. */
    qualifiedId: string;
    /** Ids of the cornerstones that answer the need. */
    answeredBy: string[];
}

export interface StakeholderModel extends Element, Citing {
    needs: NeedModel[];
}

export interface CornerstoneModel extends Element, Citing, Linking {
    /** `stakeholder.need` ids. */
    answers: string[];
    /** `answers none`: the source states no need. */
    answersNone?: boolean;
}

export interface SectionModel extends Element, Citing {
    questions: QuestionModel[];
    ideas: IdeaModel[];
}

export type ValueKind = 'baseline' | 'target' | 'measured' | 'forecast';

/** A value of an indicator, as precisely as its report states it and never more. */
export interface IndicatorValueModel {
    kind: ValueKind;
    /** The number, or the lower end of a range; absent for a distribution. */
    value?: number;
    /** The upper end of a range (`15 to 30`). */
    upper?: number;
    qualifier?: Qualifier;
    /** Written with `%`. */
    percent?: boolean;
    /** A distribution over the indicator's scale. */
    shares?: ShareModel[];
    partial?: boolean;
    /** The date, or the start of a period. */
    date?: string;
    /** The end of a period. */
    until?: string;
    /** Id of the group (of the indicator's dimension). */
    group?: string;
    /** Id of a declared source. */
    source?: string;
    /** A source named in words only. */
    note?: string;
    /** The condition under which a target holds. */
    condition?: string;
    /** Where in the declared source the value stands (written with `page` or `section`). */
    provenance?: ProvenanceModel;
    /** The value is the author's reading, not the source's statement. */
    interpretation?: boolean;
    /** Where the value is written. */
    location: SourceRange;
}

export interface GroupModel {
    id: string;
    label: string;
    englishLabel?: string;
}

export interface DimensionModel {
    /** `dimension`, or `Strategy.dimension` for one declared in a strategy. */
    key: string;
    id: string;
    title: string;
    englishTitle?: string;
    groups: GroupModel[];
    source: SourceRange;
}

export interface IndicatorModel extends Element, Citing {
    unit?: string;
    direction?: Direction;
    /** Qualified ids of the goals the indicator measures. */
    goals: string[];
    /** Qualified ids of the measures the indicator tracks. */
    measures: string[];
    /** Key of the dimension (or scale) its values are broken down by. */
    dimension?: string;
    /** Key of the scale its distributions are over. */
    scale?: string;
    values: IndicatorValueModel[];
}

export interface StrategyModel extends Element, Citing, Linking {
    status?: StrategyStatus;
    asOf?: string;
    owner?: string;
    horizon?: number;
    partOf?: string;
    vision?: string;
    /** Assessments and outlooks of the strategy as a whole. */
    assessments: AssessmentModel[];
    levels: LevelModel[];
    goals: GoalModel[];
    measures: MeasureModel[];
    areas: AreaModel[];
    stakeholders: StakeholderModel[];
    cornerstones: CornerstoneModel[];
    questions: QuestionModel[];
    ideas: IdeaModel[];
    indicators: IndicatorModel[];
    milestones: MilestoneModel[];
    sections: SectionModel[];
    /** Keys of the scales declared in this strategy. */
    scales: string[];
    /** Keys of the dimensions declared in this strategy. */
    dimensions: string[];
    /** Years of assessments and outlooks of the strategy, its levels and its goals, ascending. */
    years: number[];
}

export interface ActorModel {
    id: string;
    title: string;
    kind: Actor['kind'];
    url?: string;
    texts: string[];
    source: SourceRange;
}

/** A document: a report, survey or study that evidence comes from, or a law, paper or page cited. */
export interface SourceModel {
    id: string;
    title: string;
    kind?: DocumentKind;
    /** Id of the publishing actor. */
    publisher?: string;
    published?: string;
    fieldwork?: string;
    fieldworkUntil?: string;
    respondents?: number;
    method?: string;
    marginOfError?: AmountModel;
    url?: string;
    texts: string[];
    source: SourceRange;
}

export interface DecisionCitationModel {
    kind: CitationKind;
    written: string;
    /** The items cited; absent when the citation names the whole decision. */
    items?: number[];
    /** The strategy that cites, if the citation is inside one. */
    strategy?: string;
    /** The element whose text carries the citation; `interpretation` when it is the author's reading. */
    element: { type: string; id?: string; title?: string; interpretation?: boolean };
    /** The source cites "unter anderem" (among others). */
    amongOthers?: boolean;
    source: SourceRange;
}

/** A change between two decisions: `amends` or `repeals`, of the whole decision or of some items. */
export interface DecisionChangeModel {
    kind: 'amends' | 'repeals';
    /** The other decision's identity `YYYY/NN`. */
    decision: string;
    /** The changed items; absent when the change concerns the whole decision. */
    items?: number[];
}

/** A numbered item (Ziffer) of a decision with its wording. */
export interface DecisionItemModel {
    number: number;
    text: string;
}

/** The status `statusOf` (references/decision-relations.ts) gives; the model states it for the schema. */
export type DecisionStatus = 'in-force' | 'amended' | 'partly-repealed' | 'repealed';

export interface DecisionModel {
    /** Canonical number `YYYY/NN`: the identity of the decision in every form it is written. */
    id: string;
    /** The number as declared, normalised (`2023/42` or the council's current form `B-2025/33-IT`). */
    number?: string;
    title: string | null;
    body?: string;
    session?: number;
    date?: string;
    url?: string;
    summary?: string;
    /** Where the recorded facts come from (addresses or references). */
    sources?: string[];
    /** The numbered items (Ziffern) as recorded. */
    items?: DecisionItemModel[];
    /** The decisions this one amends or repeals. */
    changes?: DecisionChangeModel[];
    /** The later decisions that amend or repeal this one, oldest first. */
    changedBy?: DecisionChangeModel[];
    /** From the changes made to it: in force, amended, partly repealed or repealed. */
    status: DecisionStatus;
    declared: SourceRange | null;
    citations: DecisionCitationModel[];
}

export interface FileSummary {
    file: string;
    errors: number;
    warnings: number;
}

export interface WorkspaceModel {
    version: typeof WORKSPACE_MODEL_VERSION;
    strategies: StrategyModel[];
    decisions: DecisionModel[];
    actors: ActorModel[];
    scales: ScaleModel[];
    dimensions: DimensionModel[];
    sources: SourceModel[];
    files: FileSummary[];
}
