import { CstUtils, type AstNode, type CstNode } from 'langium';

const LINE_COMMENT = 'SL_COMMENT';
const BLOCK_COMMENT = 'ML_COMMENT';

/**
 * The comment written directly above a declaration, as its author's note on it (the catalogue says
 * there why a decision has no title): the `//` lines or the `/* … *\/` block that end on the line
 * before the declaration, each on a line of its own. A comment after code on its line, or one
 * separated by a blank line, belongs to something else.
 */
export function declarationComment(node: AstNode): string | undefined {
    const cst = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const text = cst.root.fullText;
    const lines: string[] = [];
    let next: CstNode = cst;
    for (;;) {
        const previous = CstUtils.getPreviousNode(next, true);
        if (!previous || !isComment(previous) || previous.range.end.line !== next.range.start.line - 1) {
            break;
        }
        if (!standsAlone(text, previous.offset)) {
            break;
        }
        lines.unshift(...commentLines(previous));
        if (previous.tokenType.name === BLOCK_COMMENT) {
            break;
        }
        next = previous;
    }
    const comment = lines.join(' ').replace(/\s+/g, ' ').trim();
    return comment.length > 0 ? comment : undefined;
}

function isComment(node: CstNode): node is CstNode & { tokenType: { name: string } } {
    return CstUtils.isCommentNode(node, [LINE_COMMENT, BLOCK_COMMENT]);
}

/** Only blanks between the start of the line and the comment. */
function standsAlone(text: string, offset: number): boolean {
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    return text.slice(lineStart, offset).trim() === '';
}

function commentLines(node: CstNode): string[] {
    if ((node as { tokenType?: { name: string } }).tokenType?.name === LINE_COMMENT) {
        return [node.text.replace(/^\/\/+\s?/, '')];
    }
    return node.text
        .replace(/^\/\*+/, '')
        .replace(/\*+\/$/, '')
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(/^\s*\*?\s?/, ''));
}
