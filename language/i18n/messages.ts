import type { CheckCode } from '../validation/codes.js';
import { CHECK_MESSAGES } from './check-messages.js';
import type { Locale } from './locale.js';
import { TERMS } from './terms.js';

export type MessageArgs = Record<string, string | number>;

/** The messages of the language in the locale currently chosen (German or English). */
export class Messages {
    private current: Locale = 'en';

    get locale(): Locale {
        return this.current;
    }

    setLocale(locale: Locale): void {
        this.current = locale;
    }

    check(code: CheckCode, args: MessageArgs = {}, locale: Locale = this.current): string {
        return fill(CHECK_MESSAGES[locale][code].message, args);
    }

    /** A particular wording of a finding's message (see `variants`), or its usual one. */
    variant(code: CheckCode, variant: string, args: MessageArgs = {}, locale: Locale = this.current): string {
        const text = CHECK_MESSAGES[locale][code];
        return fill(text.variants?.[variant] ?? text.message, args);
    }

    rule(code: CheckCode, locale: Locale = this.current): string {
        return CHECK_MESSAGES[locale][code].rule;
    }

    term(key: string, locale: Locale = this.current): string {
        return TERMS[locale][key] ?? key;
    }
}

function fill(template: string, args: MessageArgs): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in args ? String(args[name]) : whole
    );
}
