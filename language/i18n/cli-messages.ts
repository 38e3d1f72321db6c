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
        program: {
            description:
                'Check strategies written in .strat files, list the council decisions they cite, and export them as JSON or HTML.',
            helpHint: "(run 'strat --help' for the commands, 'strat <command> --help' for their options)",
            version: 'print the version number',
            help: 'show the help for the command',
            helpCommand: 'show the help for a command',
            paths: 'files or folders (searched recursively)',
            format: 'output format',
            validateFormat: 'output format (github: workflow annotations; gitlab: a Code Quality report)',
            maxWarnings:
                'exit 1 when there are more warnings than this (default: maxWarnings in strat.json, else no limit)',
            maxWarningsInvalid: 'a whole number of warnings (0 or more; -1 for no limit)',
            init: 'create a starter project: strat.json, a catalogue and one strategy',
            initDir: 'the folder (created if missing)',
            initLang: 'language of messages and of the starter files',
            lang: 'language of messages',
            langDefault: 'from LANG, else en',
            validate: 'check .strat files as one workspace and report every problem',
            decisions: 'list every decision that is declared or cited, with its citations',
            formatCommand: 'rewrite .strat files in the canonical layout (only whitespace changes)',
            check: 'change nothing; list the files that are not formatted and exit 1 if there are any',
            export: 'export the workspace: its model as one JSON document, or a static HTML site',
            exportFormat:
                'json: the whole workspace model (described by workspace-model.schema.json); html: a static site',
            out: (jsonFile: string, marker: string) =>
                `the output folder (json: writes DIR/${jsonFile}, else the JSON goes to stdout; html: required). ` +
                `DIR is written completely or not at all and replaced as a whole; it must be new, empty or an earlier export (with a ${marker} file)`,
            force: 'export even when the workspace has errors (with a warning); without it, errors mean exit 1 and nothing written',
            exportLang: 'language of messages (default from LANG, else en) and of the HTML site (default de)',
            exportExitCodes:
                '\nExit codes: 0 exported, 1 the workspace has errors (nothing exported), 2 bad input or output folder.',
            catalogue: 'maintain the catalogue of council decisions',
            catalogueImport:
                'read the decisions of a Bundesanzeiger announcement or a decision page (text or HTML) into a catalogue file',
            importFile: 'the announcement or page, saved as text or HTML',
            importInto: 'the catalogue file to add to (default: the file with the most decisions)',
            importBody: "the body that took the decisions (default: the catalogue's)",
            importSource: "where the text comes from, e.g. the announcement's address",
            importUrl: "the decision page's address (saved HTML names its own)",
            importWorkspace: 'the folder whose .strat files are checked for declared decisions',
            importExitCodes:
                '\nDecisions the workspace declares already are not written again. Exit codes: 0 read, 1 no decision found, 2 bad input.',
            lsp: 'start the language server (for editors other than VS Code)',
            stdio: 'talk over standard input and output (the default)',
            cannotWrite: (reason: string) => `cannot write the output: ${reason}`,
            internalError: (detail: string) => `internal error: ${detail}`,
            bug: 'this is a bug in strat, not in your files; please report it with the command you ran',
            debugHint: ' (set STRAT_DEBUG=1 to see where it happened)'
        },
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
        catalogue: {
            imported: (n: number, file: string, numbers: string) =>
                n === 0
                    ? `nothing new to write to ${file}`
                    : `${n} ${n === 1 ? 'decision' : 'decisions'} written to ${file}: ${numbers}`,
            alreadyDeclared: (number: string, where: string) =>
                `${number}: already declared at ${where}; not written again`,
            problems: {
                'no-title': (text: string) => `${text}: no title found before the number; add it by hand`,
                'unnumbered-text': (text: string) => `text outside a numbered item, not taken: ${text}`,
                'invalid-number': (text: string) => `not a decision number the council writes: ${text}`,
                duplicate: (text: string) => `${text} appears twice; the first is taken`,
                'no-decision': () =>
                    'no decision found: expected a number line such as "Beschluss 2023/02" or a page header such as "IT-Planungsrat | 26.03.2025 | 46. Sitzung | Beschluss 2025/03"',
                'invalid-date': (text: string) => `a date that does not exist, not taken: ${text}`
            },
            noSessionOrDate: (number: string) =>
                `${number}: the text states no session or date for it; add them from its decision page`,
            line: 'line',
            unreadable: (file: string, reason: string) => `${file}: cannot read the file (${reason})`,
            notCatalogue: (file: string) =>
                `${file}: the catalogue file has syntax errors; fix them first (strat validate) — nothing written`
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
        program: {
            description:
                'Prüft Strategien in .strat-Dateien, listet die zitierten Beschlüsse und exportiert sie als JSON oder HTML.',
            helpHint: '(›strat --help‹ zeigt die Befehle, ›strat <Befehl> --help‹ deren Optionen)',
            version: 'die Versionsnummer ausgeben',
            help: 'die Hilfe zum Befehl zeigen',
            helpCommand: 'die Hilfe zu einem Befehl zeigen',
            paths: 'Dateien oder Ordner (rekursiv durchsucht)',
            format: 'Ausgabeformat',
            validateFormat: 'Ausgabeformat (github: Workflow-Annotationen; gitlab: ein Code-Quality-Bericht)',
            maxWarnings:
                'mit 1 enden, wenn es mehr Warnungen als diese gibt (Vorgabe: maxWarnings in strat.json, sonst keine Grenze)',
            maxWarningsInvalid: 'eine ganze Zahl von Warnungen (0 oder mehr; -1 für keine Grenze)',
            init: 'ein Startprojekt anlegen: strat.json, einen Katalog und eine Strategie',
            initDir: 'der Ordner (angelegt, wenn er fehlt)',
            initLang: 'Sprache der Meldungen und der Startdateien',
            lang: 'Sprache der Meldungen',
            langDefault: 'aus LANG, sonst en',
            validate: '.strat-Dateien als einen Arbeitsbereich prüfen und jedes Problem melden',
            decisions: 'jeden deklarierten oder zitierten Beschluss mit seinen Zitaten auflisten',
            formatCommand: '.strat-Dateien im einheitlichen Layout neu schreiben (nur Leerraum ändert sich)',
            check: 'nichts ändern; die nicht formatierten Dateien nennen und mit 1 enden, wenn es welche gibt',
            export: 'den Arbeitsbereich exportieren: sein Modell als ein JSON-Dokument oder eine statische HTML-Website',
            exportFormat:
                'json: das ganze Modell des Arbeitsbereichs (beschrieben durch workspace-model.schema.json); html: eine statische Website',
            out: (jsonFile: string, marker: string) =>
                `der Ausgabeordner (json: schreibt ORDNER/${jsonFile}, sonst geht das JSON auf die Standardausgabe; html: erforderlich). ` +
                `ORDNER wird ganz oder gar nicht geschrieben und als Ganzes ersetzt; er muss neu, leer oder ein früherer Export sein (mit einer Datei ${marker})`,
            force: 'auch exportieren, wenn der Arbeitsbereich Fehler hat (mit einer Warnung); ohne die Option heißen Fehler Exit-Code 1 und nichts geschrieben',
            exportLang:
                'Sprache der Meldungen (Vorgabe aus LANG, sonst en) und der HTML-Website (Vorgabe de)',
            exportExitCodes:
                '\nExit-Codes: 0 exportiert, 1 der Arbeitsbereich hat Fehler (nichts exportiert), 2 falsche Eingabe oder falscher Ausgabeordner.',
            catalogue: 'den Katalog der Beschlüsse pflegen',
            catalogueImport:
                'die Beschlüsse einer Bekanntmachung im Bundesanzeiger oder einer Beschlussseite (Text oder HTML) in eine Katalogdatei übernehmen',
            importFile: 'die Bekanntmachung oder Seite, als Text oder HTML gespeichert',
            importInto:
                'die Katalogdatei, in die geschrieben wird (Vorgabe: die Datei mit den meisten Beschlüssen)',
            importBody: 'das Gremium, das die Beschlüsse gefasst hat (Vorgabe: das des Katalogs)',
            importSource: 'woher der Text stammt, z. B. die Adresse der Bekanntmachung',
            importUrl: 'die Adresse der Beschlussseite (gespeichertes HTML nennt seine eigene)',
            importWorkspace:
                'der Ordner, dessen .strat-Dateien auf schon deklarierte Beschlüsse geprüft werden',
            importExitCodes:
                '\nBeschlüsse, die der Arbeitsbereich schon deklariert, werden nicht noch einmal geschrieben. Exit-Codes: 0 gelesen, 1 kein Beschluss gefunden, 2 falsche Eingabe.',
            lsp: 'den Sprachserver starten (für andere Editoren als VS Code)',
            stdio: 'über Standardein- und -ausgabe sprechen (die Vorgabe)',
            cannotWrite: (reason: string) => `die Ausgabe kann nicht geschrieben werden: ${reason}`,
            internalError: (detail: string) => `interner Fehler: ${detail}`,
            bug: 'das ist ein Fehler in strat, nicht in Ihren Dateien; bitte melden Sie ihn mit dem Befehl, den Sie ausgeführt haben',
            debugHint: ' (mit STRAT_DEBUG=1 sehen Sie, wo er auftrat)'
        },
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
        catalogue: {
            imported: (n: number, file: string, numbers: string) =>
                n === 0
                    ? `nichts Neues für ${file}`
                    : `${n} ${n === 1 ? 'Beschluss' : 'Beschlüsse'} in ${file} geschrieben: ${numbers}`,
            alreadyDeclared: (number: string, where: string) =>
                `${number}: bereits deklariert in ${where}; nicht noch einmal geschrieben`,
            problems: {
                'no-title': (text: string) =>
                    `${text}: vor der Nummer steht kein Titel; bitte von Hand ergänzen`,
                'unnumbered-text': (text: string) =>
                    `Text außerhalb einer nummerierten Ziffer, nicht übernommen: ${text}`,
                'invalid-number': (text: string) =>
                    `keine Beschlussnummer, wie der Rat sie schreibt: ${text}`,
                duplicate: (text: string) => `${text} steht zweimal im Text; der erste wird übernommen`,
                'no-decision': () =>
                    'kein Beschluss gefunden: erwartet wird eine Nummernzeile wie „Beschluss 2023/02“ oder ein Seitenkopf wie „IT-Planungsrat | 26.03.2025 | 46. Sitzung | Beschluss 2025/03“',
                'invalid-date': (text: string) => `ein Datum, das es nicht gibt, nicht übernommen: ${text}`
            },
            noSessionOrDate: (number: string) =>
                `${number}: der Text nennt keine Sitzung und kein Datum; bitte aus der Beschlussseite ergänzen`,
            line: 'Zeile',
            unreadable: (file: string, reason: string) =>
                `${file}: die Datei kann nicht gelesen werden (${reason})`,
            notCatalogue: (file: string) =>
                `${file}: die Katalogdatei hat Syntaxfehler; bitte zuerst beheben (strat validate) — nichts geschrieben`
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
