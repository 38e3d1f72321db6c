import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');

/**
 * A real language server (`strat lsp --stdio`, the CLI binary) in a child process, spoken to over
 * JSON-RPC, with helpers that wait for the diagnostics the server publishes.
 */
export class LspSession {
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<{ uri: string; predicate: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    private readonly versions = new Map<string, number>();
    readonly stderr: string[] = [];

    private constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: MessageConnection, readonly workspace: string) {}

    static async start(workspace: string, options: { locale?: string; settings?: Record<string, unknown> } = {}): Promise<LspSession> {
        const child = spawn(process.execPath, [path.join(ROOT, 'bin/strat.js'), 'lsp', '--stdio'], { stdio: 'pipe' });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const session = new LspSession(child, connection, workspace);
        child.stderr.on('data', chunk => session.stderr.push(String(chunk)));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            session.diagnostics.set(params.uri, params.diagnostics);
            for (const waiter of [...session.waiters]) {
                if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
                    session.waiters.splice(session.waiters.indexOf(waiter), 1);
                    waiter.resolve(params.diagnostics);
                }
            }
        });
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section === 'strat' ? options.settings ?? {} : null)));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const uri = pathToFileURL(workspace).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: path.basename(workspace) }],
            locale: options.locale ?? 'en',
            capabilities: {
                workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
                textDocument: {
                    hover: { contentFormat: ['markdown'] },
                    completion: { completionItem: { snippetSupport: true } },
                    rename: { prepareSupport: true },
                    publishDiagnostics: {}
                }
            }
        });
        await connection.sendNotification('initialized', {});
        return session;
    }

    uri(relative: string): string {
        return pathToFileURL(path.join(this.workspace, relative)).toString();
    }

    async open(relative: string, text?: string): Promise<string> {
        const uri = this.uri(relative);
        const content = text ?? await fs.readFile(path.join(this.workspace, relative), 'utf8');
        this.versions.set(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'strat', version: 1, text: content } });
        return uri;
    }

    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** The next diagnostics published for `uri` that satisfy `predicate` (or the current ones, if they do). */
    diagnosticsFor(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const current = this.diagnostics.get(uri);
        if (current && predicate(current)) {
            return Promise.resolve(current);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.map(d => d.code))}`)), timeoutMs);
            this.waiters.push({ uri, predicate, resolve: d => { clearTimeout(timer); resolve(d); } });
        });
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 3000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // the process may already be gone
        }
        this.connection.dispose();
        this.process.kill();
    }
}

/** A position by the line and column where `needle` occurs in `text` (0-based), plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, occurrence = 0): { line: number; character: number } {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) {
            throw new Error(`"${needle}" not found`);
        }
    }
    index += shift;
    const before = text.slice(0, index);
    const line = before.split('\n').length - 1;
    return { line, character: index - (before.lastIndexOf('\n') + 1) };
}

/** A copy of the examples in a temporary folder, so that tests may edit files. */
export async function copyOfExamples(): Promise<string> {
    const target = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'strat-lsp-'));
    await fs.cp(EXAMPLES, target, { recursive: true });
    return target;
}
