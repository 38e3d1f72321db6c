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
            // the change may add declarations (new text) or remove them (the last parse)
            const newText = this.textDocuments?.get(uri)?.getText();
            if (!changed || declaresCatalogueEntries(changed) || (newText !== undefined && CATALOGUE_ENTRY.test(newText))) {
                return true;
            }
        }
        return false;
    }
}

const CATALOGUE_ENTRY = /^\s*(decision|body|actor|scale)\s/m;

function declaresCatalogueEntries(document: LangiumDocument): boolean {
    const root = document.parseResult?.value;
    return isModel(root) && root.elements.some(e => isDecision(e) || isActor(e) || isScale(e));
}
