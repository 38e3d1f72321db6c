import { AstUtils, WorkspaceCache, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { isLevel, isStrategy, type Goal, type StratAstType, type Strategy } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { cycleText, Cycles } from './cycles.js';
import { reporter } from './report.js';
import { qualifiedName } from '../references/qualified-names.js';

/** Checks of goals: how they refine and contribute to other goals, and their level. */
export function goalChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    /**
     * The refines and contributes-to graphs of the goals, computed anew after every change (an update
     * relinks).
     */
    const graphs = new WorkspaceCache<'refines' | 'contributes', Cycles<Goal>>(services.shared);
    const refines = () =>
        graphs.get('refines', () => new Cycles<Goal>(g => (g.refines?.ref ? [g.refines.ref] : [])));
    const contributes = () =>
        graphs.get(
            'contributes',
            () => new Cycles<Goal>(g => g.contributesTo.flatMap(r => (r.ref ? [r.ref] : [])))
        );

    function checkRefinesHasNoCycle(goal: Goal, accept: ValidationAcceptor): void {
        const cycle = refines().through(goal);
        if (cycle) {
            reporter(messages, accept)(
                'refines-cycle',
                goal,
                { name: goal.name, cycle: cycleText(cycle, g => g.name) },
                { property: 'refines' }
            );
        }
    }

    function checkContributesHasNoCycle(goal: Goal, accept: ValidationAcceptor): void {
        const cycle = contributes().through(goal);
        if (cycle) {
            const index = goal.contributesTo.findIndex(r => r.ref === cycle.second);
            reporter(messages, accept)(
                'contributes-cycle',
                goal,
                { name: goal.name, cycle: cycleText(cycle, qualifiedName) },
                { property: 'contributesTo', index: Math.max(index, 0) }
            );
        }
    }

    function checkContributesToOtherStrategy(goal: Goal, accept: ValidationAcceptor): void {
        const own = AstUtils.getContainerOfType(goal, isStrategy);
        goal.contributesTo.forEach((reference, index) => {
            const target = reference.ref;
            if (target && target !== goal && AstUtils.getContainerOfType(target, isStrategy) === own) {
                reporter(messages, accept)(
                    'contributes-to-own-strategy',
                    goal,
                    { target: target.name },
                    { property: 'contributesTo', index }
                );
            }
        });
    }

    /**
     * Per strategy (one parse of it): whether it declares levels. Asked for every goal, so looked up once.
     */
    const declaresLevels = new WeakMap<Strategy, boolean>();

    function checkGoalHasLevel(goal: Goal, accept: ValidationAcceptor): void {
        const strategy = AstUtils.getContainerOfType(goal, isStrategy);
        if (!goal.level && strategy && levelsOf(strategy)) {
            reporter(messages, accept)('goal-without-level', goal, { name: goal.name }, { property: 'name' });
        }
    }

    function levelsOf(strategy: Strategy): boolean {
        let levels = declaresLevels.get(strategy);
        if (levels === undefined) {
            levels = strategy.members.some(isLevel);
            declaresLevels.set(strategy, levels);
        }
        return levels;
    }

    return {
        Goal: [
            checkRefinesHasNoCycle,
            checkContributesHasNoCycle,
            checkContributesToOtherStrategy,
            checkGoalHasLevel
        ]
    };
}
