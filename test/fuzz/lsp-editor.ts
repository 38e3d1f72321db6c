/** The editor's side of the LSP fuzzing: random edits and requests, sent as an editor sends them. */
import fc from 'fast-check';
import type { TextEdit } from 'vscode-languageserver-protocol';
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { copyOfExamples, LspSession } from '../support/lsp-session.js';
import { applyTextEdits, offsetAt, positionAt } from '../support/lsp-text.js';
import { countEdits, countRequests } from './fuzz-support.js';
import {
    applyMutations,
    describeText,
    HOSTILE_FRAGMENTS,
    KEYWORDS,
    mutationArbitrary,
    type Mutation
} from './mutations.js';
import { buildFiles, comparableAll, EXAMPLE_NAMES, EXAMPLES } from './workspace.js';

/** The files a sequence works on: the examples (on disk) and one that exists only in the editor. */
export const NEW_FILE = 'neu/entwurf.strat';
export const FILES = [...EXAMPLE_NAMES, NEW_FILE];

/**
 * A copy of the examples for the language servers of a suite (made before its tests, removed after
 * them), and the texts of FILES on disk at the start (undefined for the file only the editor has).
 */
export function exampleCopy(): { folder: () => string; disk: Map<string, string | undefined> } {
    let folder = '';
    const disk = new Map<string, string | undefined>();
    before(async () => {
        folder = await copyOfExamples();
        for (const file of FILES) {
            disk.set(file, await fs.readFile(path.join(folder, file), 'utf8').catch(() => undefined));
        }
    });
    after(async () => {
        await fs.rm(folder, { recursive: true, force: true });
    });
    return { folder: () => folder, disk };
}

const REQUESTS = [
    'hover',
    'completion',
    'definition',
    'references',
    'documentHighlight',
    'prepareRename',
    'rename',
    'documentSymbol',
    'workspaceSymbol',
    'formatting',
    'rangeFormatting',
    'codeAction',
    'codeLens',
    'inlayHint',
    'documentLink',
    'foldingRange',
    'semanticTokens',
    'selectionRange'
] as const;
type RequestKind = (typeof REQUESTS)[number];

export type Op =
    | { kind: 'type'; file: number; at: number; text: string }
    | { kind: 'delete'; file: number; at: number; length: number }
    | { kind: 'clear'; file: number }
    | { kind: 'paste-binary'; file: number; at: number; bytes: number[] }
    | { kind: 'paste-example-twice'; file: number; at: number; example: number }
    | { kind: 'replace'; file: number; example: number; mutations: Mutation[] }
    | { kind: 'close'; file: number }
    | { kind: 'request'; request: RequestKind; file: number; at: number; wait: boolean };

const fileIndex = fc.nat(FILES.length - 1);
const fraction = fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 1_000_000);
const typed = fc.oneof(
    fc.constantFrom(...KEYWORDS, ...HOSTILE_FRAGMENTS, ' ', '\n', '{', '}', '"'),
    fc.string({ maxLength: 6 })
);

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
    {
        weight: 6,
        arbitrary: fc.record({
            kind: fc.constant('type' as const),
            file: fileIndex,
            at: fraction,
            text: typed
        })
    },
    {
        weight: 3,
        arbitrary: fc.record({
            kind: fc.constant('delete' as const),
            file: fileIndex,
            at: fraction,
            length: fc.integer({ min: 1, max: 300 })
        })
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const), file: fileIndex }) },
    {
        weight: 1,
        arbitrary: fc.record({
            kind: fc.constant('paste-binary' as const),
            file: fileIndex,
            at: fraction,
            bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 64 })
        })
    },
    {
        weight: 1,
        arbitrary: fc.record({
            kind: fc.constant('paste-example-twice' as const),
            file: fileIndex,
            at: fraction,
            example: fc.nat(EXAMPLE_NAMES.length - 1)
        })
    },
    {
        weight: 1,
        arbitrary: fc.record({
            kind: fc.constant('replace' as const),
            file: fileIndex,
            example: fc.nat(EXAMPLE_NAMES.length - 1),
            mutations: fc.array(mutationArbitrary(5000), { maxLength: 2 })
        })
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), file: fileIndex }) },
    {
        weight: 8,
        arbitrary: fc.record({
            kind: fc.constant('request' as const),
            request: fc.constantFrom(...REQUESTS),
            file: fileIndex,
            at: fraction,
            wait: fc.boolean()
        })
    }
);

