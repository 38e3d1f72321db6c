import { Cancellation, DefaultIndexManager, type LangiumDocument, type URI } from 'langium';

/**
 * Langium's index, which also keeps for every document the other documents it refers to. Whether a
 * document is affected by a change is asked for every document of the workspace on every
 * keystroke; Langium's answer went through all references of each document each time. A document
 * that is linked but whose references are not indexed (a build was stopped in between) is affected
 * when one of its links leads into a changed document; Langium's answer was no, and the document
 * kept links into the old text.
 */
export class StratIndexManager extends DefaultIndexManager {
    /** Per document: the documents its references lead to (other than itself). */
    private readonly targets = new Map<string, Set<string>>();

    override async updateReferences(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            if (!reference.local) {
                targets.add(reference.targetUri.toString());
            }
        }
        this.targets.set(uri, targets);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.targets.delete(uri.toString());
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        const targets = this.targets.get(uri);
        if (!targets) {
            // not indexed (yet): a build may have stopped after linking it; then its links count
            return document.references.some(reference => {
                const target = (
                    reference as { $nodeDescription?: { documentUri: URI } }
                ).$nodeDescription?.documentUri.toString();
                return target !== undefined && target !== uri && changedUris.has(target);
            });
        }
        if (targets.size === 0) {
            return false;
        }
        const [fewer, more] =
            targets.size < changedUris.size ? [targets, changedUris] : [changedUris, targets];
        for (const uri of fewer) {
            if (more.has(uri)) {
                return true;
            }
        }
        return false;
    }
}
