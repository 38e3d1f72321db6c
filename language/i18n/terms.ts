import type { Locale } from './locale.js';

/** Words that messages put into their placeholders (kinds of element, directions). */
export const TERMS: Record<Locale, Record<string, string>> = {
    en: {
        Actor: 'Actor',
        Area: 'Area',
        Assessment: 'Assessment',
        Cornerstone: 'Cornerstone',
        Decision: 'Decision',
        Goal: 'Goal',
        Idea: 'Idea',
        Indicator: 'Indicator',
        Level: 'Level',
        Measure: 'Measure',
        Milestone: 'Milestone',
        Need: 'Need',
        Principle: 'Principle',
        Question: 'Question',
        Scale: 'Scale',
        ScaleValue: 'Scale value',
        Section: 'Section',
        Stakeholder: 'Stakeholder',
        Strategy: 'Strategy',
        'lower-is-better': 'lower is better',
        'higher-is-better': 'higher is better'
    },
    de: {
        Actor: 'Akteur',
        Area: 'Themenbereich',
        Assessment: 'Bewertung',
        Cornerstone: 'Eckpunkt',
        Decision: 'Beschluss',
        Goal: 'Ziel',
        Idea: 'Idee',
        Indicator: 'Kennzahl',
        Level: 'Strategieebene',
        Measure: 'Maßnahme',
        Milestone: 'Meilenstein',
        Need: 'Anforderung',
        Principle: 'Grundsatz',
        Question: 'Leitfrage',
        Scale: 'Skala',
        ScaleValue: 'Skalenwert',
        Section: 'Abschnitt',
        Stakeholder: 'Nutzendengruppe',
        Strategy: 'Strategie',
        'lower-is-better': 'niedriger ist besser',
        'higher-is-better': 'höher ist besser'
    }
};
