/**
 * Random texts and random damage to real documents: deleted, duplicated and swapped spans, inserted
 * quotes, braces, umlauts, emoji, NUL bytes, control and invisible characters, stray backslashes,
 * very long lines and huge tokens, misspelled keywords, files cut off anywhere.
 */
import fc from 'fast-check';

/** Keywords and punctuation of the language, to make token soup that gets past the first token. */
export const KEYWORDS = [
    'actor',
    'body',
    'part-of',
    'url',
    'text',
    'decision',
    'by',
    'session',
    'date',
    'title',
    'summary',
    'evolves',
    'covered-by',
    'commissioned-by',
    'adopted-by',
    'cites',
    'scale',
    'english',
    'value',
    'color',
    'symbol',
    'meaning',
    'strategy',
    'status',
    'as-of',
    'owner',
    'horizon',
    'vision',
    'draft',
    'adopted',
    'archived',
    'section',
    'level',
    'target-picture',
    'goal',
    'refines',
    'contributes-to',
    'assessment',
    'outlook',
    'urgent',
    'rationale',
    'assessor',
    'not-recorded',
    'measure',
    'addresses',
    'proposed',
    'planned',
    'in-progress',
    'completed',
    'stopped',
    'milestone',
    'area',
    'principle',
    'binding',
    'mandatory',
    'guideline',
    'voluntary',
    'stakeholder',
    'need',
    'cornerstone',
    'answers',
    'question',
    'idea',
    'indicator',
    'unit',
    'direction',
    'measures',
    'baseline',
    'target',
    'measured',
    'at',
    'source',
    'lower-is-better',
    'higher-is-better'
];

/** Fragments that break or stress the lexer and the parser. */
export const HOSTILE_FRAGMENTS = [
    '"',
    '""',
    '"\\',
    '\\"',
    '{',
    '}',
    '{{',
    '}}}',
    ',',
    '.',
    '..',
    ',,',
    '/',
    '//',
    '/*',
    '*/',
    '/* unclosed',
    '\u0000',
    '\u0000\u0001\u0002',
    '\uFEFF',
    '\u2028',
    '\u2029',
    '\u00A0',
    '\r',
    '\r\n',
    '\n\n\n',
    '\t',
    'ä',
    'Ö',
    'ß',
    'Übermorgen_für_Fachkräfte',
    '😀',
    '👩‍👩‍👧',
    '🇩🇪',
    '\uD800',
    '\uDC00',
    'é',
    'ﬁ',
    '2014/27',
    '27/2014',
    '0/0',
    '9999/99999',
    '2024-13-45',
    '2024-02-30',
    '1.5',
    '99999999999999999999',
    'critical',
    'needs-action',
    'uncritical',
    'beginning',
    'advanced',
    'completed',
    'not-recorded',
    'ITPLR',
    'MLR',
    'Dach.souveraen',
    'a.b.c.d',
    'online',
    '"javascript:alert(1)"',
    // control and invisible characters
    '\u001b[31m',
    '\u0007',
    '\u007f',
    '\u0085',
    '\u009b',
    '\u200b',
    '\u200d',
    '\u2060',
    '\u202e',
    '\u00ad',
    '"\u200b"',
    '"\u0000"',
    '"a\u001b]0;title\u0007b"',
    // backslashes in texts and around them
    '"C:\\Users\\neu\\tabelle"',
    '"\\d+"',
    '"a\\0b"',
    '"\\\\"',
    '"\\\\\\"',
    '\\',
    '\\u{1F600}',
    // line ends and comments
    '}\r// comment\r',
    '\r\r',
    '\n\r',
    // numbers that look almost like decision numbers
    '2023/4x',
    '2023/',
    '/42',
    '12345/1',
    '<script>',
    '${x}',
    '%s'
];

export const IDENTIFIERS = [
    'a',
    'b',
    'g1',
    'Ziel_1',
    'Übergang',
    'straße',
    'ITPLR',
    'MLR',
    'online',
    'x-y',
    '_'
];

/** A keyword with one typo: a letter dropped, doubled, replaced, or two neighbours swapped. */
export function misspell(word: string, at: number, edit: number): string {
    const i = Math.min(word.length - 1, Math.floor(at * word.length));
    switch (edit % 4) {
        case 0:
            return word.slice(0, i) + word.slice(i + 1);
        case 1:
            return word.slice(0, i) + word[i] + word.slice(i);
        case 2:
            return word.slice(0, i) + (word[i] === 'x' ? 'y' : 'x') + word.slice(i + 1);
        default:
            return i + 1 < word.length
                ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
                : word + 'e';
    }
}

export const misspelledKeyword: fc.Arbitrary<string> = fc
    .tuple(fc.constantFrom(...KEYWORDS), fraction(), fc.nat(3))
    .map(([word, at, edit]) => misspell(word, at, edit));

/** A token of the language or something that comes close to one. */
export const tokenArbitrary: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 2, arbitrary: misspelledKeyword },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 2, arbitrary: fc.constantFrom(...IDENTIFIERS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }).map(s => `"${s.replace(/["\\]/g, '')}"`) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }
);

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n    ', '\t', '\r\n', '', '\u00A0');

/** Token soup: keywords, names, literals and junk, separated by whitespace or nothing. */
export const tokenSoup: fc.Arbitrary<string> = fc
    .array(fc.tuple(tokenArbitrary, separator), { maxLength: 80 })
    .map(parts => parts.map(([token, sep]) => token + sep).join(''));

