import * as assert from 'node:assert/strict';
import { parseJson, runStrat, REPO_ROOT, type DecisionJson, type JsonReport } from './cli-harness.js';

/** The shipped examples must check clean, and every decision they cite must be declared in them. */
describe('strat on the examples', () => {
    it('validate examples: exit 0, no errors', async () => {
        const result = await runStrat(['validate', 'examples', '--format', 'json'], { cwd: REPO_ROOT });
        const report = parseJson<JsonReport>(result);
        const errors = report.diagnostics.filter(d => d.severity === 'error');
        assert.deepEqual(errors, [], 'the examples have errors');
        assert.equal(report.errors, 0);
        assert.ok(report.files > 0);
        assert.equal(result.code, 0, result.stderr);
    });

    it('decisions examples: lists entries, and every cited decision is declared', async () => {
        const result = await runStrat(['decisions', 'examples', '--format', 'json'], { cwd: REPO_ROOT });
        assert.equal(result.code, 0, result.stderr);
        const index = parseJson<DecisionJson[]>(result);
        assert.ok(index.length > 0, 'the examples declare or cite decisions');
        const undeclared = index.filter(entry => entry.citations.length > 0 && entry.declared === null);
        assert.deepEqual(
            undeclared.map(
                entry =>
                    `${entry.id} (cited at ${entry.citations.map(c => `${c.file}:${c.line}`).join(', ')})`
            ),
            []
        );
    });

    it("the Dachstrategie cites all 40 decisions of its footnotes in 57 citations, with the footnotes' kinds", async () => {
        const result = await runStrat(['decisions', 'examples', '--format', 'json'], { cwd: REPO_ROOT });
        const index = parseJson<DecisionJson[]>(result);
        const citations = index.flatMap(entry =>
            entry.citations
                .filter(c => c.file === 'examples/interfoederale-strategie.strat')
                .map(c => ({ id: entry.id, kind: c.kind, declared: entry.declared }))
        );
        assert.equal(new Set(citations.map(c => c.id)).size, 40);
        assert.equal(citations.length, 57);
        const kinds: Record<string, number> = {};
        citations.forEach(c => {
            kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
        });
        assert.deepEqual(kinds, { evolves: 52, 'covered-by': 3, 'commissioned-by': 1, cites: 1 });
        assert.ok(citations.every(c => c.declared?.file === 'examples/catalogue/it-planungsrat.strat'));
        assert.equal(index.find(e => e.id === '2022/27')?.citations.length, 6);
    });

    it('the peer review cites 27/2014 at both its mentions, which resolve to 2014/27 with a warning each', async () => {
        const result = await runStrat(['validate', 'examples', '--format', 'json'], { cwd: REPO_ROOT });
        const report = parseJson<JsonReport>(result);
        const review = 'examples/intelligente-verwaltungsnetze.strat';
        assert.deepEqual(
            report.diagnostics.map(d => [d.file, d.code]),
            [
                [review, 'legacy-decision-id'],
                [review, 'legacy-decision-id']
            ]
        );
        const decisions = parseJson<DecisionJson[]>(
            await runStrat(['decisions', 'examples', '--format', 'json'], { cwd: REPO_ROOT })
        );
        const entry = decisions.find(e => e.id === '2014/27');
        assert.deepEqual(
            entry?.citations.map(c => c.file),
            [review, review]
        );
        assert.equal(entry?.title, null);
    });

    it('every example is formatted', async () => {
        const result = await runStrat(['format', '--check', 'examples'], { cwd: REPO_ROOT });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.equal(result.stdout, '');
    });
});
