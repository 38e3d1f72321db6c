import { LABELS } from './labels.js';
import type { Locale } from './locale.js';
import { TERMS } from './terms.js';

/**
 * Words of the rendered views (editor preview and static export) around the model's own texts: the
 * words they share with the editor (labels.ts) and their own.
 */
export const VIEW_LABELS = {
    de: {
        ...LABELS.de,
        lang: 'de',
        siteTitle: 'Strategien',
        skipToContent: 'Zum Inhalt springen',
        mainNavigation: 'Hauptnavigation',
        pageContents: 'Inhalt dieser Seite',
        overview: 'Übersicht',
        allStrategies: 'Alle Strategien',
        decisionIndex: 'Beschlussverzeichnis',
        generatedBy: 'Erzeugt mit strat aus den .strat-Dateien des Arbeitsbereichs.',
        errors: (n: number) => (n === 1 ? '1 Fehler' : `${n} Fehler`),
        errorsHint: 'Die Datei enthält Fehler; die Vorschau zeigt, was sich lesen ließ.',
        previewOf: 'Vorschau',
        emptyFile: 'Diese Datei enthält weder eine Strategie noch Beschlüsse.',
        noStrategies: 'Der Arbeitsbereich enthält keine Strategie.',
        filesWithErrors: (n: number) => (n === 1 ? '1 Datei mit Fehlern' : `${n} Dateien mit Fehlern`),
        // strategy facts
        status: 'Status', asOf: 'Stand', owner: 'Verantwortlich', horizon: 'Zieltermin', partOf: 'Teil von', vision: 'Vision',
        description: 'Beschreibung', sections: 'Abschnitte', decisionsCited: 'Zitierte Beschlüsse',
        counts: (goals: number, measures: number) => `${goals} ${goals === 1 ? 'Ziel' : 'Ziele'}, ${measures} ${measures === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
        // matrix
        matrix: 'Bewertung von Status und Fortschritt mit Ausblick',
        matrixCaption: (title: string) => `Bewertung von Status und Fortschritt mit Ausblick – ${title}`,
        noLevel: 'ohne Strategieebene',
        assessed: 'Bewertung', forecast: 'Ausblick', forecastLong: 'Ausblick (Prognose)', mixedYear: 'Bewertung und Ausblick',
        noRating: 'keine Bewertung', unknownValue: 'unbekannter Wert', unknownScale: 'unbekannte Skala',
        noGoals: 'Diese Strategie enthält keine Ziele.', noYears: 'Noch keine Bewertungen erfasst.',
        legend: 'Legende', legendForecast: 'Spalten mit gestricheltem Rahmen sind Ausblicke (Prognosen), keine Ist-Bewertungen.',
        legendUrgent: 'Thema mit besonders hoher Dringlichkeit und akutem Handlungsbedarf',
        legendNotRecorded: 'Die Bewertung liegt in der Quelle nicht als Text vor.',
        // goal cards
        goals: 'Ziele', outlooks: 'Ausblicke',
        rationale: 'Begründung', assessor: 'Bewertet von', refines: 'Verfeinert',
        contributesTo: 'Trägt bei zu', measuresAddressing: 'Maßnahmen zu diesem Ziel', noMeasures: 'keine Maßnahme erfasst',
        indicatorsMeasuring: 'Kennzahlen', noDecisions: 'keine',
        // measures
        measures: 'Maßnahmen', implementationStatus: 'Umsetzungsstatus', addresses: 'Adressiert', milestones: 'Meilensteine',
        noMilestones: 'keine Meilensteine erfasst', strategyMilestones: 'Meilensteine der Strategie', noStatus: 'kein Status erfasst',
        // principles
        principles: 'Grundsätze', areaWithout: 'ohne Themenbereich', bindingUnknown: 'ohne Verbindlichkeit',
        // stakeholders
        stakeholders: 'Nutzendengruppen und Anforderungen', needs: 'Anforderungen', answeredBy: 'Beantwortet durch',
        notAnswered: 'noch von keinem Eckpunkt beantwortet', cornerstones: 'Eckpunkte', answers: 'Beantwortet',
        // questions and ideas
        questions: 'Leitfragen', ideas: 'Ideen', inSection: 'Abschnitt', inArea: 'Themenbereich', strategyWide: 'Strategie insgesamt',
        // indicators
        indicators: 'Kennzahlen', unit: 'Einheit', direction: 'Richtung', lowerIsBetter: 'niedriger ist besser',
        higherIsBetter: 'höher ist besser', noDirection: 'keine Richtung angegeben', baseline: 'Ausgangswert', target: 'Zielwert',
        measured: 'Messwert', value: 'Wert', source: 'Quelle', kind: 'Art', measures_: 'Misst',
        chartOf: (title: string) => `Verlauf der Kennzahl „${title}“`, valuesOf: (title: string) => `Werte der Kennzahl „${title}“`,
        noValues: 'keine Werte erfasst',
        // decisions
        decisions: 'Beschlüsse', number: 'Nummer', title: 'Titel',
        citedIn: 'Zitiert in', citations: 'Zitate', notCited: 'nirgends zitiert',
        undeclared: 'Zitierte Beschlüsse ohne Katalogeintrag',
        undeclaredHint: 'Diese Beschlüsse werden zitiert, aber kein Katalog im Arbeitsbereich deklariert sie.',
        noUndeclared: 'Jeder zitierte Beschluss ist in einem Katalog deklariert.',
        declaredIn: 'Deklariert in', outsideStrategy: 'außerhalb einer Strategie', noDecisionsAtAll: 'Keine Beschlüsse erfasst.',
        citedTimes: (n: number) => (n === 1 ? '1 Zitat' : `${n} Zitate`),
        elementTypes: TERMS.de
    },
    en: {
        ...LABELS.en,
        lang: 'en',
        siteTitle: 'Strategies',
        skipToContent: 'Skip to content',
        mainNavigation: 'Main navigation',
        pageContents: 'On this page',
        overview: 'Overview',
        allStrategies: 'All strategies',
        decisionIndex: 'Decision index',
        generatedBy: 'Generated by strat from the .strat files of the workspace.',
        errors: (n: number) => (n === 1 ? '1 error' : `${n} errors`),
        errorsHint: 'The file has errors; the preview shows what could be read.',
        previewOf: 'Preview',
        emptyFile: 'This file holds neither a strategy nor decisions.',
        noStrategies: 'The workspace holds no strategy.',
        filesWithErrors: (n: number) => (n === 1 ? '1 file with errors' : `${n} files with errors`),
        status: 'Status', asOf: 'As of', owner: 'Owner', horizon: 'Horizon', partOf: 'Part of', vision: 'Vision',
        description: 'Description', sections: 'Sections', decisionsCited: 'Decisions cited',
        counts: (goals: number, measures: number) => `${goals} ${goals === 1 ? 'goal' : 'goals'}, ${measures} ${measures === 1 ? 'measure' : 'measures'}`,
        matrix: 'Status and progress with outlook',
        matrixCaption: (title: string) => `Status and progress with outlook – ${title}`,
        noLevel: 'no level',
        assessed: 'Assessment', forecast: 'Outlook', forecastLong: 'Outlook (forecast)', mixedYear: 'Assessment and outlook',
        noRating: 'not assessed', unknownValue: 'unknown value', unknownScale: 'unknown scale',
        noGoals: 'This strategy has no goals.', noYears: 'No assessments recorded yet.',
        legend: 'Legend', legendForecast: 'Columns with a dashed frame are outlooks (forecasts), not actual assessments.',
        legendUrgent: 'Topic of particularly high urgency that needs action now',
        legendNotRecorded: 'The source does not give the rating as text.',
        goals: 'Goals', outlooks: 'Outlooks',
        rationale: 'Rationale', assessor: 'Assessed by', refines: 'Refines',
        contributesTo: 'Contributes to', measuresAddressing: 'Measures for this goal', noMeasures: 'no measure recorded',
        indicatorsMeasuring: 'Indicators', noDecisions: 'none',
        measures: 'Measures', implementationStatus: 'Implementation status', addresses: 'Addresses', milestones: 'Milestones',
        noMilestones: 'no milestones recorded', strategyMilestones: 'Milestones of the strategy', noStatus: 'no status recorded',
        principles: 'Principles', areaWithout: 'no area', bindingUnknown: 'no binding level',
        stakeholders: 'Stakeholders and needs', needs: 'Needs', answeredBy: 'Answered by',
        notAnswered: 'not answered by any cornerstone yet', cornerstones: 'Cornerstones', answers: 'Answers',
        questions: 'Open questions', ideas: 'Ideas', inSection: 'Section', inArea: 'Area', strategyWide: 'Whole strategy',
        indicators: 'Indicators', unit: 'Unit', direction: 'Direction', lowerIsBetter: 'lower is better',
        higherIsBetter: 'higher is better', noDirection: 'no direction given', baseline: 'Baseline', target: 'Target',
        measured: 'Measured', value: 'Value', source: 'Source', kind: 'Kind', measures_: 'Measures',
        chartOf: (title: string) => `Course of the indicator “${title}”`, valuesOf: (title: string) => `Values of the indicator “${title}”`,
        noValues: 'no values recorded',
        decisions: 'Decisions', number: 'Number', title: 'Title',
        citedIn: 'Cited in', citations: 'Citations', notCited: 'not cited anywhere',
        undeclared: 'Cited decisions without a catalogue entry',
        undeclaredHint: 'These decisions are cited, but no catalogue in the workspace declares them.',
        noUndeclared: 'Every cited decision is declared in a catalogue.',
        declaredIn: 'Declared in', outsideStrategy: 'outside any strategy', noDecisionsAtAll: 'No decisions recorded.',
        citedTimes: (n: number) => (n === 1 ? '1 citation' : `${n} citations`),
        elementTypes: TERMS.en
    }
} satisfies Record<Locale, unknown>;

export type ViewLabels = typeof VIEW_LABELS.en;
