import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { LangiumDocument } from 'langium';
import { buildWorkspaceModel } from '../../language/model/build-workspace-model.js';
import type { SourceRange, StrategyModel, WorkspaceModel } from '../../language/model/workspace-model.js';
import { buildWorkspace } from '../support/build-workspace.js';

const CATALOGUE = `body ITPLR "IT-Planungsrat"
decision 2023/42 by ITPLR {
    title "Föderale Digitalstrategie"
}
decision 2014/27 by ITPLR
decision 2024/01 by ITPLR
`;

const STRATEGY = `strategy S "Strategie" {
    adopted-by 2023/42
    level l "Ebene"
    goal g "Ziel" {
        level l
        evolves 2023/42, 2024/01
        assessment 2026 {
            status critical
        }
        outlook 2030 {
            status uncritical
        }
        assessment 2024 {
            status needs-action
            progress beginning
        }
    }
    goal h "Zweites Ziel" {
        assessment 2022 {
            status not-recorded
        }
        outlook 2024 {
            progress advanced
        }
    }
    measure m "Maßnahme" {
        addresses g
        commissioned-by 2024/01
    }
    stakeholder buerger "Bürger" {
        need hilfe "Unterstützung"
        need daten "Offene Daten"
    }
    cornerstone k1 "Eckpfeiler" {
        answers buerger.hilfe
        covered-by 27/2014
    }
    cornerstone k2 "Zweiter Eckpfeiler" {
        answers buerger.hilfe, buerger.daten
    }
}
`;

/** Names a document by the last part of its URI, as the CLI names files by their relative path. */
const fileName = (document: LangiumDocument) => document.uri.path.split('/').pop() ?? '';

async function modelOf(files: Record<string, string>): Promise<WorkspaceModel> {
    const workspace = await buildWorkspace(files);
    return buildWorkspaceModel(workspace.services.shared.workspace.LangiumDocuments.all.toArray(), {
        fileName
    });
}

/** The 1-based position of the `occurrence`-th `needle` in `text`. */
function at(text: string, needle: string, occurrence = 1): Pick<SourceRange, 'line' | 'column'> {
    let offset = -1;
    for (let i = 0; i < occurrence; i++) {
        offset = text.indexOf(needle, offset + 1);
        assert.ok(offset >= 0, `${needle} occurs ${occurrence} times`);
    }
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}

function strategy(model: WorkspaceModel, id: string): StrategyModel {
    const found = model.strategies.find(s => s.id === id);
    assert.ok(found, `strategy ${id}`);
    return found;
}

