/**
 * Generated syntactically valid documents: every kind of element of the grammar, written as a list of
 * tokens that is then laid out with random whitespace and comments.
 */
import fc from 'fast-check';
import { KEYWORDS } from './mutations.js';

/** Keywords the grammar's Name rule admits as identifiers. */
const NAME_KEYWORDS = [
    'status',
    'level',
    'target',
    'unit',
    'session',
    'summary',
    'title',
    'meaning',
    'value',
    'proposed',
    'planned',
    'in-progress',
    'completed',
    'stopped',
    'draft',
    'adopted',
    'archived',
    'mandatory',
    'guideline',
    'voluntary',
    'english',
    'color',
    'symbol',
    'date',
    'url',
    'source',
    'rejected',
    'advised-against',
    'method',
    'publisher',
    'published',
    'fieldwork',
    'respondents'
];
const RESERVED = new Set(KEYWORDS.filter(k => !NAME_KEYWORDS.includes(k)));

export const identifier: fc.Arbitrary<string> = fc.oneof(
    {
        weight: 6,
        arbitrary: fc
            .stringMatching(/^[a-zA-ZäöüÄÖÜß_][a-zA-Z0-9äöüß_-]{0,10}$/)
            .filter(s => !RESERVED.has(s) && !NAME_KEYWORDS.includes(s))
    },
    { weight: 1, arbitrary: fc.constantFrom(...NAME_KEYWORDS) }
);

const stringContent = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    {
        weight: 1,
        arbitrary: fc.constantFrom(
            'Grüße aus Übersee',
            '// kein Kommentar',
            '/* auch keiner */',
            'zwei\nZeilen',
            '  Leerzeichen  ',
            '\t',
            '{ } , .',
            'http://x.de',
            '😀 👩‍👩‍👧 🇩🇪',
            ''
        )
    }
);

/** A STRING token: any content, with quotes and backslashes escaped. */
export const stringLiteral: fc.Arbitrary<string> = stringContent.map(
    s => `"${s.replace(/[\\"]/g, c => `\\${c}`)}"`
);

