import * as assert from 'node:assert/strict';
import { assertNoStackTrace, parseJson, runStrat, useTempFolders, type DecisionJson } from './cli-harness.js';

const CATALOGUE = [
    'body ITPLR "IT-Planungsrat"',
    'decision 2023/42 by ITPLR {',
    '    title "Föderale Digitalstrategie"',
    '}',
    'decision 2022/27 by ITPLR',
    ''
].join('\n');

const STRATEGY = [
    'strategy S "Titel" {',
    '    cites 2023/42',
    '    evolves 27/2014',
    '    covered-by 2023/42',
    '    commissioned-by 2021/17',
    '    adopted-by 2022/27',
    '}',
    ''
].join('\n');

/** The entry of a decision in force of which nothing is recorded but where it is declared and cited. */
function unrecorded(
    number: string,
    declared: DecisionJson['declared'],
    citations: DecisionJson['citations']
): DecisionJson {
    const nothing = { title: null, date: null, session: null, url: null };
    return { id: number, number, declared, ...nothing, status: 'in-force', changedBy: [], citations };
}

describe('strat decisions', () => {
    const tempFolder = useTempFolders();

    it('--format json lists every declared or cited decision with its citations', async () => {
        const folder = await tempFolder({ 'catalogue/itplr.strat': CATALOGUE, 'strategy.strat': STRATEGY });
        const result = await runStrat(['decisions', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        const index = parseJson<DecisionJson[]>(result);
        assert.ok(Array.isArray(index));
        for (const entry of index) {
            assert.deepEqual(Object.keys(entry).sort(), [
                'changedBy',
                'citations',
                'date',
                'declared',
                'id',
                'number',
                'session',
                'status',
                'title',
                'url'
            ]);
            assert.match(entry.id, /^\d{4}\/\d+$/);
            for (const citation of entry.citations) {
                assert.deepEqual(Object.keys(citation).sort(), ['column', 'file', 'items', 'kind', 'line']);
            }
        }
        assert.deepEqual(index.map(entry => entry.id).sort(), ['2014/27', '2021/17', '2022/27', '2023/42']);
        const byId = new Map(index.map(entry => [entry.id, entry]));

        assert.deepEqual(byId.get('2023/42'), {
            ...unrecorded('2023/42', { file: 'catalogue/itplr.strat', line: 2 }, [
                { file: 'strategy.strat', line: 2, column: 11, kind: 'cites', items: [] },
                { file: 'strategy.strat', line: 4, column: 16, kind: 'covered-by', items: [] }
            ]),
            title: 'Föderale Digitalstrategie'
        });
        assert.deepEqual(
            byId.get('2022/27'),
            unrecorded('2022/27', { file: 'catalogue/itplr.strat', line: 5 }, [
                { file: 'strategy.strat', line: 6, column: 16, kind: 'adopted-by', items: [] }
            ])
        );
        // cited but declared nowhere
        assert.deepEqual(
            byId.get('2021/17'),
            unrecorded('2021/17', null, [
                { file: 'strategy.strat', line: 5, column: 21, kind: 'commissioned-by', items: [] }
            ])
        );
        // the legacy form NN/YYYY is listed under YYYY/NN
        assert.deepEqual(
            byId.get('2014/27'),
            unrecorded('2014/27', null, [
                { file: 'strategy.strat', line: 3, column: 13, kind: 'evolves', items: [] }
            ])
        );
        const kinds = new Set(index.flatMap(entry => entry.citations.map(citation => citation.kind)));
        assert.deepEqual([...kinds].sort(), [
            'adopted-by',
            'cites',
            'commissioned-by',
            'covered-by',
            'evolves'
        ]);
    });

    it('lists a declared decision that nobody cites, with no citations', async () => {
        const folder = await tempFolder({ 'catalogue.strat': CATALOGUE });
        const index = parseJson<DecisionJson[]>(
            await runStrat(['decisions', '.', '--format', 'json'], { cwd: folder })
        );
        assert.deepEqual(index.find(entry => entry.id === '2022/27')?.citations, []);
    });

    it('prints a readable index as text', async () => {
        const folder = await tempFolder({ 'catalogue.strat': CATALOGUE, 'strategy.strat': STRATEGY });
        const result = await runStrat(['decisions'], { cwd: folder });
        assert.equal(result.code, 0);
        assert.match(result.stdout, /^2023\/42 .*Föderale Digitalstrategie/m);
        assert.match(result.stdout, /^ {4}strategy\.strat:3:13 evolves$/m);
        assert.match(result.stdout, /4 decisions, 2 not declared\n$/);
    });

    it('shows the current number form, title, date and status, and who repealed what', async () => {
        const folder = await tempFolder({
            'catalogue.strat': [
                'body ITPLR "IT-Planungsrat"',
                'decision 2023/44 by ITPLR',
                'decision 2025/03 by ITPLR {',
                '    title "Portfoliosteuerung"',
                '    date 2025-03-26',
                '    repeals 2023/44 items 2 and 3',
                '}',
                'decision B-2025/33-IT by ITPLR {',
                '    title "Portfoliosteuerung des IT-Planungsrats"',
                '    date 2025-11-26',
                '    url "https://example.org/b-2025-33-it"',
                '    repeals 2025/03',
                '}',
                ''
            ].join('\n'),
            'strategy.strat': 'strategy S "T" {\n    cites 2025/33, 2023/44 item 1\n}\n'
        });
        const text = await runStrat(['decisions'], { cwd: folder });
        assert.equal(text.code, 0, text.stderr);
        assert.match(text.stdout, /^2023\/44 .*partly repealed/m);
        assert.match(text.stdout, /^ {4}items 2 and 3 repealed by 2025\/03 \(2025-03-26\)$/m);
        assert.match(text.stdout, /^2025\/03 {2}Portfoliosteuerung {2}2025-03-26 · repealed/m);
        assert.match(text.stdout, /^ {4}repealed by B-2025\/33-IT \(2025-11-26\)$/m);
        assert.match(
            text.stdout,
            /^B-2025\/33-IT {2}Portfoliosteuerung des IT-Planungsrats {2}2025-11-26 · in force/m
        );
        assert.match(text.stdout, /^ {4}https:\/\/example\.org\/b-2025-33-it$/m);
        const index = parseJson<Array<Record<string, unknown>>>(
            await runStrat(['decisions', '--format', 'json'], { cwd: folder })
        );
        const byId = new Map(index.map(entry => [entry.id, entry]));
        assert.equal(byId.get('2025/33')?.number, 'B-2025/33-IT');
        assert.equal((byId.get('2025/33')?.citations as unknown[]).length, 1);
        assert.deepEqual(byId.get('2023/44')?.changedBy, [
            { kind: 'repeals', decision: '2025/03', date: '2025-03-26', items: [2, 3] }
        ]);
        assert.equal(byId.get('2025/03')?.status, 'repealed');
    });

    it('exits 2 with a message for a path that does not exist', async () => {
        const folder = await tempFolder();
        const result = await runStrat(['decisions', 'missing-folder', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /missing-folder/);
        assertNoStackTrace(result);
    });
});
