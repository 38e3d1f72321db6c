import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    LanguageClient,
    State,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions
} from 'vscode-languageclient/node';
import { PreviewManager } from './preview/preview-manager.js';
import type { PreviewState } from './preview/preview-panel.js';
import { createStatusItem } from './status-item.js';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and its tests). */
export interface StratExtensionApi {
    previews(): PreviewState[];
    /** What the comparison said instead of opening (no committed version), in order. */
    notices(): string[];
}

/** Starts the language server for `.strat` files and registers the extension's commands. */
export async function activate(context: vscode.ExtensionContext): Promise<StratExtensionApi> {
    const output = vscode.window.createOutputChannel('strat', { log: true });
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', '--inspect=6009'] }
        }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'strat' }],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.strat') },
        // VS Code offers the snippets of snippets.json itself; the server offers them to other editors.
        initializationOptions: { displayLanguage: vscode.env.language, clientSnippets: true },
        outputChannel: output
    };
    client = new LanguageClient(
        'strat',
        vscode.l10n.t('strat language server'),
        serverOptions,
        clientOptions
    );
    const status = createStatusItem(client);
    context.subscriptions.push(output, status, client);

    context.subscriptions.push(
        vscode.commands.registerCommand('strat.restartServer', async () => {
            output.info(vscode.l10n.t('Restarting the language server'));
            await client?.restart();
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
    const previews = new PreviewManager(client);
    context.subscriptions.push(previews);
    return { previews: () => previews.states(), notices: () => [...previews.notices] };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
