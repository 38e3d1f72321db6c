import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { MessageArgs, Messages } from '../i18n/messages.js';
import { CHECKS, type CheckCode } from './codes.js';

export type Where<N extends AstNode> = Omit<DiagnosticInfo<N>, 'node' | 'code' | 'data'>;

/**
 * Reports a finding of a check: severity from the code table, and the code and the message's
 * arguments both in the diagnostic's data (where outputs make the message in their language, and
 * code actions look for the code); the code is also the diagnostic's code. The message stored with
 * it is the English one, for readers that do not make their own.
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
        accept(CHECKS[code], messages.check(code, args, 'en', variant), {
            node,
            ...where,
            code,
            data: { code, args, ...(variant ? { variant } : {}), ...data }
        });
    };
}
