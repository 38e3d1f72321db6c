import { Deferred, OperationCancelled, URI, type Cancellation, type DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { StratDocumentBuilder } from '../../language/workspace/strat-document-builder.js';
import { isStale } from './stale-documents.js';

/**
 * How long a request waits for the rebuild of a document whose text changed before it answers from
 * the tree it has. The rebuild starts as soon as the running one has stopped, so this is only reached
 * if something went wrong; an answer from the older tree is better than none.
 */
const REBUILD_GRACE_MS = 5_000;

/**
 * The document builder of the language server. A request waits for the state of the documents it
 * needs (hover and definition for the document linked, references for the workspace's references
 * indexed). After a keystroke, the document keeps its old state until the rebuild starts, which is
 * after the running build has stopped; a request arriving in between found the state reached and was
 * answered from the tree of the text before the keystroke, with ranges that no longer fit the text.
 * Here a request also waits until the trees it reads were parsed from the text the editor has now.
 */
export class EditorDocumentBuilder extends StratDocumentBuilder {
    private readonly openDocuments: LangiumSharedServices['workspace']['TextDocuments'];
    /** Settled when the next update starts (one listener for all waiting requests). */
    private updateStarted = new Deferred<void>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.openDocuments = services.workspace.TextDocuments;
        this.onUpdate(() => {
            const started = this.updateStarted;
            this.updateStarted = new Deferred<void>();
            started.resolve();
        });
    }

    protected override async awaitDocumentState(
        state: DocumentState,
        uri: URI,
        cancelToken: Cancellation.CancellationToken
    ): Promise<URI> {
        for (;;) {
            const reached = await super.awaitDocumentState(state, uri, cancelToken);
            if (!this.readsStaleTree(uri) || !(await this.nextUpdate(cancelToken))) {
                return reached;
            }
        }
    }

    protected override async awaitBuilderState(
        state: DocumentState,
        cancelToken: Cancellation.CancellationToken
    ): Promise<void> {
        for (;;) {
            await super.awaitBuilderState(state, cancelToken);
            if (!this.readsStaleTree(undefined) || !(await this.nextUpdate(cancelToken))) {
                return;
            }
        }
    }

    /**
     * Whether the document (or, for a workspace-wide request, any open document) has a tree of an older text.
     */
    private readsStaleTree(uri: URI | undefined): boolean {
        const documents = uri
            ? [this.langiumDocuments.getDocument(uri)]
            : this.openDocuments.all().map(open => this.langiumDocuments.getDocument(URI.parse(open.uri)));
        return documents.some(document => document !== undefined && isStale(document, this.openDocuments));
    }

    /**
     * Resolves true when the next update starts, false when none started within the grace period; rejects on
     * cancellation.
     */
    private nextUpdate(token: Cancellation.CancellationToken): Promise<boolean> {
        if (token.isCancellationRequested) {
            return Promise.reject(OperationCancelled);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => finish(() => resolve(false)), REBUILD_GRACE_MS);
            const cancelled = token.onCancellationRequested(() => finish(() => reject(OperationCancelled)));
            const finish = (settle: () => void) => {
                clearTimeout(timer);
                cancelled.dispose();
                settle();
            };
            this.updateStarted.promise.then(() => finish(() => resolve(true)));
        });
    }
}
