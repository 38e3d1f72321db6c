import type { DiagnosticRecord } from '../diagnostic-records.js';

/** A finding in GitLab's Code Quality report (a subset of the Code Climate issue format). */
export interface CodeQualityIssue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
    location: { path: string; lines: { begin: number } };
}

const SEVERITIES = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;

/**
 * GitLab's Code Quality report: GitLab shows its findings in the merge request's widget and diff.
 * Paths are relative to the folder strat ran in, which in CI is the repository root.
 */
export function gitlabCodeQuality(
    records: readonly DiagnosticRecord[],
    fingerprints: readonly string[]
): CodeQualityIssue[] {
    return records.map((record, index) => ({
        description: record.message,
        check_name: record.code,
        fingerprint: fingerprints[index],
        severity: SEVERITIES[record.severity],
        location: { path: record.file, lines: { begin: record.line } }
    }));
}
