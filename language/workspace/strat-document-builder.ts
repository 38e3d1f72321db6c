import {
    Cancellation,
    DefaultDocumentBuilder,
    DocumentState,
    GrammarUtils,
    URI,
    type AstNode,
    type BuildOptions,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type Reference
} from 'langium';
import { isDecision, isModel } from '../generated/ast.js';
import { decisionKey } from '../references/decision-numbers.js';
import { BuiltinLibraryLoader } from './builtin-library-loader.js';

/**
 * Decides which other documents are linked and checked again when documents change: those that
 * refer to a changed document or have unresolved references (Langium's rule), and those whose
 * `duplicate-*` findings may change. Decisions, actors, strategies and top-level scales are declared
 * once in the whole workspace, and such a finding names the files and lines of the other
 * declarations; so a document is checked again if one of the names it declares is declared
 * differently by a changed document than before: added, removed, or on another line. A keystroke in
 * a text leaves the other files alone.
 *
 * This runs for every document of the workspace on every keystroke, so it reads only what it has
 * kept: the names each parse declares, and whether a document's references had errors.
 *
 * The changed documents are built first, up to their diagnostics, and only then are the documents
 * that refer to them linked and checked again: a keystroke's findings do not wait for its
 * dependents. Until the dependents are linked, the builder's state stays below linking and no
 * workspace-wide build phase is announced, so requests that need them wait for them; a check of
 * a changed document that follows a dependent's reference resolves it on the way (Langium links
 * references lazily), against the new index.
 */
export class StratDocumentBuilder extends DefaultDocumentBuilder {
    /** While the changed documents are built: the documents that wait for the second part of the build. */
    private waiting: LangiumDocument[] | undefined;
    /** The changed documents of phases not yet announced: announced with the dependents. */
    private readonly held = new Map<DocumentState, LangiumDocument[]>();

