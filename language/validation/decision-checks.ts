import { UriUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import { Decision, type Citation, type DecisionReference, type StratAstType } from '../generated/ast.js';
import { decisionKey, parseDecisionNumber } from '../references/decision-numbers.js';
import type { StratServices } from '../strat-module.js';
import { yearOf } from './dates.js';
import { reporter } from './report.js';
import { workspaceDeclarations } from './workspace-declarations.js';

/** Checks of decisions and of the citations that refer to them. */
export function decisionChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;
    const declared = workspaceDeclarations(services.shared);

    function checkDecisionNumberForm(decision: Decision, accept: ValidationAcceptor): void {
        if (decision.name === undefined) {
            return; // a declaration cut short: the syntax error says so
        }
        const report = reporter(messages, accept);
        const parsed = parseDecisionNumber(decision.name);
        if (parsed.form === 'legacy') {
            report(
                'legacy-decision-id',
                decision,
                { id: decision.name, canonical: parsed.canonical },
                { property: 'name' },
                { canonical: parsed.canonical }
            );
        } else if (parsed.form === 'invalid') {
            report('invalid-decision-id', decision, { id: decision.name }, { property: 'name' });
        }
    }

    function checkDecisionDeclaredOnce(decision: Decision, accept: ValidationAcceptor): void {
        if (decision.name === undefined) {
            return;
        }
        const key = decisionKey(decision.name);
        const document = AstUtils.getDocument(decision);
        const declarations = declared.named(Decision.$type, key);
        if (declarations.length < 2) {
            return;
        }
        const self = document.uri.toString();
        const path = services.workspace.AstNodeLocator.getAstNodePath(decision);
        const others = declarations.filter(d => d.documentUri.toString() !== self || d.path !== path);
        // sorted, so that the message does not depend on the order in which files were indexed
        const other = others
            .map(d => `${UriUtils.basename(d.documentUri)}:${(d.nameSegment?.range.start.line ?? 0) + 1}`)
            .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
            .join(', ');
        reporter(messages, accept)('duplicate-decision', decision, { id: key, other }, { property: 'name' });
    }

    function checkDecisionDateMatchesNumber(decision: Decision, accept: ValidationAcceptor): void {
        if (decision.name === undefined) {
            return;
        }
        const parsed = parseDecisionNumber(decision.name);
        const dateYear = yearOf(decision.date);
        if (parsed.year !== undefined && dateYear !== undefined && dateYear !== parsed.year) {
            reporter(messages, accept)(
                'decision-date-mismatch',
                decision,
                { id: parsed.canonical, year: parsed.year, date: decision.date! },
                { property: 'date' }
            );
        }
    }

    function checkDecisionTakenByBody(decision: Decision, accept: ValidationAcceptor): void {
        const actor = decision.body?.ref;
        if (actor && actor.kind !== 'body') {
            reporter(messages, accept)(
                'decision-by-non-body',
                decision,
                { actor: actor.name },
                { property: 'body' }
            );
        }
    }

    function checkCitedNumberForm(reference: DecisionReference, accept: ValidationAcceptor): void {
        const written = reference.decision.$refText;
        if (!written) {
            return;
        }
        const parsed = parseDecisionNumber(written);
        const report = reporter(messages, accept);
        if (parsed.form === 'legacy') {
            report(
                'legacy-decision-id',
                reference,
                { id: written, canonical: parsed.canonical },
                { property: 'decision' },
                { canonical: parsed.canonical }
            );
        } else if (parsed.form === 'invalid') {
            report('invalid-decision-id', reference, { id: written }, { property: 'decision' });
        }
    }

    /** `evolves 2023/42, 2023/42`: one citation names a decision twice. */
    function checkNoDuplicateCitation(citation: Citation, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const reference of citation.decisions) {
            const key = decisionKey(reference.decision.$refText);
            if (seen.has(key)) {
                reporter(messages, accept)(
                    'duplicate-citation',
                    reference,
                    { id: key },
                    { property: 'decision' }
                );
            }
            seen.add(key);
        }
    }

    return {
        Decision: [
            checkDecisionNumberForm,
            checkDecisionDeclaredOnce,
            checkDecisionDateMatchesNumber,
            checkDecisionTakenByBody
        ],
        DecisionReference: [checkCitedNumberForm],
        Citation: [checkNoDuplicateCitation]
    };
}
