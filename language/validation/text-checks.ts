import {
    AstUtils,
    isCompositeCstNode,
    type CstNode,
    type LeafCstNode,
    type ValidationAcceptor,
    type ValidationChecks
} from 'langium';
import type { Model, StratAstType } from '../generated/ast.js';
import { codePointName, controlCharacters, invalidEscapes } from '../parser/string-literal.js';
import type { StratServices } from '../strat-module.js';
import { reporter } from './report.js';

/** Checks of texts in quotes as written: their escapes and the characters they hold. */
export function textChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    /**
     * Every string literal of the file, read once: a backslash that starts no escape (`"C:\Users"`)
     * and a control character (NUL, ESC …) are reported exactly where they stand.
     */
    function checkStringLiterals(model: Model, accept: ValidationAcceptor): void {
        const root = model.$cstNode;
        if (!root) {
            return;
        }
        const text = AstUtils.getDocument(model).textDocument;
        const report = reporter(messages, accept);
        const at = (offset: number, length: number) => ({
            range: { start: text.positionAt(offset), end: text.positionAt(offset + length) }
        });
        for (const leaf of stringLiterals(root)) {
            for (const escape of invalidEscapes(leaf.text)) {
                const offset = leaf.offset + escape.offset;
                report(
                    'invalid-escape',
                    leaf.astNode,
                    { sequence: escape.sequence },
                    at(offset, escape.sequence.length),
                    { replacement: '\\' + escape.sequence }
                );
            }
            for (const control of controlCharacters(leaf.text)) {
                report(
                    'control-character',
                    leaf.astNode,
                    { character: codePointName(control.codePoint) },
                    at(leaf.offset + control.offset, 1)
                );
            }
        }
    }

    return { Model: [checkStringLiterals] };
}

/** The string literals of a text's tree, in order. */
function stringLiterals(root: CstNode): LeafCstNode[] {
    const found: LeafCstNode[] = [];
    const pending = [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
        if (isCompositeCstNode(node)) {
            for (let i = node.content.length - 1; i >= 0; i--) {
                pending.push(node.content[i]);
            }
        } else if ((node as LeafCstNode).tokenType?.name === 'STRING') {
            found.push(node as LeafCstNode);
        }
    }
    return found;
}
