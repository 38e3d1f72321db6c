import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { diagnosticMessage } from '../language/validation/diagnostic-message.js';
import type { StratSettings } from './settings.js';

/**
 * Diagnostics carry their code and arguments; their messages are made here, in the server's
 * language, as they are published (before Langium's own publisher, which is registered after this).
 * A change of language publishes every checked document's diagnostics again in the new language,
 * without checking anything again.
 */
export function publishDiagnosticsInLanguage(
    connection: Connection,
    shared: LangiumSharedServices,
    settings: StratSettings
): { republish(): void } {
    const speak = (document: LangiumDocument) => {
        for (const diagnostic of document.diagnostics ?? []) {
            diagnostic.message = diagnosticMessage(diagnostic, settings.locale);
        }
    };
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, speak);
    return {
        republish() {
            for (const document of shared.workspace.LangiumDocuments.all) {
                if (document.state >= DocumentState.Validated && document.diagnostics) {
                    speak(document);
                    void connection.sendDiagnostics({
                        uri: document.uri.toString(),
                        diagnostics: document.diagnostics
                    });
                }
            }
        }
    };
}
