import { AstUtils, CstUtils, type AstNode, type CstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { GrammarAST } from 'langium';

const { isAssignment, isKeyword } = GrammarAST;
import {
    Actor, Scale, Strategy, isModel, type StratAstType
} from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { reporter } from './report.js';

/** Checks of identifiers, titles and the shape of blocks. */
export function nameChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;
    const index = services.shared.workspace.IndexManager;
    const locator = services.workspace.AstNodeLocator;

    /** Siblings in one block (members of a strategy, needs of a stakeholder, values of a scale …) need distinct names. */
    function checkUniqueNamesAmongSiblings(node: AstNode, accept: ValidationAcceptor): void {
        if (isModel(node)) {
            return; // top-level names are unique across the workspace, checked below
        }
        const seen = new Set<string>();
        for (const child of AstUtils.streamContents(node)) {
            const name = nameOf(child);
            if (name === undefined) {
                continue;
            }
            if (seen.has(name)) {
                reporter(messages, accept)('duplicate-id', child, { kind: messages.term(child.$type), name }, { property: 'name' as never });
            }
            seen.add(name);
        }
    }

    /** Strategies, actors and top-level scales are visible in the whole workspace, so their names must be unique there. */
    function checkUniqueInWorkspace(node: Strategy | Actor | Scale, accept: ValidationAcceptor): void {
        if (!isModel(node.$container) || !node.name) {
            return;
        }
        const self = AstUtils.getDocument(node).uri.toString();
        const path = locator.getAstNodePath(node);
        const clash = index.allElements(node.$type)
            .some(d => d.name === node.name && (d.documentUri.toString() !== self || d.path !== path));
        if (clash) {
            reporter(messages, accept)('duplicate-id', node, { kind: messages.term(node.$type), name: node.name }, { property: 'name' });
        }
    }

    function checkTitleNotEmpty(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of ['title', 'label'] as const) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (typeof value === 'string' && value.trim() === '') {
                reporter(messages, accept)('empty-title', node, {}, { property: property as never });
            }
        }
    }

    /** Blocks take their entries in any order; an entry that holds one value must not appear twice. */
    function checkSingleValuedEntriesOnce(node: AstNode, accept: ValidationAcceptor): void {
        const root = node.$cstNode;
        if (!root) {
            return;
        }
        const seen = new Set<string>();
        let keyword: CstNode | undefined;
        for (const cst of CstUtils.streamCst(root)) {
            if (cst === root || cst.astNode !== node) {
                continue;
            }
            const assignment = assignmentOf(cst.grammarSource);
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
                reporter(messages, accept)('duplicate-property', node, { property: keyword?.text ?? assignment.feature }, { range: { start, end: cst.range.end } });
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

function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' && name.length > 0 ? name : undefined;
}


/** The assignment that a grammar element directly feeds (not one of an enclosing group or rule). */
function assignmentOf(element: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment | undefined {
    let current: AstNode | undefined = element;
    while (current && !isAssignment(current)) {
        if (GrammarAST.isGroup(current) || GrammarAST.isParserRule(current) || GrammarAST.isUnorderedGroup(current)) {
            return undefined;
        }
        current = current.$container;
    }
    return current;
}
