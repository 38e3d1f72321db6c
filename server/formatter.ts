import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import { formatEdits } from '../language/formatting/format-document.js';

/** The language's canonical layout, for "Format Document" and "Format Selection". */
export class StratFormatter implements Formatter {
    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return formatEdits(document, { indent: indentOf(params.options) }) ?? [];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const edits = formatEdits(document, { indent: indentOf(params.options) }) ?? [];
        return edits.filter(edit => within(edit.range, params.range));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions() {
        return undefined;
    }
}

function indentOf(options: { tabSize: number; insertSpaces: boolean }): string {
    return options.insertSpaces ? ' '.repeat(options.tabSize || 4) : '\t';
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}
