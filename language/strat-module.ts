import {
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject,
    type DefaultSharedCoreModuleContext,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
    type PartialLangiumSharedCoreServices
} from 'langium';
import {
    StratGeneratedModule,
    StratGeneratedSharedModule,
    StratLanguageMetaData
} from './generated/module.js';
import { TOKEN_TABLE } from './parser/generated/parser-tables.js';
import { createStratParser } from './parser/strat-parser.js';
import { StratLexer } from './parser/strat-lexer.js';
import { StratLexerErrorMessages } from './parser/lexer-error-messages.js';
import { StratSyntaxErrorMessages } from './parser/syntax-error-messages.js';
import { StratTokenBuilder } from './parser/strat-token-builder.js';
import { StratValueConverter } from './parser/strat-value-converter.js';
import { StratNameProvider } from './references/strat-name-provider.js';
import { StratScopeComputation } from './references/strat-scope-computation.js';
import { StratScopeProvider } from './references/strat-scope-provider.js';
import { Messages } from './i18n/messages.js';
import { ProjectRegistry } from './project/project-registry.js';
import { registerValidationChecks } from './validation/register.js';
import { StratDocumentValidator } from './validation/strat-document-validator.js';
import { StratDocumentBuilder } from './workspace/strat-document-builder.js';
import { StratIndexManager } from './workspace/strat-index-manager.js';

/** Services the language adds to Langium's. */
export interface StratAddedServices {
    i18n: {
        Messages: Messages;
    };
    workspace: {
        /** The project files (strat.json) in force: check levels and language. */
        Projects: ProjectRegistry;
    };
}

export type StratServices = LangiumCoreServices & StratAddedServices;

/** Workspace-wide services of the language (shared by the CLI and the language server). */
export const StratSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: services => new StratDocumentBuilder(services),
        IndexManager: services => new StratIndexManager(services)
    }
};

/** The language: scoping, naming, checks and messages. The one place where they are wired. */
export const StratModule: Module<StratServices, PartialLangiumCoreServices & StratAddedServices> = {
    // Production mode: `interpretation` right after a link marks the link, elsewhere the element; the
    // parser takes the nearer reading by design, and chevrotain's report of that choice (printed in
    // development mode) is no message for users.
    LanguageMetaData: () => ({ ...StratLanguageMetaData, mode: 'production' }),
    i18n: {
        Messages: () => new Messages()
    },
    parser: {
        LangiumParser: services => createStratParser(services),
        Lexer: services => new StratLexer(services),
        LexerErrorMessageProvider: () => new StratLexerErrorMessages(),
        ParserErrorMessageProvider: services => new StratSyntaxErrorMessages(services.Grammar),
        TokenBuilder: () => new StratTokenBuilder(TOKEN_TABLE),
        ValueConverter: () => new StratValueConverter()
    },
    references: {
        NameProvider: () => new StratNameProvider(),
        ScopeComputation: services => new StratScopeComputation(services),
        ScopeProvider: services => new StratScopeProvider(services)
    },
    validation: {
        DocumentValidator: services => new StratDocumentValidator(services)
    },
    workspace: {
        Projects: () => new ProjectRegistry()
    }
};

/**
 * Creates the language services without any editor protocol: used by the CLI and the tests. The
 * language server adds its LSP modules on top of `StratModule` in the same way.
 */
export function createStratCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Strat: StratServices;
} {
    const shared = inject(
        createDefaultSharedCoreModule(context),
        StratGeneratedSharedModule,
        StratSharedModule
    );
    const Strat = inject(createDefaultCoreModule({ shared }), StratGeneratedModule, StratModule);
    shared.ServiceRegistry.register(Strat);
    registerValidationChecks(Strat);
    return { shared, Strat };
}
