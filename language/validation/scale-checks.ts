import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Scale, StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { reporter } from './report.js';

/** Checks of declared scales (values must be distinct — see the name checks — and at least two). */
export function scaleChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkScaleHasValues(scale: Scale, accept: ValidationAcceptor): void {
        if (scale.values.length < 2 && scale.name !== undefined) {
            reporter(messages, accept)('scale-too-small', scale, { name: scale.name }, { property: 'name' });
        }
    }

    return {
        Scale: [checkScaleHasValues]
    };
}
