import {
    AstUtils,
    GrammarUtils,
    UriUtils,
    isCompositeCstNode,
    type AstNode,
    type CstNode,
    type ValidationAcceptor,
    type ValidationChecks
} from 'langium';
import { GrammarAST } from 'langium';

const { isAssignment, isKeyword } = GrammarAST;
import { Actor, Scale, Strategy, isModel, type StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { term } from '../i18n/messages.js';
import { reporter } from './report.js';
import { workspaceDeclarations } from './workspace-declarations.js';

/** Checks of identifiers, titles and the shape of blocks. */
export function nameChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;
    const declared = workspaceDeclarations(services.shared);
    const locator = services.workspace.AstNodeLocator;
    const singleEntriesOnce = typesWithSingleEntriesOnce(services.Grammar);

    /**
     * Siblings in one block (members of a strategy, needs of a stakeholder, values of a scale …) need
     * distinct names.
     */
    function checkUniqueNamesAmongSiblings(node: AstNode, accept: ValidationAcceptor): void {
        if (isModel(node)) {
            return; // top-level names are unique across the workspace, checked below
        }
        const seen = new Map<string, AstNode>();
        for (const child of AstUtils.streamContents(node)) {
            const name = nameOf(child);
            if (name === undefined) {
                continue;
            }
            const first = seen.get(name);
            if (!first) {
                seen.set(name, child);
                continue;
            }
            const line =
                (GrammarUtils.findNodeForProperty(first.$cstNode, 'name')?.range.start.line ?? 0) + 1;
            const sameKind = first.$type === child.$type;
            reporter(messages, accept)(
                'duplicate-id',
                child,
                { kind: term(child.$type), name, line, otherKind: term(first.$type) },
                { property: 'name' as never },
                {},
                sameKind ? undefined : 'otherKind'
            );
        }
    }

    /**
     * Strategies, actors and top-level scales are visible in the whole workspace, so their names must be
     * unique there.
     */
    function checkUniqueInWorkspace(node: Strategy | Actor | Scale, accept: ValidationAcceptor): void {
        if (!isModel(node.$container) || !node.name) {
            return;
        }
        const declarations = declared.named(node.$type, node.name);
        if (declarations.length < 2) {
            return;
        }
        const self = AstUtils.getDocument(node).uri.toString();
        const path = locator.getAstNodePath(node);
        const others = declarations.filter(d => d.documentUri.toString() !== self || d.path !== path);
        if (others.length === 0) {
            return;
        }
        // sorted, so that the message does not depend on the order in which files were indexed
        const other = others
            .map(d => `${UriUtils.basename(d.documentUri)}:${(d.nameSegment?.range.start.line ?? 0) + 1}`)
            .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
            .join(', ');
        reporter(messages, accept)(
            'duplicate-id',
            node,
            { kind: term(node.$type), name: node.name, other },
            { property: 'name' },
            {},
            'workspace'
        );
    }

    function checkTitleNotEmpty(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of ['title', 'label'] as const) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (typeof value === 'string' && BLANK.test(value)) {
                reporter(messages, accept)('empty-title', node, {}, { property: property as never });
            }
        }
    }

    /** The assignment each grammar element feeds, looked up once per element. */
    const feeds = new Map<GrammarAST.AbstractElement, GrammarAST.Assignment | undefined>();
    const assignmentFed = (element: GrammarAST.AbstractElement | undefined) => {
        if (!element) {
            return undefined;
        }
        if (!feeds.has(element)) {
            feeds.set(element, assignmentOf(element));
        }
        return feeds.get(element);
    };

    /** Blocks take their entries in any order; an entry that holds one value must not appear twice. */
    function checkSingleValuedEntriesOnce(node: AstNode, accept: ValidationAcceptor): void {
        const root = node.$cstNode;
        if (!root || singleEntriesOnce.has(node.$type) || !isCompositeCstNode(root)) {
            return;
        }
        const seen = new Set<string>();
        let keyword: CstNode | undefined;
        // the node's text in order, without the text of contained elements (all of which belongs to
        // them; a leaf belongs to the element of the nearest node above it)
        const pending = [...root.content].reverse();
        for (let cst = pending.pop(); cst; cst = pending.pop()) {
            if (isCompositeCstNode(cst)) {
                if (cst.astNode !== node) {
                    continue;
                }
                for (let i = cst.content.length - 1; i >= 0; i--) {
                    pending.push(cst.content[i]);
                }
            }
            const assignment = assignmentFed(cst.grammarSource);
            if (!assignment) {
                if (isKeyword(cst.grammarSource)) {
                    keyword = cst;
                }
                continue;
            }
            if (assignment.operator === '+=') {
                continue;
            }
            if (seen.has(assignment.feature)) {
                const start = keyword && keyword.end <= cst.offset ? keyword.range.start : cst.range.start;
                reporter(messages, accept)(
                    'duplicate-property',
                    node,
                    { property: keyword?.text ?? assignment.feature },
                    { range: { start, end: cst.range.end } }
                );
            }
            seen.add(assignment.feature);
        }
    }

    return {
        AstNode: [checkUniqueNamesAmongSiblings, checkTitleNotEmpty, checkSingleValuedEntriesOnce],
        Strategy: [checkUniqueInWorkspace],
        Actor: [checkUniqueInWorkspace],
        Scale: [checkUniqueInWorkspace]
    };
}

