import { LABELS } from './labels.js';
import type { Locale } from './locale.js';

/** Up to five file names, then how many more. */
function listed(files: readonly string[]): string {
    const shown = files.slice(0, 5).join(', ');
    return files.length > 5 ? `${shown} (+${files.length - 5})` : shown;
}

/** The CLI's own words (summaries), and those it shares with the editor and the views (labels.ts). */
export const CLI_MESSAGES = {
    en: {
        summary: (files: number, errors: number, warnings: number) =>
            `${files} ${files === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
        severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
        noTitle: LABELS.en.noTitle,
        unreadableRule:
            'A file cannot be read as .strat text: binary, not UTF-8, not a regular file, too large, or not readable.',
        notDeclared: LABELS.en.notDeclared,
        declaredAt: 'declared at',
        citations: LABELS.en.citedTimes,
        decisionsSummary: (total: number, undeclared: number) =>
            `${total} ${total === 1 ? 'decision' : 'decisions'}, ${undeclared} not declared`,
        format: {
            syntaxErrors: 'not formatted: the file has syntax errors (see strat validate)',
            formatted: 'formatted',
            summary: (files: number, changed: number, skipped: number) =>
                `${files} ${files === 1 ? 'file' : 'files'}, ${changed} reformatted` +
                (skipped > 0 ? `, ${skipped} skipped because of syntax errors` : ''),
            checkSummary: (files: number, changed: number, skipped: number) => {
                const names = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
                const skippedText = (n: number) =>
                    `${n === 1 ? 'was' : 'were'} skipped because of syntax errors (not checked)`;
                if (changed > 0) {
                    return (
                        `${changed} of ${names(files)} ${files === 1 ? 'is' : 'are'} not formatted; run strat format` +
                        (skipped > 0 ? `; ${skipped} ${skippedText(skipped)}` : '')
                    );
                }
                return skipped > 0
                    ? `${skipped} of ${names(files)} ${skippedText(skipped)}, ${files - skipped} already formatted`
                    : `${names(files)} already formatted`;
            },
            notWritable: (file: string, reason: string) =>
                `${file}: cannot be written (${reason}); make it writable for the user running strat`,
            reasons: {
                permission: 'permission denied',
                readOnly: 'read-only file system',
                busy: 'the file is in use'
            }
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
                changed: 'the folder was changed by someone else during the export',
                nameTooLong: 'the path is too long'
            },
            changedExport: (folder: string, files: readonly string[]) =>
                `${folder}: an earlier export, but ${listed(files)} ${files.length === 1 ? 'was' : 'were'} added or changed since, and an export replaces the whole folder; ` +
                'move what you want to keep elsewhere (or delete it), or name another folder — nothing was exported',
            recovered: (folder: string) =>
                `note: ${folder} was missing after an interrupted export; it has been put back`
        }
    },
    de: {
        summary: (files: number, errors: number, warnings: number) =>
            `${files} ${files === 1 ? 'Datei' : 'Dateien'} geprüft: ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`,
        severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis', hint: 'Tipp' },
        noTitle: LABELS.de.noTitle,
        unreadableRule:
            'Eine Datei kann nicht als .strat-Text gelesen werden: binär, nicht UTF-8, keine reguläre Datei, zu groß oder nicht lesbar.',
        notDeclared: LABELS.de.notDeclared,
        declaredAt: 'deklariert in',
        citations: LABELS.de.citedTimes,
        decisionsSummary: (total: number, undeclared: number) =>
            `${total} ${total === 1 ? 'Beschluss' : 'Beschlüsse'}, ${undeclared} nicht deklariert`,
        format: {
            syntaxErrors: 'nicht formatiert: die Datei enthält Syntaxfehler (siehe strat validate)',
            formatted: 'formatiert',
            summary: (files: number, changed: number, skipped: number) =>
                `${files} ${files === 1 ? 'Datei' : 'Dateien'}, ${changed} neu formatiert` +
                (skipped > 0 ? `, ${skipped} wegen Syntaxfehlern übersprungen` : ''),
            checkSummary: (files: number, changed: number, skipped: number) => {
                const names = (n: number) => `${n} ${n === 1 ? 'Datei' : 'Dateien'}`;
                const skippedText = 'wegen Syntaxfehlern übersprungen (nicht geprüft)';
                if (changed > 0) {
                    return (
                        `${changed} von ${names(files)} ${files === 1 ? 'ist' : 'sind'} nicht formatiert; führen Sie strat format aus` +
                        (skipped > 0 ? `; ${skipped} ${skippedText}` : '')
                    );
                }
                return skipped > 0
                    ? `${skipped} von ${names(files)} ${skippedText}, ${files - skipped} bereits formatiert`
                    : `${files} ${files === 1 ? 'Datei ist' : 'Dateien sind'} bereits formatiert`;
            },
            notWritable: (file: string, reason: string) =>
                `${file}: kann nicht geschrieben werden (${reason}); machen Sie die Datei für den Benutzer, der strat ausführt, beschreibbar`,
            reasons: {
                permission: 'keine Berechtigung',
                readOnly: 'schreibgeschütztes Dateisystem',
                busy: 'die Datei wird verwendet'
            }
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
                changed: 'der Ordner wurde während des Exports von anderer Seite geändert',
                nameTooLong: 'der Pfad ist zu lang'
            },
            changedExport: (folder: string, files: readonly string[]) =>
                `${folder}: ein früherer Export, aber ${listed(files)} ${files.length === 1 ? 'wurde' : 'wurden'} seitdem hinzugefügt oder geändert, und ein Export ersetzt den ganzen Ordner; ` +
                'verschieben Sie, was Sie behalten wollen (oder löschen Sie es), oder nennen Sie einen anderen Ordner — nichts wurde exportiert',
            recovered: (folder: string) =>
                `Hinweis: ${folder} fehlte nach einem unterbrochenen Export; der Ordner wurde wiederhergestellt`
        }
    }
} satisfies Record<Locale, unknown>;
