import { WorkspaceCache, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { StratAstType, Strategy } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { cycleText, Cycles } from './cycles.js';
import { yearOf } from './dates.js';
import { term } from '../i18n/messages.js';
import { reporter } from './report.js';

/** Checks of a strategy as a whole: its place among strategies, its dates, its adoption. */
export function strategyChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    /** The part-of graph of the strategies, computed anew after every change (an update relinks). */
    const graphs = new WorkspaceCache<'part-of', Cycles<Strategy>>(services.shared);
    const partOf = () =>
        graphs.get('part-of', () => new Cycles<Strategy>(s => (s.partOf?.ref ? [s.partOf.ref] : [])));

    function checkPartOfHasNoCycle(strategy: Strategy, accept: ValidationAcceptor): void {
        const cycle = partOf().through(strategy);
        if (cycle) {
            reporter(messages, accept)(
                'part-of-cycle',
                strategy,
                {
                    kind: term('Strategy'),
                    name: strategy.name,
                    cycle: cycleText(cycle, s => s.name)
                },
                { property: 'partOf' }
            );
        }
    }

    function checkHorizonNotBeforeAsOf(strategy: Strategy, accept: ValidationAcceptor): void {
        const asOfYear = yearOf(strategy.asOf);
        if (strategy.horizon !== undefined && asOfYear !== undefined && strategy.horizon < asOfYear) {
            reporter(messages, accept)(
                'horizon-before-as-of',
                strategy,
                { horizon: strategy.horizon, asOf: strategy.asOf! },
                { property: 'horizon' }
            );
        }
    }

    function checkAdoptedNamesDecision(strategy: Strategy, accept: ValidationAcceptor): void {
        if (strategy.status === 'adopted' && !strategy.citations.some(c => c.kind === 'adopted-by')) {
            reporter(messages, accept)(
                'adopted-without-decision',
                strategy,
                { name: strategy.name },
                { property: 'status' }
            );
        }
    }

    return {
        Strategy: [checkPartOfHasNoCycle, checkHorizonNotBeforeAsOf, checkAdoptedNamesDecision]
    };
}
