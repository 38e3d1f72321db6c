import type { Locale } from './locale.js';

/** The CLI's own words: summaries and labels. */
export const CLI_MESSAGES = {
    en: {
        summary: (files: number, errors: number, warnings: number) =>
            `${files} ${files === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
        severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
        noTitle: 'no title recorded',
        notDeclared: 'not declared in any catalogue',
        declaredAt: 'declared at',
        citations: (n: number) => `${n} ${n === 1 ? 'citation' : 'citations'}`,
        decisionsSummary: (total: number, undeclared: number) =>
            `${total} ${total === 1 ? 'decision' : 'decisions'}, ${undeclared} not declared`
    },
    de: {
        summary: (files: number, errors: number, warnings: number) =>
            `${files} ${files === 1 ? 'Datei' : 'Dateien'} geprüft: ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`,
        severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis', hint: 'Tipp' },
        noTitle: 'kein Titel erfasst',
        notDeclared: 'in keinem Katalog deklariert',
        declaredAt: 'deklariert in',
        citations: (n: number) => `${n} ${n === 1 ? 'Zitat' : 'Zitate'}`,
        decisionsSummary: (total: number, undeclared: number) =>
            `${total} ${total === 1 ? 'Beschluss' : 'Beschlüsse'}, ${undeclared} nicht deklariert`
    }
} satisfies Record<Locale, unknown>;
