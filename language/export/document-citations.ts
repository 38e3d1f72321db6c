import type { DocumentCitationModel, StrategyModel } from '../model/workspace-model.js';

/** Every document citation of a strategy with the element that cites it, in the strategy's order. */
export function documentCitationsOf(
    strategy: StrategyModel
): Array<{ citation: DocumentCitationModel; element: { type: string; id?: string; title?: string } }> {
    const out: ReturnType<typeof documentCitationsOf> = [];
    const visit = (value: unknown, type: string) => {
        if (Array.isArray(value)) {
            value.forEach(v => visit(v, type));
            return;
        }
        if (!value || typeof value !== 'object') {
            return;
        }
        const record = value as Record<string, unknown>;
        for (const citation of (record.documentCitations as DocumentCitationModel[] | undefined) ?? []) {
            out.push({
                citation,
                element: {
                    type,
                    id: record.id as string | undefined,
                    title: record.title as string | undefined
                }
            });
        }
        for (const [key, child] of Object.entries(record)) {
            const childType = ELEMENT_LISTS[key];
            if (childType) {
                visit(child, childType);
            }
        }
    };
    visit(strategy, 'Strategy');
    return out;
}

/** The lists of the model that hold elements, and the term of their elements (i18n/terms.ts). */
const ELEMENT_LISTS: Record<string, string> = {
    levels: 'Level',
    goals: 'Goal',
    measures: 'Measure',
    milestones: 'Milestone',
    areas: 'Area',
    principles: 'Principle',
    ideas: 'Idea',
    questions: 'Question',
    stakeholders: 'Stakeholder',
    needs: 'Need',
    cornerstones: 'Cornerstone',
    sections: 'Section',
    indicators: 'Indicator'
};
