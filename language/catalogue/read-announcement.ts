import { normalizedNumber, parseDecisionNumber } from '../references/decision-numbers.js';

/**
 * Reads the council's decisions from the text of a Bundesanzeiger announcement ("Bekanntmachung der
 * Entscheidungen des IT-Planungsrats": per decision a title line, a number line such as
 * "Beschluss 2023/02", "Beschluss: 2010/01", "Beschlussnummer (2022/02)" or "Titel (2022/33)", then
 * numbered items; older ones grouped under "15. Sitzung des IT-Planungsrats am 16. Oktober 2014") or
 * of a decision page (title, then "IT-Planungsrat | 26.03.2025 | 46. Sitzung | Beschluss 2025/03").
 * Amendments and repeals are taken from the wording of the items ("ändert seinen Beschluss 2022/43",
 * "hebt die Ziffer 3 des Beschlusses 2025/02 auf", "die Aufhebung der Ziffern 2 und 3 des Beschlusses
 * 2023/44").
 */

export interface ImportedChange {
    decision: string;
    items: number[];
}

export interface ImportedDecision {
    /** Normalised as written: `2023/02` or `B-2025/33-IT`. */
    number: string;
    /** 1-based line of the number in the text. */
    line: number;
    title?: string;
    session?: number;
    date?: string;
    /** Taken by circulation (Umlaufverfahren), not in a session. */
    circulation?: boolean;
    items: Array<{ number: number; text: string }>;
    amends: ImportedChange[];
    repeals: ImportedChange[];
}

export interface ImportProblem {
    line: number;
    kind: 'no-title' | 'unnumbered-text' | 'invalid-number' | 'duplicate' | 'no-decision' | 'invalid-date';
    /** The text concerned (a number or a line). */
    text: string;
}

export interface ImportResult {
    decisions: ImportedDecision[];
    problems: ImportProblem[];
    /** "Vom 29. März 2023": the date of the announcement, when it is one. */
    announcementDate?: string;
}

const NUMBER = String.raw`(?:B-)?\d{1,4}\/\d{1,4}(?:-IT)?`;
const PAGE_HEADER = new RegExp(
    String.raw`^(?:IT-Planungsrat\s*\|\s*)?(\d{1,2})\.(\d{1,2})\.(\d{4})\s*\|\s*(?:(\d+)\.\s*Sitzung|(Umlaufverfahren))\s*\|\s*(?:Beschluss\s+)?(${NUMBER})$`,
    'i'
);
const NUMBER_LINES = [
    new RegExp(String.raw`^Beschluss(?:nummer)?\s*:?\s*\(?\s*(${NUMBER})\s*\)?$`, 'i'),
    new RegExp(String.raw`^(B-\d{1,4}\/\d{1,4}-IT)$`, 'i')
];
const TITLE_WITH_NUMBER = new RegExp(String.raw`^(.*\S)\s+\((${NUMBER})\)$`);
const SESSION_HEADING =
    /^(\d+)\.\s*Sitzung des IT-Planungsrat(?:e?s)? am (\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})$/i;
const ANNOUNCEMENT_DATE = /^Vom (\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})$/i;
const ITEM = /^(\d{1,2})[.)](?:\s+(.*))?$/;
const MONTHS = [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember'
];

/** Lines of the announcement's frame, which are neither a decision nor an item. */
const FRAME = [
    /^FITKO\b/,
    /^\(?Föderale IT-Kooperation\)?$/,
    /^Bekanntmachung\b/,
    /^der Entscheidungen des IT-Planungsrats/i,
    /^Entscheidungen des IT-Planungsrats/i,
    /^Vom \d/,
    /^Auf Grund des § 1/,
    /^Die bisherigen Entscheidungen/,
    /^(Frankfurt am Main|Berlin), den/,
    /^– ?(Koordinierung|Geschäftsstelle) des IT-Planungsrats ?–$/,
    /^Im Auftrag\b/,
    /^Anlage$/,
    /^Anhang$/,
    /^Bundesministerium des Innern/,
    /^[A-Z]\w* \d+ - \d+/
];

