import * as assert from 'node:assert/strict';
import { CHECK_CODES, CHECKS, type CheckCode } from '../../language/validation/codes.js';
import { buildWorkspace, codesOf } from '../support/build-workspace.js';

const CATALOGUE = 'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR\n';

interface CheckCase {
    /** The document (or files) that must trigger the check. */
    bad: string | Record<string, string>;
    /** The exact source text the finding must be located on. */
    at: string;
    /** Files in which the finding must appear (default: the first). */
    in?: string[];
    /** A close variant that must not trigger the check. */
    good: string | Record<string, string>;
}

const goal = (body: string, strategy = '') =>
    `strategy S "T" {\n    ${strategy}\n    goal g "G" {\n        ${body}\n    }\n}\n`;

const indicator = (body: string, extra = '') =>
    `${extra}strategy S "T" {\n    indicator i "I" {\n        unit "%"\n        ${body.split('\n').join('\n        ')}\n    }\n}\n`;

const SCALE =
    'scale impl "Umsetzung" {\n    value done "umgesetzt"\n    value doing "in Umsetzung"\n    value none "keine Angabe" not-counted\n}\n';

const LEVELS = 'dimension ebene "Ebene" {\n    group bund "Bund"\n    group land "Land"\n}\n';

const SOURCE = 'source iw "IW-Studie" {\n    published 2024-05\n}\n';

