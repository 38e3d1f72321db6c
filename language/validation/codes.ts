/**
 * The stable codes of every check, with their default severity. Shared by the validators, the
 * CLI's reports (text, JSON, SARIF rules) and the editor's code actions.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const CHECKS = {
    // syntax
    'syntax-error': 'error',
    // decisions and citations
    'unresolved-decision': 'warning',
    'legacy-decision-id': 'warning',
    'invalid-decision-id': 'error',
    'duplicate-decision': 'error',
    'decision-date-mismatch': 'warning',
    'decision-by-non-body': 'warning',
    'duplicate-citation': 'warning',
    'repealed-decision-cited': 'warning',
    'unknown-decision-item': 'warning',
    'amendment-cycle': 'error',
    // names and references
    'duplicate-id': 'error',
    'duplicate-property': 'error',
    'unresolved-reference': 'error',
    'empty-title': 'error',
    'unsafe-url': 'error',
    'invalid-date': 'error',
    // texts
    'invalid-escape': 'error',
    'control-character': 'error',
    // strategies
    'part-of-cycle': 'error',
    'horizon-before-as-of': 'error',
    'adopted-without-decision': 'warning',
    // goals
    'refines-cycle': 'error',
    'contributes-cycle': 'error',
    'contributes-to-own-strategy': 'warning',
    'goal-without-level': 'warning',
    // assessments and scales
    'value-not-in-scale': 'error',
    'assessment-outside-horizon': 'warning',
    'assessment-after-as-of': 'warning',
    'outlook-before-assessment': 'error',
    'duplicate-assessment-year': 'error',
    'duplicate-rating': 'error',
    'assessment-without-rating': 'warning',
    'assessments-out-of-order': 'warning',
    'scale-too-small': 'error',
    'invalid-color': 'error',
    // measures
    'measure-without-goal': 'warning',
    'rejection-without-rationale': 'warning',
    'milestones-out-of-order': 'warning',
    // indicators
    'indicator-without-unit': 'warning',
    'target-contradicts-direction': 'warning',
    'measurements-out-of-order': 'warning',
    'duplicate-value': 'error',
    // evidence: amounts, periods, groups, distributions
    'range-reversed': 'error',
    'period-reversed': 'error',
    'qualifier-contradicts-direction': 'warning',
    'value-without-date': 'error',
    'forecast-without-source': 'warning',
    'group-without-dimension': 'error',
    'group-not-in-dimension': 'error',
    'distribution-without-scale': 'error',
    'share-out-of-range': 'error',
    'duplicate-share': 'error',
    'shares-do-not-add-up': 'warning',
    // transcription: citations into a text, urgency
    'citation-passage-not-found': 'warning',
    'urgency-contradiction': 'error'
} as const satisfies Record<string, Severity>;

export type CheckCode = keyof typeof CHECKS;

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];

export function isCheckCode(value: unknown): value is CheckCode {
    return typeof value === 'string' && Object.hasOwn(CHECKS, value);
}

/** The code of a diagnostic (or a diagnostic as an editor sends it back): in its data, else its code. */
export function checkCodeOf(diagnostic: { code?: unknown; data?: unknown }): CheckCode | undefined {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
    return isCheckCode(code) ? code : undefined;
}
