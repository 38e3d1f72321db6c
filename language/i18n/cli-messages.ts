import { LABELS } from './labels.js';
import type { Locale } from './locale.js';

/** The CLI's own words (summaries), and those it shares with the editor and the views (labels.ts). */
export const CLI_MESSAGES = {
    en: {
        summary: (files: number, errors: number, warnings: number) =>
            `${files} ${files === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
        severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
        noTitle: LABELS.en.noTitle,
        notDeclared: LABELS.en.notDeclared,
        declaredAt: 'declared at',
        citations: LABELS.en.citedTimes,
        decisionsSummary: (total: number, undeclared: number) =>
            `${total} ${total === 1 ? 'decision' : 'decisions'}, ${undeclared} not declared`,
        format: {
            syntaxErrors: 'not formatted: the file has syntax errors (see strat validate)',
            formatted: 'formatted',
            summary: (files: number, changed: number) =>
                `${files} ${files === 1 ? 'file' : 'files'}, ${changed} reformatted`,
            checkSummary: (files: number, changed: number) =>
                changed === 0
                    ? `${files} ${files === 1 ? 'file' : 'files'} already formatted`
                    : `${changed} of ${files} ${files === 1 ? 'file is' : 'files are'} not formatted; run strat format`
        },
        export: {
            refused: (errors: number) =>
                `${errors} ${errors === 1 ? 'error' : 'errors'} in the workspace; nothing exported — fix ${errors === 1 ? 'it' : 'them'} or pass --force`,
            forced: (errors: number) =>
                `warning: ${errors} ${errors === 1 ? 'error' : 'errors'} in the workspace; exported anyway because of --force (the export may be incomplete)`,
            written: (files: number, folder: string) =>
                `exported ${files} ${files === 1 ? 'file' : 'files'} to ${folder}`,
            htmlNeedsOut: '--format html writes a whole site and needs an output folder: add --out DIR',
            notAFolder: (folder: string) =>
                `${folder}: exists and is not a folder; name a new or empty folder for --out`,
            symlink: (folder: string) =>
                `${folder}: is a symbolic link; name the folder itself (or a new one) for --out`,
            foreign: (folder: string, marker: string) =>
                `${folder}: the folder is not empty and was not written by strat export (it has no ${marker} file); ` +
                'strat replaces only empty folders or its own exports: name a new or empty folder, or empty this one',
            insideInput: (folder: string) =>
                `${folder}: the output folder would replace files that are being exported; name a folder outside the .strat files`,
            containsWorkingFolder: (folder: string) =>
                `${folder}: is the working folder or contains it, and the output folder is replaced as a whole; name a folder below or beside it`,
            emptyOut: '--out was given an empty path; name the output folder (for example --out site)',
            notWritable: (folder: string, reason: string) =>
                `${folder}: cannot write the output folder (${reason}); name a folder you may write to — nothing was exported`,
            reasons: {
                permission: 'permission denied',
                readOnly: 'read-only file system',
                notFolder: 'a part of the path is a file, not a folder',
                noSpace: 'no space left on the device',
                busy: 'the folder is in use',
                changed: 'the folder was changed by someone else during the export'
            }
        }
    },
    de: {
        summary: (files: number, errors: number, warnings: number) =>
            `${files} ${files === 1 ? 'Datei' : 'Dateien'} geprüft: ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`,
        severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis', hint: 'Tipp' },
        noTitle: LABELS.de.noTitle,
        notDeclared: LABELS.de.notDeclared,
        declaredAt: 'deklariert in',
        citations: LABELS.de.citedTimes,
        decisionsSummary: (total: number, undeclared: number) =>
            `${total} ${total === 1 ? 'Beschluss' : 'Beschlüsse'}, ${undeclared} nicht deklariert`,
        format: {
            syntaxErrors: 'nicht formatiert: die Datei enthält Syntaxfehler (siehe strat validate)',
            formatted: 'formatiert',
            summary: (files: number, changed: number) =>
                `${files} ${files === 1 ? 'Datei' : 'Dateien'}, ${changed} neu formatiert`,
            checkSummary: (files: number, changed: number) =>
                changed === 0
                    ? `${files} ${files === 1 ? 'Datei ist' : 'Dateien sind'} bereits formatiert`
                    : `${changed} von ${files} ${files === 1 ? 'Datei ist' : 'Dateien sind'} nicht formatiert; führen Sie strat format aus`
        },
        export: {
            refused: (errors: number) =>
                `${errors} Fehler im Arbeitsbereich; nichts exportiert — beheben Sie ${errors === 1 ? 'ihn' : 'sie'} oder geben Sie --force an`,
            forced: (errors: number) =>
                `Warnung: ${errors} Fehler im Arbeitsbereich; wegen --force trotzdem exportiert (der Export kann unvollständig sein)`,
            written: (files: number, folder: string) =>
                `${files} ${files === 1 ? 'Datei' : 'Dateien'} nach ${folder} exportiert`,
            htmlNeedsOut:
                '--format html schreibt eine ganze Website und braucht einen Ausgabeordner: ergänzen Sie --out ORDNER',
            notAFolder: (folder: string) =>
                `${folder}: existiert und ist kein Ordner; nennen Sie für --out einen neuen oder leeren Ordner`,
            symlink: (folder: string) =>
                `${folder}: ist ein symbolischer Link; nennen Sie für --out den Ordner selbst (oder einen neuen)`,
            foreign: (folder: string, marker: string) =>
                `${folder}: der Ordner ist nicht leer und wurde nicht von strat export geschrieben (er enthält keine Datei ${marker}); ` +
                'strat ersetzt nur leere Ordner oder eigene Exporte: nennen Sie einen neuen oder leeren Ordner, oder leeren Sie diesen',
            insideInput: (folder: string) =>
                `${folder}: der Ausgabeordner würde Dateien ersetzen, die exportiert werden; nennen Sie einen Ordner außerhalb der .strat-Dateien`,
            containsWorkingFolder: (folder: string) =>
                `${folder}: ist der Arbeitsordner oder enthält ihn, und der Ausgabeordner wird als Ganzes ersetzt; nennen Sie einen Ordner darunter oder daneben`,
            emptyOut:
                '--out wurde ein leerer Pfad übergeben; nennen Sie den Ausgabeordner (zum Beispiel --out site)',
            notWritable: (folder: string, reason: string) =>
                `${folder}: der Ausgabeordner kann nicht geschrieben werden (${reason}); nennen Sie einen Ordner mit Schreibrecht — nichts wurde exportiert`,
            reasons: {
                permission: 'keine Berechtigung',
                readOnly: 'schreibgeschütztes Dateisystem',
                notFolder: 'ein Teil des Pfads ist eine Datei, kein Ordner',
                noSpace: 'kein Platz mehr auf dem Datenträger',
                busy: 'der Ordner wird verwendet',
                changed: 'der Ordner wurde während des Exports von anderer Seite geändert'
            }
        }
    }
} satisfies Record<Locale, unknown>;
