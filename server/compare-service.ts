import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { BUILTIN_LIBRARY_URI } from '../language/builtin/library.js';
import { describeDiff } from '../language/diff/render-diff.js';
import { diffWorkspaces } from '../language/diff/workspace-diff.js';
import { REVIEW_LABELS } from '../language/i18n/review-labels.js';
import { buildWorkspaceModel } from '../language/model/build-workspace-model.js';
import type { WorkspaceModel } from '../language/model/workspace-model.js';
import { renderComparison } from '../language/render/preview.js';
import { createStratCoreServices } from '../language/strat-module.js';
import { buildFromSources } from '../language/workspace/load-workspace.js';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from './preview-protocol.js';
import type { StratSettings } from './settings.js';

interface Source {
    uri: string;
    text: string;
}

/**
 * The model of the workspace as the texts give it, built apart from the editor's workspace with fresh
 * language services (as `strat diff` builds a version).
 */
async function modelOfSources(sources: readonly Source[]): Promise<WorkspaceModel> {
    const services = createStratCoreServices(EmptyFileSystem);
    const documents = buildFromSources(
        services,
        sources.map(s => ({ uri: URI.parse(s.uri), text: s.text }))
    );
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return buildWorkspaceModel(services.shared.workspace.LangiumDocuments.all.toArray(), {
        fileName: d => d.uri.toString()
    });
}

/**
 * Serves the editor's comparison of a document with an earlier version of its text: the workspace as
 * it is, and the same workspace with that document's earlier text, compared by language/diff/ and
 * rendered as the site's changes page is. Only the document's own changes can show: every other file
 * is the same on both sides.
 */
export function registerCompare(
    connection: Connection,
    shared: LangiumSharedServices,
    settings: StratSettings
): void {
    // the older side changes only with the earlier text or another file: kept for the next refresh
    let cached: { key: string; model: Promise<WorkspaceModel> } | undefined;
    connection.onRequest(COMPARE_REQUEST, async (params: CompareParams): Promise<CompareResult> => {
        const uri = URI.parse(params.uri).toString();
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, URI.parse(params.uri));
        const sources = await shared.workspace.WorkspaceLock.read(() =>
            shared.workspace.LangiumDocuments.all
                .filter(d => d.uri.toString() !== BUILTIN_LIBRARY_URI)
                .map((d: LangiumDocument) => ({ uri: d.uri.toString(), text: d.textDocument.getText() }))
                .toArray()
        );
        const current = sources.find(s => s.uri === uri);
        const others = sources.filter(s => s.uri !== uri);
        const older = [...others, { uri, text: params.baseText }];
        const key = JSON.stringify(older);
        if (cached?.key !== key) {
            cached = { key, model: modelOfSources(older) };
        }
        const before = await cached.model;
        const after = await modelOfSources(current ? [...others, current] : others);
        const diff = diffWorkspaces(before, after);
        const groups = describeDiff(diff, before, after, settings.locale);
        return {
            html: renderComparison(groups, {
                locale: settings.locale,
                nonce: params.nonce,
                cspSource: params.cspSource,
                title: REVIEW_LABELS[settings.locale].changesSince(params.baseName),
                file: uri
            }),
            changes: diff.changes.length
        };
    });
}