/** Arbitrary text: any code points, any code units (lone surrogates), or token soup. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
    {
        weight: 1,
        arbitrary: fc.string({
            unit: fc.constantFrom(...'{}"\\/*\n\r ,.-0123456789abcäöü'.split('')),
            maxLength: 300
        })
    },
    { weight: 4, arbitrary: tokenSoup }
);

/** One damage done to a text; positions are fractions of its length, so that shrinking keeps them valid. */
export type Mutation =
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'duplicate'; at: number; length: number; to: number }
    | { kind: 'swap'; a: number; b: number; length: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'cut'; at: number }
    | { kind: 'long-line'; at: number; char: string; length: number }
    | { kind: 'huge-token'; at: number; token: HugeToken; length: number }
    | { kind: 'typo'; at: number; where: number; edit: number };

/** Tokens that the lexer must read in one piece however long they are. */
export const HUGE_TOKENS = [
    'string',
    'escapes',
    'bad-escapes',
    'comment',
    'line-comment',
    'name',
    'number'
] as const;
export type HugeToken = (typeof HUGE_TOKENS)[number];

export function hugeToken(token: HugeToken, length: number): string {
    switch (token) {
        case 'string':
            return `"${'Text '.repeat(Math.ceil(length / 5))}"`;
        case 'escapes':
            return `"${'\\"'.repeat(Math.ceil(length / 2))}"`;
        case 'bad-escapes':
            return `"${'\\x'.repeat(Math.ceil(length / 2))}"`;
        case 'comment':
            return `/*${'* /\n'.repeat(Math.ceil(length / 4))}*/`;
        case 'line-comment':
            return `// ${'x'.repeat(length)}\n`;
        case 'name':
            return ` n${'a'.repeat(length)} `;
        case 'number':
            return ` ${'9'.repeat(length)} `;
    }
}

function fraction(): fc.Arbitrary<number> {
    return fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 1_000_000);
}

export function mutationArbitrary(maxLongLine = 20_000): fc.Arbitrary<Mutation> {
    const anywhere = fraction();
    return fc.oneof(
        fc.record({
            kind: fc.constant('huge-token' as const),
            at: anywhere,
            token: fc.constantFrom(...HUGE_TOKENS),
            length: fc.integer({ min: 1000, max: maxLongLine })
        }),
        fc.record({
            kind: fc.constant('typo' as const),
            at: anywhere,
            where: anywhere,
            edit: fc.nat(3)
        }),
        fc.record({
            kind: fc.constant('delete' as const),
            at: anywhere,
            length: fc.integer({ min: 1, max: 400 })
        }),
        fc.record({
            kind: fc.constant('duplicate' as const),
            at: anywhere,
            length: fc.integer({ min: 1, max: 400 }),
            to: anywhere
        }),
        fc.record({
            kind: fc.constant('swap' as const),
            a: anywhere,
            b: anywhere,
            length: fc.integer({ min: 1, max: 200 })
        }),
        fc.record({
            kind: fc.constant('insert' as const),
            at: anywhere,
            text: fc.oneof(
                fc.constantFrom(...HOSTILE_FRAGMENTS),
                tokenSoup,
                fc.string({ unit: 'binary', maxLength: 20 })
            )
        }),
        fc.record({ kind: fc.constant('cut' as const), at: anywhere }),
        fc.record({
            kind: fc.constant('long-line' as const),
            at: anywhere,
            char: fc.constantFrom('a', '"', '{', 'ä', '😀', ' ', '/', '1', '\u0000'),
            length: fc.integer({ min: 1000, max: maxLongLine })
        })
    );
}

function position(text: string, at: number): number {
    return Math.min(text.length, Math.floor(at * (text.length + 1)));
}

export function applyMutation(text: string, m: Mutation): string {
    switch (m.kind) {
        case 'delete': {
            const start = position(text, m.at);
            return text.slice(0, start) + text.slice(start + m.length);
        }
        case 'duplicate': {
            const start = position(text, m.at);
            const span = text.slice(start, start + m.length);
            const to = position(text, m.to);
            return text.slice(0, to) + span + text.slice(to);
        }
        case 'swap': {
            let [a, b] = [position(text, m.a), position(text, m.b)].sort((x, y) => x - y);
            const length = Math.min(m.length, b - a);
            if (length <= 0) {
                return text;
            }
            b = Math.min(b, text.length - length);
            if (b < a + length) {
                return text;
            }
            return (
                text.slice(0, a) +
                text.slice(b, b + length) +
                text.slice(a + length, b) +
                text.slice(a, a + length) +
                text.slice(b + length)
            );
        }
        case 'insert': {
            const at = position(text, m.at);
            return text.slice(0, at) + m.text + text.slice(at);
        }
        case 'cut':
            return text.slice(0, position(text, m.at));
        case 'long-line': {
            const at = position(text, m.at);
            return text.slice(0, at) + m.char.repeat(Math.ceil(m.length / m.char.length)) + text.slice(at);
        }
        case 'huge-token': {
            const at = position(text, m.at);
            return text.slice(0, at) + hugeToken(m.token, m.length) + text.slice(at);
        }
        case 'typo': {
            const word = /[a-z][a-z-]{2,}/g;
            word.lastIndex = position(text, m.at);
            const found = word.exec(text) ?? /[a-z][a-z-]{2,}/.exec(text);
            if (!found) {
                return text;
            }
            const [start, end] = [found.index, found.index + found[0].length];
            return text.slice(0, start) + misspell(found[0], m.where, m.edit) + text.slice(end);
        }
    }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
    return mutations.reduce(applyMutation, text);
}

/** Short description of a text for failure reports. */
export function describeText(text: string, max = 600): string {
    return text.length <= max
        ? JSON.stringify(text)
        : `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)`;
}
