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
        after: 'nachher',
        sheets: {
            matrix: 'Statusmatrix',
            measures: 'Maßnahmen',
            values: 'Kennzahlwerte',
            decisions: 'Beschlüsse'
        },
        columns: {
            strategy: 'Strategie',
            level: 'Strategieebene',
            id: 'Kennung',
            title: 'Titel',
            urgent: 'dringlich',
            indicator: 'Kennzahl',
            group: 'Gruppe',
            body: 'Gremium',
            date: 'Datum',
            until: 'bis',
            upper: 'Obergrenze',
            qualifier: 'Einschränkung',
            shares: 'Anteile',
            condition: 'Bedingung',
            citationKind: 'Art des Zitats',
            elementType: 'zitiert in (Art)',
            element: 'zitiert in (Kennung)',
            elementTitle: 'zitiert in (Titel)',
            milestones: 'Meilensteine'
        },
        titlePage: 'Titelblatt',
        cli: {
            diff: 'zeigen, was sich zwischen zwei Fassungen geändert hat: Ordner oder Git-Revisionen (ohne Angabe: der Arbeitsordner gegenüber HEAD)',
            from: 'die ältere Fassung: ein Ordner oder eine Git-Revision',
            to: 'die neuere Fassung: ein Ordner oder eine Git-Revision (ohne Angabe: der Arbeitsordner)',
            exitCode: 'mit 1 enden, wenn es Änderungen gibt',
            since: 'html: eine Seite mit den Änderungen seit einer Git-Revision oder einem Ordner ergänzen',
            exportFormat:
                'json: das ganze Modell; html: eine statische Website; docx: ein Word-Dokument je Strategie; xlsx: eine Arbeitsmappe; csv: eine Datei je Tabelle'
        },
        needsOut: (format: string) =>
            `--format ${format} schreibt Dateien und braucht einen Ausgabeordner: ergänzen Sie --out ORDNER`,
        latestAssessment: (year: number) => `Letzte Bewertung (${year})`,
        noAssessment: 'noch keine Bewertung',
        yes: 'ja',
        no: 'nein',
        notRecorded: 'nicht erfasst',
        diff: {
            added: 'hinzugefügt',
            removed: 'entfernt',
            renamed: (from: string, to: string) => `Kennung geändert: ${from} → ${to}`,
            moved: (field: string, from: string, to: string) => `verschoben (${field}): ${from} → ${to}`,
            retitled: (from: string, to: string) => `Titel geändert: „${from}“ → „${to}“`,
            textChanged: 'Text geändert',
            fieldChanged: (field: string, from: string, to: string) => `${field}: ${from} → ${to}`,
            assessmentAdded: (kind: string, year: number) => `${kind} ${year} hinzugefügt`,
            assessmentRemoved: (kind: string, year: number) => `${kind} ${year} entfernt`,
            ratingChanged: (scale: string, year: string, from: string, to: string) =>
                `${scale} ${year}: ${from} → ${to}`,
            citationAdded: (kind: string, decision: string) => `Zitat hinzugefügt: ${kind} ${decision}`,
            citationRemoved: (kind: string, decision: string) => `Zitat entfernt: ${kind} ${decision}`,
            citationKindChanged: (decision: string, from: string, to: string) =>
                `Zitat von ${decision}: ${from} → ${to}`,
            valueAdded: (value: string) => `Wert hinzugefügt: ${value}`,
            valueRemoved: (value: string) => `Wert entfernt: ${value}`,
            valueChanged: (from: string, to: string) => `Wert geändert: ${from} → ${to}`,
            none: '–',
            outlook: 'Ausblick',
            assessment: 'Bewertung',
            summary: (n: number) => (n === 1 ? '1 Änderung' : `${n} Änderungen`)
        }
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
        after: 'after',
        sheets: {
            matrix: 'Status matrix',
            measures: 'Measures',
            values: 'Indicator values',
            decisions: 'Decisions'
        },
        columns: {
            strategy: 'Strategy',
            level: 'Level',
            id: 'Id',
            title: 'Title',
            urgent: 'urgent',
            indicator: 'Indicator',
            group: 'Group',
            body: 'Body',
            date: 'Date',
            until: 'until',
            upper: 'upper bound',
            qualifier: 'qualifier',
            shares: 'shares',
            condition: 'condition',
            citationKind: 'Kind of citation',
            elementType: 'cited in (kind)',
            element: 'cited in (id)',
            elementTitle: 'cited in (title)',
            milestones: 'Milestones'
        },
        titlePage: 'Title page',
        cli: {
            diff: 'show what changed between two versions: folders or git revisions (default: the working folder against HEAD)',
            from: 'the older version: a folder or a git revision',
            to: 'the newer version: a folder or a git revision (default: the working folder)',
            exitCode: 'exit 1 when there are changes',
            since: 'html: add a page of what changed since a git revision or folder',
            exportFormat:
                'json: the whole workspace model; html: a static site; docx: a Word document per strategy; xlsx: one workbook; csv: a file per table'
        },
        needsOut: (format: string) =>
            `--format ${format} writes files and needs an output folder: add --out DIR`,
        latestAssessment: (year: number) => `Latest assessment (${year})`,
        noAssessment: 'no assessment yet',
        yes: 'yes',
        no: 'no',
        notRecorded: 'not recorded',
        diff: {
            added: 'added',
            removed: 'removed',
            renamed: (from: string, to: string) => `id changed: ${from} → ${to}`,
            moved: (field: string, from: string, to: string) => `moved (${field}): ${from} → ${to}`,
            retitled: (from: string, to: string) => `title changed: “${from}” → “${to}”`,
            textChanged: 'text changed',
            fieldChanged: (field: string, from: string, to: string) => `${field}: ${from} → ${to}`,
            assessmentAdded: (kind: string, year: number) => `${kind} ${year} added`,
            assessmentRemoved: (kind: string, year: number) => `${kind} ${year} removed`,
            ratingChanged: (scale: string, year: string, from: string, to: string) =>
                `${scale} ${year}: ${from} → ${to}`,
            citationAdded: (kind: string, decision: string) => `citation added: ${kind} ${decision}`,
            citationRemoved: (kind: string, decision: string) => `citation removed: ${kind} ${decision}`,
            citationKindChanged: (decision: string, from: string, to: string) =>
                `citation of ${decision}: ${from} → ${to}`,
            valueAdded: (value: string) => `value added: ${value}`,
            valueRemoved: (value: string) => `value removed: ${value}`,
            valueChanged: (from: string, to: string) => `value changed: ${from} → ${to}`,
            none: '–',
            outlook: 'outlook',
            assessment: 'assessment',
            summary: (n: number) => (n === 1 ? '1 change' : `${n} changes`)
        }
    }
} satisfies Record<Locale, unknown>;

export type ReviewLabels = (typeof REVIEW_LABELS)['de'];
