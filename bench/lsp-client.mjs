// A minimal LSP client for the benchmark: starts the real language server (`strat lsp --stdio`, the
// CLI binary) in a child process and speaks JSON-RPC to it, like test/lsp/lsp-session.ts, with what
// a measurement needs on top: every publishDiagnostics is recorded with its arrival time, so that
// "the next diagnostics for this file after that moment" and "which files were checked again" can
// be asked; and the server's process id, for its memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export class LspClient {
    /** @type {Array<{ uri: string, at: number, count: number }>} every publishDiagnostics, in order */
    published = [];
    stderr = [];
    #waiters = [];
    #versions = new Map();

    constructor(child, connection, workspace) {
        this.child = child;
        this.connection = connection;
        this.workspace = workspace;
    }

    /** Starts the server of `root` (the project) on `workspace` and initializes it; `nodeArgs` go to its Node (`--cpu-prof`). */
    static async start(root, workspace, { nodeArgs = [] } = {}) {
        const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'bin/strat.js'), 'lsp', '--stdio'], { stdio: 'pipe', cwd: root });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const client = new LspClient(child, connection, workspace);
        child.stderr.on('data', chunk => client.stderr.push(String(chunk)));
        connection.onNotification('textDocument/publishDiagnostics', params => {
            const entry = { uri: params.uri, at: performance.now(), count: params.diagnostics.length, diagnostics: params.diagnostics };
            client.published.push(entry);
            for (const waiter of [...client.#waiters]) {
                if (waiter.accepts(entry)) {
                    client.#waiters.splice(client.#waiters.indexOf(waiter), 1);
                    waiter.resolve(entry);
                }
            }
        });
        connection.onRequest('workspace/configuration', params => params.items.map(item => (item.section === 'strat' ? {} : null)));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onNotification('window/logMessage', p => client.stderr.push(p.message));
        connection.listen();
        const uri = pathToFileURL(workspace).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: path.basename(workspace) }],
            locale: 'en',
            capabilities: {
                workspace: { configuration: true },
                textDocument: {
                    hover: { contentFormat: ['markdown'] },
                    completion: { completionItem: { snippetSupport: true } },
                    publishDiagnostics: {}
                }
            }
        });
        await connection.sendNotification('initialized', {});
        return client;
    }

    get pid() {
        return this.child.pid;
    }

    uri(relative) {
        return pathToFileURL(path.join(this.workspace, relative)).toString();
    }

    /** The first publishDiagnostics after `since` (a performance.now() time) that `accepts`. */
    next(accepts, since, timeoutMs = 120_000) {
        const found = this.published.find(entry => entry.at >= since && accepts(entry));
        if (found) {
            return Promise.resolve(found);
        }
        return new Promise((resolve, reject) => {
            const waiter = {
                accepts: entry => entry.at >= since && accepts(entry),
                resolve: entry => { clearTimeout(timer); resolve(entry); }
            };
            const timer = setTimeout(() => {
                this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
                reject(new Error(`no diagnostics within ${timeoutMs} ms`));
            }, timeoutMs);
            this.#waiters.push(waiter);
        });
    }

    /** Resolves when no diagnostics have been published for `quietMs`. */
    async quiet(quietMs = 300, timeoutMs = 120_000) {
        const started = performance.now();
        for (;;) {
            const last = this.published.length > 0 ? this.published[this.published.length - 1].at : started;
            const idle = performance.now() - Math.max(last, started);
            if (idle >= quietMs) {
                return;
            }
            if (performance.now() - started > timeoutMs) {
                throw new Error('the server did not become quiet');
            }
            await new Promise(resolve => setTimeout(resolve, Math.max(10, quietMs - idle)));
        }
    }

    async open(relative) {
        const uri = this.uri(relative);
        const text = readFileSync(path.join(this.workspace, relative), 'utf8');
        this.#versions.set(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'strat', version: 1, text } });
        return { uri, text };
    }

    async change(uri, text) {
        const version = (this.#versions.get(uri) ?? 1) + 1;
        this.#versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    request(method, params) {
        return this.connection.sendRequest(method, params);
    }

    /** Peak and current resident memory of the server process in MiB (Linux), or undefined. */
    memory() {
        try {
            const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const field = name => {
                const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
                return match ? Number(match[1]) / 1024 : undefined;
            };
            return { peakRssMiB: field('VmHWM'), rssMiB: field('VmRSS') };
        } catch {
            return undefined;
        }
    }

    async stop() {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 3000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // the process may be gone already
        }
        if (this.child.exitCode === null) {
            // let it end by itself (a --cpu-prof profile is written on the way out), then make sure
            await new Promise(resolve => {
                const timer = setTimeout(resolve, 5000);
                this.child.once('exit', () => { clearTimeout(timer); resolve(); });
            });
        }
        this.connection.dispose();
        if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill();
        }
    }
}

/** Line and character (0-based) of `offset` in `text`. */
export function positionAt(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
