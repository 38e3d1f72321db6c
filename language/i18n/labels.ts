import type {
    BindingLevel,
    CitationKind,
    DocumentKind,
    MeasureStatus,
    StrategyStatus
} from '../generated/ast.js';
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
        alsoWritten: (id: string) => `auch geschrieben als ${id}`,
        decisionPage: 'Seite des Beschlusses',
        sources: 'Quellen',
        dateNotRecorded: 'Datum nicht erfasst',
        items: (items: readonly number[]) =>
            `${items.length === 1 ? 'Ziffer' : 'Ziffern'} ${listWords(items.map(String), 'und')}`,
        /** „Ziffer 2 des Beschlusses 2023/44“ or „Beschluss 2023/44“. */
        citedPart: (id: string, items: readonly number[]) =>
            items.length === 0
                ? `Beschluss ${id}`
                : `${items.length === 1 ? 'Ziffer' : 'Ziffern'} ${listWords(items.map(String), 'und')} des Beschlusses ${id}`,
        amends: 'ändert',
        repeals: 'hebt auf',
        amendedBy: 'geändert durch',
        repealedBy: 'aufgehoben durch',
        decisionStatus: {
            'in-force': 'in Kraft',
            amended: 'geändert',
            'partly-repealed': 'teilweise aufgehoben',
            repealed: 'aufgehoben'
        },
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
        source: 'Quelle',
        group: 'Gruppe',
        condition: 'Bedingung',
        conditionOf: (condition: string) => `sofern ${condition}`,
        periodText: (start: string, end: string) => `${start} bis ${end}`,
        rangeText: (lower: string, upper: string) => `${lower} bis ${upper}`,
        qualifiers: {
            about: 'ca.',
            'more-than': 'mehr als',
            'less-than': 'weniger als',
            'at-least': 'mindestens',
            'at-most': 'höchstens',
            'up-to': 'bis zu'
        } as Record<string, string>,
        valueKinds: {
            baseline: 'Ausgangswert',
            target: 'Zielwert',
            measured: 'Messwert',
            forecast: 'Prognose'
        } as Record<string, string>,
        publisher: 'Herausgeber',
        published: 'Veröffentlicht',
        fieldwork: 'Erhebungszeitraum',
        respondents: 'Befragte',
        method: 'Methode',
        marginOfError: 'Fehlertoleranz',
        dimensionOf: 'Dimension',
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
            stopped: 'eingestellt',
            rejected: 'abgelehnt',
            'advised-against': 'nicht empfohlen'
        },
        strategyStatus: { draft: 'Entwurf', adopted: 'beschlossen', archived: 'archiviert' },
        binding: {
            mandatory: 'verbindlicher Grundsatz',
            guideline: 'gemeinsame Leitlinie',
            voluntary: 'freiwillige Kooperation'
        },
        interpretation: 'Deutung der Bearbeitung, nicht in der Quelle',
        interpretationOfTitle: 'Titel: Deutung der Bearbeitung, nicht in der Quelle',
        interpretedLink: 'Verknüpfung: Deutung der Bearbeitung, nicht in der Quelle',
        periods: {
            Q1: '1. Quartal',
            Q2: '2. Quartal',
            Q3: '3. Quartal',
            Q4: '4. Quartal',
            H1: '1. Halbjahr',
            H2: '2. Halbjahr',
            spring: 'Frühjahr',
            summer: 'Sommer',
            autumn: 'Herbst',
            winter: 'Winter'
        } as Record<string, string>,
        documentKinds: {
            law: 'Gesetz',
            regulation: 'Verordnung',
            report: 'Bericht',
            study: 'Studie',
            survey: 'Befragung',
            paper: 'Papier',
            'web-page': 'Webseite',
            minutes: 'Protokoll',
            other: 'Dokument'
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
        alsoWritten: (id: string) => `also written ${id}`,
        decisionPage: 'Decision page',
        sources: 'Sources',
        dateNotRecorded: 'date not recorded',
        items: (items: readonly number[]) =>
            `${items.length === 1 ? 'item' : 'items'} ${listWords(items.map(String), 'and')}`,
        /** "item 2 of decision 2023/44" or "decision 2023/44", capitalised. */
        citedPart: (id: string, items: readonly number[]) =>
            items.length === 0
                ? `Decision ${id}`
                : `${items.length === 1 ? 'Item' : 'Items'} ${listWords(items.map(String), 'and')} of decision ${id}`,
        amends: 'amends',
        repeals: 'repeals',
        amendedBy: 'amended by',
        repealedBy: 'repealed by',
        decisionStatus: {
            'in-force': 'in force',
            amended: 'amended',
            'partly-repealed': 'partly repealed',
            repealed: 'repealed'
        },
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
        source: 'Source',
        group: 'Group',
        condition: 'Condition',
        conditionOf: (condition: string) => `provided that ${condition}`,
        periodText: (start: string, end: string) => `${start} to ${end}`,
        rangeText: (lower: string, upper: string) => `${lower} to ${upper}`,
        qualifiers: {
            about: 'approx.',
            'more-than': 'more than',
            'less-than': 'less than',
            'at-least': 'at least',
            'at-most': 'at most',
            'up-to': 'up to'
        } as Record<string, string>,
        valueKinds: {
            baseline: 'Baseline',
            target: 'Target',
            measured: 'Measured',
            forecast: 'Forecast'
        } as Record<string, string>,
        publisher: 'Publisher',
        published: 'Published',
        fieldwork: 'Fieldwork',
        respondents: 'Respondents',
        method: 'Method',
        marginOfError: 'Margin of error',
        dimensionOf: 'Dimension',
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
            stopped: 'stopped',
            rejected: 'rejected',
            'advised-against': 'advised against'
        },
        strategyStatus: { draft: 'draft', adopted: 'adopted', archived: 'archived' },
        binding: {
            mandatory: 'binding principle',
            guideline: 'shared guideline',
            voluntary: 'voluntary cooperation'
        },
        interpretation: 'Interpretation of the author, not stated by the source',
        interpretationOfTitle: 'Title: interpretation of the author, not stated by the source',
        interpretedLink: 'Link: interpretation of the author, not stated by the source',
        periods: {
            Q1: 'Q1',
            Q2: 'Q2',
            Q3: 'Q3',
            Q4: 'Q4',
            H1: 'H1',
            H2: 'H2',
            spring: 'spring',
            summer: 'summer',
            autumn: 'autumn',
            winter: 'winter'
        } as Record<string, string>,
        documentKinds: {
            law: 'law',
            regulation: 'regulation',
            report: 'report',
            study: 'study',
            survey: 'survey',
            paper: 'paper',
            'web-page': 'web page',
            minutes: 'minutes',
            other: 'document'
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
    documentKinds: Record<DocumentKind, string>;
}

/** `2, 3 and 5`. */
function listWords(words: readonly string[], and: string): string {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}
