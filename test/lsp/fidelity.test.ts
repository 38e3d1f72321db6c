import * as assert from 'node:assert/strict';
import { completionLabels, LspSession, positionOf, useExample } from '../support/lsp-session.js';

const EXAMPLE = 'illustrative/musterland-transkription.strat';

describe('language server on transcriptions over LSP', function () {
    this.timeout(60_000);
    let session: LspSession;
    let text: string;
    let uri: string;
    useExample(EXAMPLE, example => ({ session, text, uri } = example));

    const hover = (at: { line: number; character: number }) => session.hoverText(uri, at);

    it('publishes no diagnostics for the illustrative transcription', async () => {
        assert.deepEqual(await session.diagnosticsFor(uri), []);
    });

    it('hovers `interpretation` on an element, its title and a link with what it means', async () => {
        const title = await hover(positionOf(text, 'interpretation title', 3));
        assert.match(
            title,
            /Title: interpretation of the author, not stated by the source.*Die Gutachter nennen/
        );
        const link = await hover(positionOf(text, 'hilfe interpretation', 9));
        assert.match(link, /Link: interpretation of the author, not stated by the source/);
        const goal = await hover(positionOf(text, 'goal hilfe', 6));
        assert.match(goal, /\*\*Goal\*\* Hilfe im Portal ist verständlich/);
        assert.match(
            goal,
            /Interpretation of the author, not stated by the source.*Aus einer Empfehlung abgeleitet/
        );
    });

    it('hovers a cited document with its kind, title, publisher, date and link', async () => {
        const law = await hover(positionOf(text, 'cites mldg', 7));
        assert.match(law, /\*\*Law\*\* Musterländisches Digitalgesetz \\\(fiktiv\\\)/);
        assert.match(law, /Publisher: Musterland\\-Rat/);
        assert.match(law, /Published: 2023-06-01/);
        assert.match(law, /\[Link\]\(https:\/\/example\.org\/musterland\/digitalgesetz\)/);
        const review = await hover(positionOf(text, 'from review-2024 page 15', 6));
        assert.match(review, /\*\*Report\*\* Peer Review[\s\S]*Published: H2 2024/);
    });

    it('completes from, interpretation and not-urgent where they may stand', async () => {
        const draft =
            'strategy Entwurf "Entwurf" {\n    goal g "G" {\n        \n        assessment 2024 {\n            \n        }\n    }\n}\n';
        const draftUri = await session.open('entwurf-fidelity.strat', draft);
        await session.diagnosticsFor(draftUri);
        const complete = async (line: number, character: number) =>
            completionLabels(await session.completion(draftUri, { line, character }));
        const inGoal = await complete(2, 8);
        for (const keyword of ['from', 'interpretation', 'level', 'cites']) {
            assert.ok(inGoal.includes(keyword), `${keyword} in ${JSON.stringify(inGoal)}`);
        }
        const inAssessment = await complete(4, 12);
        for (const keyword of ['urgent', 'not-urgent', 'from']) {
            assert.ok(inAssessment.includes(keyword), `${keyword} in ${JSON.stringify(inAssessment)}`);
        }
    });
});
