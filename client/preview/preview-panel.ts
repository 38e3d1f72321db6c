import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/preview-protocol.js';

/** What a preview shows right now (read by the extension's tests). */
export interface PreviewState {
    uri: string;
    /** The views of the document, or what changed in it since a commit. */
    kind: 'preview' | 'compare';
    /** A comparison: how many changes it lists. */
    changes?: number;
    html: string;
    /** How often the preview asked the language server for its HTML (after each check of the workspace). */
    requests: number;
    /** How often the webview's page was set: the first render and each change of the content since. */
    renders: number;
    /**
     * How often the page answered a highlight, the line (1-based) it last highlighted for the cursor,
     * and the element it marked.
     */
    highlights: number;
    highlightedLine?: number;
    highlightedSource?: string | null;
    /** The places the preview asked the editor to reveal. */
    revealed: Array<{ file: string; line: number; column: number }>;
}

/** What a panel shows: the HTML the language server renders for the document (and a nonce and CSP source). */
export type PanelContent = (params: PreviewParams) => Promise<PreviewResult & { changes?: number }>;

/** One preview webview for one `.strat` document: its views, or its changes since a commit. */
export class PreviewPanel implements vscode.Disposable {
    readonly state: PreviewState;
    private readonly disposables: vscode.Disposable[] = [];
    private rendering: Promise<void> | undefined;
    private pending = false;
    /** The shown HTML without its nonce: a new render that differs only in the nonce changes nothing. */
    private shown: string | undefined;
    /** The line last highlighted for the cursor (1-based), marked again when the content is replaced. */
    private highlightedLine: number | undefined;

    constructor(
        readonly panel: vscode.WebviewPanel,
        readonly documentUri: vscode.Uri,
        client: LanguageClient,
        onDispose: () => void,
        private readonly content: PanelContent = params =>
            client.sendRequest<PreviewResult>(PREVIEW_REQUEST, params),
        kind: PreviewState['kind'] = 'preview'
    ) {
        this.state = {
            uri: documentUri.toString(),
            kind,
            html: '',
            requests: 0,
            renders: 0,
            highlights: 0,
            revealed: []
        };
        this.disposables.push(
            panel.onDidDispose(() => {
                onDispose();
                this.dispose();
            }),
            panel.webview.onDidReceiveMessage(message => this.onMessage(message))
        );
    }

    /** Renders again from the language server's current model; calls during a render are coalesced. */
    refresh(): Promise<void> {
        if (this.rendering) {
            this.pending = true;
            return this.rendering;
        }
        this.rendering = this.render().finally(() => {
            this.rendering = undefined;
            if (this.pending) {
                this.pending = false;
                void this.refresh();
            }
        });
        return this.rendering;
    }

    /** Highlights, in the preview, the element written at `line` (1-based). */
    highlight(line: number): void {
        this.highlightedLine = line;
        void this.panel.webview.postMessage({ type: 'highlight', line });
    }

    private async render(): Promise<void> {
        const params: PreviewParams = {
            uri: this.documentUri.toString(),
            nonce: randomBytes(16).toString('base64'),
            cspSource: this.panel.webview.cspSource
        };
        const result = await this.content(params);
        this.state.requests++;
        this.state.changes = result.changes;
        // Every render has a fresh nonce, so its HTML always differs from the last one; setting it would
        // reload the webview (flicker, closed <details>, the cursor's mark gone) whenever any document of
        // the workspace was checked. Only a change of the content replaces the page.
        const shown = result.html.split(params.nonce).join('');
        if (shown === this.shown) {
            return;
        }
        this.shown = shown;
        this.panel.webview.html = result.html;
        this.state.html = result.html;
        this.state.renders++;
        // The new page knows nothing of the cursor: mark its place again (the webview delivers the
        // message once the page has loaded).
        if (this.highlightedLine !== undefined) {
            void this.panel.webview.postMessage({ type: 'highlight', line: this.highlightedLine });
        }
    }

    private async onMessage(message: {
        type?: string;
        file?: string;
        line?: number;
        column?: number;
        source?: string | null;
    }): Promise<void> {
        if (message.type === 'reveal' && message.file && message.line) {
            this.state.revealed.push({ file: message.file, line: message.line, column: message.column ?? 1 });
            const uri = vscode.Uri.parse(message.file);
            const position = new vscode.Position(message.line - 1, Math.max(0, (message.column ?? 1) - 1));
            const column =
                vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString())
                    ?.viewColumn ?? vscode.ViewColumn.One;
            const editor = await vscode.window.showTextDocument(uri, {
                viewColumn: column,
                preserveFocus: false
            });
            editor.selection = new vscode.Selection(position, position);
            editor.revealRange(
                new vscode.Range(position, position),
                vscode.TextEditorRevealType.InCenterIfOutsideViewport
            );
        } else if (message.type === 'highlighted' && message.line) {
            this.state.highlights++;
            this.state.highlightedLine = message.line;
            this.state.highlightedSource = message.source;
        }
    }

    dispose(): void {
        this.disposables.forEach(d => d.dispose());
        this.disposables.length = 0;
    }
}
