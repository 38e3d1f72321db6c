import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CitationModel, StrategyModel, WorkspaceModel } from '../../language/model/workspace-model.js';
import {
    parseJson,
    runStrat,
    REPO_ROOT,
    useTempFolders,
    type DecisionJson,
    type JsonReport
} from './cli-harness.js';

const REVIEW = 'intelligente-verwaltungsnetze.strat';
const DRAFT = 'interfoederale-strategie.strat';

async function exportModel(folder: string, cwd: string): Promise<WorkspaceModel> {
    const result = await runStrat(['export', folder, '--format', 'json'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    return parseJson<WorkspaceModel>(result);
}

function strategy(model: WorkspaceModel, id: string): StrategyModel {
    const found = model.strategies.find(s => s.id === id);
    assert.ok(found, `strategy ${id}`);
    return found;
}

/** The decision citations of every element inside `value` (a strategy of the model). */
function citationsIn(value: unknown): CitationModel[] {
    if (Array.isArray(value)) {
        return value.flatMap(citationsIn);
    }
    if (value === null || typeof value !== 'object') {
        return [];
    }
    return Object.entries(value).flatMap(([key, inner]) =>
        key === 'citations' ? (inner as CitationModel[]) : citationsIn(inner)
    );
}

/**
 * The links and titles that only the transcription states (the sources state none of them), written
 * without `interpretation`: the peer review's measure→goal links and its owner, the draft's
 * cornerstone→need links and need titles.
 */
function unmarkedInterpretations(model: WorkspaceModel): string[] {
    const found: string[] = [];
    const review = strategy(model, 'IVN');
    for (const measure of review.measures) {
        if (measure.addresses.length > 0 && !measure.interpretedLinks?.includes('addresses')) {
            found.push(`IVN measure ${measure.id} addresses ${measure.addresses.join(', ')}`);
        }
    }
    if (review.owner && !review.interpretedLinks?.includes('owner')) {
        found.push(`IVN owner ${review.owner}`);
    }
    const draft = strategy(model, 'Dachstrategie');
    for (const cornerstone of draft.cornerstones) {
        if (cornerstone.answers.length > 0 && !cornerstone.interpretedLinks?.includes('answers')) {
            found.push(
                `Dachstrategie cornerstone ${cornerstone.id} answers ${cornerstone.answers.join(', ')}`
            );
        }
    }
    for (const need of draft.stakeholders.flatMap(s => s.needs)) {
        if (!need.interpretation) {
            found.push(`Dachstrategie need ${need.qualifiedId} "${need.title}"`);
        }
    }
    return found;
}

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

/** The transcriptions state only what their sources state; what the transcription adds says so. */
describe('the transcriptions mark what only the transcription states', () => {
    let model: WorkspaceModel;
    const temp = useTempFolders();

    before(async () => {
        model = await exportModel('examples', REPO_ROOT);
    });

    it('every measure→goal link and the owner of the review, every answers link and need title of the draft', () => {
        assert.deepEqual(unmarkedInterpretations(model), []);
        // the links are there to be checked: a measure states goals or that the source states none
        const review = strategy(model, 'IVN');
        assert.equal(review.measures.flatMap(m => m.addresses).length, 18);
        for (const measure of review.measures) {
            assert.ok(
                measure.addresses.length > 0 || measure.addressesNone,
                `measure ${measure.id}: goals, or addresses none`
            );
        }
        assert.equal(review.owner, undefined, 'the review names no owner');
        const draft = strategy(model, 'Dachstrategie');
        assert.equal(draft.cornerstones.flatMap(c => c.answers).length, 20);
        const needs = draft.stakeholders.flatMap(s => s.needs);
        assert.equal(needs.length, 15);
        assert.ok(
            needs.every(n => n.interpretationOfTitle),
            'only the titles of the needs are the transcription’s'
        );
    });

    it('fails when one of them is written without interpretation', async () => {
        const folder = await temp();
        await fs.cp(path.join(REPO_ROOT, 'examples'), folder, { recursive: true });
        const edit = async (file: string, from: string, to: string) => {
            const text = await fs.readFile(path.join(folder, file), 'utf8');
            assert.ok(text.includes(from), `${file} holds ${from}`);
            await fs.writeFile(path.join(folder, file), text.replace(from, to));
        };
        await edit(REVIEW, 'addresses arrangements interpretation', 'addresses arrangements');
        await edit(REVIEW, '    as-of 2015\n', '    as-of 2015\n    owner IVN-Projektgruppe\n');
        await edit(DRAFT, 'kommunen.automatisierung interpretation', 'kommunen.automatisierung');
        await edit(
            DRAFT,
            'need einheitlichkeit "Einheitliches Agieren der Verwaltung in Kommunen und Ländern" {\n' +
                '            interpretation title "Die Quelle gibt der Anforderung keinen Titel."\n',
            'need einheitlichkeit "Einheitliches Agieren der Verwaltung in Kommunen und Ländern" {\n'
        );
        assert.deepEqual(unmarkedInterpretations(await exportModel('.', folder)), [
            'IVN measure design-potential addresses IVN.arrangements',
            'IVN owner IVN-Projektgruppe',
            'Dachstrategie cornerstone effizienz answers kommunen.zugang, kommunen.entlastung, kommunen.rahmen, kommunen.automatisierung',
            'Dachstrategie need unternehmen.einheitlichkeit "Einheitliches Agieren der Verwaltung in Kommunen und Ländern"'
        ]);
    });

    it('the review: three recommendations stated as such, ten read from sentences and marked so', () => {
        const measures = strategy(model, 'IVN').measures;
        assert.deepEqual(
            measures.filter(m => !m.interpretation).map(m => m.id),
            ['funding', 'design-potential', 'cloud-mobile']
        );
        assert.equal(measures.filter(m => m.interpretation && m.interpretationNote).length, 10);
        // „Denkbar sind beispielsweise …“ proposes nothing: no status
        for (const id of ['transformation-fund', 'efficiency-return']) {
            assert.equal(measures.find(m => m.id === id)?.status, undefined, id);
        }
    });

    it('the review: two Fokusthemen; the three Handlungsfelder refine the goal they repeat', () => {
        const review = strategy(model, 'IVN');
        assert.deepEqual(
            review.goals.filter(g => g.level === 'focus').map(g => g.id),
            ['focus-testbeds', 'focus-alliances']
        );
        assert.deepEqual(
            review.goals.filter(g => g.refines).map(g => [g.id, g.refines, g.level, g.interpretedLinks]),
            [
                ['field-skilled-staff', 'skilled-staff', 'process', ['level', 'refines']],
                ['field-cloud', 'cloud', 'technology', ['level', 'refines']],
                ['field-investments', 'incentives', 'process', ['level', 'refines']]
            ]
        );
    });

    it('the review: the overall and per-level statements are assessments of 2015, urgency not recorded', () => {
        const review = strategy(model, 'IVN');
        const assessed = [review, ...review.levels];
        assert.equal(assessed.length, 7);
        for (const element of assessed) {
            const [assessment, ...more] = element.assessments;
            assert.deepEqual(more, [], element.id);
            assert.equal(assessment.year, 2015);
            assert.ok(assessment.rationale, `${element.id} has the source's statement`);
            assert.equal(assessment.urgent, null);
        }
        const goals = review.goals.flatMap(g => g.assessments);
        assert.equal(goals.length, 29);
        assert.ok(
            goals.every(a => a.urgent === null),
            'the review records no urgency in its text'
        );
    });

    it('the draft: footnotes „unter anderem“ cite among others; its 2025 dates keep their season', () => {
        const draft = strategy(model, 'Dachstrategie');
        const citations = citationsIn(draft);
        assert.equal(citations.length, 57);
        assert.deepEqual(
            citations.filter(c => !c.amongOthers).map(c => [c.kind, c.decision]),
            [
                ['commissioned-by', '2023/42'],
                ['cites', '2023/44']
            ]
        );
        assert.deepEqual(
            draft.milestones.map(m => m.date),
            ['2024-03-20', '2024-06-19', '2024-11', '2024-11-13', '2025-spring', '2025-summer']
        );
    });
});
