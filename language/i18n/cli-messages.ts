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
            `${total} ${total === 1 ? 'decision' : 'decisions'}, ${undeclared} not declared`,
        format: {
            syntaxErrors: 'not formatted: the file has syntax errors (see strat validate)',
            formatted: 'formatted',
            summary: (files: number, changed: number) => `${files} ${files === 1 ? 'file' : 'files'}, ${changed} reformatted`,
            checkSummary: (files: number, changed: number) =>
                changed === 0 ? `${files} ${files === 1 ? 'file' : 'files'} already formatted` : `${changed} of ${files} ${files === 1 ? 'file is' : 'files are'} not formatted; run strat format`
        }
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
            `${total} ${total === 1 ? 'Beschluss' : 'Beschlüsse'}, ${undeclared} nicht deklariert`,
        format: {
            syntaxErrors: 'nicht formatiert: die Datei enthält Syntaxfehler (siehe strat validate)',
            formatted: 'formatiert',
            summary: (files: number, changed: number) => `${files} ${files === 1 ? 'Datei' : 'Dateien'}, ${changed} neu formatiert`,
            checkSummary: (files: number, changed: number) =>
                changed === 0 ? `${files} ${files === 1 ? 'Datei ist' : 'Dateien sind'} bereits formatiert` : `${changed} von ${files} ${files === 1 ? 'Datei ist' : 'Dateien sind'} nicht formatiert; führen Sie strat format aus`
        }
    }
} satisfies Record<Locale, unknown>;
