import type { Diagnostic } from '../workspace/diagnostic.js';
import { Messages, type MessageArgs } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import { checkCodeOf } from './codes.js';

/** What every diagnostic of the language carries in its data: the check's code, the message's arguments. */
export interface DiagnosticData {
    code: string;
    args?: MessageArgs;
    /** A particular wording of the message (see `variants` in check-messages.ts). */
    variant?: string;
    [key: string]: unknown;
}

const messages = new Messages();

/**
 * The message of a diagnostic in `locale`, made from its code and arguments: where output is made
 * (the CLI's reports, the language server's diagnostics), so that a change of language needs no new
 * check. A diagnostic without arguments (Langium's own) keeps its message.
 */
export function diagnosticMessage(diagnostic: Diagnostic, locale: Locale): string {
    const code = checkCodeOf(diagnostic);
    const data = diagnostic.data as DiagnosticData | undefined;
    if (code && data?.args) {
        return messages.check(code, data.args, locale, data.variant);
    }
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
