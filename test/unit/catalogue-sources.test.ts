import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDecision, isModel } from '../../language/generated/ast.js';
import { buildWorkspace } from '../support/build-workspace.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CATALOGUE = path.join(ROOT, 'examples', 'catalogue', 'it-planungsrat.strat');

describe('the IT-Planungsrat catalogue of the examples', () => {
    it('names a source (its page or a source line) for every recorded title, session, date and summary', async () => {
        const workspace = await buildWorkspace({
            'it-planungsrat.strat': await fs.readFile(CATALOGUE, 'utf8')
        });
        const root = workspace.documents[0].parseResult.value;
        assert.ok(isModel(root));
        const decisions = root.elements.filter(isDecision);
        assert.ok(decisions.length >= 41, `${decisions.length} decisions`);
        const unsourced = decisions
            .filter(d => d.title || d.session !== undefined || d.date !== undefined || d.summary)
            .filter(d => !d.url && d.sources.length === 0)
            .map(d => d.name);
        assert.deepEqual(unsourced, []);
        for (const decision of decisions) {
            for (const address of [decision.url, ...decision.sources].filter(s => s?.startsWith('http'))) {
                assert.match(address!, /^https:\/\/[\w.-]+\.[a-z]{2,}\//, `${decision.name}: ${address}`);
            }
        }
    });

    it('declares every decision the examples cite, and the current number form', async () => {
        const texts = await Promise.all(
            ['interfoederale-strategie.strat', 'intelligente-verwaltungsnetze.strat'].map(f =>
                fs.readFile(path.join(ROOT, 'examples', f), 'utf8')
            )
        );
        const catalogue = await fs.readFile(CATALOGUE, 'utf8');
        const workspace = await buildWorkspace({
            'a.strat': texts[0],
            'b.strat': texts[1],
            'it-planungsrat.strat': catalogue
        });
        const unresolved = workspace.diagnostics('a.strat').concat(workspace.diagnostics('b.strat'));
        assert.deepEqual(
            unresolved.filter(d => d.code === 'unresolved-decision').map(d => d.message),
            []
        );
        assert.match(catalogue, /decision B-2025\/33-IT by ITPLR \{/);
    });
});