const CASES: Record<CheckCode, CheckCase> = {
    'syntax-error': { bad: 'strategy S "T" {\n    bogus\n}\n', at: 'bogus', good: 'strategy S "T" {\n}\n' },
    'unresolved-decision': {
        bad: 'strategy S "T" {\n    cites 2099/01\n}\n',
        at: '2099/01',
        good: CATALOGUE + 'strategy S "T" {\n    cites 2023/42\n}\n'
    },
    'legacy-decision-id': {
        bad: CATALOGUE + 'decision 2014/27 by ITPLR\nstrategy S "T" {\n    cites 27/2014\n}\n',
        at: '27/2014',
        good: CATALOGUE + 'decision 2014/27 by ITPLR\nstrategy S "T" {\n    cites 2014/27\n}\n'
    },
    'invalid-decision-id': {
        bad: 'strategy S "T" {\n    cites 12/34\n}\n',
        at: '12/34',
        good: CATALOGUE + 'strategy S "T" {\n    cites 2023/42\n}\n'
    },
    'duplicate-decision': {
        bad: { 'a.strat': CATALOGUE, 'b.strat': 'decision 2023/42 by ITPLR\n' },
        at: '2023/42',
        in: ['a.strat', 'b.strat'],
        good: { 'a.strat': CATALOGUE, 'b.strat': 'decision 2023/43 by ITPLR\n' }
    },
    'decision-date-mismatch': {
        bad: 'decision 2023/42 {\n    date 2022-11\n}\n',
        at: '2022-11',
        good: 'decision 2023/42 {\n    date 2023-11\n}\n'
    },
    'decision-by-non-body': {
        bad: 'actor FITKO "FITKO"\ndecision 2023/42 by FITKO\n',
        at: 'FITKO',
        good: 'body FITKO "FITKO"\ndecision 2023/42 by FITKO\n'
    },
    'duplicate-citation': {
        bad: CATALOGUE + 'strategy S "T" {\n    evolves 2023/42, 2023/42\n}\n',
        at: '2023/42',
        good: CATALOGUE + 'strategy S "T" {\n    evolves 2023/42\n    cites 2023/42\n}\n'
    },
    'repealed-decision-cited': {
        bad:
            CATALOGUE +
            'decision 2023/44 by ITPLR\ndecision 2025/03 by ITPLR {\n    date 2025-03-26\n    repeals 2023/44 items 2 and 3\n}\n' +
            'strategy S "T" {\n    as-of 2025-06\n    cites 2023/44 item 3\n}\n',
        at: '2023/44',
        good:
            CATALOGUE +
            'decision 2023/44 by ITPLR\ndecision 2025/03 by ITPLR {\n    date 2025-03-26\n    repeals 2023/44 items 2 and 3\n}\n' +
            'strategy S "T" {\n    as-of 2025-06\n    cites 2023/44 item 1\n}\n'
    },
    'unknown-decision-item': {
        bad:
            CATALOGUE +
            'decision 2025/02 by ITPLR {\n    items {\n        1 "Erstens."\n        2 "Zweitens."\n    }\n}\nstrategy S "T" {\n    cites 2025/02 item 7\n}\n',
        at: '7',
        good:
            CATALOGUE +
            'decision 2025/02 by ITPLR {\n    items {\n        1 "Erstens."\n        2 "Zweitens."\n    }\n}\nstrategy S "T" {\n    cites 2025/02 item 2\n}\n'
    },
    'amendment-cycle': {
        bad: 'decision 2025/01 {\n    amends 2022/43\n}\ndecision 2022/43 {\n    amends 2025/01\n}\n',
        at: '2022/43',
        good: 'decision 2025/01 {\n    amends 2022/43\n}\ndecision 2022/43\n'
    },
    'duplicate-id': {
        bad: 'strategy S "T" {\n    level l "A"\n    level l "B"\n}\n',
        at: 'l',
        good: 'strategy S "T" {\n    level l "A"\n    level m "B"\n}\n'
    },
    'duplicate-property': {
        bad: 'strategy S "T" {\n    horizon 2020\n    horizon 2021\n}\n',
        at: 'horizon 2021',
        good: 'strategy S "T" {\n    horizon 2020\n}\n'
    },
    'unresolved-reference': { bad: goal('level nope'), at: 'nope', good: goal('level l', 'level l "L"') },
    'empty-title': { bad: 'strategy S "" {\n}\n', at: '""', good: 'strategy S "Titel" {\n}\n' },
    'unsafe-url': {
        bad: 'decision 2023/42 {\n    url "javascript:alert(1)"\n}\n',
        at: '"javascript:alert(1)"',
        good: 'decision 2023/42 {\n    url "https://www.it-planungsrat.de"\n}\n'
    },
    'invalid-date': {
        bad: 'decision 2023/42 {\n    date 2023-02-30\n}\n',
        at: '2023-02-30',
        good: 'decision 2023/42 {\n    date 2023-02-28\n}\n'
    },
    'invalid-escape': {
        bad: 'strategy S "T" {\n    text "Ablage unter C:\\Users\\neu"\n}\n',
        at: '\\U',
        good: 'strategy S "T" {\n    text "Ablage unter C:\\\\Users\\\\neu, \\"neu\\"\n    zweite Zeile"\n}\n'
    },
    'control-character': {
        bad: 'strategy S "T" {\n    text "a\u0000b"\n}\n',
        at: '\u0000',
        good: 'strategy S "T" {\n    text "a\tb"\n}\n'
    },
    'part-of-cycle': {
        bad: 'strategy A "A" {\n    part-of B\n}\nstrategy B "B" {\n    part-of A\n}\n',
        at: 'B',
        good: 'strategy A "A" {\n    part-of B\n}\nstrategy B "B" {\n}\n'
    },
    'horizon-before-as-of': {
        bad: 'strategy S "T" {\n    as-of 2024-03\n    horizon 2020\n}\n',
        at: '2020',
        good: 'strategy S "T" {\n    as-of 2024-03\n    horizon 2030\n}\n'
    },
    'adopted-without-decision': {
        bad: 'strategy S "T" {\n    status adopted\n}\n',
        at: 'adopted',
        good: CATALOGUE + 'strategy S "T" {\n    status adopted\n    adopted-by 2023/42\n}\n'
    },
    'refines-cycle': {
        bad: 'strategy S "T" {\n    goal a "A" {\n        refines b\n    }\n    goal b "B" {\n        refines a\n    }\n}\n',
        at: 'b',
        good: 'strategy S "T" {\n    goal a "A" {\n        refines b\n    }\n    goal b "B" {\n    }\n}\n'
    },
    'contributes-cycle': {
        bad: 'strategy A "A" {\n    goal x "X" {\n        contributes-to B.y\n    }\n}\nstrategy B "B" {\n    goal y "Y" {\n        contributes-to A.x\n    }\n}\n',
        at: 'B.y',
        good: 'strategy A "A" {\n    goal x "X" {\n        contributes-to B.y\n    }\n}\nstrategy B "B" {\n    goal y "Y" {\n    }\n}\n'
    },
    'contributes-to-own-strategy': {
        bad: 'strategy A "A" {\n    goal x "X" {\n        contributes-to y\n    }\n    goal y "Y" {\n    }\n}\n',
        at: 'y',
        good: 'strategy A "A" {\n    goal x "X" {\n        contributes-to B.y\n    }\n}\nstrategy B "B" {\n    goal y "Y" {\n    }\n}\n'
    },
    'goal-without-level': { bad: goal('', 'level l "L"'), at: 'g', good: goal('level l', 'level l "L"') },
    'value-not-in-scale': {
        bad: goal('assessment 2015 {\n            status green\n        }'),
        at: 'green',
        good: goal('assessment 2015 {\n            status critical\n        }')
    },
    'assessment-outside-horizon': {
        bad: goal('outlook 2025 {\n            status uncritical\n        }', 'horizon 2020'),
        at: '2025',
        good: goal('outlook 2020 {\n            status uncritical\n        }', 'horizon 2020')
    },
    'assessment-after-as-of': {
        bad: goal('assessment 2017 {\n            status critical\n        }', 'as-of 2015'),
        at: '2017',
        good: goal('outlook 2017 {\n            status critical\n        }', 'as-of 2015')
    },
    'outlook-before-assessment': {
        bad: goal(
            'outlook 2014 {\n            status critical\n        }\n        assessment 2015 {\n            status critical\n        }'
        ),
        at: '2014',
        good: goal(
            'assessment 2015 {\n            status critical\n        }\n        outlook 2017 {\n            status critical\n        }'
        )
    },
    'duplicate-assessment-year': {
        bad: goal(
            'assessment 2015 {\n            status critical\n        }\n        assessment 2015 {\n            status uncritical\n        }'
        ),
        at: '2015',
        good: goal(
            'assessment 2015 {\n            status critical\n        }\n        outlook 2016 {\n            status uncritical\n        }'
        )
    },
    'duplicate-rating': {
        bad: goal('assessment 2015 {\n            status critical\n            status uncritical\n        }'),
        at: 'status uncritical',
        good: goal(
            'assessment 2015 {\n            status critical\n            progress beginning\n        }'
        )
    },
    'assessment-without-rating': {
        bad: goal('assessment 2015 {\n            rationale "offen"\n        }'),
        at: 'assessment',
        good: goal(
            'assessment 2015 {\n            status not-recorded\n            rationale "offen"\n        }'
        )
    },
    'assessments-out-of-order': {
        bad: goal(
            'outlook 2020 {\n            status uncritical\n        }\n        outlook 2017 {\n            status uncritical\n        }'
        ),
        at: '2017',
        good: goal(
            'outlook 2017 {\n            status uncritical\n        }\n        outlook 2020 {\n            status uncritical\n        }'
        )
    },
    'scale-too-small': {
        bad: 'scale s "S" {\n    value a "A"\n}\n',
        at: 's',
        good: 'scale s "S" {\n    value a "A"\n    value b "B"\n}\n'
    },
    'invalid-color': {
        bad: 'scale s "S" {\n    value a "A" color "red"\n    value b "B"\n}\n',
        at: '"red"',
        good: 'scale s "S" {\n    value a "A" color "#c62828"\n    value b "B"\n}\n'
    },
    'measure-without-goal': {
        bad: 'strategy S "T" {\n    goal g "G" {\n    }\n    measure m "M" {\n    }\n}\n',
        at: 'm',
        good: 'strategy S "T" {\n    goal g "G" {\n    }\n    measure m "M" {\n        addresses g\n    }\n}\n'
    },
    'milestones-out-of-order': {
        bad: 'strategy S "T" {\n    measure m "M" {\n        milestone 2025 "B"\n        milestone 2024-05 "A"\n    }\n}\n',
        at: '2024-05',
        good: 'strategy S "T" {\n    measure m "M" {\n        milestone 2024-05 "A"\n        milestone 2025 "B"\n    }\n}\n'
    },
    'rejection-without-rationale': {
        bad: 'strategy S "T" {\n    measure m "M" {\n        status advised-against\n    }\n}\n',
        at: 'advised-against',
        good: 'strategy S "T" {\n    measure m "M" {\n        status advised-against\n        rationale "Zu teuer"\n    }\n}\n'
    },
    'indicator-without-unit': {
        bad: 'strategy S "T" {\n    indicator i "I" {\n    }\n}\n',
        at: 'i',
        good: 'strategy S "T" {\n    indicator i "I" {\n        unit "Wochen"\n    }\n}\n'
    },
    'target-contradicts-direction': {
        bad: 'strategy S "T" {\n    indicator i "I" {\n        unit "Wochen"\n        direction lower-is-better\n        baseline 21 at 2022\n        target 30 at 2026\n    }\n}\n',
        at: '30',
        good: 'strategy S "T" {\n    indicator i "I" {\n        unit "Wochen"\n        direction lower-is-better\n        baseline 21 at 2022\n        target 12 at 2026\n    }\n}\n'
    },
    'measurements-out-of-order': {
        bad: 'strategy S "T" {\n    indicator i "I" {\n        unit "Fälle"\n        measured 5 at 2024\n        measured 6 at 2023\n    }\n}\n',
        at: '2023',
        good: 'strategy S "T" {\n    indicator i "I" {\n        unit "Fälle"\n        measured 6 at 2023\n        measured 5 at 2024\n    }\n}\n'
    },
    'duplicate-value': {
        bad: indicator('measured 5 at 2024\nmeasured 6 at 2024'),
        at: 'measured',
        good: indicator('measured 5 at 2024\nforecast 6 at 2024 source iw', SOURCE)
    },
    'range-reversed': {
        bad: indicator('measured 30 to 15 at 2024'),
        at: '15',
        good: indicator('measured 15 to 30 at 2024')
    },
    'period-reversed': {
        bad: indicator('measured 12 from 2023-06-28 to 2023-05-03'),
        at: '2023-05-03',
        good: indicator('measured 12 from 2023-05-03 to 2023-06-28')
    },
    'qualifier-contradicts-direction': {
        bad: indicator('direction lower-is-better\ntarget at-least -30 % at 2027'),
        at: 'at-least',
        good: indicator(
            'direction lower-is-better\ntarget up-to -30 % at 2027 when "Registeranbindung steht"'
        )
    },
    'value-without-date': {
        bad: indicator('measured 12'),
        at: 'measured',
        good: indicator('measured 12 at 2024\ntarget 10')
    },
    'forecast-without-source': {
        bad: indicator('forecast about 800000 at 2035'),
        at: 'forecast',
        good: indicator('forecast about 800000 at 2035 source iw', SOURCE)
    },
    'group-without-dimension': {
        bad: indicator('measured 55 at 2024 group bund', LEVELS),
        at: 'bund',
        good: indicator('dimension ebene\nmeasured 55 at 2024 group bund', LEVELS)
    },
    'group-not-in-dimension': {
        bad: indicator('dimension ebene\nmeasured 71 at 2024 group kommune', LEVELS),
        at: 'kommune',
        good: indicator('dimension ebene\nmeasured 64 at 2024 group land', LEVELS)
    },
    'distribution-without-scale': {
        bad: indicator('measured shares {\n    done 60 %\n    doing 40 %\n} at 2024', SCALE),
        at: 'shares',
        good: indicator('scale impl\nmeasured shares {\n    done 60 %\n    doing 40 %\n} at 2024', SCALE)
    },
    'share-out-of-range': {
        bad:
            goal(
                'assessment 2024 {\n            impl shares {\n                done 120 %\n            } partial\n        }',
                ''
            ) + SCALE,
        at: '120',
        good:
            goal(
                'assessment 2024 {\n            impl shares {\n                done 20 %\n            } partial\n        }',
                ''
            ) + SCALE
    },
    'duplicate-share': {
        bad:
            goal(
                'assessment 2024 {\n            impl shares {\n                done 50 %\n                done 50 %\n            }\n        }'
            ) + SCALE,
        at: 'done',
        good:
            goal(
                'assessment 2024 {\n            impl shares {\n                done 50 %\n                doing 50 %\n            }\n        }'
            ) + SCALE
    },
    'shares-do-not-add-up': {
        bad:
            goal(
                'assessment 2024 {\n            impl shares {\n                done 18 %\n                doing 47 %\n            }\n        }'
            ) + SCALE,
        at: 'shares',
        good:
            goal(
                'assessment 2024 {\n            impl shares {\n                done 18 %\n                doing 47 %\n                none 36 %\n            }\n        }'
            ) + SCALE
    },
    'citation-passage-not-found': {
        bad:
            CATALOGUE +
            'strategy S "T" {\n    goal g "G" {\n        text "Ein Satz. Noch ein Satz."\n        cites 2023/42 at "Kein Satz"\n    }\n}\n',
        at: '"Kein Satz"',
        good:
            CATALOGUE +
            'strategy S "T" {\n    goal g "G" {\n        text "Ein Satz. Noch ein Satz."\n        cites 2023/42 at "Noch ein"\n    }\n}\n'
    },
    'urgency-contradiction': {
        bad: 'strategy S "T" {\n    assessment 2024 {\n        urgent\n        not-urgent\n    }\n}\n',
        at: 'not-urgent',
        good: 'strategy S "T" {\n    assessment 2024 {\n        not-urgent\n    }\n}\n'
    }
};

