import type { LangiumDocument, LangiumDocumentFactory, TextDocumentProvider } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentRangeFormattingParams,
    Range,
    TextEdit
} from 'vscode-languageserver';
import { formatEdits } from '../language/formatting/format-document.js';
import { currentText, isStale } from './workspace/stale-documents.js';

/** The language's canonical layout, for "Format Document" and "Format Selection". */
export class StratFormatter implements Formatter {
    constructor(
        private readonly documentFactory: LangiumDocumentFactory,
        private readonly textDocuments?: TextDocumentProvider
    ) {}

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return formatEdits(this.current(document), { indent: indentOf(params.options) }) ?? [];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const edits = formatEdits(this.current(document), { indent: indentOf(params.options) }) ?? [];
        return edits.filter(edit => within(edit.range, params.range));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions() {
        return undefined;
    }

    /**
     * The document parsed from the editor's current text (a request may come before the rebuild after a
     * change).
     */
    private current(document: LangiumDocument): LangiumDocument {
        return isStale(document, this.textDocuments)
            ? this.documentFactory.fromString(currentText(document, this.textDocuments), document.uri)
            : document;
    }
}

/** The widest indentation a tab size may ask for; larger sizes (and 0, negative or no number) are clamped. */
const MAX_TAB_SIZE = 16;

/**
 * The indentation for the editor's options. Any number an editor sends is taken: a tab size that
 * is not a whole number from 1 to MAX_TAB_SIZE is rounded and clamped, a missing one means 4.
 */
export function indentOf(options: { tabSize: unknown; insertSpaces: unknown }): string {
    if (!options.insertSpaces) {
        return '\t';
    }
    const size =
        typeof options.tabSize === 'number' && Number.isFinite(options.tabSize) ? options.tabSize : 4;
    return ' '.repeat(Math.min(MAX_TAB_SIZE, Math.max(1, Math.round(size))));
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) =>
        a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}
