import type { ReferenceDescription, Stream, URI } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { isCitation, type Decision } from '../language/generated/ast.js';

/**
 * How often a decision is cited in the whole workspace: the references from citations, not those from
 * the `amends` and `repeals` of other decisions.
 */
export function countCitations(services: LangiumServices, decision: Decision): number {
    return citationsOf(services, decision).count();
}

/** The references to a decision from citations. */
export function citationsOf(services: LangiumServices, decision: Decision): Stream<ReferenceDescription> {
    return services.references.References.findReferences(decision, { includeDeclaration: false }).filter(
        reference => isFromCitation(services, reference.sourceUri, reference.sourcePath)
    );
}

function isFromCitation(services: LangiumServices, uri: URI, path: string): boolean {
    const document = services.shared.workspace.LangiumDocuments.getDocument(uri);
    const node = document
        ? services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, path)
        : undefined;
    return isCitation(node?.$container);
}