describe('checks', () => {
    it('has at least 25 checks, each with a case here', () => {
        assert.ok(CHECK_CODES.length >= 25, `only ${CHECK_CODES.length} checks`);
        assert.deepEqual(Object.keys(CASES).sort(), [...CHECK_CODES].sort());
    });

    for (const code of CHECK_CODES) {
        const testCase = CASES[code];
        describe(code, () => {
            it(`reports ${CHECKS[code]} "${code}" located on \`${testCase.at}\``, async () => {
                const workspace = await buildWorkspace(testCase.bad);
                for (const file of testCase.in ?? [undefined]) {
                    const findings = workspace.diagnostics(file).filter(d => d.code === code);
                    assert.ok(
                        findings.length > 0,
                        `no ${code} in ${file ?? 'the document'}; got ${codesOf(workspace.diagnostics(file)).join(', ') || 'nothing'}`
                    );
                    assert.equal(workspace.textOf(findings[0], file), testCase.at);
                    assert.equal(
                        findings[0].severity,
                        { error: 1, warning: 2, info: 3, hint: 4 }[CHECKS[code]]
                    );
                    assert.equal((findings[0].data as { code?: string }).code, code);
                }
            });

            it('says it in German and in English', async () => {
                const english = (await buildWorkspace(testCase.bad, 'en'))
                    .diagnostics()
                    .find(d => d.code === code);
                const german = (await buildWorkspace(testCase.bad, 'de'))
                    .diagnostics()
                    .find(d => d.code === code);
                assert.ok(english && german);
                assert.notEqual(german.message, english.message);
                assert.doesNotMatch(String(german.message), /\{\w+\}/, 'an unfilled placeholder');
                assert.doesNotMatch(String(english.message), /\{\w+\}/, 'an unfilled placeholder');
            });

            it('stays silent on a correct variant', async () => {
                const workspace = await buildWorkspace(testCase.good);
                const files = typeof testCase.good === 'string' ? [undefined] : Object.keys(testCase.good);
                for (const file of files) {
                    assert.deepEqual(
                        workspace
                            .diagnostics(file)
                            .filter(d => d.code === code)
                            .map(d => d.message),
                        []
                    );
                }
            });
        });
    }
});

