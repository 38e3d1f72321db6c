import { CstUtils, type CstNode, type LangiumDocument } from 'langium';
import type { Position, SelectionRange } from 'vscode-languageserver';

/** Expand selection: the token, then each enclosing element of the syntax tree, outwards. */
export function selectionRanges(document: LangiumDocument, positions: readonly Position[]): SelectionRange[] {
    const root = document.parseResult.value.$cstNode;
    return positions.map(position => {
        const offset = document.textDocument.offsetAt(position);
        let node: CstNode | undefined = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        const ranges = [];
        while (node) {
            const last = ranges[ranges.length - 1];
            if (
                !last ||
                last.start.line !== node.range.start.line ||
                last.start.character !== node.range.start.character ||
                last.end.line !== node.range.end.line ||
                last.end.character !== node.range.end.character
            ) {
                ranges.push(node.range);
            }
            node = node.container;
        }
        let result: SelectionRange | undefined;
        for (const range of ranges.reverse()) {
            result = { range, parent: result };
        }
        return result ?? { range: { start: position, end: position } };
    });
}
