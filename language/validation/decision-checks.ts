import { UriUtils, WorkspaceCache, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import {
    Decision,
    isCitation,
    isStrategy,
    type Citation,
    type DecisionReference,
    type StratAstType
} from '../generated/ast.js';
import { LABELS, type Labels } from '../i18n/labels.js';
import type { Locale } from '../i18n/locale.js';
import { decisionKey, normalizedNumber, parseDecisionNumber } from '../references/decision-numbers.js';
import {
    changedDecisions,
    decisionChanges,
    repealHit,
    type DecisionChange
} from '../references/decision-relations.js';
import type { StratServices } from '../strat-module.js';
import { Cycles, cycleText } from './cycles.js';
import { monthSpan, parseDate, yearOf, type ParsedDate } from './dates.js';
import { reporter } from './report.js';
import { workspaceDeclarations } from './workspace-declarations.js';

/** Checks of decisions and of the citations that refer to them. */
export function decisionChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;
    const declared = workspaceDeclarations(services.shared);

    /** Legacy `NN/YYYY` is a warning with its rewrite; a number in no form is an error. */
    function checkNumberForm<N extends Decision | DecisionReference>(
        node: N,
        written: string,
        property: 'name' | 'decision',
        accept: ValidationAcceptor
    ): void {
        const report = reporter(messages, accept);
        const parsed = parseDecisionNumber(written);
        if (parsed.form === 'legacy') {
            report(
                'legacy-decision-id',
                node,
                { id: written, canonical: parsed.canonical },
                { property: property as never },
                { canonical: parsed.canonical }
            );
        } else if (parsed.form === 'invalid') {
            report(
                'invalid-decision-id',
                node,
                { id: written },
                { property: property as never },
                parsed.suggestion ? { canonical: parsed.suggestion } : {}
            );
        }
    }

    function checkDecisionNumberForm(decision: Decision, accept: ValidationAcceptor): void {
        if (decision.name === undefined) {
            return; // a declaration cut short: the syntax error says so
        }
        checkNumberForm(decision, decision.name, 'name', accept);
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
        if (written) {
            checkNumberForm(reference, written, 'decision', accept);
        }
    }

    /** The changes of every decision of the workspace, read once per build. */
    const relations = new WorkspaceCache<'changes' | 'cycles', unknown>(services.shared);
    const changesOf = (id: string): DecisionChange[] | undefined =>
        (
            relations.get('changes', () =>
                decisionChanges(services.shared.workspace.LangiumDocuments.all)
            ) as Map<string, DecisionChange[]>
        ).get(id);
    const cycles = () =>
        relations.get('cycles', () => new Cycles<Decision>(changedDecisions)) as Cycles<Decision>;

    /**
     * A strategy citing a decision (or items of it) that a later decision repealed. A strategy whose
     * as-of date lies before the repeal wrote what held then, and is left alone.
     */
    function checkCitedDecisionNotRepealed(reference: DecisionReference, accept: ValidationAcceptor): void {
        const written = reference.decision.$refText;
        if (!written || !isCitation(reference.$container) || !reference.decision.ref) {
            return;
        }
        const id = decisionKey(written);
        const hit = repealHit(changesOf(id), reference.items);
        if (!hit) {
            return;
        }
        const repealDate = parseDate(hit.change.by.date);
        const asOf = parseDate(AstUtils.getContainerOfType(reference, isStrategy)?.asOf);
        if (asOf && repealDate && definitelyBefore(asOf, repealDate)) {
            return;
        }
        const shown = normalizedNumber(reference.decision.ref.name) ?? id;
        const date = hit.change.by.date;
        reporter(messages, accept)(
            'repealed-decision-cited',
            reference,
            {
                cited: inBothLanguages(labels => labels.citedPart(shown, hit.items)),
                by: hit.change.byNumber,
                date: date !== undefined ? String(date) : inBothLanguages(labels => labels.dateNotRecorded)
            },
            { property: 'decision' },
            { by: hit.change.byId }
        );
    }

    /** `2025/02 item 7` where the catalogue records the items of 2025/02 and 7 is not among them. */
    function checkCitedItemsExist(reference: DecisionReference, accept: ValidationAcceptor): void {
        const decision = reference.decision.ref;
        if (!decision || decision.items.length === 0) {
            return;
        }
        const known = decision.items.map(i => i.number);
        reference.items.forEach((item, index) => {
            if (!known.includes(item)) {
                reporter(messages, accept)(
                    'unknown-decision-item',
                    reference,
                    {
                        id: normalizedNumber(decision.name) ?? decision.name,
                        item,
                        items: known.join(', ')
                    },
                    { property: 'items', index }
                );
            }
        });
    }

    /** `2025/01 amends 2022/43` and `2022/43 amends 2025/01`: each changes the other. */
    function checkNoAmendmentCycle(decision: Decision, accept: ValidationAcceptor): void {
        if (!decision.name) {
            return;
        }
        const cycle = cycles().through(decision);
        if (!cycle) {
            return;
        }
        const references = [...decision.amends, ...decision.repeals];
        const reference = references.find(r => r.decision.ref === cycle.second) ?? references[0];
        const name = (d: Decision) => normalizedNumber(d.name) ?? d.name;
        reporter(messages, accept)(
            'amendment-cycle',
            reference,
            { id: name(decision), cycle: cycleText(cycle, name) },
            { property: 'decision' }
        );
    }

    /** `evolves 2023/42, 2023/42`: one citation names a decision twice. */
    function checkNoDuplicateCitation(citation: Citation, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const reference of citation.decisions) {
            const key = decisionKey(reference.decision.$refText) + ' ' + reference.items.join(',');
            if (seen.has(key)) {
                reporter(messages, accept)(
                    'duplicate-citation',
                    reference,
                    { id: decisionKey(reference.decision.$refText) },
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
            checkDecisionTakenByBody,
            checkNoAmendmentCycle
        ],
        DecisionReference: [checkCitedNumberForm, checkCitedDecisionNotRepealed, checkCitedItemsExist],
        Citation: [checkNoDuplicateCitation]
    };
}

/** Whether `a` lies before `b` whatever days the less precise of the two stands for. */
function definitelyBefore(a: ParsedDate, b: ParsedDate): boolean {
    if (a.period || b.period) {
        return monthSpan(a).last < monthSpan(b).first;
    }
    if (a.year !== b.year) {
        return a.year < b.year;
    }
    if (a.month === undefined || b.month === undefined || a.month !== b.month) {
        return a.month !== undefined && b.month !== undefined && a.month < b.month;
    }
    return a.day !== undefined && b.day !== undefined && a.day < b.day;
}

/** Words of the labels as a message argument: in both languages, put into one where output is made. */
function inBothLanguages(say: (labels: Labels) => string): Record<Locale, string> {
    return { de: say(LABELS.de), en: say(LABELS.en) };
}
