import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { isStrategy, type Assessment, type Goal, type Scale, type StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { yearOf } from './dates.js';
import { reporter } from './report.js';

/**
 * Checks of assessments and outlooks: their years against each other and against the strategy, their ratings.
 */
export function assessmentChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkYearsOfGoal(goal: Goal, accept: ValidationAcceptor): void {
        const report = reporter(messages, accept);
        const years = new Set<number>();
        let previous: number | undefined;
        const latestActual = Math.max(
            -Infinity,
            ...goal.assessments.filter(a => a.kind === 'assessment').map(a => a.year)
        );
        for (const assessment of goal.assessments) {
            if (years.has(assessment.year)) {
                report(
                    'duplicate-assessment-year',
                    assessment,
                    { goal: goal.name, year: assessment.year },
                    { property: 'year' }
                );
            } else if (previous !== undefined && assessment.year < previous) {
                report(
                    'assessments-out-of-order',
                    assessment,
                    { year: assessment.year, previous },
                    { property: 'year' }
                );
            }
            if (assessment.kind === 'outlook' && assessment.year <= latestActual) {
                report(
                    'outlook-before-assessment',
                    assessment,
                    { year: assessment.year, latest: latestActual },
                    { property: 'year' }
                );
            }
            years.add(assessment.year);
            previous = assessment.year;
        }
    }

    function checkYearAgainstStrategy(assessment: Assessment, accept: ValidationAcceptor): void {
        const strategy = AstUtils.getContainerOfType(assessment, isStrategy);
        if (!strategy) {
            return;
        }
        const report = reporter(messages, accept);
        if (strategy.horizon !== undefined && assessment.year > strategy.horizon) {
            report(
                'assessment-outside-horizon',
                assessment,
                { year: assessment.year, horizon: strategy.horizon },
                { property: 'year' }
            );
        }
        const asOfYear = yearOf(strategy.asOf);
        if (assessment.kind === 'assessment' && asOfYear !== undefined && assessment.year > asOfYear) {
            report(
                'assessment-after-as-of',
                assessment,
                { year: assessment.year, asOf: strategy.asOf! },
                { property: 'year' }
            );
        }
    }

    function checkRatings(assessment: Assessment, accept: ValidationAcceptor): void {
        const report = reporter(messages, accept);
        if (assessment.ratings.length === 0) {
            report('assessment-without-rating', assessment, { year: assessment.year }, { property: 'kind' });
        }
        const rated = new Set<Scale>();
        assessment.ratings.forEach((rating, index) => {
            const scale = rating.scale?.ref;
            if (scale && rated.has(scale)) {
                report('duplicate-rating', assessment, { scale: scale.name }, { property: 'ratings', index });
            }
            if (scale) {
                rated.add(scale);
            }
        });
    }

    return {
        Goal: [checkYearsOfGoal],
        Assessment: [checkYearAgainstStrategy, checkRatings]
    };
}
