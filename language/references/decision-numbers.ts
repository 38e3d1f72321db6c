/**
 * Decision numbers: the IT-Planungsrat's current form is `YYYY/NN` (`2023/42`); older documents
 * cite `NN/YYYY` (`27/2014`). Both name the same decision, so lookups go through the canonical form.
 */

export type DecisionNumberForm = 'canonical' | 'legacy' | 'invalid';

export interface ParsedDecisionNumber {
    readonly form: DecisionNumberForm;
    /** `YYYY/NN` with the number part at least two digits long, or the text itself when invalid. */
    readonly canonical: string;
    readonly year?: number;
    readonly number?: number;
}

const PATTERN = /^(\d{1,4})\/(\d{1,4})$/;

export function parseDecisionNumber(text: string): ParsedDecisionNumber {
    const match = PATTERN.exec(text.trim());
    if (!match) {
        return { form: 'invalid', canonical: text };
    }
    const [, first, second] = match;
    if (first.length === 4 && Number(second) > 0) {
        return canonical(Number(first), Number(second), 'canonical');
    }
    if (second.length === 4 && first.length <= 3 && Number(first) > 0) {
        return canonical(Number(second), Number(first), 'legacy');
    }
    return { form: 'invalid', canonical: text };
}

function canonical(year: number, number: number, form: DecisionNumberForm): ParsedDecisionNumber {
    return { form, canonical: `${year}/${String(number).padStart(2, '0')}`, year, number };
}

/** The key under which a decision is declared and looked up. */
export function decisionKey(text: string): string {
    return parseDecisionNumber(text).canonical;
}

/** The order of canonical decision numbers: by year, then number. */
export function compareDecisionIds(a: string, b: string): number {
    const [ay, an] = a.split('/').map(Number);
    const [by, bn] = b.split('/').map(Number);
    return ay - by || an - bn || a.localeCompare(b);
}
