import { WorkspaceCache, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isIndicatorValue,
    type Amount,
    type Distribution,
    type IndicatorValue,
    type Measure,
    type Source,
    type StratAstType
} from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { cycleText, Cycles } from './cycles.js';
import { compareDates, parseDate, type DateText } from './dates.js';
import { distributionScale, shareSum } from './evidence-values.js';
import { term } from '../i18n/messages.js';
import { reporter } from './report.js';

/** Qualifiers that say the true value lies above (or below) the number written. */
const ABOVE = new Set(['more-than', 'at-least']);
const BELOW = new Set(['less-than', 'at-most']);

/** Checks of evidence: amounts, periods, kinds of value, groups, distributions, sources, measures. */
export function evidenceChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkRangeInOrder(amount: Amount, accept: ValidationAcceptor): void {
        if (amount.upper !== undefined && amount.value !== undefined && amount.value > amount.upper) {
            reporter(messages, accept)(
                'range-reversed',
                amount,
                { lower: amount.value, upper: amount.upper },
                { property: 'upper' }
            );
        }
    }

    function reportReversedPeriod(
        node: IndicatorValue | Source,
        start: DateText | undefined,
        end: DateText | undefined,
        property: 'until' | 'fieldworkUntil',
        accept: ValidationAcceptor
    ): void {
        const from = parseDate(start);
        const to = parseDate(end);
        if (from && to && compareDates(from, to) > 0) {
            reporter(messages, accept)(
                'period-reversed',
                node,
                { start: start!, end: end! },
                { property: property as never }
            );
        }
    }

    function checkValuePeriod(value: IndicatorValue, accept: ValidationAcceptor): void {
        reportReversedPeriod(value, value.date, value.until, 'until', accept);
    }

    function checkFieldworkPeriod(source: Source, accept: ValidationAcceptor): void {
        reportReversedPeriod(source, source.fieldwork, source.fieldworkUntil, 'fieldworkUntil', accept);
    }

    function checkQualifierFollowsDirection(value: IndicatorValue, accept: ValidationAcceptor): void {
        const qualifier = value.amount?.qualifier;
        const direction = value.$container?.direction;
        if (value.kind !== 'target' || !qualifier || !direction) {
            return;
        }
        const contradicts = direction === 'lower-is-better' ? ABOVE.has(qualifier) : BELOW.has(qualifier);
        if (contradicts) {
            reporter(messages, accept)(
                'qualifier-contradicts-direction',
                value.amount!,
                { qualifier, direction: term(direction) },
                { property: 'qualifier' }
            );
        }
    }

    function checkValueHasDate(value: IndicatorValue, accept: ValidationAcceptor): void {
        if (value.kind !== 'target' && value.kind !== undefined && value.date === undefined) {
            reporter(messages, accept)(
                'value-without-date',
                value,
                { kind: term(value.kind) },
                { property: 'kind' }
            );
        }
    }

    function checkForecastHasSource(value: IndicatorValue, accept: ValidationAcceptor): void {
        if (value.kind === 'forecast' && !value.source && value.note === undefined) {
            reporter(messages, accept)('forecast-without-source', value, {}, { property: 'kind' });
        }
    }

    function checkGroupHasDimension(value: IndicatorValue, accept: ValidationAcceptor): void {
        if (value.group && !value.$container?.dimension) {
            reporter(messages, accept)(
                'group-without-dimension',
                value,
                { group: value.group.$refText },
                { property: 'group' }
            );
        }
    }

    function checkDistributionHasScale(distribution: Distribution, accept: ValidationAcceptor): void {
        if (isIndicatorValue(distribution.$container) && !distribution.$container.$container?.scale) {
            reporter(messages, accept)(
                'distribution-without-scale',
                distribution,
                { indicator: distribution.$container.$container?.name },
                { keyword: 'shares' }
            );
        }
    }

    function checkSharesInRange(distribution: Distribution, accept: ValidationAcceptor): void {
        for (const share of distribution.shares) {
            if (share.percent !== undefined && (share.percent < 0 || share.percent > 100)) {
                reporter(messages, accept)(
                    'share-out-of-range',
                    share,
                    { percent: share.percent },
                    { property: 'percent' }
                );
            }
        }
    }

    function checkSharesOnce(distribution: Distribution, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const share of distribution.shares) {
            const name = share.value?.$refText;
            if (!name) {
                continue;
            }
            if (seen.has(name)) {
                reporter(messages, accept)('duplicate-share', share, { value: name }, { property: 'value' });
            }
            seen.add(name);
        }
    }

    function checkSharesAddUp(distribution: Distribution, accept: ValidationAcceptor): void {
        const total = shareSum(distribution);
        if (!total || distribution.partial) {
            return;
        }
        if (Math.abs(total.sum - 100) > total.tolerance + 1e-9) {
            reporter(messages, accept)(
                'shares-do-not-add-up',
                distribution,
                { sum: total.sum, tolerance: total.tolerance },
                { keyword: 'shares' },
                { sum: total.sum, step: total.step, scale: distributionScale(distribution)?.name }
            );
        }
    }

    function checkRejectionHasRationale(measure: Measure, accept: ValidationAcceptor): void {
        if ((measure.status === 'rejected' || measure.status === 'advised-against') && !measure.rationale) {
            reporter(messages, accept)(
                'rejection-without-rationale',
                measure,
                { name: measure.name, status: term(measure.status) },
                { property: 'status' }
            );
        }
    }

    const graphs = new WorkspaceCache<'measure-part-of', Cycles<Measure>>(services.shared);
    const partOf = () =>
        graphs.get('measure-part-of', () => new Cycles<Measure>(m => (m.partOf?.ref ? [m.partOf.ref] : [])));

    function checkMeasurePartOfHasNoCycle(measure: Measure, accept: ValidationAcceptor): void {
        const cycle = partOf().through(measure);
        if (cycle) {
            reporter(messages, accept)(
                'part-of-cycle',
                measure,
                { kind: term('Measure'), name: measure.name, cycle: cycleText(cycle, m => m.name) },
                { property: 'partOf' }
            );
        }
    }

    return {
        Amount: [checkRangeInOrder],
        IndicatorValue: [
            checkValuePeriod,
            checkQualifierFollowsDirection,
            checkValueHasDate,
            checkForecastHasSource,
            checkGroupHasDimension
        ],
        Distribution: [checkDistributionHasScale, checkSharesInRange, checkSharesOnce, checkSharesAddUp],
        Source: [checkFieldworkPeriod],
        Measure: [checkRejectionHasRationale, checkMeasurePartOfHasNoCycle]
    };
}
