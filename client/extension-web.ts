import * as vscode from 'vscode';
import type { MessageTransports } from 'vscode-languageclient';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateExtension, type ServerHost, type StratExtensionApi } from './activate-extension.js';
import { answerWorkbenchFiles } from './workbench-files.js';

export type { StratExtensionApi } from './activate-extension.js';

/** The end of a message channel or a worker, as the LSP message reader and writer use it. */
type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

/** What the extension uses of the browser's Worker (the project compiles without the DOM library). */
interface WorkerLike {
    postMessage(message: unknown): void;
    addEventListener(
        type: 'message' | 'error',
        listener: (event: { data?: unknown; message?: string }) => void
    ): void;
    terminate(): void;
}

interface BrowserGlobals {
    Worker: new (url: string) => WorkerLike;
    MessageChannel: new () => { port1: Port & { postMessage(m: unknown): void }; port2: Port };
}

const browser = globalThis as unknown as BrowserGlobals;

let stop: (() => Promise<void>) | undefined;

/**
 * The browser extension (vscode.dev, github.dev, GitLab's Web IDE): the language server runs as a web
 * worker (dist/server.web.js) and reads the workspace through the workbench. Where the workbench does
 * not let the extension start a worker, the server runs inside the extension host's own worker.
 */
export async function activate(context: vscode.ExtensionContext): Promise<StratExtensionApi> {
    const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.web.js');
    let host: ServerHost = 'web-worker';
    const { api, client } = await activateExtension(context, (id, name, options, output) => {
        const serverOptions = async (): Promise<MessageTransports> => {
            const server = await startServer(serverUri, output);
            host = server.host;
            return {
                reader: new BrowserMessageReader(server.port),
                writer: new BrowserMessageWriter(server.port)
            };
        };
        const client = new LanguageClient(id, name, serverOptions, options);
        answerWorkbenchFiles(client, output);
        return { client, host: 'web-worker' };
    });
    stop = () => client.stop();
    return { ...api, serverHost: () => host };
}

export async function deactivate(): Promise<void> {
    await stop?.();
    stop = undefined;
}

/** How long a new worker may take to fail to load before it counts as started. */
const WORKER_LOAD_MS = 3_000;

async function startServer(
    serverUri: vscode.Uri,
    output: vscode.LogOutputChannel
): Promise<{ port: Port; host: ServerHost }> {
    const worker = await startWorker(serverUri);
    if (worker.ok) {
        return { port: worker.worker as unknown as Port, host: 'web-worker' };
    }
    output.info(
        `the workbench does not start the language server as a web worker (${worker.reason}): it runs in the extension host`
    );
    const channel = new browser.MessageChannel();
    const script = new TextDecoder().decode(await vscode.workspace.fs.readFile(serverUri));
    // The bundle speaks LSP over `self.postMessage`; here `self` is one end of the channel.
    new Function('self', script)(channel.port1);
    return { port: channel.port2, host: 'extension-host' };
}

/**
 * Starts the server's worker and waits until it has loaded (it says nothing before the client's first
 * message, so "loaded" is: no error within a moment).
 */
async function startWorker(
    serverUri: vscode.Uri
): Promise<{ ok: true; worker: WorkerLike } | { ok: false; reason: string }> {
    let worker: WorkerLike;
    try {
        worker = new browser.Worker(serverUri.toString(true));
    } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    return new Promise(resolve => {
        const timer = setTimeout(() => resolve({ ok: true, worker }), WORKER_LOAD_MS);
        worker.addEventListener('error', event => {
            clearTimeout(timer);
            worker.terminate();
            resolve({ ok: false, reason: event.message || 'the worker did not load' });
        });
    });
}
