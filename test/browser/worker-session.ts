import { promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Browser, Page } from 'playwright-core';
import {
    AbstractMessageReader,
    AbstractMessageWriter,
    createMessageConnection,
    type DataCallback,
    type Disposable,
    type Message,
    type MessageConnection
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
    FIND_FILES_REQUEST,
    READ_DIRECTORY_REQUEST,
    READ_FILE_REQUEST,
    type FindFilesParams,
    type ReadDirectoryParams,
    type ReadFileParams,
    type WorkbenchFileEntry
} from '../../server/workbench-protocol.js';
import { ROOT, launchChromium } from './support.js';

/** The web worker's language server, as the build writes it. */
export const SERVER_WEB = path.join(ROOT, 'dist', 'server.web.js');

/**
 * Where the examples appear to the server: a repository opened in a browser workbench (github.dev's
 * scheme), not a `file:` folder, so that nothing may reach for a local path.
 */
export const WORKSPACE_URI = 'vscode-vfs://github/strat-lang/strat';

export interface WorkerSessionOptions {
    /**
     * The folder whose files the workbench hands to the server: relative to the repository, or
     * absolute (default: the repository's root).
     */
    folder?: string;
    /** The workbench cannot search (as a file system without a search provider): the server walks. */
    noSearch?: boolean;
}

/** What the test page holds (the project compiles without the DOM library). */
interface PageGlobals {
    stratServer: {
        postMessage(message: unknown): void;
        onmessage: (event: { data: unknown }) => void;
        onerror: (event: { message: string }) => void;
    };
    stratFromServer(message: unknown): void;
    stratWorkerError(message: string): void;
}

class PageReader extends AbstractMessageReader {
    private callback: DataCallback | undefined;
    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        return { dispose: () => (this.callback = undefined) };
    }
    deliver(message: Message): void {
        this.callback?.(message);
    }
}

class PageWriter extends AbstractMessageWriter {
    private chain = Promise.resolve();
    constructor(private readonly page: Page) {
        super();
    }
    write(message: Message): Promise<void> {
        this.chain = this.chain.then(() =>
            this.page.evaluate(
                m => (globalThis as unknown as PageGlobals).stratServer.postMessage(m),
                message
            )
        );
        return this.chain;
    }
    end(): void {}
}

/**
 * dist/server.web.js as a dedicated worker of a page in headless Chromium (loaded from a local HTTP
 * server), spoken to over LSP through the page's `postMessage`; this side plays the extension and
 * answers the server's workbench requests (server/workbench-protocol.ts) from a folder of the repository.
 */
export class WorkerSession {
    readonly requested: string[] = [];
    readonly logs: string[] = [];
    private readonly latest = new Map<string, Diagnostic[]>();
    /** When (performance.now()) the first diagnostics of each file arrived. */
    readonly firstPublished = new Map<string, number>();
    /** When (performance.now()) the page created the worker. */
    workerCreatedAt = 0;
    private readonly listeners = new Set<() => void>();
    private versions = new Map<string, number>();

    private constructor(
        readonly browser: Browser,
        readonly page: Page,
        readonly http: Server,
        readonly connection: MessageConnection,
        readonly folder: string,
        readonly workerErrors: string[]
    ) {}

    static async start(options: WorkerSessionOptions = {}): Promise<WorkerSession> {
        const folder = path.resolve(ROOT, options.folder ?? '');
        const http = createServer((request, response) => {
            if (request.url === '/server.web.js') {
                void fs.readFile(SERVER_WEB).then(body => {
                    response.writeHead(200, { 'content-type': 'text/javascript' });
                    response.end(body);
                });
            } else {
                response.writeHead(200, { 'content-type': 'text/html' });
                response.end('<!DOCTYPE html><title>strat worker</title>');
            }
        });
        await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
        const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
        const browser = await launchChromium();
        const page = await browser.newPage();
        const reader = new PageReader();
        await page.exposeFunction('stratFromServer', (message: Message) => reader.deliver(message));
        const workerErrors: string[] = [];
        await page.exposeFunction('stratWorkerError', (message: string) => workerErrors.push(message));
        await page.goto(`${base}/`);
        const workerCreatedAt = performance.now();
        await page.evaluate(() => {
            const host = globalThis as unknown as PageGlobals & {
                Worker: new (url: string) => PageGlobals['stratServer'];
            };
            host.stratServer = new host.Worker('/server.web.js');
            host.stratServer.onmessage = event => host.stratFromServer(event.data);
            host.stratServer.onerror = event => host.stratWorkerError(event.message);
        });
        const connection = createMessageConnection(reader, new PageWriter(page));
        const session = new WorkerSession(browser, page, http, connection, folder, workerErrors);
        session.workerCreatedAt = workerCreatedAt;
        session.answerWorkbench(options);
        connection.listen();
        await connection.sendRequest('initialize', {
            processId: null,
            rootUri: WORKSPACE_URI,
            workspaceFolders: [{ uri: WORKSPACE_URI, name: 'strat' }],
            locale: 'en',
            capabilities: {
                workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
                textDocument: {
                    hover: { contentFormat: ['markdown'] },
                    rename: { prepareSupport: true },
                    publishDiagnostics: {}
                }
            }
        });
        await connection.sendNotification('initialized', {});
        return session;
    }

