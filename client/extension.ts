import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateExtension, type StratExtensionApi } from './activate-extension.js';
import { committedText } from './preview/committed-text.js';

export type { StratExtensionApi } from './activate-extension.js';

let stop: (() => Promise<void>) | undefined;

/** The desktop extension: the language server runs as a Node process (dist/server.cjs) over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<StratExtensionApi> {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', '--inspect=6009'] }
        }
    };
    const { api, client } = await activateExtension(
        context,
        (id, name, options) => ({
            client: new LanguageClient(id, name, serverOptions, options),
            host: 'node'
        }),
        committedText
    );
    stop = () => client.stop();
    return api;
}

export async function deactivate(): Promise<void> {
    await stop?.();
    stop = undefined;
}
