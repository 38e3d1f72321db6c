import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Indicator, IndicatorValue, StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { compareDates, parseDate, type DateText } from './dates.js';
import { term } from '../i18n/messages.js';
import { reporter } from './report.js';

/**
 * Checks of indicators: unit, target against baseline and direction (per group), order of measured
 * values and forecasts (per group), one value per kind, date and group.
 */
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

    /** The values of one kind per group (`''` for values of no group), in the order written. */
    function byGroup(indicator: Indicator, kind: string): Map<string, IndicatorValue[]> {
        const groups = new Map<string, IndicatorValue[]>();
        for (const value of indicator.values) {
            if (value.kind === kind && value.amount?.value !== undefined) {
                const group = value.group?.$refText ?? '';
                groups.set(group, [...(groups.get(group) ?? []), value]);
            }
        }
        return groups;
    }

    /** A target worse than the baseline of its group; forecasts are projections, not targets. */
    function checkTargetFollowsDirection(indicator: Indicator, accept: ValidationAcceptor): void {
        if (!indicator.direction) {
            return;
        }
        const baselines = byGroup(indicator, 'baseline');
        for (const [group, targets] of byGroup(indicator, 'target')) {
            const baseline = baselines.get(group)?.[0]?.amount?.value;
            if (baseline === undefined) {
                continue;
            }
            for (const value of targets) {
                const target = value.amount!.value;
                const worse =
                    indicator.direction === 'lower-is-better' ? target > baseline : target < baseline;
                if (worse) {
                    reporter(messages, accept)(
                        'target-contradicts-direction',
                        value,
                        { target, baseline, direction: term(indicator.direction) },
                        { property: 'amount' }
                    );
                }
            }
        }
    }

    function checkMeasurementsInOrder(indicator: Indicator, accept: ValidationAcceptor): void {
        for (const kind of ['measured', 'forecast']) {
            const groups = new Map<string, DateText>();
            for (const value of indicator.values) {
                if (value.kind !== kind) {
                    continue;
                }
                const group = value.group?.$refText ?? '';
                const previous = groups.get(group);
                const date = parseDate(value.date);
                const before = parseDate(previous);
                if (date && before && compareDates(date, before) < 0) {
                    reporter(messages, accept)(
                        'measurements-out-of-order',
                        value,
                        { date: value.date!, previous: previous! },
                        { property: 'date' }
                    );
                }
                if (date) {
                    groups.set(group, value.date!);
                }
            }
        }
    }

    /** Two values of the same kind for the same date (or period) and group. */
    function checkValuesOnce(indicator: Indicator, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const value of indicator.values) {
            if (!value.kind) {
                continue;
            }
            const key = [value.kind, value.date ?? '', value.until ?? '', value.group?.$refText ?? ''].join(
                '|'
            );
            if (seen.has(key)) {
                reporter(messages, accept)(
                    'duplicate-value',
                    value,
                    {
                        kind: term(value.kind),
                        date: value.date ?? '-',
                        group: value.group?.$refText ?? '-'
                    },
                    { property: 'kind' }
                );
            }
            seen.add(key);
        }
    }

    return {
        Indicator: [
            checkIndicatorHasUnit,
            checkTargetFollowsDirection,
            checkMeasurementsInOrder,
            checkValuesOnce
        ]
    };
}
