import * as assert from 'node:assert/strict';
import { isDecision, type Decision, type Model } from '../../language/generated/ast.js';
import { declarationComment } from '../../language/references/declaration-comment.js';
import { buildWorkspace } from '../support/build-workspace.js';

async function comments(text: string): Promise<Record<string, string | undefined>> {
    const workspace = await buildWorkspace(text);
    const model = workspace.documents[0].parseResult.value as Model;
    const decisions = model.elements.filter(isDecision) as Decision[];
    return Object.fromEntries(decisions.map(d => [d.name, declarationComment(d)]));
}

describe('the comment above a declaration', () => {
    it('is the `//` lines directly above it, joined, for the first and for later declarations', async () => {
        const found = await comments(
            '// Own page not found;\n// the title stays unrecorded.\ndecision 2019/03\n\n' +
                '// Cited as the decision on registers.\ndecision 2019/23 {\n    session 3\n}\n'
        );
        assert.equal(found['2019/03'], 'Own page not found; the title stays unrecorded.');
        assert.equal(found['2019/23'], 'Cited as the decision on registers.');
    });

    it('is a `/* … */` block directly above it', async () => {
        const found = await comments(
            'decision 2019/03\n/* Only the\n * announcement. */\ndecision 2019/23\n'
        );
        assert.equal(found['2019/23'], 'Only the announcement.');
        assert.equal(found['2019/03'], undefined);
    });

    it('is not a comment separated by a blank line, nor one after code on its line', async () => {
        const found = await comments(
            '// About the whole file.\n\ndecision 2019/03 { session 1 } // about 2019/03\ndecision 2019/23\n'
        );
        assert.equal(found['2019/03'], undefined);
        assert.equal(found['2019/23'], undefined);
    });
});
