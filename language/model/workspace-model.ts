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
    MeasureStatus,
    StrategyStatus
} from '../generated/ast.js';

export const WORKSPACE_MODEL_VERSION = 1;

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
    source: SourceRange;
}

export interface Element {
    /** The identifier, unique among its siblings. */
    id: string;
    title: string;
    texts: string[];
    source: SourceRange;
}

export interface Citing {
    citations: CitationModel[];
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

export interface RatingModel {
    /** Key of the scale (see ScaleModel.key); `null` when the scale is unknown. */
    scale: string | null;
    /** Id of the value; `null` when not recorded or unknown. */
    value: string | null;
    notRecorded: boolean;
}

export interface AssessmentModel {
    kind: Assessment['kind'];
    year: number;
    ratings: RatingModel[];
    urgent: boolean;
    rationale?: string;
    assessor?: string;
    source: SourceRange;
}

export interface LevelModel extends Element, Citing {
    targetPicture?: string;
}

export interface GoalModel extends Element, Citing {
    /** `Strategy.goal`. */
    qualifiedId: string;
    level?: string;
    refines?: string;
    /** Qualified ids of goals of other strategies. */
    contributesTo: string[];
    targetPicture?: string;
    assessments: AssessmentModel[];
}

export interface MilestoneModel extends Citing {
    id?: string;
    date: string;
    title: string;
    texts: string[];
    source: SourceRange;
}

export interface MeasureModel extends Element, Citing {
    status?: MeasureStatus;
    owner?: string;
    /** Qualified ids of the goals the measure addresses. */
    addresses: string[];
    milestones: MilestoneModel[];
}

export interface PrincipleModel extends Element, Citing {
    binding?: BindingLevel;
}

export interface IdeaModel extends Element, Citing {}

export interface QuestionModel {
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

export interface CornerstoneModel extends Element, Citing {
    /** `stakeholder.need` ids. */
    answers: string[];
}

export interface SectionModel extends Element, Citing {
    questions: QuestionModel[];
}

export interface IndicatorPoint {
    value: number;
    date: string;
    source?: string;
}

export interface IndicatorModel extends Element, Citing {
    unit?: string;
    direction?: Direction;
    /** Qualified ids of the goals the indicator measures. */
    goals: string[];
    baseline?: IndicatorPoint;
    target?: IndicatorPoint;
    measurements: IndicatorPoint[];
}

export interface StrategyModel extends Element, Citing {
    status?: StrategyStatus;
    asOf?: string;
    owner?: string;
    horizon?: number;
    partOf?: string;
    vision?: string;
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
    /** Years of assessments and outlooks of its goals, ascending. */
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

export interface DecisionCitationModel {
    kind: CitationKind;
    written: string;
    /** The strategy that cites, if the citation is inside one. */
    strategy?: string;
    /** The element whose text carries the citation. */
    element: { type: string; id?: string; title?: string };
    source: SourceRange;
}

export interface DecisionModel {
    /** Canonical number `YYYY/NN`. */
    id: string;
    title: string | null;
    body?: string;
    session?: number;
    date?: string;
    url?: string;
    summary?: string;
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
    files: FileSummary[];
}