/**
 * LSP's error codes that answer a request without a result, as a server may: cancelled, content modified,
 * server cancelled.
 */
const CANCELLED = new Set([-32800, -32801, -32802]);
/** rename and prepareRename may refuse (a name the language would not read, a name taken). */
const INVALID_PARAMS = -32602;

/** An offset that does not split a line break \r\n (LSP cannot address the middle of one). */
function offsetIn(text: string, at: number): number {
    let offset = Math.min(text.length, Math.floor(at * (text.length + 1)));
    if (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n') {
        offset--;
    }
    return offset;
}

/** The editor's side of one sequence: texts of the open files, versions, the requests sent. */
export class Editor {
    readonly texts = new Map<string, string>();
    readonly open = new Set<string>();
    readonly versions = new Map<string, number>();
    readonly pending: Array<{ what: string; promise: Promise<unknown> }> = [];
    readonly problems: string[] = [];
    readonly touched = new Set<string>();

    constructor(
        readonly session: LspSession,
        readonly disk: ReadonlyMap<string, string | undefined>
    ) {}

    text(file: string): string {
        return this.texts.get(file) ?? this.disk.get(file) ?? '';
    }

    async ensureOpen(file: string): Promise<string> {
        const uri = this.session.uri(file);
        if (!this.open.has(file)) {
            const text = this.disk.get(file) ?? '';
            const version = (this.versions.get(file) ?? 0) + 1;
            this.versions.set(file, version);
            await this.session.connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri, languageId: 'strat', version, text }
            });
            this.open.add(file);
            this.texts.set(file, text);
            this.touched.add(file);
        }
        return uri;
    }

    /** Replaces [start, end) by `newText` with an incremental change, as an editor sends it. */
    async edit(file: string, start: number, end: number, newText: string): Promise<void> {
        const uri = await this.ensureOpen(file);
        const text = this.text(file);
        const range = { start: positionAt(text, start), end: positionAt(text, end) };
        const version = this.versions.get(file)! + 1;
        this.versions.set(file, version);
        this.texts.set(file, text.slice(0, start) + newText + text.slice(end));
        await this.session.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range, text: newText }]
        });
        countEdits();
    }

    async close(file: string): Promise<void> {
        if (!this.open.has(file)) {
            return;
        }
        await this.session.connection.sendNotification('textDocument/didClose', {
            textDocument: { uri: this.session.uri(file) }
        });
        this.open.delete(file);
        this.texts.delete(file);
    }

    request(
        what: string,
        method: string,
        params: unknown,
        allowed: (code: number) => boolean = code => CANCELLED.has(code)
    ): Promise<unknown> {
        countRequests();
        const promise = withTimeout(this.session.connection.sendRequest(method, params), 30_000, what).then(
            result => result,
            (error: { code?: number; message?: string }) => {
                if (typeof error.code === 'number' && allowed(error.code)) {
                    return undefined;
                }
                this.problems.push(`${what} failed: ${error.code} ${error.message}`);
                return undefined;
            }
        );
        this.pending.push({ what, promise });
        return promise;
    }
}

export async function apply(editor: Editor, op: Op): Promise<void> {
    const file = FILES[op.file];
    const text = editor.text(file);
    switch (op.kind) {
        case 'type': {
            // typed character by character, each a change of its own
            let at = offsetIn(text, op.at);
            for (const char of op.text) {
                await editor.edit(file, at, at, char);
                at += char.length;
            }
            return;
        }
        case 'delete': {
            const start = offsetIn(text, op.at);
            let end = Math.min(text.length, start + op.length);
            if (end > 0 && text[end - 1] === '\r' && text[end] === '\n') {
                end++;
            }
            return editor.edit(file, start, end, '');
        }
        case 'clear':
            return editor.edit(file, 0, text.length, '');
        case 'paste-binary': {
            const at = offsetIn(text, op.at);
            return editor.edit(file, at, at, Buffer.from(op.bytes).toString('latin1'));
        }
        case 'paste-example-twice': {
            const at = offsetIn(text, op.at);
            const example = EXAMPLES[EXAMPLE_NAMES[op.example]];
            return editor.edit(file, at, at, example + example);
        }
        case 'replace':
            return editor.edit(
                file,
                0,
                text.length,
                applyMutations(EXAMPLES[EXAMPLE_NAMES[op.example]], op.mutations)
            );
        case 'close':
            return editor.close(file);
        case 'request':
            return request(editor, op, file);
    }
}

