import type { LangiumServices } from 'langium/lsp';
import type { Decision } from '../language/generated/ast.js';

/** How often a decision is cited in the whole workspace. */
export function countCitations(services: LangiumServices, decision: Decision): number {
    return services.references.References.findReferences(decision, { includeDeclaration: false }).count();
}
