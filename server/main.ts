import { DocumentState, URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerPreview } from './preview-service.js';
import { selectionRanges } from './selection-range-provider.js';
import { createStratLspServices } from './strat-lsp-module.js';
import { watchProjectFiles } from './project-watch.js';

/** The language server: started by the VS Code extension over IPC, or by `strat lsp --stdio`. */
const connection = createConnection(ProposedFeatures.all);
const { shared, Strat } = createStratLspServices({ connection, ...NodeFileSystem });
const settings = Strat.editor.Settings;

shared.lsp.LanguageServer.onInitialize(params => {
    const options = params.initializationOptions as { displayLanguage?: string } | undefined;
    settings.setDisplayLanguage(options?.displayLanguage ?? params.locale);
});

shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
    if (update.section !== 'strat') {
        return;
    }
    const before = Strat.i18n.Messages.locale;
    const after = await settings.refreshLocale();
    if (before !== after) {
        await revalidateAll();
    }
});

shared.lsp.LanguageServer.onInitialized(async () => {
    const before = Strat.i18n.Messages.locale;
    if ((await settings.refreshLocale()) !== before) {
        await revalidateAll();
    }
});

/** Messages are produced in the current language: check every document again after it changes. */
async function revalidateAll(): Promise<void> {
    await shared.workspace.WorkspaceLock.write(async token => {
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        for (const document of documents) {
            if (document.state >= DocumentState.Validated) {
                shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
    });
}

watchProjectFiles(shared, Strat, revalidateAll);

connection.onSelectionRanges(params => {
    const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.textDocument.uri));
    return document ? selectionRanges(document, params.positions) : [];
});

registerPreview(connection, shared, Strat.i18n.Messages);

startLanguageServer(shared);
