/**
 * Dates at the precision a source states them: a year (`2024`), a month (`2024-03`), a day
 * (`2024-03-20`), or a period of the year: a quarter (`2025-Q1`), a half-year (`2025-H2`) or a season
 * (`2025-spring`; winter runs from December into the next year).
 */
export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'spring' | 'summer' | 'autumn' | 'winter';

export interface ParsedDate {
    year: number;
    month?: number;
    day?: number;
    /** A quarter, half-year or season of the year. */
    period?: Period;
}

/** A date as written: text, or a plain year that the parser may hand over as a number. */
export type DateText = string | number;

/** The first month of a period and how many months it spans. */
const PERIOD_MONTHS: Record<Period, { first: number; months: number }> = {
    Q1: { first: 1, months: 3 },
    Q2: { first: 4, months: 3 },
    Q3: { first: 7, months: 3 },
    Q4: { first: 10, months: 3 },
    H1: { first: 1, months: 6 },
    H2: { first: 7, months: 6 },
    spring: { first: 3, months: 3 },
    summer: { first: 6, months: 3 },
    autumn: { first: 9, months: 3 },
    winter: { first: 12, months: 3 }
};

const DATE_FORM = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|(Q[1-4]|H[12]|spring|summer|autumn|winter)))?$/;

export function parseDate(text: DateText | undefined): ParsedDate | undefined {
    const match = text !== undefined ? DATE_FORM.exec(String(text).trim()) : null;
    if (!match) {
        return undefined;
    }
    const [, year, month, day, period] = match;
    return {
        year: Number(year),
        month: month ? Number(month) : undefined,
        day: day ? Number(day) : undefined,
        period: period ? (period as Period) : undefined
    };
}

export function isValidDate(date: ParsedDate): boolean {
    if (date.month === undefined) {
        return true;
    }
    if (date.month < 1 || date.month > 12) {
        return false;
    }
    if (date.day === undefined) {
        return true;
    }
    return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The months a date spans, counted from year 0 (`year * 12 + month - 1`), first and last. */
export function monthSpan(date: ParsedDate): { first: number; last: number } {
    const base = date.year * 12;
    if (date.period) {
        const { first, months } = PERIOD_MONTHS[date.period];
        return { first: base + first - 1, last: base + first - 1 + months - 1 };
    }
    if (date.month !== undefined) {
        return { first: base + date.month - 1, last: base + date.month - 1 };
    }
    return { first: base, last: base + 11 };
}

/**
 * Orders dates of mixed precision: a year sorts before its months, a month before its days; a quarter,
 * half-year or season sorts by its first month, and one that overlaps the other date is not ordered
 * against it (0), so that no check calls `2025-spring` after `2025-04` wrong.
 */
export function compareDates(a: ParsedDate, b: ParsedDate): number {
    if (a.period || b.period) {
        const spanA = monthSpan(a);
        const spanB = monthSpan(b);
        if (spanA.first <= spanB.last && spanB.first <= spanA.last) {
            return 0;
        }
        return spanA.first - spanB.first;
    }
    return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The year a date falls in (for a winter: the year it starts in, as written). */
export function yearOf(text: DateText | undefined): number | undefined {
    return parseDate(text)?.year;
}
