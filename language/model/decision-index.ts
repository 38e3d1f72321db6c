import { AstUtils, type LangiumDocument } from 'langium';
import {
    isCitation,
    isDecision,
    isDecisionReference,
    isModel,
    type Decision,
    type DecisionReference
} from '../generated/ast.js';
import { decisionKey } from '../references/decision-numbers.js';
import {
    decisionChanges,
    statusOf,
    type DecisionChange,
    type DecisionStatus
} from '../references/decision-relations.js';

export type CitationKind = 'evolves' | 'covered-by' | 'commissioned-by' | 'adopted-by' | 'cites';

export interface SourcePosition {
    document: LangiumDocument;
    /** 0-based. */
    line: number;
    /** 0-based. */
    character: number;
}

export interface DecisionCitation extends SourcePosition {
    kind: CitationKind;
    /** The number as written (may be the legacy form). */
    written: string;
    reference: DecisionReference;
}

export interface DecisionEntry {
    /** Canonical number `YYYY/NN`. */
    id: string;
    declaration?: Decision;
    declaredAt?: SourcePosition;
    citations: DecisionCitation[];
    /** The later decisions that amend or repeal this one, oldest first. */
    changedBy: DecisionChange[];
    status: DecisionStatus;
}

/** Every decision that is declared or cited in the documents, with all its citations, by number. */
export function buildDecisionIndex(documents: Iterable<LangiumDocument>): DecisionEntry[] {
    documents = [...documents];
    const entries = new Map<string, DecisionEntry>();
    const entry = (id: string) => {
        let existing = entries.get(id);
        if (!existing) {
            existing = { id, citations: [], changedBy: [], status: 'in-force' };
            entries.set(id, existing);
        }
        return existing;
    };
    for (const document of documents) {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            continue;
        }
        for (const node of AstUtils.streamAllContents(root)) {
            if (isDecision(node) && node.name) {
                const target = entry(decisionKey(node.name));
                if (!target.declaration) {
                    target.declaration = node;
                    target.declaredAt = positionOf(document, node.$cstNode?.range.start);
                }
            } else if (isDecisionReference(node) && isCitation(node.$container)) {
                const written = node.decision.$refText;
                if (!written) {
                    continue;
                }
                const start = node.$cstNode?.range.start;
                entry(decisionKey(written)).citations.push({
                    ...positionOf(document, start),
                    kind: node.$container.kind as CitationKind,
                    written,
                    reference: node
                });
            }
        }
    }
    for (const [id, changes] of decisionChanges(documents)) {
        const target = entry(id);
        target.changedBy = changes;
        target.status = statusOf(changes);
    }
    return [...entries.values()].sort((a, b) => compareDecisionIds(a.id, b.id));
}

function positionOf(
    document: LangiumDocument,
    start: { line: number; character: number } | undefined
): SourcePosition {
    return { document, line: start?.line ?? 0, character: start?.character ?? 0 };
}

export function compareDecisionIds(a: string, b: string): number {
    const [ay, an] = a.split('/').map(Number);
    const [by, bn] = b.split('/').map(Number);
    return ay - by || an - bn || a.localeCompare(b);
}
