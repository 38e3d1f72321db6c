import {
    DocumentState,
    MultiMap,
    WorkspaceCache,
    type AstNodeDescription,
    type LangiumSharedCoreServices
} from 'langium';

/**
 * The declarations of the whole workspace of one type, by name, taken from the index once per state
 * of the index. The checks that a decision, strategy, actor or top-level scale is declared once ask
 * for every such declaration; scanning the index each time made a build quadratic in their number.
 * The table is dropped whenever documents change and after the index has been filled again.
 */
export class WorkspaceDeclarations {
    private readonly byType: WorkspaceCache<string, MultiMap<string, AstNodeDescription>>;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.byType = new WorkspaceCache(shared);
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () =>
            this.byType.clear()
        );
    }

    /** Every declaration of `type` (or a subtype) in the workspace with this name, in index order. */
    named(type: string, name: string): readonly AstNodeDescription[] {
        return this.byType
            .get(type, () => {
                const table = new MultiMap<string, AstNodeDescription>();
                for (const description of this.shared.workspace.IndexManager.allElements(type)) {
                    table.add(description.name, description);
                }
                return table;
            })
            .get(name);
    }
}

const perWorkspace = new WeakMap<LangiumSharedCoreServices, WorkspaceDeclarations>();

/** The one table of declarations of a workspace (its shared services). */
export function workspaceDeclarations(shared: LangiumSharedCoreServices): WorkspaceDeclarations {
    let declarations = perWorkspace.get(shared);
    if (!declarations) {
        declarations = new WorkspaceDeclarations(shared);
        perWorkspace.set(shared, declarations);
    }
    return declarations;
}
