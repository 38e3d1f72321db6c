import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { MessageArgs, Messages } from '../i18n/messages.js';
import { CHECKS, type CheckCode } from './codes.js';

export type Where<N extends AstNode> = Omit<DiagnosticInfo<N>, 'node' | 'code' | 'data'>;

/**
 * Reports a finding of a check: severity from the code table, message in the current locale, and the
 * code both as the diagnostic's code and in its data (where code actions look for it).
 */
export type Report = <N extends AstNode>(
    code: CheckCode,
    node: N,
    args: MessageArgs,
    where?: Where<N>,
    data?: Record<string, unknown>,
    variant?: string
) => void;

export function reporter(messages: Messages, accept: ValidationAcceptor): Report {
    return (code, node, args, where = {}, data = {}, variant) => {
        if (Object.values(args).some(value => value === undefined)) {
            // a node that a syntax error cut short (its name missing, say): the syntax error is the finding
            return;
        }
        const message = variant ? messages.variant(code, variant, args) : messages.check(code, args);
        accept(CHECKS[code], message, { node, ...where, code, data: { code, ...data } });
    };
}
