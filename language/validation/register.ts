import type { ValidationChecks } from 'langium';
import type { StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';

/** Registers every check group with Langium's validation registry. */
export function registerValidationChecks(services: StratServices): void {
    const registry = services.validation.ValidationRegistry;
    const groups: Array<ValidationChecks<StratAstType>> = [];
    for (const checks of groups) {
        registry.register(checks);
    }
}
