import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createMessageConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type MessageConnection
} from 'vscode-jsonrpc/node';
import type {
    CodeAction,
    CompletionItem,
    CompletionList,
    Diagnostic,
    Hover,
    MarkupContent,
    Position,
    PublishDiagnosticsParams,
    WorkspaceEdit
} from 'vscode-languageserver-protocol';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');

/** One publishDiagnostics as it arrived: when (performance.now()), for which file, what. */
export interface Published {
    uri: string;
    at: number;
    diagnostics: Diagnostic[];
}

export interface SessionOptions {
    /** The client's locale (default English). */
    locale?: string;
    /** What the server gets for the `strat` configuration section. */
    settings?: Record<string, unknown>;
    /** Options for the server's Node, e.g. `--cpu-prof`. */
    nodeArgs?: string[];
    /** The limit of open files of the server process (`ulimit -n`). */
    openFiles?: number;
}

/**
 * A real language server (`strat lsp --stdio`, the CLI binary) in a child process, spoken to over
 * JSON-RPC. Every publishDiagnostics is kept with its arrival time, so that a test or the benchmark
 * can wait for the diagnostics of a file that satisfy a condition, for the first ones after a moment,
 * or for a quiet moment, and can see which files were checked again.
 */
export class LspSession {
    readonly published: Published[] = [];
    readonly stderr: string[] = [];
    private readonly latest = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<{
        accepts: (entry: Published) => boolean;
        resolve: (entry: Published) => void;
    }> = [];
    private readonly versions = new Map<string, number>();

    private constructor(
        readonly process: ChildProcessWithoutNullStreams,
        readonly connection: MessageConnection,
        readonly workspace: string
    ) {}

