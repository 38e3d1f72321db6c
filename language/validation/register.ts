import type { StratServices } from '../strat-module.js';
import { assessmentChecks } from './assessment-checks.js';
import { decisionChecks } from './decision-checks.js';
import { goalChecks } from './goal-checks.js';
import { indicatorChecks } from './indicator-checks.js';
import { literalChecks } from './literal-checks.js';
import { measureChecks } from './measure-checks.js';
import { nameChecks } from './name-checks.js';
import { scaleChecks } from './scale-checks.js';
import { strategyChecks } from './strategy-checks.js';

/** Registers every check group with Langium's validation registry. */
export function registerValidationChecks(services: StratServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const group of [
        decisionChecks, nameChecks, literalChecks, strategyChecks, goalChecks,
        assessmentChecks, scaleChecks, measureChecks, indicatorChecks
    ]) {
        registry.register(group(services));
    }
}
