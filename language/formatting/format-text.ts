import { CstUtils, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { applyEdits, formatEdits, type FormatOptions } from './format-document.js';

export type FormatResult =
    { status: 'formatted'; text: string; changed: boolean } | { status: 'syntax-errors' };

/** Formatting would have changed more than whitespace: the text is refused rather than altered. */
export class UnsafeFormatError extends Error {}

/**
 * Formats a whole text (the CLI's `strat format`). The result is checked token by token, comments
 * included, against the input before it is returned.
 */
export function formatText(
    shared: LangiumSharedCoreServices,
    text: string,
    uri = URI.parse('memory:///format.strat'),
    options?: FormatOptions
): FormatResult {
    const factory = shared.workspace.LangiumDocumentFactory;
    const document = factory.fromString(text, uri);
    const edits = formatEdits(document, options);
    if (!edits) {
        return { status: 'syntax-errors' };
    }
    const formatted = applyEdits(document, edits);
    if (!sameTokens(document, factory.fromString(formatted, uri))) {
        throw new UnsafeFormatError(
            'formatting would change more than whitespace; the text was left unchanged'
        );
    }
    return { status: 'formatted', text: formatted, changed: formatted !== text };
}

/** The texts of all tokens and comments, in order. */
export function tokenTexts(document: LangiumDocument): string[] {
    const root = document.parseResult.value.$cstNode;
    return root
        ? CstUtils.flattenCst(root)
              .map(leaf => leaf.text)
              .toArray()
        : [];
}

function sameTokens(a: LangiumDocument, b: LangiumDocument): boolean {
    const left = tokenTexts(a);
    const right = tokenTexts(b);
    return left.length === right.length && left.every((token, index) => token === right[index]);
}
