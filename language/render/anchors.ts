import type { SourceRange, StrategyModel } from '../model/workspace-model.js';
import { anchor, dateToYear } from './context.js';

export interface AnchoredElement {
    anchor: string;
    source: SourceRange;
}

/** Every element of a strategy that its page gives an anchor, with its source range. */
export function anchoredElements(s: StrategyModel): AnchoredElement[] {
    const out: AnchoredElement[] = [{ anchor: anchor(s.id, 'overview'), source: s.source }];
    const add = (source: SourceRange, kind: string, ...ids: string[]) =>
        out.push({ anchor: anchor(s.id, kind, ...ids), source });
    s.levels.forEach(l => add(l.source, 'level', l.id));
    s.goals.forEach(g => add(g.source, 'goal', g.id));
    s.measures.forEach(m => {
        add(m.source, 'measure', m.id);
        timeline(m.milestones).forEach(({ milestone, id }) => add(milestone.source, 'milestone', m.id, id));
    });
    timeline(s.milestones).forEach(({ milestone, id }) => add(milestone.source, 'milestone', '', id));
    s.areas.forEach(a => {
        add(a.source, 'area', a.id);
        a.principles.forEach(p => add(p.source, 'principle', a.id, p.id));
        a.ideas.forEach(i => add(i.source, 'idea', a.id, i.id));
        a.questions.forEach(q => q.id && add(q.source, 'question', q.id));
    });
    s.stakeholders.forEach(st => {
        add(st.source, 'stakeholder', st.id);
        st.needs.forEach(n => add(n.source, 'need', st.id, n.id));
    });
    s.cornerstones.forEach(c => add(c.source, 'cornerstone', c.id));
    s.sections.forEach(sec => {
        add(sec.source, 'section', sec.id);
        sec.questions.forEach(q => q.id && add(q.source, 'question', q.id));
        (sec.ideas ?? []).forEach(i => add(i.source, 'idea', sec.id, i.id));
    });
    s.questions.forEach(q => q.id && add(q.source, 'question', q.id));
    s.ideas.forEach(i => add(i.source, 'idea', '', i.id));
    s.indicators.forEach(i => add(i.source, 'indicator', i.id));
    return out;
}

/**
 * Milestones in date order (as written when the date is the same), each with the id of its anchor:
 * its own id, or its position. The timeline renders them so.
 */
export function timeline<M extends { id?: string; date: string }>(
    milestones: readonly M[]
): Array<{ milestone: M; id: string }> {
    return milestones
        .map((milestone, i) => ({ milestone, i, t: dateToYear(milestone.date) ?? Number.POSITIVE_INFINITY }))
        .sort((a, b) => a.t - b.t || a.i - b.i)
        .map(({ milestone }, position) => ({ milestone, id: milestone.id ?? String(position + 1) }));
}

function before(aLine: number, aCol: number, bLine: number, bCol: number): boolean {
    return aLine < bLine || (aLine === bLine && aCol <= bCol);
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
    return (
        outer.file === inner.file &&
        before(outer.line, outer.column, inner.line, inner.column) &&
        before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn)
    );
}

/** The anchor of the innermost element whose source contains `range`. */
export function anchorAt(s: StrategyModel, range: SourceRange): string | undefined {
    let best: AnchoredElement | undefined;
    for (const element of anchoredElements(s)) {
        if (contains(element.source, range) && (!best || contains(best.source, element.source))) {
            best = element;
        }
    }
    return best?.anchor;
}
