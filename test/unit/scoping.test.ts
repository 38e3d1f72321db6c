import * as assert from 'node:assert/strict';
import { AstUtils } from 'langium';
import { isDecisionReference, isGoal, isMeasure, isRating, type Goal } from '../../language/generated/ast.js';
import { buildWorkspace } from '../support/build-workspace.js';

describe('scoping', () => {
    it('resolves a decision cited in one file to its declaration in a catalogue file', async () => {
        const workspace = await buildWorkspace({
            'strategy.strat': 'strategy S "T" {\n    evolves 2023/42\n}\n',
            'catalogue/itplr.strat':
                'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR {\n    title "Strategie"\n}\n'
        });
        const reference = AstUtils.streamAst(workspace.documents[0].parseResult.value).find(
            isDecisionReference
        )!;
        assert.equal(reference.decision.ref?.title, 'Strategie');
        assert.deepEqual(workspace.diagnostics('strategy.strat'), []);
    });

    it('resolves the legacy form NN/YYYY to the decision YYYY/NN', async () => {
        const workspace = await buildWorkspace('decision 2014/27\nstrategy S "T" {\n    cites 27/2014\n}\n');
        const reference = AstUtils.streamAst(workspace.documents[0].parseResult.value).find(
            isDecisionReference
        )!;
        assert.equal(reference.decision.ref?.name, '2014/27');
        assert.deepEqual(
            workspace.diagnostics().map(d => d.code),
            ['legacy-decision-id']
        );
    });

    it('treats 2022/7 and 2022/07 as one decision', async () => {
        const workspace = await buildWorkspace('decision 2022/07\nstrategy S "T" {\n    cites 2022/7\n}\n');
        const reference = AstUtils.streamAst(workspace.documents[0].parseResult.value).find(
            isDecisionReference
        )!;
        assert.equal(reference.decision.ref?.name, '2022/07');
    });

    it('reaches goals of another strategy only by qualified name', async () => {
        const workspace = await buildWorkspace({
            'dach.strat':
                'strategy Dach "Dachstrategie" {\n    goal souveraen "Digitale Souveränität" {\n    }\n}\n',
            'thema.strat':
                'strategy Thema "Schwerpunktthema" {\n    part-of Dach\n    goal cloud "Cloud" {\n        contributes-to Dach.souveraen\n    }\n    goal lokal "Lokal" {\n        contributes-to souveraen\n    }\n}\n'
        });
        const goals = AstUtils.streamAst(workspace.documents[1].parseResult.value)
            .filter(isGoal)
            .toArray() as Goal[];
        assert.equal(goals[0].contributesTo[0].ref?.title, 'Digitale Souveränität');
        assert.equal(goals[1].contributesTo[0].ref, undefined);
        assert.deepEqual(
            workspace.diagnostics('thema.strat').map(d => [d.code, workspace.textOf(d, 'thema.strat')]),
            [['unresolved-reference', 'souveraen']]
        );
    });

    it('lets a measure address a goal of its strategy by simple name, and identifiers carry umlauts', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    goal Fachkräfte_für_Übermorgen "Fachkräfte" {\n    }\n    measure maßnahme-1 "Qualifizierung" {\n        addresses Fachkräfte_für_Übermorgen\n    }\n}\n'
        );
        const measure = AstUtils.streamAst(workspace.documents[0].parseResult.value).find(isMeasure)!;
        assert.equal(measure.addresses[0].ref?.title, 'Fachkräfte');
        assert.deepEqual(workspace.diagnostics(), []);
    });

    it('sees the built-in status and progress scales in every workspace', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    goal g "G" {\n        assessment 2015 {\n            status needs-action\n            progress advanced\n        }\n    }\n}\n'
        );
        const ratings = AstUtils.streamAst(workspace.documents[0].parseResult.value)
            .filter(isRating)
            .toArray();
        assert.deepEqual(
            ratings.map(r => r.value?.ref?.label),
            ['weitere Maßnahmen erforderlich', 'fortgeschritten']
        );
    });

    it('rates on a scale declared in the strategy, and a value of another scale does not fit', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    scale umsetzung "Umsetzungsstand" {\n        value umgesetzt "umgesetzt"\n        value geplant "in Planung"\n    }\n    goal g "G" {\n        assessment 2015 {\n            umsetzung geplant\n            status geplant\n        }\n    }\n}\n'
        );
        const ratings = AstUtils.streamAst(workspace.documents[0].parseResult.value)
            .filter(isRating)
            .toArray();
        assert.equal(ratings[0].value?.ref?.label, 'in Planung');
        assert.deepEqual(
            workspace.diagnostics().map(d => d.code),
            ['value-not-in-scale']
        );
    });
});

describe('grammar', () => {
    it('reads dates of year, month and day precision', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    milestone 2024 "Jahr"\n    milestone 2024-06 "Monat"\n    milestone 2024-11-13 "Tag"\n}\n'
        );
        assert.deepEqual(workspace.diagnostics(), []);
    });

    it('keeps German texts with quotes, dashes and line breaks exactly', async () => {
        const text =
            'Wir bauen die Verwaltung der Zukunft – wirksam, digital, nah. „Zitat“ \\"escaped\\"\nzweite Zeile';
        const workspace = await buildWorkspace(`strategy S "T" {\n    vision "${text}"\n}\n`);
        assert.deepEqual(workspace.diagnostics(), []);
        const strategy = workspace.documents[0].parseResult.value as unknown as {
            elements: Array<{ vision: string }>;
        };
        assert.equal(strategy.elements[0].vision, text.replace(/\\"/g, '"'));
    });

    it('reports every syntax error, not only the first', async () => {
        const workspace = await buildWorkspace(
            'strategy S "T" {\n    bogus\n    goal g "G" {\n        nonsense here\n    }\n}\n'
        );
        const syntax = workspace.diagnostics().filter(d => d.code === 'syntax-error');
        assert.ok(syntax.length >= 2, `only ${syntax.length} syntax error(s)`);
    });
});
