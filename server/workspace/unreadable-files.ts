import type { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Locale } from '../../language/i18n/locale.js';
import { describeFsError, UNREADABLE_FILE } from '../../language/workspace/file-errors.js';
import type { LeftOutFile } from './strat-workspace-manager.js';

/**
 * A workspace file that cannot be read (a link to a device or a pipe, a broken link, too large, no
 * permission) is reported where the user sees the other findings: as one error on the file itself, in
 * the words the command line uses, and named in the server's log.
 */
export function reportUnreadableFiles(services: LangiumSharedServices, locale: () => Locale): LeftOutFile {
    return (uri: URI, error: unknown, displayPath: string) => {
        // a missing file comes as "content modified" for requests (see EditorDocuments), with its cause
        const cause = (error as { cause?: unknown } | undefined)?.cause ?? error;
        const message = describeFsError(cause, displayPath, locale());
        const connection = services.lsp.Connection;
        if (!connection) {
            console.warn(`strat: ${message}`);
            return;
        }
        connection.console.warn(`strat: ${uri.fsPath} is left out: ${message}`);
        void connection.sendDiagnostics({
            uri: uri.toString(),
            diagnostics: [
                {
                    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                    severity: DiagnosticSeverity.Error,
                    code: UNREADABLE_FILE,
                    source: 'strat',
                    message
                }
            ]
        });
    };
}
