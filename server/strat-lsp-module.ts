import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { StratGeneratedModule, StratGeneratedSharedModule } from '../language/generated/module.js';
import { StratModule, StratSharedModule, type StratAddedServices } from '../language/strat-module.js';
import { registerValidationChecks } from '../language/validation/register.js';
import { StratCodeActionProvider } from './code-action-provider.js';
import { StratCodeLensProvider } from './code-lens-provider.js';
import { StratCompletionProvider } from './completion-provider.js';
import { EditorDocumentBuilder } from './workspace/editor-document-builder.js';
import { EditorDocuments } from './workspace/editor-documents.js';
import { StratDocumentUpdateHandler } from './workspace/document-update-handler.js';
import { StratFileOperationHandler } from './workspace/file-operations.js';
import { StratDocumentLinkProvider } from './document-link-provider.js';
import { StratFormatter } from './formatter.js';
import { StratHoverProvider } from './hover-provider.js';
import { StratInlayHintProvider } from './inlay-hint-provider.js';
import { StratNodeKindProvider } from './node-kind-provider.js';
import { StratRenameProvider } from './rename-provider.js';
import { StratSemanticTokenProvider } from './semantic-token-provider.js';
import { StratSettings } from './settings.js';
import { NoProjectFiles, type EditorProjectFiles } from './editor-projects.js';
import { StratLanguageServer } from './strat-language-server.js';
import { StratWorkspaceManager } from './workspace/strat-workspace-manager.js';
import { reportUnreadableFiles } from './workspace/unreadable-files.js';
import { StratDocumentSymbolProvider, StratWorkspaceSymbolProvider } from './symbol-providers.js';

export type StratLspServices = LangiumServices &
    StratAddedServices & {
        editor: { Settings: StratSettings; Projects: EditorProjectFiles };
    };

/** What a host may replace of the language's editor services (the Node server: the project files). */
export type DeepPartialStratLspServices = { editor?: { Projects?: EditorProjectFiles } };

/** The editor features of the language: the one place where they are wired. */
export const StratLspModule: Module<
    StratLspServices,
    PartialLangiumServices & { editor: { Settings: StratSettings; Projects: EditorProjectFiles } }
> = {
    editor: {
        Settings: services =>
            new StratSettings(services.shared.workspace.ConfigurationProvider, () =>
                services.editor.Projects.language()
            ),
        // the host's: the Node server reads strat.json from the disk (server/main.ts), the web worker
        // through the workbench (server/web/main.ts)
        Projects: () => new NoProjectFiles()
    },
    lsp: {
        HoverProvider: services => new StratHoverProvider(services),
        CodeActionProvider: services => new StratCodeActionProvider(services),
        CodeLensProvider: services => new StratCodeLensProvider(services),
        CompletionProvider: services => new StratCompletionProvider(services),
        DocumentLinkProvider: () => new StratDocumentLinkProvider(),
        DocumentSymbolProvider: services => new StratDocumentSymbolProvider(services),
        Formatter: services =>
            new StratFormatter(
                services.shared.workspace.LangiumDocumentFactory,
                services.shared.workspace.TextDocuments
            ),
        InlayHintProvider: services => new StratInlayHintProvider(services.editor.Settings),
        RenameProvider: services => new StratRenameProvider(services),
        SemanticTokenProvider: services => new StratSemanticTokenProvider(services)
    }
};

export const StratSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        LanguageServer: services => new StratLanguageServer(services),
        DocumentUpdateHandler: services => new StratDocumentUpdateHandler(services),
        FileOperationHandler: services => new StratFileOperationHandler(services),
        NodeKindProvider: () => new StratNodeKindProvider(),
        WorkspaceSymbolProvider: services => new StratWorkspaceSymbolProvider(services)
    },
    workspace: {
        DocumentBuilder: services => new EditorDocumentBuilder(services),
        LangiumDocuments: services => new EditorDocuments(services),
        WorkspaceManager: services =>
            new StratWorkspaceManager(
                services,
                reportUnreadableFiles(
                    services,
                    () => (services.ServiceRegistry.all[0] as StratLspServices).editor.Settings.locale
                )
            )
    }
};

/**
 * The language server's services. `hostModule` is what the host adds: the web worker's workspace
 * manager, which asks the workbench for the workspace's files; `languageHostModule` how the host reads
 * the project files (strat.json).
 */
export function createStratLspServices(
    context: DefaultSharedModuleContext,
    hostModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {},
    languageHostModule: Module<StratLspServices, DeepPartialStratLspServices> = {}
): {
    shared: LangiumSharedServices;
    Strat: StratLspServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        StratGeneratedSharedModule,
        StratSharedModule,
        StratSharedLspModule,
        hostModule
    );
    const Strat = inject(
        createDefaultModule({ shared }),
        StratGeneratedModule,
        StratModule,
        StratLspModule,
        languageHostModule
    ) as StratLspServices;
    shared.ServiceRegistry.register(Strat);
    registerValidationChecks(Strat);
    return { shared, Strat };
}
