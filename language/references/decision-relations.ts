import type { LangiumDocument } from 'langium';
import { isDecision, isModel, type Decision, type DecisionReference } from '../generated/ast.js';
import { decisionKey, normalizedNumber } from './decision-numbers.js';

/**
 * How decisions change each other: a later decision `amends` or `repeals` an earlier one, as a whole or
 * in named items (`repeals 2023/44 items 2 and 3`). The relations are declared on the later decision;
 * this module reads them the other way round, from the decision that was changed.
 */

export type ChangeKind = 'amends' | 'repeals';

export interface DecisionChange {
    kind: ChangeKind;
    /** The decision that makes the change. */
    by: Decision;
    /** Its identity `YYYY/NN`. */
    byId: string;
    /** Its number as declared (`B-2025/33-IT` stays in that form). */
    byNumber: string;
    /** The changed decision's identity. */
    target: string;
    /** The items changed; empty when the change concerns the whole decision. */
    items: number[];
    reference: DecisionReference;
}

/** `in-force`: unchanged; `amended`: amended in whole or part; `partly-repealed`: items repealed. */
export type DecisionStatus = 'in-force' | 'amended' | 'partly-repealed' | 'repealed';

/** Every change declared in the documents, by the identity of the decision it changes. */
export function decisionChanges(documents: Iterable<LangiumDocument>): Map<string, DecisionChange[]> {
    const changes = new Map<string, DecisionChange[]>();
    for (const document of documents) {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            continue;
        }
        for (const decision of root.elements) {
            if (!isDecision(decision) || !decision.name) {
                continue;
            }
            for (const change of changesDeclaredBy(decision)) {
                const list = changes.get(change.target) ?? [];
                list.push(change);
                changes.set(change.target, list);
            }
        }
    }
    for (const list of changes.values()) {
        list.sort((a, b) => (dateOf(a.by) ?? '').localeCompare(dateOf(b.by) ?? ''));
    }
    return changes;
}

/** The changes a decision declares on others, in the order written. */
export function changesDeclaredBy(decision: Decision): DecisionChange[] {
    const byId = decisionKey(decision.name);
    const byNumber = normalizedNumber(decision.name) ?? decision.name;
    const changes: DecisionChange[] = [];
    for (const [kind, references] of [
        ['amends', decision.amends],
        ['repeals', decision.repeals]
    ] as const) {
        for (const reference of references) {
            const written = reference.decision.$refText;
            if (written) {
                changes.push({
                    kind,
                    by: decision,
                    byId,
                    byNumber,
                    target: decisionKey(written),
                    items: [...reference.items],
                    reference
                });
            }
        }
    }
    return changes;
}

/** The status of a decision from the changes made to it. */
export function statusOf(
    changes: ReadonlyArray<{ kind: ChangeKind; items?: readonly number[] }> | undefined
): DecisionStatus {
    if (!changes || changes.length === 0) {
        return 'in-force';
    }
    if (changes.some(c => c.kind === 'repeals' && (c.items?.length ?? 0) === 0)) {
        return 'repealed';
    }
    return changes.some(c => c.kind === 'repeals') ? 'partly-repealed' : 'amended';
}

/**
 * The repeal that a citation of the decision (or of `items` of it) runs into: the repeal of the whole
 * decision, or of one of the cited items.
 */
export function repealHit(
    changes: readonly DecisionChange[] | undefined,
    items: readonly number[]
): { change: DecisionChange; items: number[] } | undefined {
    for (const change of changes ?? []) {
        if (change.kind !== 'repeals') {
            continue;
        }
        if (change.items.length === 0) {
            return { change, items: [] };
        }
        const hit = items.filter(item => change.items.includes(item));
        if (hit.length > 0) {
            return { change, items: hit };
        }
    }
    return undefined;
}

/** The decisions a decision changes, resolved: the edges of the amendment graph. */
export function changedDecisions(decision: Decision): Decision[] {
    return [...decision.amends, ...decision.repeals].flatMap(r => (r.decision.ref ? [r.decision.ref] : []));
}

function dateOf(decision: Decision): string | undefined {
    return decision.date === undefined ? undefined : String(decision.date);
}
