/**
 * Random texts and random damage to real documents: deleted, duplicated and swapped spans, inserted
 * quotes, braces, umlauts, emoji, NUL bytes, very long lines, files cut off anywhere.
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

/** A token of the language or something that comes close to one. */
export const tokenArbitrary: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...KEYWORDS) },
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
    | { kind: 'long-line'; at: number; char: string; length: number };

const fraction = fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 1_000_000);

export function mutationArbitrary(maxLongLine = 20_000): fc.Arbitrary<Mutation> {
    return fc.oneof(
        fc.record({
            kind: fc.constant('delete' as const),
            at: fraction,
            length: fc.integer({ min: 1, max: 400 })
        }),
        fc.record({
            kind: fc.constant('duplicate' as const),
            at: fraction,
            length: fc.integer({ min: 1, max: 400 }),
            to: fraction
        }),
        fc.record({
            kind: fc.constant('swap' as const),
            a: fraction,
            b: fraction,
            length: fc.integer({ min: 1, max: 200 })
        }),
        fc.record({
            kind: fc.constant('insert' as const),
            at: fraction,
            text: fc.oneof(
                fc.constantFrom(...HOSTILE_FRAGMENTS),
                tokenSoup,
                fc.string({ unit: 'binary', maxLength: 20 })
            )
        }),
        fc.record({ kind: fc.constant('cut' as const), at: fraction }),
        fc.record({
            kind: fc.constant('long-line' as const),
            at: fraction,
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
