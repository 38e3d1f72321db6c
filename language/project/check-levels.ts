import type { Diagnostic } from '../workspace/diagnostic.js';
import type { CheckCode } from '../validation/codes.js';
import type { CheckLevel } from './project-config.js';

/** LSP's severity numbers (language/ does not import the protocol). */
const SEVERITY_NUMBER = { error: 1, warning: 2, info: 3 } as const;

/**
 * Applies a project's check levels to a document's findings: `off` drops them, any other level
 * replaces their severity. Syntax errors stay errors whatever the project says.
 */
export function applyCheckLevels(
    diagnostics: Diagnostic[],
    levels: Partial<Record<CheckCode, CheckLevel>> | undefined
): Diagnostic[] {
    if (!levels || Object.keys(levels).length === 0) {
        return diagnostics;
    }
    const result: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const code = String(diagnostic.code ?? '') as CheckCode;
        const level = code === 'syntax-error' ? undefined : levels[code];
        if (level === 'off') {
            continue;
        }
        result.push(level ? { ...diagnostic, severity: SEVERITY_NUMBER[level] } : diagnostic);
    }
    return result;
}
