import { URI, type Module } from 'langium';
import {
    startLanguageServer,
    type DefaultSharedModuleContext,
    type LangiumSharedServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { publishDiagnosticsInLanguage } from './diagnostic-language.js';
import { registerPreview } from './preview-service.js';
import { selectionRanges } from './selection-range-provider.js';
import {
    createStratLspServices,
    type DeepPartialStratLspServices,
    type StratLspServices
} from './strat-lsp-module.js';

/**
 * Starts the language server on a connection: the same server for the Node process (server/main.ts)
 * and the web worker (server/web/main.ts), which differ only in their transport, their file system
 * and what the host adds to the shared services.
 */
export function startStratServer(
    context: DefaultSharedModuleContext & { connection: Connection },
    hostModule?: Module<LangiumSharedServices, PartialLangiumSharedServices>,
    languageHostModule?: Module<StratLspServices, DeepPartialStratLspServices>
): { shared: LangiumSharedServices; Strat: StratLspServices; diagnostics: { republish(): void } } {
    const { connection } = context;
    const services = createStratLspServices(context, hostModule, languageHostModule);
    const { shared, Strat } = services;
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

    startLanguageServer(shared);
    return { ...services, diagnostics };
}
