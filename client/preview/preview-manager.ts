import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    COMPARE_REQUEST,
    DID_VALIDATE_NOTIFICATION,
    type CompareParams,
    type CompareResult
} from '../../server/preview-protocol.js';
import { committedText } from './committed-text.js';
import { PreviewPanel, type PreviewState } from './preview-panel.js';

const REFRESH_DELAY_MS = 250;

/**
 * The previews beside the editor: opened by command, editor-title button or code lens; rendered
 * again a moment after the language server has checked an edit (no saving needed); following the
 * cursor of the previewed document. And the comparisons: what changed in a document since the last
 * commit (or the revision of the setting `strat.compareWith`), rendered again as the document changes.
 */
export class PreviewManager implements vscode.Disposable {
    private readonly panels = new Map<string, PreviewPanel>();
    /** What the comparison told the user instead of opening (for tests). */
    readonly notices: string[] = [];
    private readonly disposables: vscode.Disposable[] = [];
    private refreshTimer: NodeJS.Timeout | undefined;

    constructor(private readonly client: LanguageClient) {
        this.disposables.push(
            vscode.commands.registerCommand('strat.openPreview', (uri?: vscode.Uri | string) =>
                this.open(uri, false)
            ),
            vscode.commands.registerCommand('strat.openPreviewToSide', (uri?: vscode.Uri | string) =>
                this.open(uri, true)
            ),
            vscode.commands.registerCommand('strat.compareWithCommit', (uri?: vscode.Uri | string) =>
                this.compare(uri)
            ),
            vscode.window.onDidChangeTextEditorSelection(event => this.followCursor(event.textEditor)),
            client.onNotification(DID_VALIDATE_NOTIFICATION, () => this.scheduleRefresh())
        );
    }

    /** The state of every open preview (for tests). */
    states(): PreviewState[] {
        return [...this.panels.values()].map(p => p.state);
    }

    async open(target: vscode.Uri | string | undefined, toSide: boolean): Promise<void> {
        const uri =
            typeof target === 'string'
                ? vscode.Uri.parse(target)
                : (target ?? vscode.window.activeTextEditor?.document.uri);
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .strat file to preview it.'));
            return;
        }
        const existing = this.panels.get(uri.toString());
        if (existing) {
            existing.panel.reveal(undefined, true);
            return existing.refresh();
        }
        const panel = vscode.window.createWebviewPanel(
            'strat.preview',
            vscode.l10n.t('Preview {0}', path.basename(uri.path)),
            { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: true },
            { enableScripts: true, localResourceRoots: [], enableFindWidget: true }
        );
        const preview = new PreviewPanel(panel, uri, this.client, () => this.panels.delete(uri.toString()));
        this.panels.set(uri.toString(), preview);
        await preview.refresh();
    }

    /**
     * Opens beside the editor what changed in the document since the last commit (or the revision the
     * setting `strat.compareWith` names). Where there is no committed version, says so once.
     */
    async compare(target: vscode.Uri | string | undefined): Promise<void> {
        const uri =
            typeof target === 'string'
                ? vscode.Uri.parse(target)
                : (target ?? vscode.window.activeTextEditor?.document.uri);
        if (!uri) {
            return this.notify(vscode.l10n.t('Open a .strat file to compare it with its last commit.'));
        }
        const base = vscode.workspace.getConfiguration('strat', uri).get<string>('compareWith') || 'HEAD';
        const committed = await committedText(uri, base);
        if ('reason' in committed) {
            return this.notify(committed.reason);
        }
        const key = `compare:${uri.toString()}`;
        this.panels.get(key)?.panel.dispose();
        const panel = vscode.window.createWebviewPanel(
            'strat.compare',
            vscode.l10n.t('Changes {0}', path.basename(uri.path)),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, localResourceRoots: [], enableFindWidget: true }
        );
        const content = async (params: { nonce: string; cspSource?: string }) => {
            const request: CompareParams = {
                ...params,
                uri: uri.toString(),
                baseText: committed.text,
                baseName: committed.name
            };
            return this.client.sendRequest<CompareResult>(COMPARE_REQUEST, request);
        };
        const comparison = new PreviewPanel(
            panel,
            uri,
            this.client,
            () => this.panels.delete(key),
            content,
            'compare'
        );
        this.panels.set(key, comparison);
        await comparison.refresh();
    }

    private notify(message: string): void {
        this.notices.push(message);
        void vscode.window.showInformationMessage(message);
    }

    private scheduleRefresh(): void {
        if (this.panels.size === 0) {
            return;
        }
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => {
            for (const panel of this.panels.values()) {
                void panel.refresh();
            }
        }, REFRESH_DELAY_MS);
    }

    private followCursor(editor: vscode.TextEditor): void {
        const panel = this.panels.get(editor.document.uri.toString());
        panel?.highlight(editor.selection.active.line + 1);
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        this.panels.forEach(p => p.panel.dispose());
        this.disposables.forEach(d => d.dispose());
    }
}
