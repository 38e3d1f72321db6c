import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Indicator, StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { compareDates, parseDate, type DateText } from './dates.js';
import { term } from '../i18n/messages.js';
import { reporter } from './report.js';

/** Checks of indicators: unit, target against baseline and direction, order of measured values. */
export function indicatorChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkIndicatorHasUnit(indicator: Indicator, accept: ValidationAcceptor): void {
        if (indicator.unit === undefined) {
            reporter(messages, accept)(
                'indicator-without-unit',
                indicator,
                { name: indicator.name },
                { property: 'name' }
            );
        }
    }

    function checkTargetFollowsDirection(indicator: Indicator, accept: ValidationAcceptor): void {
        const baseline = indicator.baselineValue?.value;
        const target = indicator.targetValue?.value;
        if (baseline === undefined || target === undefined || !indicator.direction) {
            return;
        }
        const worse = indicator.direction === 'lower-is-better' ? target > baseline : target < baseline;
        if (worse) {
            reporter(messages, accept)(
                'target-contradicts-direction',
                indicator,
                {
                    target,
                    baseline,
                    direction: term(indicator.direction)
                },
                { property: 'targetValue' }
            );
        }
    }

    function checkMeasurementsInOrder(indicator: Indicator, accept: ValidationAcceptor): void {
        let previous: DateText | undefined;
        for (const measurement of indicator.measurements) {
            const date = parseDate(measurement.date);
            const before = parseDate(previous);
            if (date && before && compareDates(date, before) < 0) {
                reporter(messages, accept)(
                    'measurements-out-of-order',
                    measurement,
                    { date: measurement.date, previous: previous! },
                    { property: 'date' }
                );
            }
            if (date) {
                previous = measurement.date;
            }
        }
    }

    return {
        Indicator: [checkIndicatorHasUnit, checkTargetFollowsDirection, checkMeasurementsInOrder]
    };
}
