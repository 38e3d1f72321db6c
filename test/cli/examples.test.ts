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
        assert.deepEqual(undeclared.map(entry => `${entry.id} (cited at ${entry.citations.map(c => `${c.file}:${c.line}`).join(', ')})`), []);
    });
});
