import { CstUtils, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { isModel, isStrategy } from '../generated/ast.js';
import { entryStartedBy } from './entries.js';
import { applyTextEdits, type TextEdit } from './text-edits.js';

export type { Position, Range, TextEdit } from './text-edits.js';

export interface FormatOptions {
    /** One level of indentation; four spaces by default. */
    indent?: string;
}

/**
 * The canonical layout as edits of the whitespace between tokens: one entry per line, blocks
 * indented, a blank line around declarations with a block in strategies and at top level, one space
 * between the words of an entry, comments kept where they are. Only whitespace changes, so no
 * character of content can be lost; a document with syntax errors is left as it is (undefined).
 */
export function formatEdits(document: LangiumDocument, options: FormatOptions = {}): TextEdit[] | undefined {
    const { parseResult, textDocument } = document;
    if (
        parseResult.lexerErrors.length > 0 ||
        parseResult.parserErrors.length > 0 ||
        !parseResult.value.$cstNode
    ) {
        return undefined;
    }
    const text = textDocument.getText();
    // the text's own line ends, CR alone (old Mac files) included
    const eol = text.includes('\r\n') ? '\r\n' : !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
    const indentUnit = options.indent ?? '    ';
    const leaves = CstUtils.flattenCst(parseResult.value.$cstNode).toArray();
    const gaps = layoutGaps(leaves, text, eol, indentUnit);
    const edits: TextEdit[] = [];
    let previousEnd = 0;
    leaves.forEach((leaf, index) => {
        addEdit(edits, textDocument, text, previousEnd, leaf.offset, gaps[index]);
        previousEnd = leaf.end;
    });
    addEdit(edits, textDocument, text, previousEnd, text.length, leaves.length > 0 ? eol : '');
    return edits;
}

const LINE_BREAK = /\r\n|\r|\n/;
const LINE_BREAKS = /\r\n|\r|\n/g;

/** Applies edits (such as formatEdits gives) to the document's text. */
export function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const { textDocument } = document;
    return applyTextEdits(textDocument.getText(), edits, position => textDocument.offsetAt(position));
}

function addEdit(
    edits: TextEdit[],
    textDocument: LangiumDocument['textDocument'],
    text: string,
    start: number,
    end: number,
    newText: string
): void {
    if (text.slice(start, end) !== newText) {
        edits.push({
            range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) },
            newText
        });
    }
}

/** The whitespace to put before each leaf. */
function layoutGaps(leaves: readonly LeafCstNode[], text: string, eol: string, indentUnit: string): string[] {
    const gaps: string[] = [];
    const lastEntryWasDeclarationBlock: boolean[] = [];
    const entries = new Map<LeafCstNode, CstNode | undefined>();
    const entryOf = (leaf: LeafCstNode) => {
        if (!entries.has(leaf)) {
            entries.set(leaf, entryStartedBy(leaf));
        }
        return entries.get(leaf);
    };
    let depth = 0;
    let previous: LeafCstNode | undefined;
    let previousToken: LeafCstNode | undefined;
    const newlines = (count: number) => eol.repeat(count) + indentUnit.repeat(depth);

    /** Line breaks before an entry (or the comments leading it): a blank line around declaration blocks. */
    const entryBreaks = (entry: CstNode, originalBreaks: number) => {
        const afterOpen = previousToken?.text === '{';
        const forced =
            !afterOpen &&
            previousToken !== undefined &&
            (isDeclarationBlock(entry) || lastEntryWasDeclarationBlock[depth] === true);
        const kept = !afterOpen && originalBreaks >= 2;
        return forced || kept ? 2 : 1;
    };

    leaves.forEach((leaf, index) => {
        const original = previous ? text.slice(previous.end, leaf.offset) : '';
        const originalBreaks = (original.match(LINE_BREAKS) ?? []).length;
        const afterLineComment = previous?.hidden === true && previous.text.startsWith('//');
        const afterStandaloneComment =
            previous?.hidden === true && LINE_BREAK.test(gaps[gaps.length - 1] ?? '');
        let gap: string;
        if (!previous) {
            gap = '';
        } else if (leaf.hidden) {
            if (originalBreaks === 0 && !afterLineComment) {
                gap = ' ';
            } else if (afterStandaloneComment || previous.text === '{') {
                gap = newlines(Math.min(originalBreaks, 2) || 1);
            } else {
                const next = leaves.slice(index + 1).find(l => !l.hidden);
                const entry = next && next.text !== '}' ? entryOf(next) : undefined;
                gap = newlines(entry ? entryBreaks(entry, originalBreaks) : Math.min(originalBreaks, 2) || 1);
            }
        } else if (leaf.text === '}') {
            depth = Math.max(0, depth - 1);
            gap = newlines(1);
        } else {
            const entry = entryOf(leaf);
            if (entry) {
                gap = newlines(
                    afterStandaloneComment
                        ? Math.min(originalBreaks, 2) || 1
                        : entryBreaks(entry, originalBreaks)
                );
                lastEntryWasDeclarationBlock[depth] = isDeclarationBlock(entry);
            } else if (afterLineComment) {
                gap = newlines(1) + indentUnit;
            } else if (leaf.text === ',' || leaf.text === '.' || previous.text === '.') {
                gap = '';
            } else {
                gap = ' ';
            }
        }
        if (!leaf.hidden) {
            if (leaf.text === '{') {
                depth++;
                lastEntryWasDeclarationBlock[depth] = false;
            }
            previousToken = leaf;
        }
        gaps.push(gap);
        previous = leaf;
    });
    return gaps;
}

/** A top-level element or strategy member written with a block: it gets blank lines around it. */
function isDeclarationBlock(entry: CstNode): boolean {
    const node: AstNode = entry.astNode;
    if (
        node.$cstNode !== entry &&
        !(node.$cstNode && node.$cstNode.offset === entry.offset && node.$cstNode.end === entry.end)
    ) {
        return false;
    }
    if (!isModel(node.$container) && !isStrategy(node.$container)) {
        return false;
    }
    return CstUtils.flattenCst(entry).some(
        leaf => !leaf.hidden && leaf.text === '{' && leaf.astNode === node
    );
}
