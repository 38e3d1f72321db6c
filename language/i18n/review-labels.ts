import type { Locale } from './locale.js';

/** Words of what reviewers use: the filters of the decision index, the changes page and the exports. */
export const REVIEW_LABELS = {
    de: {
        filterDecisions: 'Beschlüsse filtern',
        filterYear: 'Jahr',
        filterBody: 'Gremium',
        filterSearch: 'Suchen',
        filterAll: 'alle',
        filterShown: (shown: number | string, all: number | string) =>
            `${shown} von ${all} Beschlüssen angezeigt`,
        noBody: 'ohne Gremium',
        changes: 'Änderungen',
        changesSince: (revision: string) => `Änderungen seit ${revision}`,
        noChanges: 'Keine Änderungen.',
        catalogue: 'Beschlusskatalog',
        before: 'vorher',
        after: 'nachher'
    },
    en: {
        filterDecisions: 'Filter decisions',
        filterYear: 'Year',
        filterBody: 'Body',
        filterSearch: 'Search',
        filterAll: 'all',
        filterShown: (shown: number | string, all: number | string) => `${shown} of ${all} decisions shown`,
        noBody: 'no body',
        changes: 'Changes',
        changesSince: (revision: string) => `Changes since ${revision}`,
        noChanges: 'No changes.',
        catalogue: 'Decision catalogue',
        before: 'before',
        after: 'after'
    }
} satisfies Record<Locale, unknown>;

export type ReviewLabels = (typeof REVIEW_LABELS)['de'];
