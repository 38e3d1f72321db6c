import { GrammarAST, type AstNode, type CstNode, type LeafCstNode } from 'langium';

/**
 * Where a new line starts in the canonical layout: at every entry of a block (`{ … }` body) and at
 * every top-level element. An entry is found from the grammar: the leaf begins an alternative of a
 * repeated group that directly follows a `{`, or of the document's top-level repetition.
 */
export function entryStartedBy(leaf: LeafCstNode): CstNode | undefined {
    let cst: CstNode | undefined = leaf;
    while (cst) {
        let element: AstNode | undefined = cst.grammarSource;
        while (element) {
            if (isBlockLoop(element)) {
                return cst;
            }
            const container: AstNode | undefined = element.$container;
            if (!container || GrammarAST.isParserRule(container)) {
                break;
            }
            if (GrammarAST.isAlternatives(container) && isBlockLoop(container)) {
                return cst;
            }
            if (GrammarAST.isGroup(container) && container.elements[0] !== element) {
                return undefined;
            }
            element = container;
        }
        const parent: CstNode | undefined = cst.container;
        if (!parent || firstLeaf(parent) !== leaf) {
            return undefined;
        }
        cst = parent;
    }
    return undefined;
}

function isBlockLoop(element: AstNode): boolean {
    const cardinality = (element as { cardinality?: string }).cardinality;
    if (cardinality !== '*' && cardinality !== '+') {
        return false;
    }
    const container = element.$container;
    if (GrammarAST.isParserRule(container)) {
        return true; // the document's top-level repetition
    }
    if (GrammarAST.isGroup(container)) {
        const index = container.elements.indexOf(element as GrammarAST.AbstractElement);
        const previous = container.elements[index - 1];
        return GrammarAST.isKeyword(previous) && previous.value === '{';
    }
    return false;
}

function firstLeaf(node: CstNode): LeafCstNode | undefined {
    if ('content' in node) {
        for (const child of (node as { content: CstNode[] }).content) {
            const leaf = firstLeaf(child);
            if (leaf) {
                return leaf;
            }
        }
        return undefined;
    }
    return (node as LeafCstNode).hidden ? undefined : (node as LeafCstNode);
}
