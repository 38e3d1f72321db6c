import { URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BoundedNodeFileSystem } from '../language/workspace/bounded-file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { publishDiagnosticsInLanguage } from './diagnostic-language.js';
import { registerCompare } from './compare-service.js';
import { registerPreview } from './preview-service.js';
import { selectionRanges } from './selection-range-provider.js';
import { createStratLspServices } from './strat-lsp-module.js';

/** The language server: started by the VS Code extension over IPC, or by `strat lsp --stdio`. */
const connection = createConnection(ProposedFeatures.all);
const { shared, Strat } = createStratLspServices({ connection, ...BoundedNodeFileSystem });
const settings = Strat.editor.Settings;

shared.lsp.LanguageServer.onInitialize(params => {
    const options = params.initializationOptions as
        { displayLanguage?: string; clientSnippets?: boolean } | undefined;
    settings.setDisplayLanguage(options?.displayLanguage ?? params.locale);
    settings.clientSnippets = options?.clientSnippets === true;
});

const diagnostics = publishDiagnosticsInLanguage(connection, shared, settings);

shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
    if (update.section !== 'strat') {
        return;
    }
    const before = settings.locale;
    if ((await settings.refreshLocale()) !== before) {
        diagnostics.republish();
    }
});

shared.lsp.LanguageServer.onInitialized(async () => {
    const before = settings.locale;
    if ((await settings.refreshLocale()) !== before) {
        diagnostics.republish();
    }
});

connection.onSelectionRanges(params => {
    const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.textDocument.uri));
    return document ? selectionRanges(document, params.positions) : [];
});

registerPreview(connection, shared, settings);
registerCompare(connection, shared, settings);

startLanguageServer(shared);
