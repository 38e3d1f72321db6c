import type { Locale } from './locale.js';

/**
 * Commander's own words (help headings, the details after an option's description, usage errors) in
 * German. Commander writes them in English only; these patterns match its wording, and a message
 * without a pattern keeps its English text behind a German `Fehler:`.
 */
export const HELP_TITLES_DE: Record<string, string> = {
    'Usage:': 'Aufruf:',
    'Options:': 'Optionen:',
    'Arguments:': 'Argumente:',
    'Commands:': 'Befehle:',
    'Global Options:': 'Globale Optionen:'
};

const DESCRIPTION_DETAILS_DE: Array<[RegExp, string]> = [
    [/\(choices: /g, '(Werte: '],
    [/, default: /g, ', Vorgabe: '],
    [/\(default: /g, '(Vorgabe: '],
    [/\bpreset: /g, 'voreingestellt: ']
];

const USAGE_ERRORS_DE: Array<[RegExp, string]> = [
    [/^error: unknown option '(.*)'/, "Fehler: unbekannte Option '$1'"],
    [/^error: unknown command '(.*)'/, "Fehler: unbekannter Befehl '$1'"],
    [/^error: missing required argument '(.*)'/, "Fehler: das Argument '$1' fehlt"],
    [/^error: option '(.*)' argument missing/, "Fehler: der Option '$1' fehlt ihr Wert"],
    [/^error: required option '(.*)' not specified/, "Fehler: die Option '$1' ist erforderlich"],
    [
        /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
        "Fehler: '$2' ist kein zulässiger Wert für die Option '$1'. Zulässig sind $3."
    ],
    [
        /^error: option '(.*)' argument '(.*)' is invalid\. (.*)/,
        "Fehler: '$2' ist kein zulässiger Wert für die Option '$1': $3"
    ],
    [
        /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+): (.*)\./,
        'Fehler: zu viele Argumente. Erwartet: $2, erhalten: $3 ($4).'
    ],
    [/\(Did you mean one of (.*)\?\)/, '(Meinten Sie eines von $1?)'],
    [/\(Did you mean (.*)\?\)/, '(Meinten Sie $1?)'],
    [/^error: /, 'Fehler: ']
];

/** The details commander appends to a description (choices, default), in the given language. */
export function localiseDescription(text: string, lang: Locale): string {
    return lang === 'de'
        ? DESCRIPTION_DETAILS_DE.reduce((result, [pattern, german]) => result.replace(pattern, german), text)
        : text;
}

/** A usage error as commander writes it (possibly several lines), in the given language. */
export function localiseUsageError(text: string, lang: Locale): string {
    if (lang !== 'de') {
        return text;
    }
    return text
        .split('\n')
        .map(line => {
            for (const [pattern, german] of USAGE_ERRORS_DE) {
                if (pattern.test(line)) {
                    line = line.replace(pattern, german);
                }
            }
            return line;
        })
        .join('\n');
}