async function request(editor: Editor, op: Extract<Op, { kind: 'request' }>, file: string): Promise<void> {
    const uri = editor.session.uri(file);
    if (!editor.open.has(file) && editor.disk.get(file) === undefined) {
        return; // the editor only asks about files it knows
    }
    const text = editor.text(file);
    const position = positionAt(text, offsetIn(text, op.at));
    const textDocument = { uri };
    const whole = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
    const what = `${op.request} at ${JSON.stringify(position)} in ${file}`;
    let answer: Promise<unknown>;
    switch (op.request) {
        case 'hover':
        case 'definition':
        case 'documentHighlight':
        case 'prepareRename':
        case 'completion': {
            const method = `textDocument/${op.request}`;
            answer = editor.request(
                what,
                method,
                { textDocument, position },
                code => CANCELLED.has(code) || (op.request === 'prepareRename' && code === INVALID_PARAMS)
            );
            break;
        }
        case 'references':
            answer = editor.request(what, 'textDocument/references', {
                textDocument,
                position,
                context: { includeDeclaration: true }
            });
            break;
        case 'rename':
            answer = editor.request(
                what,
                'textDocument/rename',
                { textDocument, position, newName: op.at < 0.5 ? 'Neuer_Name_ä' : '2099/01' },
                code => CANCELLED.has(code) || code === INVALID_PARAMS
            );
            break;
        case 'documentSymbol':
        case 'documentLink':
        case 'foldingRange':
        case 'codeLens':
            answer = editor.request(what, `textDocument/${op.request}`, { textDocument });
            break;
        case 'semanticTokens':
            answer = editor.request(what, 'textDocument/semanticTokens/full', { textDocument });
            break;
        case 'inlayHint':
            answer = editor.request(what, 'textDocument/inlayHint', { textDocument, range: whole });
            break;
        case 'selectionRange':
            answer = editor.request(what, 'textDocument/selectionRange', {
                textDocument,
                positions: [position]
            });
            break;
        case 'workspaceSymbol':
            answer = editor.request(what, 'workspace/symbol', {
                query: text.slice(offsetIn(text, op.at), offsetIn(text, op.at) + 3)
            });
            break;
        case 'codeAction': {
            const diagnostics = editor.session.latestDiagnostics(uri) ?? [];
            const chosen =
                diagnostics.length > 0
                    ? diagnostics[Math.floor(op.at * diagnostics.length) % diagnostics.length]
                    : undefined;
            const range = chosen?.range ?? { start: position, end: position };
            answer = editor.request(what, 'textDocument/codeAction', {
                textDocument,
                range,
                context: { diagnostics: chosen ? [chosen] : [] }
            });
            break;
        }
        case 'formatting':
        case 'rangeFormatting': {
            // always awaited, so that the answer belongs to the text the editor has now
            const range = {
                start: positionAt(text, offsetIn(text, Math.min(op.at, 0.5))),
                end: positionAt(text, offsetIn(text, Math.max(op.at, 0.5)))
            };
            const params =
                op.request === 'formatting'
                    ? { textDocument, options: { tabSize: 4, insertSpaces: true } }
                    : { textDocument, range, options: { tabSize: 2, insertSpaces: op.at < 0.7 } };
            const edits = (await editor.request(what, `textDocument/${op.request}`, params)) as
                TextEdit[] | undefined;
            if (edits !== undefined && edits !== null && !Array.isArray(edits)) {
                editor.problems.push(`${what}: not a list of edits: ${JSON.stringify(edits).slice(0, 300)}`);
            } else if (edits && editor.text(file) === text) {
                const after = applyTextEdits(text, edits);
                if (after.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) {
                    editor.problems.push(
                        `${what}: the edits change more than whitespace:\n${describeText(text)}\n→\n${describeText(after)}`
                    );
                }
            }
            return;
        }
    }
    if (op.wait) {
        const snapshot = new Map(FILES.map(f => [editor.session.uri(f), editor.text(f)]));
        const result = await answer;
        if (op.request === 'rename' || op.request === 'codeAction') {
            checkEdits(editor, what, result, snapshot);
        }
    }
}

