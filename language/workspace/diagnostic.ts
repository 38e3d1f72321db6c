import type { LangiumDocument } from 'langium';

/** A diagnostic as Langium stores it on a document (LSP's shape, without importing LSP). */
export type Diagnostic = NonNullable<LangiumDocument['diagnostics']>[number];
