/**
 * Decision numbers. The IT-Planungsrat counts its decisions per year and has written the same number
 * in three forms: `YYYY/NN` (`2023/42`, its form until 2025), `B-YYYY/NN-IT` (`B-2025/33-IT`, on its
 * decision pages since the 48th session, November 2025; the counter of the year runs on across the
 * change, and `B-2024/28-IT` is cited for `Beschluss 2024/28`) and, in older documents, `NN/YYYY`
 * (`27/2014`). All three name one decision: its identity is year and number, written `YYYY/NN`.
 */

/**
 * `plain`: `YYYY/NN`; `prefixed`: `B-YYYY/NN-IT`; `legacy`: `NN/YYYY`; `invalid`: none of these (with a
 * `suggestion` when the intended number is clear, as in `B-2025/33` or `b-2025/33-it`).
 */
export type DecisionNumberForm = 'plain' | 'prefixed' | 'legacy' | 'invalid';

export interface ParsedDecisionNumber {
    readonly form: DecisionNumberForm;
    /** The identity `YYYY/NN`, the number part at least two digits long; the text itself when invalid. */
    readonly canonical: string;
    readonly year?: number;
    readonly number?: number;
    /** For an invalid number whose meaning is clear: the accepted form to write instead. */
    readonly suggestion?: string;
}

const PATTERN = /^(B-)?(\d{1,4})\/(\d{1,4})(-IT)?$/i;

export function parseDecisionNumber(text: string): ParsedDecisionNumber {
    const trimmed = text.trim();
    const match = PATTERN.exec(trimmed);
    if (!match) {
        return { form: 'invalid', canonical: text };
    }
    const [, prefix, first, second, suffix] = match;
    const yearFirst = first.length === 4 && Number(second) > 0;
    const yearSecond = !yearFirst && second.length === 4 && first.length <= 3 && Number(first) > 0;
    if (!yearFirst && !yearSecond) {
        return { form: 'invalid', canonical: text };
    }
    const year = Number(yearFirst ? first : second);
    const number = Number(yearFirst ? second : first);
    const id = identity(year, number);
    if (prefix === undefined && suffix === undefined) {
        return { form: yearFirst ? 'plain' : 'legacy', canonical: id, year, number };
    }
    const prefixed = `B-${id}-IT`;
    if (yearFirst && prefix === 'B-' && suffix === '-IT') {
        return { form: 'prefixed', canonical: id, year, number };
    }
    // half of the prefixed form, the wrong letter case, or a legacy order inside it
    return { form: 'invalid', canonical: text, suggestion: prefixed };
}

function identity(year: number, number: number): string {
    return `${year}/${String(number).padStart(2, '0')}`;
}

/** Whether the form is one the council writes today (no warning). */
export function isAcceptedForm(form: DecisionNumberForm): boolean {
    return form === 'plain' || form === 'prefixed';
}

/** The key under which a decision is declared and looked up: `YYYY/NN` for every accepted form. */
export function decisionKey(text: string): string {
    return parseDecisionNumber(text).canonical;
}

/**
 * How a number is written in its own form, normalised: `2022/7` → `2022/07`, `B-2025/3-IT` →
 * `B-2025/03-IT`; a legacy number becomes `YYYY/NN`.
 */
export function normalizedNumber(text: string): string | undefined {
    const parsed = parseDecisionNumber(text);
    if (parsed.form === 'invalid') {
        return undefined;
    }
    return parsed.form === 'prefixed' ? `B-${parsed.canonical}-IT` : parsed.canonical;
}

/** The order of canonical decision numbers: by year, then number. */
export function compareDecisionIds(a: string, b: string): number {
    const [ay, an] = a.split('/').map(Number);
    const [by, bn] = b.split('/').map(Number);
    return ay - by || an - bn || a.localeCompare(b);
}