const year = fc.integer({ min: 1990, max: 2060 }).map(String);
const dateValue = fc.oneof(
    year,
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
);
const decisionNumber = fc.oneof(
    fc.tuple(year, fc.integer({ min: 1, max: 99 })).map(([y, n]) => `${y}/${String(n).padStart(2, '0')}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), year).map(([n, y]) => `${n}/${y}`)
);
const numberValue = fc.oneof(
    fc.integer({ min: 0, max: 100000 }).map(String),
    fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
    fc.integer({ min: -1000, max: -1 }).map(String),
    fc.tuple(fc.nat(99), fc.nat(9)).map(([a, b]) => `-${a}.${b}`)
);
const qualifiedName = fc
    .array(identifier, { minLength: 1, maxLength: 3 })
    .map(parts => parts.join(' . ').split(' '));

type Tokens = string[];
const seq = (...parts: Array<Tokens | string>): Tokens =>
    parts.flatMap(p => (typeof p === 'string' ? [p] : p));
const maybe = (arb: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> =>
    fc.option(arb, { nil: undefined }).map(t => t ?? []);
const several = (arb: fc.Arbitrary<Tokens>, max = 3): fc.Arbitrary<Tokens> =>
    fc.array(arb, { maxLength: max }).map(a => a.flat());
const block = (entries: fc.Arbitrary<Tokens>, max = 4): fc.Arbitrary<Tokens> =>
    several(entries, max).map(t => seq('{', t, '}'));
const commaList = (arb: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> =>
    fc
        .array(arb, { minLength: 1, maxLength: 3 })
        .map(items => items.flatMap((item, i) => (i === 0 ? item : [',', ...item])));

const text = fc
    .tuple(stringLiteral, maybe(identifier.map(n => ['source', n])))
    .map(([s, source]) => seq('text', s, source));

/** Evidence: amounts as reports state them, periods, distributions, quotes. */
const amount = fc
    .tuple(
        maybe(
            fc.constantFrom('about', 'more-than', 'less-than', 'at-least', 'at-most', 'up-to').map(q => [q])
        ),
        numberValue,
        maybe(numberValue.map(n => ['to', n])),
        maybe(fc.constant(['%']))
    )
    .map(([qualifier, value, upper, percent]) => seq(qualifier, value, upper, percent));
const when = fc.oneof(
    dateValue.map(d => ['at', d]),
    fc.tuple(dateValue, dateValue).map(([a, b]) => ['from', a, 'to', b])
);
const distribution = fc
    .tuple(
        several(
            fc.tuple(identifier, numberValue).map(([v, n]) => [v, n, '%']),
            4
        ),
        maybe(fc.constant(['partial']))
    )
    .map(([shares, partial]) => seq('shares', '{', shares, '}', partial));
const quote = fc
    .tuple(
        stringLiteral,
        maybe(fc.oneof(identifier, stringLiteral).map(w => ['by', w])),
        maybe(identifier.map(n => ['source', n]))
    )
    .map(([words, by, source]) => seq('quote', words, by, source));
const citation = fc
    .tuple(
        fc.constantFrom('evolves', 'covered-by', 'commissioned-by', 'adopted-by', 'cites'),
        commaList(decisionNumber.map(n => [n]))
    )
    .map(([kind, numbers]) => seq(kind, numbers));
const textOrCitation = fc.oneof(text, citation);

const actor = fc
    .tuple(
        fc.constantFrom('actor', 'body'),
        identifier,
        stringLiteral,
        maybe(
            block(
                fc.oneof(
                    identifier.map(n => ['part-of', n]),
                    stringLiteral.map(s => ['url', s]),
                    text
                )
            )
        )
    )
    .map(([kind, name, title, body]) => seq(kind, name, title, body));

const decision = fc
    .tuple(
        decisionNumber,
        maybe(identifier.map(n => ['by', n])),
        maybe(
            block(
                fc.oneof(
                    fc.nat(200).map(n => ['session', String(n)]),
                    dateValue.map(d => ['date', d]),
                    stringLiteral.map(s => ['title', s]),
                    stringLiteral.map(s => ['url', s]),
                    stringLiteral.map(s => ['summary', s])
                )
            )
        )
    )
    .map(([number, by, body]) => seq('decision', number, by, body));

const scaleValue = fc
    .tuple(
        identifier,
        stringLiteral,
        maybe(stringLiteral.map(s => ['english', s])),
        maybe(stringLiteral.map(s => ['color', s])),
        maybe(stringLiteral.map(s => ['symbol', s])),
        maybe(stringLiteral.map(s => ['meaning', s])),
        maybe(fc.constant(['not-counted']))
    )
    .map(([name, label, ...rest]) => seq('value', name, label, ...rest));
const dimension = fc
    .tuple(
        identifier,
        stringLiteral,
        maybe(stringLiteral.map(s => ['english', s])),
        several(
            fc
                .tuple(identifier, stringLiteral, maybe(stringLiteral.map(s => ['english', s])))
                .map(([name, label, english]) => seq('group', name, label, english)),
            4
        )
    )
    .map(([name, title, english, groups]) => seq('dimension', name, title, english, '{', groups, '}'));
const source = fc
    .tuple(
        identifier,
        stringLiteral,
        maybe(
            block(
                fc.oneof(
                    identifier.map(n => ['publisher', n]),
                    dateValue.map(d => ['published', d]),
                    fc
                        .tuple(dateValue, maybe(dateValue.map(d => ['to', d])))
                        .map(([d, until]) => seq('fieldwork', d, until)),
                    fc.nat(100000).map(n => ['respondents', String(n)]),
                    stringLiteral.map(s => ['method', s]),
                    amount.map(a => seq('margin-of-error', a)),
                    stringLiteral.map(s => ['url', s]),
                    text
                )
            )
        )
    )
    .map(([name, title, body]) => seq('source', name, title, body));
const scale = fc
    .tuple(identifier, stringLiteral, maybe(stringLiteral.map(s => ['english', s])), several(scaleValue, 4))
    .map(([name, title, english, values]) => seq('scale', name, title, english, '{', values, '}'));

const rating = fc
    .tuple(
        identifier.filter(n => n !== 'source'),
        fc.oneof(
            identifier.map(v => [v]),
            fc.constant<string[]>(['not-recorded']),
            distribution
        )
    )
    .map(([s, v]) => seq(s, v));
const assessment = fc
    .tuple(
        fc.constantFrom('assessment', 'outlook'),
        year,
        block(
            fc.oneof(
                rating,
                fc.constant<string[]>(['urgent']),
                stringLiteral.map(s => ['rationale', s]),
                identifier.map(n => ['assessor', n]),
                identifier.map(n => ['source', n])
            )
        )
    )
    .map(([kind, y, body]) => seq(kind, y, body));
const goal = fc
    .tuple(
        identifier,
        stringLiteral,
        block(
            fc.oneof(
                identifier.map(n => ['level', n]),
                identifier.map(n => ['refines', n]),
                commaList(qualifiedName).map(l => seq('contributes-to', l)),
                stringLiteral.map(s => ['target-picture', s]),
                textOrCitation,
                assessment
            ),
            5
        )
    )
    .map(([name, title, body]) => seq('goal', name, title, body));
const milestone = fc
    .tuple(maybe(identifier.map(n => [n])), dateValue, stringLiteral, maybe(block(textOrCitation)))
    .map(([name, date, title, body]) => seq('milestone', name, date, title, body));
const measure = fc
    .tuple(
        identifier,
        stringLiteral,
        block(
            fc.oneof(
                commaList(qualifiedName).map(l => seq('addresses', l)),
                fc
                    .constantFrom(
                        'proposed',
                        'planned',
                        'in-progress',
                        'completed',
                        'stopped',
                        'rejected',
                        'advised-against'
                    )
                    .map(s => ['status', s]),
                stringLiteral.map(s => ['rationale', s]),
                commaList(identifier.map(n => [n])).map(l => seq('owner', l)),
                identifier.map(n => ['part-of', n]),
                assessment,
                quote,
                textOrCitation,
                milestone
            )
        )
    )
    .map(([name, title, body]) => seq('measure', name, title, body));
const level = fc
    .tuple(
        identifier,
        stringLiteral,
        maybe(
            block(
                fc.oneof(
                    stringLiteral.map(s => ['target-picture', s]),
                    textOrCitation
                )
            )
        )
    )
    .map(([name, title, body]) => seq('level', name, title, body));
const question = fc
    .tuple(maybe(identifier.map(n => [n])), stringLiteral, maybe(block(text)))
    .map(([name, title, body]) => seq('question', name, title, body));
const idea = fc
    .tuple(identifier, stringLiteral, maybe(block(textOrCitation)))
    .map(([name, title, body]) => seq('idea', name, title, body));
const principle = fc
    .tuple(
        identifier,
        stringLiteral,
        block(
            fc.oneof(
                fc.constantFrom('mandatory', 'guideline', 'voluntary').map(b => ['binding', b]),
                textOrCitation
            )
        )
    )
    .map(([name, title, body]) => seq('principle', name, title, body));
const area = fc
    .tuple(identifier, stringLiteral, block(fc.oneof(text, principle, idea, question)))
    .map(([name, title, body]) => seq('area', name, title, body));
const need = fc
    .tuple(identifier, stringLiteral, maybe(block(textOrCitation)))
    .map(([name, title, body]) => seq('need', name, title, body));
const stakeholder = fc
    .tuple(identifier, stringLiteral, block(fc.oneof(textOrCitation, need)))
    .map(([name, title, body]) => seq('stakeholder', name, title, body));
const cornerstone = fc
    .tuple(
        identifier,
        stringLiteral,
        block(
            fc.oneof(
                commaList(qualifiedName).map(l => seq('answers', l)),
                textOrCitation
            )
        )
    )
    .map(([name, title, body]) => seq('cornerstone', name, title, body));
const indicatorValue = fc
    .tuple(
        fc.constantFrom('baseline', 'target', 'measured', 'forecast'),
        fc.oneof({ weight: 3, arbitrary: amount }, { weight: 1, arbitrary: distribution }),
        maybe(when),
        maybe(identifier.map(n => ['group', n])),
        maybe(fc.oneof(identifier, stringLiteral).map(s => ['source', s])),
        maybe(stringLiteral.map(s => ['when', s]))
    )
    .map(parts => seq(...parts));
const indicator = fc
    .tuple(
        identifier,
        stringLiteral,
        block(
            fc.oneof(
                stringLiteral.map(s => ['unit', s]),
                fc.constantFrom('lower-is-better', 'higher-is-better').map(d => ['direction', d]),
                commaList(qualifiedName).map(l => seq('measures', l)),
                commaList(qualifiedName).map(l => seq('tracks', l)),
                identifier.map(n => ['dimension', n]),
                identifier.map(n => ['scale', n]),
                indicatorValue,
                quote,
                textOrCitation
            )
        )
    )
    .map(([name, title, body]) => seq('indicator', name, title, body));
const section = fc
    .tuple(identifier, stringLiteral, block(fc.oneof(textOrCitation, question)))
    .map(([name, title, body]) => seq('section', name, title, body));

const strategyEntry: fc.Arbitrary<Tokens> = fc.oneof(
    fc.constantFrom('draft', 'adopted', 'archived').map(s => ['status', s]),
    dateValue.map(d => ['as-of', d]),
    identifier.map(n => ['owner', n]),
    year.map(y => ['horizon', y]),
    identifier.map(n => ['part-of', n]),
    stringLiteral.map(s => ['vision', s]),
    textOrCitation,
    quote,
    level,
    goal,
    measure,
    area,
    stakeholder,
    cornerstone,
    question,
    idea,
    indicator,
    milestone,
    section,
    scale,
    dimension
);
const strategy = fc
    .tuple(identifier, stringLiteral, several(strategyEntry, 8))
    .map(([name, title, entries]) => seq('strategy', name, title, '{', entries, '}'));

/** The tokens of a syntactically valid document. */
export const documentTokens: fc.Arbitrary<Tokens> = fc
    .array(fc.oneof(actor, decision, scale, dimension, source, strategy), { maxLength: 5 })
    .map(e => e.flat());

const spacing = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(' ', '\n', '\n    ', '\n\n', '  ') },
    {
        weight: 2,
        arbitrary: fc.constantFrom(
            '\t',
            '\r\n',
            '\n\n\n\n',
            ' \u00A0',
            '\r\n\r\n        ',
            '\u3000',
            '\f',
            '\v'
        )
    }
);
const comment = fc.oneof(
    fc.string({ maxLength: 20 }).map(s => `// ${s.replace(/[\r\n]/g, '')}\n`),
    fc.string({ maxLength: 20 }).map(s => `/* ${s.replace(/\*\//g, '')} */`),
    fc.constantFrom('/**/', '/* zwei\n   Zeilen */', '// ä ö ü ß 😀\n', '//\n', '/* { } " */')
);
export const gap = fc
    .tuple(spacing, fc.option(fc.tuple(comment, spacing), { freq: 6 }))
    .map(([space, extra]) => (extra ? space + extra[0] + extra[1] : space));

/** A valid document laid out with random whitespace and comments between all its tokens. */
export const validDocument: fc.Arbitrary<string> = documentTokens.chain(tokens =>
    fc
        .tuple(fc.array(gap, { minLength: tokens.length + 1, maxLength: tokens.length + 1 }), fc.boolean())
        .map(
            ([gaps, leadingComment]) =>
                (leadingComment ? '// Kopf\n' : '') +
                tokens.map((token, i) => gaps[i] + token).join('') +
                gaps[tokens.length]
        )
);

/**
 * The tokens and comments of a text laid out anew with random whitespace (and extra comments): a
 * text with the same tokens as `leaves` in another layout. A line comment keeps a line break after it.
 */
export function relaidOut(leaves: readonly string[]): fc.Arbitrary<string> {
    return fc.array(gap, { minLength: leaves.length + 1, maxLength: leaves.length + 1 }).map(
        gaps =>
            leaves
                .map((leaf, i) => {
                    const before = gaps[i];
                    const previous = leaves[i - 1];
                    return (previous?.startsWith('//') ? '\n' : '') + before + leaf;
                })
                .join('') +
            (leaves[leaves.length - 1]?.startsWith('//') ? '\n' : '') +
            gaps[leaves.length]
    );
}
