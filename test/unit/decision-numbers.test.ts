import * as assert from 'node:assert/strict';
import { normalizedNumber, parseDecisionNumber } from '../../language/references/decision-numbers.js';
import { buildWorkspace, codesOf } from '../support/build-workspace.js';

describe('decision numbers', () => {
    it('reads the three forms of one decision as one identity', () => {
        assert.deepEqual(
            ['2025/33', 'B-2025/33-IT', '33/2025'].map(text => {
                const parsed = parseDecisionNumber(text);
                return [parsed.form, parsed.canonical];
            }),
            [
                ['plain', '2025/33'],
                ['prefixed', '2025/33'],
                ['legacy', '2025/33']
            ]
        );
        assert.equal(parseDecisionNumber('2022/7').canonical, '2022/07');
        assert.equal(normalizedNumber('B-2025/3-IT'), 'B-2025/03-IT');
        assert.equal(normalizedNumber('27/2014'), '2014/27');
    });

    it('rejects half or mis-cased current numbers, suggesting the full form', () => {
        for (const text of ['B-2025/33', '2025/33-IT', 'b-2025/33-it', 'B-33/2025-IT']) {
            const parsed = parseDecisionNumber(text);
            assert.equal(parsed.form, 'invalid', text);
            assert.equal(parsed.suggestion, 'B-2025/33-IT', text);
        }
        assert.equal(parseDecisionNumber('12/34').suggestion, undefined);
        assert.equal(parseDecisionNumber('2025/0').form, 'invalid');
    });
});

describe('amendments and repeals', () => {
    const CATALOGUE = [
        'body ITPLR "IT-Planungsrat"',
        'decision 2023/44 by ITPLR',
        'decision 2020/01 by ITPLR',
        'decision 2025/03 by ITPLR {',
        '    date 2025-03-26',
        '    repeals 2023/44 items 2 and 3, 2020/01',
        '}',
        ''
    ].join('\n');

    it('warns on a repealed decision in German too, naming the repealing decision and its date', async () => {
        const strategy = 'strategy S "T" {\n    cites 2020/01\n}\n';
        const de = await buildWorkspace({ 'c.strat': CATALOGUE, 's.strat': strategy }, 'de');
        const finding = de.diagnostics('s.strat').find(d => d.code === 'repealed-decision-cited');
        assert.equal(
            finding?.message,
            'Beschluss 2020/01 wurde durch Beschluss 2025/03 (2025-03-26) aufgehoben.'
        );
    });

    it('leaves alone a strategy written before the repeal, and items that stay in force', async () => {
        const before = 'strategy S "T" {\n    as-of 2024-03-20\n    cites 2020/01, 2023/44 item 2\n}\n';
        const kept = 'strategy S "T" {\n    cites 2023/44 item 1, 2023/44\n}\n';
        for (const strategy of [before, kept]) {
            const workspace = await buildWorkspace({ 'c.strat': CATALOGUE, 's.strat': strategy });
            assert.deepEqual(codesOf(workspace.diagnostics('s.strat')), [], strategy);
        }
        // the same month as the repeal is not "before" it
        const sameMonth = 'strategy S "T" {\n    as-of 2025-03\n    cites 2020/01\n}\n';
        const workspace = await buildWorkspace({ 'c.strat': CATALOGUE, 's.strat': sameMonth });
        assert.deepEqual(codesOf(workspace.diagnostics('s.strat')), ['repealed-decision-cited']);
    });

    it('reports a decision that amends itself as a cycle', async () => {
        const workspace = await buildWorkspace('decision 2025/01 {\n    amends 2025/01\n}\n');
        const finding = workspace.diagnostics().find(d => d.code === 'amendment-cycle');
        assert.match(String(finding?.message), /2025\/01 → 2025\/01/);
    });
});
