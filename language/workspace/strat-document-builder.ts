import { DefaultDocumentBuilder, URI, type LangiumDocument } from 'langium';
import { isActor, isDecision, isModel, isScale } from '../generated/ast.js';

/**
 * Decisions, actors and top-level scales are declared once in the whole workspace, so the
 * `duplicate-*` findings of one catalogue depend on the others. When a file with such declarations
 * changes, the other files with such declarations are checked again too; other files are not.
 */
export class StratDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        if (!declaresCatalogueEntries(document)) {
            return false;
        }
        for (const uri of changedUris) {
            const changed = this.langiumDocuments.getDocument(URI.parse(uri));
            if (!changed || declaresCatalogueEntries(changed)) {
                return true;
            }
        }
        return false;
    }
}

function declaresCatalogueEntries(document: LangiumDocument): boolean {
    const root = document.parseResult?.value;
    return isModel(root) && root.elements.some(e => isDecision(e) || isActor(e) || isScale(e));
}
