import { LABELS } from './labels.js';
import type { Locale } from './locale.js';

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