/** Nothing a reader could see: white space, format characters such as U+200B, control characters. */
const BLANK = /^[\s\p{Z}\p{Cf}\p{Cc}]*$/u;

function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' && name.length > 0 ? name : undefined;
}

/**
 * The types whose rule cannot hold an entry with one value twice: each such assignment appears once
 * in the rule and not inside a repetition (a text, a rating, a citation, a decision reference …).
 * Their nodes need not be searched for repeated entries.
 */
function typesWithSingleEntriesOnce(grammar: GrammarAST.Grammar): Set<string> {
    const types = new Set<string>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule)) {
            continue;
        }
        const sites = new Map<string, number>();
        let assigns = false;
        let repeated = false;
        visitAssignments(rule.definition, false, (assignment, inRepetition) => {
            assigns = true;
            if (assignment.operator !== '+=') {
                sites.set(assignment.feature, (sites.get(assignment.feature) ?? 0) + 1);
                repeated ||= inRepetition;
            }
        });
        // a rule without assignments makes no node of its own (a data type rule, a choice of rules)
        if (assigns && !repeated && [...sites.values()].every(count => count === 1)) {
            types.add(GrammarUtils.getRuleTypeName(rule));
        }
    }
    return types;
}

/** The assignments in a rule's definition, each with whether it stands in a repetition. */
function visitAssignments(
    element: GrammarAST.AbstractElement,
    inRepetition: boolean,
    visit: (assignment: GrammarAST.Assignment, inRepetition: boolean) => void
): void {
    const repeats = inRepetition || element.cardinality === '*' || element.cardinality === '+';
    if (isAssignment(element)) {
        visit(element, repeats);
        return; // what an assignment takes holds no assignments
    }
    // groups, alternatives and unordered groups hold elements; the other elements hold no assignments
    for (const child of (element as { elements?: GrammarAST.AbstractElement[] }).elements ?? []) {
        visitAssignments(child, repeats, visit);
    }
}

/** The assignment that a grammar element directly feeds (not one of an enclosing group or rule). */
function assignmentOf(element: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment | undefined {
    let current: AstNode | undefined = element;
    while (current && !isAssignment(current)) {
        if (
            GrammarAST.isGroup(current) ||
            GrammarAST.isParserRule(current) ||
            GrammarAST.isUnorderedGroup(current)
        ) {
            return undefined;
        }
        current = current.$container;
    }
    return current;
}