/**
 * The edits of an answer that came before any further change: inside their documents, and for a
 * rename each replacing a name or a decision number (an edit computed on an older text lands anywhere).
 */
function checkEdits(
    editor: Editor,
    what: string,
    result: unknown,
    snapshot: ReadonlyMap<string, string>
): void {
    const edits: Array<{ changes?: Record<string, TextEdit[]> }> = what.startsWith('rename')
        ? [result as { changes?: Record<string, TextEdit[]> }]
        : ((result as Array<{ edit?: { changes?: Record<string, TextEdit[]> } }> | undefined) ?? []).map(
              action => action.edit ?? {}
          );
    for (const edit of edits) {
        for (const [uri, changes] of Object.entries(edit?.changes ?? {})) {
            const text = snapshot.get(uri);
            const current = FILES.find(f => editor.session.uri(f) === uri);
            if (text === undefined || current === undefined || editor.text(current) !== text) {
                continue;
            }
            try {
                applyTextEdits(text, changes);
                if (what.startsWith('rename')) {
                    for (const change of changes) {
                        const replaced = text.slice(
                            offsetAt(text, change.range.start),
                            offsetAt(text, change.range.end)
                        );
                        if (!/^[_a-zA-ZÄÖÜäöüß][\w\-ÄÖÜäöüß]*$|^\d{1,4}\/\d{1,4}$/.test(replaced)) {
                            editor.problems.push(
                                `${what}: an edit replaces ${JSON.stringify(replaced)}, not a name`
                            );
                        }
                    }
                }
            } catch (error) {
                editor.problems.push(
                    `${what}: edits that do not fit the document: ${(error as Error).message}`
                );
            }
        }
    }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise<T>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
        })
    ]);
}

/**
 * Runs one sequence on a fresh server over the workspace and asserts: every request answered (or
 * cancelled), the server alive, nothing logged as an error, and the diagnostics after the last edit
 * equal to those of a fresh build of the final texts.
 */
export async function runSequence(
    workspace: string,
    disk: ReadonlyMap<string, string | undefined>,
    ops: readonly Op[]
): Promise<void> {
    const session = await LspSession.start(workspace);
    const editor = new Editor(session, disk);
    const logged: string[] = [];
    session.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
        if (params.type === 1) {
            logged.push(params.message);
        }
    });
    try {
        for (const op of ops) {
            await apply(editor, op);
        }
        const answers = Promise.all(editor.pending.map(p => p.promise));
        await withTimeout(
            answers,
            30_000,
            `requests ${editor.pending
                .map(p => p.what)
                .join(', ')
                .slice(0, 500)}`
        );
        assert.deepEqual(editor.problems, [], 'requests failed');
        assert.equal(session.process.exitCode, null, `the server exited: ${session.stderr.join('')}`);
        assert.equal(session.process.signalCode, null, 'the server was killed');
        // Diagnostics after the last edit equal those of a fresh build of the final texts.
        const final: Record<string, string> = {};
        for (const file of FILES) {
            const text = editor.open.has(file) ? editor.text(file) : disk.get(file);
            if (text !== undefined) {
                final[file] = text;
            }
        }
        const expected = await buildFiles(final, workspace);
        const deadline = Date.now() + 20_000;
        for (const file of FILES) {
            const want = comparableAll(expected.documents.get(file)?.diagnostics ?? []);
            const uri = session.uri(file);
            if (want.length === 0 && !session.latestDiagnostics(uri)) {
                continue;
            }
            let got: string[] = [];
            try {
                await session.diagnosticsFor(
                    uri,
                    d => {
                        got = comparableAll(d as never);
                        return JSON.stringify(got) === JSON.stringify(want);
                    },
                    Math.max(1, deadline - Date.now())
                );
            } catch {
                assert.deepEqual(
                    got,
                    want,
                    `the published diagnostics of ${file} differ from a fresh build of the final texts`
                );
            }
        }
        assert.deepEqual(logged, [], 'the server logged errors');
        assert.ok(
            !/\bat .*\.js:\d+/.test(session.stderr.join('')),
            `a stack trace on stderr: ${session.stderr.join('')}`
        );
    } finally {
        await session.stop();
    }
}