describe('the workspace model', () => {
    let model: WorkspaceModel;

    before(async () => {
        model = await modelOf({ 'catalogue.strat': CATALOGUE, 'strategy.strat': STRATEGY });
    });

    it('the fixture has no errors; every file is listed with its counts, not the built-in library', () => {
        assert.deepEqual(
            model.files.map(f => [f.file, f.errors]),
            [
                ['catalogue.strat', 0],
                ['strategy.strat', 0]
            ]
        );
        assert.equal(model.version, 2);
    });

    it('an element lists its citations with kind, canonical number, the number as written and where', () => {
        const goal = strategy(model, 'S').goals.find(g => g.id === 'g');
        assert.deepEqual(goal?.citations, [
            {
                kind: 'evolves',
                decision: '2023/42',
                written: '2023/42',
                source: {
                    file: 'strategy.strat',
                    ...at(STRATEGY, '2023/42', 2),
                    endLine: at(STRATEGY, '2023/42', 2).line,
                    endColumn: at(STRATEGY, '2023/42', 2).column + 7
                }
            },
            {
                kind: 'evolves',
                decision: '2024/01',
                written: '2024/01',
                source: {
                    file: 'strategy.strat',
                    ...at(STRATEGY, '2024/01'),
                    endLine: at(STRATEGY, '2024/01').line,
                    endColumn: at(STRATEGY, '2024/01').column + 7
                }
            }
        ]);
        assert.deepEqual(
            strategy(model, 'S').citations.map(c => [c.kind, c.decision]),
            [['adopted-by', '2023/42']]
        );
        assert.deepEqual(
            strategy(model, 'S').measures[0].citations.map(c => [c.kind, c.decision]),
            [['commissioned-by', '2024/01']]
        );
    });

    it('a decision lists its backlinks: kind, strategy, element with type, id and title, and where', () => {
        const decision = model.decisions.find(d => d.id === '2023/42');
        assert.ok(decision);
        assert.equal(decision.title, 'Föderale Digitalstrategie');
        assert.equal(decision.body, 'ITPLR');
        assert.deepEqual(decision.declared && [decision.declared.file, decision.declared.line], [
            'catalogue.strat',
            2
        ]);
        assert.deepEqual(
            decision.citations.map(c => ({
                kind: c.kind,
                written: c.written,
                strategy: c.strategy,
                element: c.element,
                line: c.source.line
            })),
            [
                {
                    kind: 'adopted-by',
                    written: '2023/42',
                    strategy: 'S',
                    element: { type: 'Strategy', id: 'S', title: 'Strategie' },
                    line: 2
                },
                {
                    kind: 'evolves',
                    written: '2023/42',
                    strategy: 'S',
                    element: { type: 'Goal', id: 'g', title: 'Ziel' },
                    line: 6
                }
            ]
        );
        const second = model.decisions.find(d => d.id === '2024/01');
        assert.equal(second?.title, null, 'a decision declared without a title has title null');
        assert.deepEqual(
            second?.citations.map(c => [c.kind, c.element.type, c.element.id, c.element.title]),
            [
                ['evolves', 'Goal', 'g', 'Ziel'],
                ['commissioned-by', 'Measure', 'm', 'Maßnahme']
            ]
        );
    });

    it('decisions are ordered by number', () => {
        assert.deepEqual(
            model.decisions.map(d => d.id),
            ['2014/27', '2023/42', '2024/01']
        );
    });

    it('the legacy citation 27/2014 is filed under 2014/27 and keeps how it was written', () => {
        assert.equal(
            model.decisions.find(d => d.id === '27/2014'),
            undefined
        );
        const decision = model.decisions.find(d => d.id === '2014/27');
        assert.deepEqual(
            decision?.citations.map(c => ({ kind: c.kind, written: c.written, element: c.element })),
            [
                {
                    kind: 'covered-by',
                    written: '27/2014',
                    element: { type: 'Cornerstone', id: 'k1', title: 'Eckpfeiler' }
                }
            ]
        );
        const cornerstone = strategy(model, 'S').cornerstones.find(c => c.id === 'k1');
        assert.deepEqual(
            cornerstone?.citations.map(c => [c.decision, c.written]),
            [['2014/27', '27/2014']]
        );
    });

    it('a decision that is only cited is listed with declared null and title null', async () => {
        const cited = await modelOf({ 'strategy.strat': 'strategy S "T" {\n    cites 2099/01\n}\n' });
        assert.deepEqual(
            cited.decisions.map(d => [d.id, d.declared, d.title, d.citations.length]),
            [['2099/01', null, null, 1]]
        );
    });

    it('needs know the cornerstones that answer them', () => {
        const needs = strategy(model, 'S').stakeholders.flatMap(s => s.needs);
        assert.deepEqual(
            needs.map(n => [n.qualifiedId, n.answeredBy]),
            [
                ['buerger.hilfe', ['k1', 'k2']],
                ['buerger.daten', ['k2']]
            ]
        );
        assert.deepEqual(
            strategy(model, 'S').cornerstones.map(c => [c.id, c.answers]),
            [
                ['k1', ['buerger.hilfe']],
                ['k2', ['buerger.hilfe', 'buerger.daten']]
            ]
        );
    });

    it('strategy.years: the years of all assessments and outlooks, distinct and ascending', () => {
        assert.deepEqual(strategy(model, 'S').years, [2022, 2024, 2026, 2030]);
        const goal = strategy(model, 'S').goals.find(g => g.id === 'g');
        assert.deepEqual(
            goal?.assessments.map(a => [a.kind, a.year]),
            [
                ['assessment', 2026],
                ['outlook', 2030],
                ['assessment', 2024]
            ]
        );
    });

    it('ratings name the scale key and the value; not recorded is null', () => {
        const [g, h] = strategy(model, 'S').goals;
        assert.deepEqual(g.assessments[2].ratings, [
            { scale: 'status', value: 'needs-action', notRecorded: false },
            { scale: 'progress', value: 'beginning', notRecorded: false }
        ]);
        assert.deepEqual(h.assessments[0].ratings, [{ scale: 'status', value: null, notRecorded: true }]);
    });

    it('goals, measures and levels are qualified and linked by id', () => {
        const s = strategy(model, 'S');
        assert.deepEqual(
            s.goals.map(g => [g.qualifiedId, g.level]),
            [
                ['S.g', 'l'],
                ['S.h', undefined]
            ]
        );
        assert.deepEqual(
            s.measures.map(m => m.addresses),
            [['S.g']]
        );
        assert.deepEqual(
            s.levels.map(l => l.id),
            ['l']
        );
    });

    it('includes the built-in scales, without a source', () => {
        const builtin = model.scales.filter(s => s.builtin);
        assert.deepEqual(
            builtin.map(s => [s.key, s.values.map(v => v.id), s.source]),
            [
                ['status', ['critical', 'needs-action', 'uncritical'], undefined],
                ['progress', ['beginning', 'advanced', 'completed'], undefined]
            ]
        );
    });

    it('a document with a syntax error contributes what was parsed, and its files entry counts the error', async () => {
        const broken =
            'strategy B "Kaputt" {\n    goal a "A" {\n        cites 2023/42\n    }\n    bogus\n    goal b "B" {\n    }\n}\n';
        const partial = await modelOf({ 'catalogue.strat': CATALOGUE, 'broken.strat': broken });
        assert.deepEqual(
            partial.files.map(f => [f.file, f.errors]),
            [
                ['catalogue.strat', 0],
                ['broken.strat', 1]
            ]
        );
        const b = strategy(partial, 'B');
        assert.equal(b.title, 'Kaputt');
        assert.deepEqual(
            b.goals.map(g => [g.id, g.title]),
            [
                ['a', 'A'],
                ['b', 'B']
            ]
        );
        assert.deepEqual(
            b.goals[0].citations.map(c => c.decision),
            ['2023/42']
        );
        assert.deepEqual(
            partial.decisions.find(d => d.id === '2023/42')?.citations.map(c => c.source.file),
            ['broken.strat']
        );
    });

    it('a document cut off in the middle of entries still gives a model that fits the schema', async () => {
        const cut = [
            'strategy C "Abgebrochen" {\n    goal g "G" {\n        assessment ',
            'strategy C "Abgebrochen" {\n    milestone ',
            'strategy C "Abgebrochen" {\n    indicator i "I" {\n        measured 5 at ',
            'strategy C "Abgebrochen" {\n    scale s "S" {\n        value a ',
            'actor A '
        ];
        const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
        addFormats.default(ajv);
        const validate = ajv.compile(
            JSON.parse(
                readFileSync(path.join(process.cwd(), 'language/model/workspace-model.schema.json'), 'utf8')
            )
        );
        for (const text of cut) {
            const partial = await modelOf({ 'cut.strat': text });
            assert.ok(validate(partial), `${JSON.stringify(text)}: ${ajv.errorsText(validate.errors)}`);
        }
    });
});