    static async start(workspace: string, options: SessionOptions = {}): Promise<LspSession> {
        const command = [
            globalThis.process.execPath,
            ...(options.nodeArgs ?? []),
            path.join(ROOT, 'bin/strat.js'),
            'lsp',
            '--stdio'
        ];
        const child =
            options.openFiles === undefined
                ? spawn(command[0], command.slice(1), { stdio: 'pipe', cwd: ROOT })
                : spawn('/bin/sh', ['-c', `ulimit -n ${options.openFiles} && exec "$0" "$@"`, ...command], {
                      stdio: 'pipe',
                      cwd: ROOT
                  });
        const connection = createMessageConnection(
            new StreamMessageReader(child.stdout),
            new StreamMessageWriter(child.stdin)
        );
        const session = new LspSession(child, connection, workspace);
        child.stderr.on('data', chunk => session.stderr.push(String(chunk)));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
            session.record(params)
        );
        connection.onNotification('window/logMessage', (params: { message: string }) => {
            session.stderr.push(params.message);
        });
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section === 'strat' ? (options.settings ?? {}) : null))
        );
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const uri = pathToFileURL(workspace).toString();
        await connection.sendRequest('initialize', {
            processId: globalThis.process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: path.basename(workspace) }],
            locale: options.locale ?? 'en',
            capabilities: {
                workspace: {
                    configuration: true,
                    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }
                },
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

    private record(params: PublishDiagnosticsParams): void {
        const entry = { uri: params.uri, at: performance.now(), diagnostics: params.diagnostics };
        this.published.push(entry);
        this.latest.set(params.uri, params.diagnostics);
        for (const waiter of [...this.waiters]) {
            if (waiter.accepts(entry)) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(entry);
            }
        }
    }

    /** The diagnostics last published for `uri`, or undefined if none were. */
    latestDiagnostics(uri: string): Diagnostic[] | undefined {
        return this.latest.get(uri);
    }

    get pid(): number | undefined {
        return this.process.pid;
    }

    uri(relative: string): string {
        return pathToFileURL(path.join(this.workspace, relative)).toString();
    }

    async open(relative: string, text?: string): Promise<string> {
        const uri = this.uri(relative);
        const content = text ?? (await fs.readFile(path.join(this.workspace, relative), 'utf8'));
        this.versions.set(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'strat', version: 1, text: content }
        });
        return uri;
    }

    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
    }

    /** The edit that renames the symbol at `position` in `uri` to `newName` (rejected when refused). */
    rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit> {
        return this.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri },
            position,
            newName
        });
    }

    /** The first finding with `code` published for `uri`, once there is one. */
    async findingOf(uri: string, code: string): Promise<Diagnostic> {
        const diagnostics = await this.diagnosticsFor(uri, d => d.some(x => x.code === code));
        return diagnostics.find(d => d.code === code)!;
    }

    /** The code actions the server offers for `diagnostic` of `uri`, at its range. */
    codeActionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
        return this.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        });
    }

    /** The items the server completes at `position` in `uri`. */
    async completion(uri: string, position: Position): Promise<CompletionItem[]> {
        const result = await this.request<CompletionList | CompletionItem[] | null>(
            'textDocument/completion',
            {
                textDocument: { uri },
                position
            }
        );
        return Array.isArray(result) ? result : (result?.items ?? []);
    }

    /** The text of the hover at `position` in `uri` (its markdown); fails when there is no hover. */
    async hoverText(uri: string, position: Position): Promise<string> {
        const hover = await this.request<Hover | null>('textDocument/hover', {
            textDocument: { uri },
            position
        });
        if (!hover) {
            throw new Error(`no hover at ${position.line + 1}:${position.character + 1} of ${uri}`);
        }
        return (hover.contents as MarkupContent).value;
    }

    /**
     * The next diagnostics published for `uri` that satisfy `predicate` (or the current ones, if they do).
     */
    async diagnosticsFor(
        uri: string,
        predicate: (d: Diagnostic[]) => boolean = () => true,
        timeoutMs = 20_000
    ): Promise<Diagnostic[]> {
        const current = this.latest.get(uri);
        if (current && predicate(current)) {
            return current;
        }
        const entry = await this.waitFor(
            e => e.uri === uri && predicate(e.diagnostics),
            timeoutMs,
            () =>
                `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.latest.get(uri)?.map(d => d.code))}`
        );
        return entry.diagnostics;
    }

    /**
     * The first publishDiagnostics that arrived at or after `since` (a performance.now() time) and `accepts`.
     */
    next(accepts: (entry: Published) => boolean, since: number, timeoutMs = 120_000): Promise<Published> {
        const found = this.published.find(entry => entry.at >= since && accepts(entry));
        if (found) {
            return Promise.resolve(found);
        }
        return this.waitFor(
            entry => entry.at >= since && accepts(entry),
            timeoutMs,
            () => `no diagnostics within ${timeoutMs} ms`
        );
    }

    private waitFor(
        accepts: (entry: Published) => boolean,
        timeoutMs: number,
        failure: () => string
    ): Promise<Published> {
        return new Promise((resolve, reject) => {
            const waiter = {
                accepts,
                resolve: (entry: Published) => {
                    clearTimeout(timer);
                    resolve(entry);
                }
            };
            const timer = setTimeout(() => {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                reject(new Error(failure()));
            }, timeoutMs);
            this.waiters.push(waiter);
        });
    }

    /** Resolves when no diagnostics have been published for `quietMs`. */
    async quiet(quietMs = 300, timeoutMs = 120_000): Promise<void> {
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

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    /** Peak and current resident memory of the server process in MiB (Linux), or undefined. */
    memory(): { peakRssMiB?: number; rssMiB?: number } | undefined {
        try {
            const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const field = (name: string) => {
                const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
                return match ? Number(match[1]) / 1024 : undefined;
            };
            return { peakRssMiB: field('VmHWM'), rssMiB: field('VmRSS') };
        } catch {
            return undefined;
        }
    }

    /**
     * Shuts the server down and lets it end by itself (a --cpu-prof profile is written on the way out), then
     * makes sure.
     */
    async stop(): Promise<void> {
        try {
            await Promise.race([
                this.connection.sendRequest('shutdown'),
                new Promise(r => setTimeout(r, 3000))
            ]);
            await this.connection.sendNotification('exit');
        } catch {
            // the process may already be gone
        }
        if (this.process.exitCode === null && this.process.signalCode === null) {
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, 5000);
                this.process.once('exit', () => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
        this.connection.dispose();
        if (this.process.exitCode === null && this.process.signalCode === null) {
            this.process.kill();
        }
    }
}

/** A position by the line and column where `needle` occurs in `text` (0-based), plus `shift` characters. */
export function positionOf(
    text: string,
    needle: string,
    shift = 0,
    occurrence = 0
): { line: number; character: number } {
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

/** The labels of a completion answer. */
export function completionLabels(result: CompletionList | CompletionItem[]): string[] {
    return (Array.isArray(result) ? result : result.items).map(i => i.label);
}

/** A language server on a copy of the examples (see `useServerOnExamples`). */
export interface ServerOnExamples {
    session: LspSession;
    /** The copy of the examples, the server's workspace folder. */
    workspace: string;
    /** Ends the server and removes the copy. */
    stop(): Promise<void>;
}

/** A language server started on a new copy of the examples. */
export async function serverOnExamples(options: SessionOptions = {}): Promise<ServerOnExamples> {
    const workspace = await copyOfExamples();
    const session = await LspSession.start(workspace, options);
    return {
        session,
        workspace,
        async stop() {
            await session.stop();
            await fs.rm(workspace, { recursive: true, force: true });
        }
    };
}

/**
 * Call inside a `describe`: a language server on a copy of the examples (see `serverOnExamples`),
 * started before its tests and handed to `take`, ended after them.
 */
export function useServerOnExamples(take: (server: ServerOnExamples) => void): void {
    let server: ServerOnExamples | undefined;
    before(async () => {
        server = await serverOnExamples();
        take(server);
    });
    after(() => server?.stop());
}

/** A language server on a copy of the examples with one example open and checked (see `useExample`). */
export interface OpenExample {
    session: LspSession;
    text: string;
    uri: string;
    stop(): Promise<void>;
}

/**
 * A language server on a copy of the examples with one example open and checked: its session, text
 * and URI, and how to end it all.
 */
export async function openExample(relative: string): Promise<OpenExample> {
    const { session, workspace, stop } = await serverOnExamples();
    const text = await fs.readFile(path.join(workspace, relative), 'utf8');
    const uri = await session.open(relative, text);
    await session.diagnosticsFor(uri);
    return {
        session,
        text,
        uri,
        stop
    };
}

/**
 * Call inside a `describe`: opens the example (see `openExample`) before its tests, hands it to `take`,
 * and ends it after them.
 */
export function useExample(relative: string, take: (example: OpenExample) => void): void {
    let example: OpenExample | undefined;
    before(async () => {
        example = await openExample(relative);
        take(example);
    });
    after(() => example?.stop());
}
