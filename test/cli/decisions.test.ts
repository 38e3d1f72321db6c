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

describe('strat decisions', () => {
    const tempFolder = useTempFolders();

    it('--format json lists every declared or cited decision with its citations', async () => {
        const folder = await tempFolder({ 'catalogue/itplr.strat': CATALOGUE, 'strategy.strat': STRATEGY });
        const result = await runStrat(['decisions', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        const index = parseJson<DecisionJson[]>(result);
        assert.ok(Array.isArray(index));
        for (const entry of index) {
            assert.deepEqual(Object.keys(entry).sort(), ['citations', 'declared', 'id', 'title']);
            assert.match(entry.id, /^\d{4}\/\d+$/);
            for (const citation of entry.citations) {
                assert.deepEqual(Object.keys(citation).sort(), ['column', 'file', 'kind', 'line']);
            }
        }
        assert.deepEqual(index.map(entry => entry.id).sort(), ['2014/27', '2021/17', '2022/27', '2023/42']);
        const byId = new Map(index.map(entry => [entry.id, entry]));

        assert.deepEqual(byId.get('2023/42'), {
            id: '2023/42',
            declared: { file: 'catalogue/itplr.strat', line: 2 },
            title: 'Föderale Digitalstrategie',
            citations: [
                { file: 'strategy.strat', line: 2, column: 11, kind: 'cites' },
                { file: 'strategy.strat', line: 4, column: 16, kind: 'covered-by' }
            ]
        });
        assert.deepEqual(byId.get('2022/27'), {
            id: '2022/27',
            declared: { file: 'catalogue/itplr.strat', line: 5 },
            title: null,
            citations: [{ file: 'strategy.strat', line: 6, column: 16, kind: 'adopted-by' }]
        });
        // cited but declared nowhere
        assert.deepEqual(byId.get('2021/17'), {
            id: '2021/17',
            declared: null,
            title: null,
            citations: [{ file: 'strategy.strat', line: 5, column: 21, kind: 'commissioned-by' }]
        });
        // the legacy form NN/YYYY is listed under YYYY/NN
        assert.deepEqual(byId.get('2014/27'), {
            id: '2014/27',
            declared: null,
            title: null,
            citations: [{ file: 'strategy.strat', line: 3, column: 13, kind: 'evolves' }]
        });
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

    it('exits 2 with a message for a path that does not exist', async () => {
        const folder = await tempFolder();
        const result = await runStrat(['decisions', 'missing-folder', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /missing-folder/);
        assertNoStackTrace(result);
    });
});
