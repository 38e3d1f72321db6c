import { CstUtils, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';

const URL_PATTERN = /\b(?:https?:\/\/|mailto:)[^\s"<>\\]+[^\s"<>\\.,;:!?)\]]/g;

/** Every http(s) and mailto address inside a string is a clickable link. */
export class StratDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const links: DocumentLink[] = [];
        for (const leaf of CstUtils.flattenCst(root)) {
            if (!leaf.text.startsWith('"') && !leaf.hidden) {
                continue;
            }
            for (const match of leaf.text.matchAll(URL_PATTERN)) {
                const start = leaf.offset + match.index!;
                links.push({
                    range: {
                        start: document.textDocument.positionAt(start),
                        end: document.textDocument.positionAt(start + match[0].length)
                    },
                    target: match[0]
                });
            }
        }
        return links;
    }
}
