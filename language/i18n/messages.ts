import type { CheckCode } from '../validation/codes.js';
import { CHECK_MESSAGES } from './check-messages.js';
import type { Locale } from './locale.js';
import { TERMS } from './terms.js';

/**
 * An argument of a message: a value as written, a term (a kind of element, a direction) put into
 * words in the message's language, or a text already in both languages (a syntax error's detail).
 * Arguments hold no language of their own, so a finding can be put into words anywhere, in any
 * language, after the check that found it.
 */
export type MessageArg = string | number | { term: string } | Readonly<Record<Locale, string>>;

export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** The words of a term as a message argument. */
export function term(key: string): { term: string } {
    return { term: key };
}

/** The messages of the language, in the locale asked for (German or English). */
export class Messages {
    /** The message of a finding; `variant` picks a particular wording of it (see `variants`). */
    check(code: CheckCode, args: MessageArgs, locale: Locale, variant?: string): string {
        const text = CHECK_MESSAGES[locale][code];
        return fill((variant && text.variants?.[variant]) || text.message, args, locale);
    }

    rule(code: CheckCode, locale: Locale): string {
        return CHECK_MESSAGES[locale][code].rule;
    }

    term(key: string, locale: Locale): string {
        return TERMS[locale][key] ?? key;
    }
}

function fill(template: string, args: MessageArgs, locale: Locale): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in args ? argText(args[name], locale) : whole
    );
}

function argText(arg: MessageArg, locale: Locale): string {
    if (typeof arg === 'string' || typeof arg === 'number') {
        return String(arg);
    }
    if ('term' in arg) {
        return TERMS[locale][arg.term] ?? arg.term;
    }
    return arg[locale];
}
