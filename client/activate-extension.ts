import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import type { CommittedTextReader } from './preview/committed-text.js';
import { PreviewManager } from './preview/preview-manager.js';
import type { PreviewState } from './preview/preview-panel.js';
import { createStatusItem } from './status-item.js';

/** What the extension offers other extensions (and its tests). */
export interface StratExtensionApi {
    previews(): PreviewState[];
    /** What the comparison said instead of opening (no committed version), in order. */
    notices(): string[];
    /** Where the language server runs: a Node process, a web worker, or the extension host's worker. */
    serverHost(): ServerHost;
    /** In the browser: where the server was started, and why not in a web worker when it was not. */
    serverStart?(): { host: ServerHost; reason?: string };
}

export type ServerHost = 'node' | 'web-worker' | 'extension-host';

/** Makes the language client of a host (Node or browser) with the options both share. */
export type ClientFactory = (
    id: string,
    name: string,
    options: LanguageClientOptions,
    output: vscode.LogOutputChannel
) => { client: BaseLanguageClient; host: ServerHost };

/**
 * Starts the language server for `.strat` files and registers the extension's commands: the same for
 * the desktop (client/extension.ts) and the browser (client/extension-web.ts), which differ only in how
 * the server is started and in reading committed versions (git, on the desktop only).
 */
export async function activateExtension(
    context: vscode.ExtensionContext,
    createClient: ClientFactory,
    committedText?: CommittedTextReader
): Promise<{ api: StratExtensionApi; client: BaseLanguageClient }> {
    const output = vscode.window.createOutputChannel('strat', { log: true });
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'strat' }],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.strat,strat.json}') },
        // VS Code offers the snippets of snippets.json itself; the server offers them to other editors.
        initializationOptions: { displayLanguage: vscode.env.language, clientSnippets: true },
        outputChannel: output
    };
    const { client, host } = createClient(
        'strat',
        vscode.l10n.t('strat language server'),
        clientOptions,
        output
    );
    const status = createStatusItem(client);
    context.subscriptions.push(output, status, client);

    context.subscriptions.push(
        vscode.commands.registerCommand('strat.restartServer', async () => {
            output.info(vscode.l10n.t('Restarting the language server'));
            if (client.isRunning()) {
                await client.stop();
            }
            await client.start();
        }),
        vscode.commands.registerCommand('strat.showOutput', () => output.show(true)),
        vscode.commands.registerCommand(
            'strat.showReferences',
            async (
                uri: string,
                position: { line: number; character: number },
                locations: Array<{
                    uri: string;
                    range: {
                        start: { line: number; character: number };
                        end: { line: number; character: number };
                    };
                }>
            ) => {
                await vscode.commands.executeCommand(
                    'editor.action.showReferences',
                    vscode.Uri.parse(uri),
                    new vscode.Position(position.line, position.character),
                    locations.map(
                        l =>
                            new vscode.Location(
                                vscode.Uri.parse(l.uri),
                                new vscode.Range(
                                    l.range.start.line,
                                    l.range.start.character,
                                    l.range.end.line,
                                    l.range.end.character
                                )
                            )
                    )
                );
            }
        )
    );

    client.onDidChangeState(event => {
        if (event.newState === State.Stopped) {
            output.warn(vscode.l10n.t('The language server stopped'));
        }
    });
    await client.start();
    const previews = new PreviewManager(client, committedText);
    context.subscriptions.push(previews);
    return {
        api: {
            previews: () => previews.states(),
            notices: () => [...previews.notices],
            serverHost: () => host
        },
        client
    };
}
