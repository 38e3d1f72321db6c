import {
    isOperationCancelled,
    type AstNode,
    type Cancellation,
    type ValidationAcceptor,
    type ValidationCheck,
    type ValidationChecks
} from 'langium';
import type { StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { assessmentChecks } from './assessment-checks.js';
import { decisionChecks } from './decision-checks.js';
import { goalChecks } from './goal-checks.js';
import { evidenceChecks } from './evidence-checks.js';
import { fidelityChecks } from './fidelity-checks.js';
import { indicatorChecks } from './indicator-checks.js';
import { literalChecks } from './literal-checks.js';
import { measureChecks } from './measure-checks.js';
import { nameChecks } from './name-checks.js';
import { scaleChecks } from './scale-checks.js';
import { strategyChecks } from './strategy-checks.js';
import { textChecks } from './text-checks.js';

/**
 * Registers every check group with Langium's validation registry, as one check of every node that
 * runs the checks of the node's type (in the order of the groups) and then those of every node.
 * Registered one by one, each check of each node ran as two promises of its own (Langium's error
 * wrapper), which cost more than most checks; a failing check is still reported on its node, as
 * Langium does, and the others still run.
 */
export function registerValidationChecks(services: StratServices): void {
    const reflection = services.shared.AstReflection;
    const ofType = new Map<string, ValidationCheck[]>();
    const ofEveryNode: ValidationCheck[] = [];
    for (const group of [
        decisionChecks,
        nameChecks,
        literalChecks,
        textChecks,
        strategyChecks,
        goalChecks,
        assessmentChecks,
        scaleChecks,
        measureChecks,
        indicatorChecks,
        evidenceChecks,
        fidelityChecks
    ]) {
        const checks = group(services) as Record<string, ValidationCheck | ValidationCheck[] | undefined>;
        for (const [type, entry] of Object.entries(checks)) {
            const list = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
            if (type === 'AstNode') {
                ofEveryNode.push(...list);
                continue;
            }
            for (const subtype of reflection.getAllSubTypes(type)) {
                ofType.set(subtype, [...(ofType.get(subtype) ?? []), ...list]);
            }
        }
    }
    const byType = new Map<string, ValidationCheck[]>();
    const checksOf = (type: string) => {
        let checks = byType.get(type);
        if (!checks) {
            checks = [...(ofType.get(type) ?? []), ...ofEveryNode];
            byType.set(type, checks);
        }
        return checks;
    };
    const all: ValidationChecks<StratAstType> = {
        AstNode: (node, accept, cancelToken) => runChecks(checksOf(node.$type), node, accept, cancelToken)
    };
    services.validation.ValidationRegistry.register(all);
}

const CONTEXT = 'An error occurred during validation';

/** Runs the checks of a node; only when a check returns a promise does the node wait for it. */
function runChecks(
    checks: readonly ValidationCheck[],
    node: AstNode,
    accept: ValidationAcceptor,
    cancelToken: Cancellation.CancellationToken
): void | Promise<void> {
    let pending: Array<Promise<void>> | undefined;
    for (const check of checks) {
        try {
            const result = check(node, accept, cancelToken);
            if (result instanceof Promise) {
                (pending ??= []).push(result.catch(error => failed(error, node, accept)));
            }
        } catch (error) {
            failed(error, node, accept);
        }
    }
    return pending ? Promise.all(pending).then(() => undefined) : undefined;
}

/** What Langium does when a check throws: log it, and report it on the node. */
function failed(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
    if (isOperationCancelled(error)) {
        throw error;
    }
    console.error(`${CONTEXT}:`, error);
    if (error instanceof Error && error.stack) {
        console.error(error.stack);
    }
    accept('error', `${CONTEXT}: ${error instanceof Error ? error.message : String(error)}`, { node });
}
