import type { Locale } from './locale.js';

/** The words of the project file (strat.json): its errors, `strat init` and the notes about it. */
export const PROJECT_MESSAGES = {
    en: {
        syntax: (code: string) =>
            `not valid JSON: ${{ CloseBraceExpected: 'a } is missing', CloseBracketExpected: 'a ] is missing', ColonExpected: 'a : is missing', CommaExpected: 'a comma is missing', ValueExpected: 'a value is missing', PropertyNameExpected: 'a property name in double quotes is missing', EndOfFileExpected: 'text after the end of the object', InvalidSymbol: 'a character that JSON does not allow here', UnexpectedEndOfString: 'a string is not closed' }[code] ?? code}`,
        notObject: 'the project file must hold one JSON object',
        unknownProperty: (name: string, known: string) =>
            `unknown property "${name}"; a project file may have ${known}`,
        unknownCheck: (name: string) =>
            `unknown check "${name}"; the README's check table lists every check code`,
        notLevel: (value: string, levels: string) => `${value} is not a severity; use one of ${levels}`,
        notLanguage: (value: string) => `${value} is not a language of strat; use "de" or "en"`,
        wrongType: (type: string) => `must be ${type === 'array' ? 'an' : 'a'} ${type}`,
        atLeast: (limit: number) => `must be ${limit} or more`,
        notEmpty: 'must not be empty',
        duplicate: 'names the same glob twice',
        other: (text: string) => text,
        unreadable: (file: string, reason: string) => `${file}: cannot be read (${reason})`,
        rule: 'The project file (strat.json) cannot be read or does not follow its schema; nothing is checked until it does.',
        outsideProject: (file: string, project: string) =>
            `${file}: not part of the project (${project} leaves it out); not checked`,
        tooManyWarnings: (warnings: number, limit: number) =>
            `too many warnings: ${warnings}, at most ${limit} allowed (--max-warnings or maxWarnings in strat.json)`,
        differentProjects: (projects: string) =>
            `the paths belong to different projects (${projects}); run strat once for each project`,
        init: {
            exists: (files: string) =>
                `not written: ${files} already exist${files.includes(',') ? '' : 's'}; strat init never overwrites a file — choose an empty folder`,
            written: (folder: string, files: string) => `created a strat project in ${folder}: ${files}`,
            next: 'next: strat validate',
            notFolder: (folder: string) =>
                `${folder}: exists and is not a folder; name a folder for strat init`
        }
    },
    de: {
        syntax: (code: string) =>
            `kein gültiges JSON: ${{ CloseBraceExpected: 'eine } fehlt', CloseBracketExpected: 'eine ] fehlt', ColonExpected: 'ein : fehlt', CommaExpected: 'ein Komma fehlt', ValueExpected: 'ein Wert fehlt', PropertyNameExpected: 'ein Eigenschaftsname in doppelten Anführungszeichen fehlt', EndOfFileExpected: 'Text nach dem Ende des Objekts', InvalidSymbol: 'ein Zeichen, das JSON hier nicht erlaubt', UnexpectedEndOfString: 'eine Zeichenkette ist nicht geschlossen' }[code] ?? code}`,
        notObject: 'die Projektdatei muss ein JSON-Objekt enthalten',
        unknownProperty: (name: string, known: string) =>
            `unbekannte Eigenschaft "${name}"; eine Projektdatei kann ${known} enthalten`,
        unknownCheck: (name: string) =>
            `unbekannte Prüfung "${name}"; die Prüfungstabelle der README nennt jeden Prüfcode`,
        notLevel: (value: string, levels: string) =>
            `${value} ist kein Schweregrad; verwenden Sie einen von ${levels}`,
        notLanguage: (value: string) => `${value} ist keine Sprache von strat; verwenden Sie "de" oder "en"`,
        wrongType: (type: string) =>
            `muss ${{ array: 'eine Liste', object: 'ein Objekt', string: 'ein Text', integer: 'eine ganze Zahl' }[type] ?? type} sein`,
        atLeast: (limit: number) => `muss ${limit} oder größer sein`,
        notEmpty: 'darf nicht leer sein',
        duplicate: 'nennt dasselbe Muster zweimal',
        other: (text: string) => text,
        unreadable: (file: string, reason: string) => `${file}: kann nicht gelesen werden (${reason})`,
        rule: 'Die Projektdatei (strat.json) kann nicht gelesen werden oder folgt nicht ihrem Schema; bis dahin wird nichts geprüft.',
        outsideProject: (file: string, project: string) =>
            `${file}: gehört nicht zum Projekt (${project} schließt sie aus); nicht geprüft`,
        tooManyWarnings: (warnings: number, limit: number) =>
            `zu viele Warnungen: ${warnings}, höchstens ${limit} erlaubt (--max-warnings oder maxWarnings in strat.json)`,
        differentProjects: (projects: string) =>
            `die Pfade gehören zu verschiedenen Projekten (${projects}); führen Sie strat für jedes Projekt einzeln aus`,
        init: {
            exists: (files: string) =>
                `nichts geschrieben: ${files} ${files.includes(',') ? 'existieren' : 'existiert'} bereits; strat init überschreibt keine Datei — wählen Sie einen leeren Ordner`,
            written: (folder: string, files: string) => `strat-Projekt in ${folder} angelegt: ${files}`,
            next: 'weiter mit: strat validate',
            notFolder: (folder: string) =>
                `${folder}: existiert und ist kein Ordner; nennen Sie für strat init einen Ordner`
        }
    }
} satisfies Record<Locale, unknown>;
