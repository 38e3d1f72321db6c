/** Dates of year (`2024`), month (`2024-03`) or day (`2024-03-20`) precision. */
export interface ParsedDate {
    year: number;
    month?: number;
    day?: number;
}

/** A date as written: text, or a plain year that the parser may hand over as a number. */
export type DateText = string | number;

export function parseDate(text: DateText | undefined): ParsedDate | undefined {
    const match = text !== undefined ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(text)) : null;
    if (!match) {
        return undefined;
    }
    const [, year, month, day] = match;
    return {
        year: Number(year),
        month: month ? Number(month) : undefined,
        day: day ? Number(day) : undefined
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

/** Orders dates of mixed precision: a year sorts before its months, a month before its days. */
export function compareDates(a: ParsedDate, b: ParsedDate): number {
    return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

export function yearOf(text: DateText | undefined): number | undefined {
    return parseDate(text)?.year;
}
