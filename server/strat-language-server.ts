import { DefaultLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import { STRAT_VERSION } from '../language/version.js';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';

/** Langium's language server, advertising the features this server adds by hand (selection ranges). */
export class StratLanguageServer extends DefaultLanguageServer {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        result.capabilities.selectionRangeProvider = true;
        result.serverInfo = { name: 'strat', version: STRAT_VERSION };
        return result;
    }
}