    /**
     * Per update (its set of changed URIs): the names whose declarations changed, or `all` when that is not
     * known.
     */
    private readonly changedNames = new WeakMap<Set<string>, Set<string> | 'all'>();
    /** Per list of a document's references: how many were looked at, and whether one of them had an error. */
    private readonly linkingErrors = new WeakMap<Reference[], { seen: number; error: boolean }>();
    private readonly library: BuiltinLibraryLoader;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.library = new BuiltinLibraryLoader(services);
    }

    /**
     * Every build includes the built-in library (the default scales): the one place where it joins a
     * workspace, for the CLI, the language server and the tests alike. An update (an editor's change)
     * adds it too, in case it comes before the first build.
     */
    override build<T extends AstNode>(
        documents: Array<LangiumDocument<T>>,
        options?: BuildOptions,
        cancelToken?: Cancellation.CancellationToken
    ): Promise<void> {
        const library = this.library.document() as LangiumDocument<T>;
        return super.build(
            documents.includes(library) ? documents : [...documents, library],
            options,
            cancelToken
        );
    }

    override update(
        changed: URI[],
        deleted: URI[],
        cancelToken?: Cancellation.CancellationToken
    ): Promise<void> {
        this.library.document();
        return super.update(changed, deleted, cancelToken);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.hasLinkingErrors(document) || this.indexManager.isAffected(document, changedUris)) {
            return true;
        }
        // A build cancelled after linking but before indexing the references leaves a document linked
        // with no record of what it links to, so `isAffected` cannot tell: relink it.
        if (document.state === DocumentState.Linked) {
            return true;
        }
        const own = declaredNames(document.parseResult?.value);
        if (own.size === 0) {
            return false;
        }
        let changed = this.changedNames.get(changedUris);
        if (changed === undefined) {
            changed = this.namesChangedBy(changedUris);
            this.changedNames.set(changedUris, changed);
        }
        if (changed === 'all') {
            return true;
        }
        for (const name of own) {
            if (changed.has(name)) {
                return true;
            }
        }
        return false;
    }

    protected override async buildDocuments(
        documents: LangiumDocument[],
        options: BuildOptions,
        cancelToken: Cancellation.CancellationToken
    ): Promise<void> {
        const changed = documents.filter(d => d.state < DocumentState.ComputedScopes);
        const dependents = documents.filter(d => d.state >= DocumentState.ComputedScopes);
        if (this.waiting) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        this.held.clear();
        if (changed.length === 0 || dependents.length === 0) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        this.waiting = dependents;
        try {
            await super.buildDocuments(changed, options, cancelToken);
        } finally {
            this.waiting = undefined;
        }
        await super.buildDocuments(dependents, options, cancelToken);
    }

    protected override async runCancelable(
        documents: LangiumDocument[],
        targetState: DocumentState,
        cancelToken: Cancellation.CancellationToken,
        callback: (document: LangiumDocument) => unknown
    ): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        if (this.waiting) {
            // the workspace has not reached this phase while dependents wait below it
            this.currentState = Math.min(this.currentState, ...this.waiting.map(d => d.state));
        }
    }

    protected override async notifyBuildPhase(
        documents: LangiumDocument[],
        state: DocumentState,
        cancelToken: Cancellation.CancellationToken
    ): Promise<void> {
        if (this.waiting && this.waiting.some(d => d.state < state)) {
            // announced when the dependents have reached it too, in the second part of the build
            this.held.set(state, [...(this.held.get(state) ?? []), ...documents]);
            return;
        }
        const held = this.held.get(state) ?? [];
        this.held.delete(state);
        await super.notifyBuildPhase(
            held.length > 0 ? [...held, ...documents] : documents,
            state,
            cancelToken
        );
    }

    /**
     * Langium skips the listeners of a document's phase when the build is cancelled just as the
     * document reaches it; the next build does not pass that phase again, so a request waiting for it
     * (formatting waits for the parse) was never answered. The listeners are told regardless.
     */
    protected override async notifyDocumentPhase(
        document: LangiumDocument,
        state: DocumentState,
        _cancelToken: Cancellation.CancellationToken
    ): Promise<void> {
        await super.notifyDocumentPhase(document, state, Cancellation.CancellationToken.None);
    }

    /** Langium's `document.references.some(ref => ref.error)`, looking at each reference once. */
    private hasLinkingErrors(document: LangiumDocument): boolean {
        const references = document.references as Reference[];
        let known = this.linkingErrors.get(references);
        if (!known) {
            known = { seen: 0, error: false };
            this.linkingErrors.set(references, known);
        }
        for (; !known.error && known.seen < references.length; known.seen++) {
            known.error = references[known.seen].error !== undefined;
        }
        return known.error;
    }

    /** Compares what the changed documents declared (their last parse) with what their new text declares. */
    private namesChangedBy(changedUris: Set<string>): Set<string> | 'all' {
        const names = new Set<string>();
        for (const uri of changedUris) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            const text = this.textDocuments?.get(uri)?.getText();
            if (!document || text === undefined) {
                return 'all'; // deleted, or changed on disk: what it declared or declares is not known here
            }
            const before = declarations(document.parseResult?.value);
            const after = declarations(
                this.serviceRegistry.getServices(document.uri).parser.LangiumParser.parse(text).value
            );
            for (const [name, lines] of before) {
                if (after.get(name) !== lines) {
                    names.add(name);
                }
            }
            for (const [name, lines] of after) {
                if (before.get(name) !== lines) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}

const namesOfParse = new WeakMap<AstNode, Set<string>>();

/**
 * The workspace-wide names a parse declares: `Decision:2023/42`, `Actor:ITPLR`, `Strategy:IVN`,
 * `Scale:status`.
 */
function declaredNames(root: AstNode | undefined): Set<string> {
    if (!isModel(root)) {
        return new Set();
    }
    let names = namesOfParse.get(root);
    if (!names) {
        names = new Set(root.elements.filter(e => e.name).map(nameKey));
        namesOfParse.set(root, names);
    }
    return names;
}

/** The declared names with the lines (0-based) where they are declared. */
function declarations(root: AstNode | undefined): Map<string, string> {
    const declared = new Map<string, string>();
    if (!isModel(root)) {
        return declared;
    }
    for (const element of root.elements) {
        if (!element.name) {
            continue;
        }
        const key = nameKey(element);
        const line = String(
            GrammarUtils.findNodeForProperty(element.$cstNode, 'name')?.range.start.line ?? -1
        );
        const earlier = declared.get(key); // a name declared twice in the file: all its lines count
        declared.set(key, earlier === undefined ? line : `${earlier},${line}`);
    }
    return declared;
}

function nameKey(element: AstNode & { name: string }): string {
    return `${element.$type}:${isDecision(element) ? decisionKey(element.name) : element.name}`;
}
