import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isGoal,
    isMilestone,
    isStrategy,
    type Measure,
    type Milestone,
    type StratAstType,
    type Strategy
} from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { compareDates, parseDate } from './dates.js';
import { reporter } from './report.js';

/** Checks of measures and milestones. */
export function measureChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkMeasureAddressesGoal(measure: Measure, accept: ValidationAcceptor): void {
        const strategy = AstUtils.getContainerOfType(measure, isStrategy);
        if (measure.addresses.length === 0 && !measure.addressesNone && strategy?.members.some(isGoal)) {
            reporter(messages, accept)(
                'measure-without-goal',
                measure,
                { name: measure.name },
                { property: 'name' }
            );
        }
    }

    function checkMilestonesInOrder(milestones: readonly Milestone[], accept: ValidationAcceptor): void {
        let previous: Milestone | undefined;
        for (const milestone of milestones) {
            const date = parseDate(milestone.date);
            const before = parseDate(previous?.date);
            if (date && before && compareDates(date, before) < 0) {
                reporter(messages, accept)(
                    'milestones-out-of-order',
                    milestone,
                    { date: milestone.date, previous: previous!.date },
                    { property: 'date' }
                );
            }
            if (date) {
                previous = milestone;
            }
        }
    }

    return {
        Measure: [
            checkMeasureAddressesGoal,
            (measure: Measure, accept) => checkMilestonesInOrder(measure.milestones, accept)
        ],
        Strategy: [
            (strategy: Strategy, accept) =>
                checkMilestonesInOrder(strategy.members.filter(isMilestone), accept)
        ]
    };
}