export function readAnnouncement(text: string): ImportResult {
    const lines = text.split(/\r?\n/).map(clean);
    const problems: ImportProblem[] = [];
    const decisions: ImportedDecision[] = [];
    let announcementDate: string | undefined;
    let session: { number: number; date: string } | undefined;
    /** Index of the line holding a decision's title, by decision. */
    const titleLines = new Map<ImportedDecision, number>();

    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const dated = ANNOUNCEMENT_DATE.exec(line);
        if (dated) {
            announcementDate ??= germanDate(dated[1], dated[2], dated[3]);
            continue;
        }
        const heading = SESSION_HEADING.exec(line);
        if (heading) {
            const date = germanDate(heading[2], heading[3], heading[4]);
            if (date) {
                session = { number: Number(heading[1]), date };
            } else {
                problems.push({ line: index + 1, kind: 'invalid-date', text: line });
            }
            continue;
        }
        const header = PAGE_HEADER.exec(line);
        if (header) {
            const [, day, month, year, sessionNumber, circulation, number] = header;
            const decision = start(number, index, problems);
            if (decision) {
                decision.date = isoDate(Number(year), Number(month), Number(day));
                if (!decision.date) {
                    problems.push({ line: index + 1, kind: 'invalid-date', text: line });
                }
                if (sessionNumber) {
                    decision.session = Number(sessionNumber);
                }
                decision.circulation = circulation !== undefined;
                decision.title = titleBefore(lines, index);
                titleLines.set(decision, decision.title ? previousLine(lines, index) : index);
                decisions.push(decision);
            }
            continue;
        }
        const numberLine = NUMBER_LINES.map(pattern => pattern.exec(line)).find(Boolean);
        const titled = numberLine ? undefined : TITLE_WITH_NUMBER.exec(line);
        if (numberLine || titled) {
            const decision = start(numberLine ? numberLine[1] : titled![2], index, problems);
            if (decision) {
                decision.title = numberLine ? titleBefore(lines, index) : titled![1];
                titleLines.set(decision, numberLine && decision.title ? previousLine(lines, index) : index);
                if (session) {
                    decision.session = session.number;
                    decision.date = session.date;
                }
                decisions.push(decision);
            }
        }
    }

    // the items of each decision: from its number line to the title of the next one
    decisions.forEach((decision, position) => {
        const first = decision.line; // the line after the number line (0-based)
        const next = decisions[position + 1];
        const end = next ? titleLines.get(next)! : lines.length;
        readItems(decision, lines, first, end, problems);
        if (!decision.title) {
            problems.push({ line: decision.line, kind: 'no-title', text: decision.number });
        }
    });
    const unique = withoutDuplicates(decisions, problems);
    if (unique.length === 0) {
        problems.push({ line: 1, kind: 'no-decision', text: '' });
    }
    return { decisions: unique, problems, announcementDate };
}

function start(written: string, index: number, problems: ImportProblem[]): ImportedDecision | undefined {
    const number = normalizedNumber(written);
    if (!number || parseDecisionNumber(written).form === 'legacy') {
        problems.push({ line: index + 1, kind: 'invalid-number', text: written });
        return undefined;
    }
    return { number, line: index + 1, items: [], amends: [], repeals: [] };
}

function readItems(
    decision: ImportedDecision,
    lines: string[],
    from: number,
    to: number,
    problems: ImportProblem[]
): void {
    let current: { number: number; text: string } | undefined;
    for (let index = from; index < to; index++) {
        const line = lines[index];
        if (line === '' || FRAME.some(pattern => pattern.test(line)) || SESSION_HEADING.test(line)) {
            continue;
        }
        const item = ITEM.exec(line);
        if (item) {
            current = { number: Number(item[1]), text: item[2] ?? '' };
            decision.items.push(current);
        } else if (current) {
            current.text = current.text ? `${current.text} ${line}` : line;
        } else {
            problems.push({ line: index + 1, kind: 'unnumbered-text', text: line });
        }
    }
    for (const { text } of decision.items) {
        readChanges(text, decision);
    }
}

