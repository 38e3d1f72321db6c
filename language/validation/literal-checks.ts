import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { isValidDate, parseDate } from './dates.js';
import { reporter } from './report.js';

const DATE_PROPERTIES = ['date', 'asOf', 'until', 'published', 'fieldwork', 'fieldworkUntil'] as const;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Checks of literal values: dates exist in the calendar, links are safe, colours are colours. */
export function literalChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkDatesExist(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of DATE_PROPERTIES) {
            const text = (node as unknown as Record<string, unknown>)[property];
            if (typeof text !== 'string' && typeof text !== 'number') {
                continue;
            }
            const date = parseDate(text);
            if (!date || !isValidDate(date)) {
                reporter(messages, accept)(
                    'invalid-date',
                    node,
                    { date: text },
                    { property: property as never }
                );
            }
        }
    }

    function checkUrlIsSafe(node: AstNode, accept: ValidationAcceptor): void {
        const url = (node as { url?: unknown }).url;
        if (typeof url === 'string' && !SAFE_URL.test(url.trim())) {
            reporter(messages, accept)('unsafe-url', node, { url }, { property: 'url' as never });
        }
    }

    function checkColorIsHex(node: AstNode, accept: ValidationAcceptor): void {
        const color = (node as { color?: unknown }).color;
        if (typeof color === 'string' && !HEX_COLOR.test(color)) {
            reporter(messages, accept)('invalid-color', node, { color }, { property: 'color' as never });
        }
    }

    return {
        AstNode: [checkDatesExist],
        Actor: [checkUrlIsSafe],
        Decision: [checkUrlIsSafe],
        Source: [checkUrlIsSafe],
        ScaleValue: [checkColorIsHex]
    };
}
