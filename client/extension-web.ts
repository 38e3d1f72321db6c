import * as vscode from 'vscode';
import type { MessageTransports } from 'vscode-languageclient';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateExtension, type StratExtensionApi } from './activate-extension.js';
import { serverPort, type ServerPort, type ServerStart, type WorkerLike } from './server-port.js';
import { answerWorkbenchFiles } from './workbench-files.js';

export type { StratExtensionApi } from './activate-extension.js';

interface BrowserGlobals {
    Worker: new (url: string) => WorkerLike;
    MessageChannel: new () => { port1: ServerPort; port2: ServerPort };
}

const browser = globalThis as unknown as BrowserGlobals;

let stop: (() => Promise<void>) | undefined;

/**
 * The browser extension (vscode.dev, github.dev, GitLab's Web IDE): the language server runs as a web
 * worker (dist/server.web.js) and reads the workspace through the workbench. Where the workbench does
 * not let the extension start a worker (the worker fails to load), the server runs inside the extension
 * host's own worker.
 */
export async function activate(context: vscode.ExtensionContext): Promise<StratExtensionApi> {
    const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.web.js');
    let start: ServerStart = { host: 'web-worker' };
    const { api, client } = await activateExtension(context, (id, name, options, output) => {
        const serverOptions = async (): Promise<MessageTransports> => {
            const server = serverPort(
                () => new browser.Worker(serverUri.toString(true)),
                reason => inExtensionHost(serverUri, reason, output)
            );
            void server.started.then(started => (start = started));
            // the reader and writer take any port with `onmessage`, `postMessage` and error events
            const port = server.port as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
            return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
        };
        const client = new LanguageClient(id, name, serverOptions, options);
        answerWorkbenchFiles(client, output);
        return { client, host: 'web-worker' };
    });
    stop = () => client.stop();
    // the client's start resolved: the server answered `initialize`, so `start` says where it runs
    return { ...api, serverHost: () => start.host, serverStart: () => ({ ...start }) };
}

export async function deactivate(): Promise<void> {
    await stop?.();
    stop = undefined;
}

/** The server inside the extension host's own worker, where the workbench does not start a worker. */
async function inExtensionHost(
    serverUri: vscode.Uri,
    reason: string,
    output: vscode.LogOutputChannel
): Promise<ServerPort> {
    output.info(
        `the workbench does not start the language server as a web worker (${reason}): it runs in the extension host`
    );
    const channel = new browser.MessageChannel();
    const script = new TextDecoder().decode(await vscode.workspace.fs.readFile(serverUri));
    // The bundle speaks LSP over `self.postMessage`; here `self` is one end of the channel.
    new Function('self', script)(channel.port1);
    return channel.port2;
}