const LIST = String.raw`\d+(?:\s*(?:,|und)\s*\d+)*`;
const NUMBERS = String.raw`${NUMBER}(?:\s*(?:,|und)\s*${NUMBER})*`;
const AMENDS = new RegExp(
    String.raw`ändert\s+(?:seinen|seine|den|die)?\s*Beschl(?:uss|üsse)\s+(${NUMBERS})`,
    'gi'
);
const REPEALS_ITEMS = new RegExp(
    String.raw`(?:hebt\s+(?:die\s+)?|Aufhebung\s+der\s+)(?:Ziffer|Ziffern|Nummer|Nummern)\s+(${LIST})\s+(?:des|seines)\s+Beschlusses\s+(${NUMBER})`,
    'gi'
);
const REPEALS_WHOLE = new RegExp(
    String.raw`(?:hebt\s+(?:seinen|den)\s+Beschluss\s+(${NUMBER})\s+auf|Aufhebung\s+(?:seines|des)\s+Beschlusses\s+(${NUMBER}))`,
    'gi'
);

/** Amendments and repeals as the wording of an item states them. */
function readChanges(text: string, decision: ImportedDecision): void {
    for (const match of text.matchAll(AMENDS)) {
        for (const number of numbersIn(match[1])) {
            add(decision.amends, number, []);
        }
    }
    for (const match of text.matchAll(REPEALS_ITEMS)) {
        const items = match[1].split(/\s*(?:,|und)\s*/).map(Number);
        add(decision.repeals, normalizedNumber(match[2]), items);
    }
    for (const match of text.matchAll(REPEALS_WHOLE)) {
        add(decision.repeals, normalizedNumber(match[1] ?? match[2]), []);
    }
}

function numbersIn(text: string): Array<string | undefined> {
    return [...text.matchAll(new RegExp(NUMBER, 'g'))].map(m => normalizedNumber(m[0]));
}

function add(list: ImportedChange[], decision: string | undefined, items: number[]): void {
    if (!decision) {
        return;
    }
    const existing = list.find(c => c.decision === decision);
    if (existing) {
        const whole = existing.items.length === 0 || items.length === 0;
        existing.items = whole ? [] : [...existing.items, ...items];
    } else {
        list.push({ decision, items });
    }
}

function withoutDuplicates(decisions: ImportedDecision[], problems: ImportProblem[]): ImportedDecision[] {
    const seen = new Set<string>();
    return decisions.filter(decision => {
        const key = parseDecisionNumber(decision.number).canonical;
        if (seen.has(key)) {
            problems.push({ line: decision.line, kind: 'duplicate', text: decision.number });
            return false;
        }
        seen.add(key);
        return true;
    });
}

/** The line before `index` if it can be a title (not a frame line, an item or another number). */
function titleBefore(lines: string[], index: number): string | undefined {
    const at = previousLine(lines, index);
    const line = at >= 0 ? lines[at] : '';
    if (
        !line ||
        FRAME.some(pattern => pattern.test(line)) ||
        ITEM.test(line) ||
        SESSION_HEADING.test(line) ||
        PAGE_HEADER.test(line) ||
        NUMBER_LINES.some(pattern => pattern.test(line))
    ) {
        return undefined;
    }
    return line;
}

function previousLine(lines: string[], index: number): number {
    let at = index - 1;
    while (at >= 0 && lines[at] === '') {
        at--;
    }
    return at;
}

/** Trims a line, folds its spaces, and drops a list bullet that copies of the texts put before items. */
function clean(line: string): string {
    return line
        .replace(/\u00a0/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[-–•]\s*(?=\d{1,2}[.)](\s|$))/, '')
        .replace(/^[-–•]$/, '');
}

function germanDate(day: string, month: string, year: string): string | undefined {
    const index = MONTHS.indexOf(month.toLowerCase());
    return index < 0 ? undefined : isoDate(Number(year), index + 1, Number(day));
}

function isoDate(year: number, month: number, day: number): string | undefined {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return undefined;
    }
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
