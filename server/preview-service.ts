import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { buildWorkspaceModel } from '../language/model/build-workspace-model.js';
import { renderPreview } from '../language/render/preview.js';
import type { StratSettings } from './settings.js';
import {
    DID_VALIDATE_NOTIFICATION,
    PREVIEW_REQUEST,
    type PreviewParams,
    type PreviewResult
} from './preview-protocol.js';

/**
 * Serves the editor preview: renders a document's strategies from the model of the whole workspace
 * (so decisions, backlinks and scales from other files appear), once the document is checked, and
 * tells the client whenever documents were checked again.
 */
export function registerPreview(
    connection: Connection,
    shared: LangiumSharedServices,
    settings: StratSettings
): void {
    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams): Promise<PreviewResult> => {
        const uri = URI.parse(params.uri);
        await documentKnown(shared, uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        return shared.workspace.WorkspaceLock.read(() => {
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            const document = shared.workspace.LangiumDocuments.getDocument(uri);
            const model = buildWorkspaceModel(documents, { fileName: d => d.uri.toString() });
            return {
                html: renderPreview(model, {
                    locale: settings.locale,
                    nonce: params.nonce,
                    cspSource: params.cspSource,
                    file: uri.toString(),
                    errors: errorCount(document)
                })
            };
        });
    });

    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        void connection.sendNotification(DID_VALIDATE_NOTIFICATION, {
            uris: documents.map(d => d.uri.toString())
        });
    });
}

/**
 * Waits until a document the editor has just opened is part of the workspace: the update that adds it
 * runs once the workspace is ready, as a write that the read queued here waits for (a preview asked
 * for right after opening an untitled document came before it).
 */
async function documentKnown(shared: LangiumSharedServices, uri: URI): Promise<void> {
    const { LangiumDocuments, TextDocuments, WorkspaceManager, WorkspaceLock } = shared.workspace;
    for (let attempt = 0; attempt < 3 && !LangiumDocuments.hasDocument(uri); attempt++) {
        if (!TextDocuments.get(uri.toString())) {
            break;
        }
        await WorkspaceManager.ready;
        await WorkspaceLock.read(() => undefined);
    }
}

function errorCount(document: LangiumDocument | undefined): number {
    return (document?.diagnostics ?? []).filter(d => d.severity === 1).length;
}
