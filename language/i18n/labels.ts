import type { BindingLevel, CitationKind, MeasureStatus, StrategyStatus } from '../generated/ast.js';
import type { Locale } from './locale.js';
import { TERMS } from './terms.js';

/**
 * Words the editor (hover, completion) and the views (preview, export) share around the model's own
 * texts. The views add their own words to these (view-labels.ts); the names of the kinds of element
 * come from the terms of the messages.
 */
export const LABELS = {
    de: {
        decision: TERMS.de.Decision,
        body: 'Gremium',
        session: 'Sitzung',
        date: 'Datum',
        summary: 'Zusammenfassung',
        link: 'Link',
        noTitle: 'kein Titel erfasst',
        notDeclared: 'in keinem Katalog deklariert',
        cited: (n: number) => (n === 1 ? '1-mal zitiert' : `${n}-mal zitiert`),
        citedTimes: (n: number) => (n === 1 ? '1 Zitat' : `${n} Zitate`),
        legacy: (written: string, canonical: string) =>
            `${written} ist die alte Schreibweise von Beschluss ${canonical}.`,
        goal: TERMS.de.Goal,
        level: TERMS.de.Level,
        strategy: TERMS.de.Strategy,
        latestAssessment: 'Letzte Bewertung',
        outlook: 'Ausblick',
        noAssessment: 'noch keine Bewertung',
        urgent: 'hohe Dringlichkeit',
        notRecorded: 'nicht erfasst',
        scaleValue: 'Bewertung',
        scale: TERMS.de.Scale,
        measure: TERMS.de.Measure,
        targetPicture: 'Zielbild',
        citationKinds: {
            evolves: 'Weiterentwicklung von',
            'covered-by': 'gedeckt durch',
            'commissioned-by': 'beauftragt durch',
            'adopted-by': 'beschlossen durch',
            cites: 'zitiert'
        },
        measureStatus: {
            proposed: 'empfohlen',
            planned: 'geplant',
            'in-progress': 'in Umsetzung',
            completed: 'abgeschlossen',
            stopped: 'eingestellt'
        },
        strategyStatus: { draft: 'Entwurf', adopted: 'beschlossen', archived: 'archiviert' },
        binding: {
            mandatory: 'verbindlicher Grundsatz',
            guideline: 'gemeinsame Leitlinie',
            voluntary: 'freiwillige Kooperation'
        }
    },
    en: {
        decision: TERMS.en.Decision,
        body: 'Body',
        session: 'Session',
        date: 'Date',
        summary: 'Summary',
        link: 'Link',
        noTitle: 'no title recorded',
        notDeclared: 'not declared in any catalogue',
        cited: (n: number) => (n === 1 ? 'cited once' : `cited ${n} times`),
        citedTimes: (n: number) => (n === 1 ? '1 citation' : `${n} citations`),
        legacy: (written: string, canonical: string) =>
            `${written} is the legacy form of decision ${canonical}.`,
        goal: TERMS.en.Goal,
        level: TERMS.en.Level,
        strategy: TERMS.en.Strategy,
        latestAssessment: 'Latest assessment',
        outlook: 'Outlook',
        noAssessment: 'not assessed yet',
        urgent: 'high urgency',
        notRecorded: 'not recorded',
        scaleValue: 'Rating',
        scale: TERMS.en.Scale,
        measure: TERMS.en.Measure,
        targetPicture: 'Target picture',
        citationKinds: {
            evolves: 'evolves',
            'covered-by': 'covered by',
            'commissioned-by': 'commissioned by',
            'adopted-by': 'adopted by',
            cites: 'cites'
        },
        measureStatus: {
            proposed: 'proposed',
            planned: 'planned',
            'in-progress': 'in progress',
            completed: 'completed',
            stopped: 'stopped'
        },
        strategyStatus: { draft: 'draft', adopted: 'adopted', archived: 'archived' },
        binding: {
            mandatory: 'binding principle',
            guideline: 'shared guideline',
            voluntary: 'voluntary cooperation'
        }
    }
} satisfies Record<Locale, EnumerationWords & Record<string, unknown>>;

export type Labels = typeof LABELS.en;

/** The words of the grammar's enumerations: typed by them, so a new kind has no words until it gets them. */
interface EnumerationWords {
    citationKinds: Record<CitationKind, string>;
    measureStatus: Record<MeasureStatus, string>;
    strategyStatus: Record<StrategyStatus, string>;
    binding: Record<BindingLevel, string>;
}