describe('checks that leave the source its silence, and dates at their precision', () => {
    it('measure-without-goal accepts `addresses none`: the source states no goal', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    goal g "G" {\n    }\n    measure m "M" {\n        addresses none\n    }\n}\n'
        );
        assert.deepEqual(codesOf(workspace.diagnostics()), []);
    });

    it('orders a quarter, a half-year and a season by their start, and an overlap is no disorder', async () => {
        const inOrder = await buildWorkspace(
            'strategy S "T" {\n    measure m "M" {\n        milestone 2025-Q1 "A"\n        milestone 2025-spring "B"\n' +
                '        milestone 2025-04 "C"\n        milestone 2025-H2 "D"\n        milestone 2025-winter "E"\n        milestone 2026-01 "F"\n    }\n}\n'
        );
        assert.deepEqual(codesOf(inOrder.diagnostics()), []);
        const reversed = await buildWorkspace(
            'strategy S "T" {\n    measure m "M" {\n        milestone 2025-Q3 "A"\n        milestone 2025-Q1 "B"\n        milestone 2025-autumn "C"\n        milestone 2025-spring "D"\n    }\n}\n'
        );
        const findings = reversed.diagnostics().filter(d => d.code === 'milestones-out-of-order');
        assert.deepEqual(
            findings.map(d => reversed.textOf(d)),
            ['2025-Q1', '2025-spring']
        );
    });

    it('a period of a quarter that ends before it starts is reversed', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    indicator i "I" {\n        unit "%"\n        measured 5 from 2025-H2 to 2025-Q1\n    }\n}\n'
        );
        assert.deepEqual(codesOf(workspace.diagnostics()), ['period-reversed']);
    });
});
