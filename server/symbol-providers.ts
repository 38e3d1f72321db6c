import { AstUtils, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument } from 'langium';
import {
    DefaultDocumentSymbolProvider,
    DefaultWorkspaceSymbolProvider,
    type LangiumSharedServices
} from 'langium/lsp';
import type { DocumentSymbol, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { Cancellation } from 'langium';
import { isBuiltinUri } from '../language/builtin/library.js';
import { splitQualifier } from '../language/references/qualified-names.js';

function titleOf(node: AstNode | undefined): string | undefined {
    const title = node as { title?: unknown; label?: unknown } | undefined;
    const text = title?.title ?? title?.label;
    return typeof text === 'string' ? text : undefined;
}

/** Outline and breadcrumbs: each element by its identifier, with its title as detail. */
export class StratDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(
        document: LangiumDocument,
        astNode: AstNode,
        cstNode: CstNode,
        nameNode: CstNode,
        computedName?: string
    ): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        symbol.detail = titleOf(astNode);
        return symbol;
    }
}

/** Workspace symbols: decisions by number and title, goals and the rest by name and title. */
export class StratWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    override async getSymbols(
        params: WorkspaceSymbolParams,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const description of this.indexManager.allElements()) {
            if (cancelToken.isCancellationRequested) {
                break;
            }
            if (isBuiltinUri(description.documentUri.toString())) {
                continue;
            }
            const title = titleOf(description.node);
            const searchable = title ? `${description.name} ${title}` : description.name;
            if (this.fuzzyMatcher.match(query, searchable)) {
                const symbol = this.describe(description, title);
                if (symbol) {
                    symbols.push(symbol);
                }
            }
        }
        return symbols;
    }

    private describe(
        description: AstNodeDescription,
        title: string | undefined
    ): WorkspaceSymbol | undefined {
        const symbol = this.getWorkspaceSymbol(description);
        if (!symbol) {
            return undefined;
        }
        const [qualifier, name] = splitQualifier(description.name);
        symbol.name = title ? `${name} — ${title}` : description.name;
        if (qualifier) {
            symbol.containerName = qualifier.slice(0, -1);
        } else if (description.node) {
            symbol.containerName = AstUtils.getDocument(description.node).uri.path.split('/').pop();
        }
        return symbol;
    }
}