    private answerWorkbench(options: WorkerSessionOptions): void {
        const c = this.connection;
        c.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.latest.set(params.uri, params.diagnostics);
            if (!this.firstPublished.has(params.uri)) {
                this.firstPublished.set(params.uri, performance.now());
            }
            this.listeners.forEach(l => l());
        });
        c.onNotification('window/logMessage', (params: { message: string }) => {
            this.logs.push(params.message);
        });
        c.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
            params.items.map(() => null)
        );
        c.onRequest('client/registerCapability', () => null);
        c.onRequest('window/workDoneProgress/create', () => null);
        c.onRequest(READ_FILE_REQUEST, async ({ uri }: ReadFileParams) => {
            this.requested.push(`readFile ${uri}`);
            return fs.readFile(this.pathOf(uri), 'utf8');
        });
        c.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }: ReadDirectoryParams) => {
            this.requested.push(`readDirectory ${uri}`);
            const entries = await fs.readdir(this.pathOf(uri), { withFileTypes: true });
            return entries.map((entry): WorkbenchFileEntry => ({
                uri: `${uri.replace(/\/$/, '')}/${entry.name}`,
                isFile: entry.isFile(),
                isDirectory: entry.isDirectory()
            }));
        });
        c.onRequest(FIND_FILES_REQUEST, async ({ folder, pattern }: FindFilesParams) => {
            this.requested.push(`findFiles ${folder}${pattern ? ` ${pattern}` : ''}`);
            if (options.noSearch) {
                throw new Error('this file system has no search provider');
            }
            // as the extension searches: node_modules, out and hidden folders left out
            const matches = picomatch(pattern ?? '**/*.strat');
            const found = (await fs.readdir(this.pathOf(folder), { recursive: true }))
                .map(name => name.split(path.sep).join('/'))
                .filter(name => !/(^|\/)(node_modules|out|\.[^/]*)\//.test(name) && matches(name))
                .map(name => `${folder}/${name}`);
            return { uris: found };
        });
    }

    /** The path of a workspace URI in the served folder. */
    pathOf(uri: string): string {
        if (!uri.startsWith(WORKSPACE_URI)) {
            throw new Error(`not in the workspace: ${uri}`);
        }
        return path.join(this.folder, ...uri.slice(WORKSPACE_URI.length).split('/').filter(Boolean));
    }

    uri(relative: string): string {
        return `${WORKSPACE_URI}/${relative}`;
    }

    async open(relative: string): Promise<{ uri: string; text: string }> {
        const uri = this.uri(relative);
        const text = await fs.readFile(this.pathOf(uri), 'utf8');
        this.versions.set(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'strat', version: 1, text }
        });
        return { uri, text };
    }

    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
    }

    /** The diagnostics of `uri` once they satisfy `predicate`. */
    diagnosticsFor(
        uri: string,
        predicate: (d: Diagnostic[]) => boolean = () => true,
        timeoutMs = 30_000
    ): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const check = () => {
                const current = this.latest.get(uri);
                if (current && predicate(current)) {
                    this.listeners.delete(check);
                    clearTimeout(timer);
                    resolve(current);
                }
            };
            const timer = setTimeout(() => {
                this.listeners.delete(check);
                reject(
                    new Error(
                        `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.latest.get(uri)?.map(d => d.code))}; worker errors: ${this.workerErrors.join('; ')}`
                    )
                );
            }, timeoutMs);
            this.listeners.add(check);
            check();
        });
    }

    /** The files the server has published diagnostics for. */
    checkedFiles(): string[] {
        return [...this.latest.keys()].sort();
    }

    notify(method: string, params: unknown): Promise<void> {
        return this.connection.sendNotification(method, params);
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([
                this.connection.sendRequest('shutdown'),
                new Promise(r => setTimeout(r, 3000))
            ]);
        } catch {
            // the worker may be gone
        }
        this.connection.dispose();
        await this.browser.close();
        await new Promise(resolve => this.http.close(resolve));
    }
}
