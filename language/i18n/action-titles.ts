import type { Locale } from './locale.js';

/** Titles of code actions, code lenses and other editor commands. */
export const ACTION_TITLES = {
    de: {
        rewriteLegacy: (written: string, canonical: string) => `${written} als ${canonical} schreiben`,
        rewriteAllLegacy: (n: number) => `Alle ${n} alten Beschlussnummern der Datei umschreiben`,
        declareDecision: (id: string, file: string) => `Beschluss ${id} in ${file} deklarieren`,
        replaceValue: (written: string, value: string) => `„${written}“ durch „${value}“ ersetzen`,
        markPartial: 'Anteile als Teilangaben markieren (partial)',
        addRemainder: (percent: string, value: string) => `Fehlende ${percent} % als „${value}“ ergänzen`,
        escapeBackslash: (sequence: string) =>
            `${sequence} als \\${sequence} schreiben (Backslash als Zeichen)`,
        escapeAllBackslashes: (n: number) => `Alle ${n} einzelnen Backslashes der Datei verdoppeln`,
        openPreview: 'Vorschau öffnen',
        invalidName: (name: string) =>
            `„${name}“ ist kein gültiger Bezeichner: erlaubt sind Buchstaben (auch Umlaute), Ziffern, _ und -, beginnend mit einem Buchstaben oder _.`,
        invalidDecisionNumber: (name: string) =>
            `„${name}“ ist keine Beschlussnummer: schreiben Sie JJJJ/NN, zum Beispiel 2024/07.`,
        nameChangesMeaning: (name: string, kind: string) =>
            `„${name}“ bezeichnet dort, wo dieses Element verwendet wird, schon ein anderes Element (${kind}): Verweise würden ihre Bedeutung ändern.`,
        nameTaken: (name: string, kind: string, where: string) =>
            `„${name}“ ist schon vergeben: ${kind} ${name} ist in ${where} deklariert. Nach der Umbenennung gäbe es zwei Deklarationen, und Verweise auf ${name} wären mehrdeutig; wählen Sie einen anderen Namen.`
    },
    en: {
        rewriteLegacy: (written: string, canonical: string) => `Write ${written} as ${canonical}`,
        rewriteAllLegacy: (n: number) => `Rewrite all ${n} legacy decision numbers in the file`,
        declareDecision: (id: string, file: string) => `Declare decision ${id} in ${file}`,
        replaceValue: (written: string, value: string) => `Replace "${written}" with "${value}"`,
        markPartial: 'Mark the shares as partial',
        addRemainder: (percent: string, value: string) => `Add the missing ${percent} % as "${value}"`,
        escapeBackslash: (sequence: string) => `Write ${sequence} as \\${sequence} (a backslash as itself)`,
        escapeAllBackslashes: (n: number) => `Double all ${n} lone backslashes in the file`,
        openPreview: 'Open Preview',
        invalidName: (name: string) =>
            `"${name}" is not a valid identifier: use letters (umlauts too), digits, _ and -, starting with a letter or _.`,
        invalidDecisionNumber: (name: string) =>
            `"${name}" is not a decision number: write YYYY/NN, for example 2024/07.`,
        nameChangesMeaning: (name: string, kind: string) =>
            `"${name}" already names another element (${kind}) where this one is used: references would change their meaning.`,
        nameTaken: (name: string, kind: string, where: string) =>
            `"${name}" is taken: ${kind} ${name} is declared in ${where}. Renaming would make two declarations and references to ${name} ambiguous; choose another name.`
    }
} satisfies Record<Locale, unknown>;
