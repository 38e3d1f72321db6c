import * as vscode from 'vscode';
import { printf } from './printf.js';

/**
 * Marks the suite's own output lines. In code-server the extension host relays console.log to the
 * workbench, which logs it with CSS and printf placeholders of its own among its other messages; a
 * desktop VS Code passes it to its standard output among its own lines. Either runner (test/vscode/run.mjs,
 * test/vscode/desktop/) shows what follows this mark, formatted here already.
 */
export const OUTPUT_MARK = '[strat-suite] ';

/** Writes a line (printf-style, as console.log) for the runner to show: each of its lines marked. */
export function log(...args: unknown[]): void {
    console.log(
        printf(...args)
            .split('\n')
            .map(line => OUTPUT_MARK + line)
            .join('\n')
    );
}

/**
 * Whether a driver of the workbench's page can act on webviews (click, scroll, take screenshots): the
 * code-server harness, which runs the workbench in a browser page. A desktop VS Code has none.
 */
export function pageIsDriven(): boolean {
    return vscode.env.uiKind === vscode.UIKind.Web;
}

/** The extension under test: `publisher.name` from package.json. */
export const EXTENSION_ID = 'strat-lang.strat';

export const STRATEGY = 'interfoederale-strategie.strat';
export const CATALOGUE = 'catalogue/it-planungsrat.strat';
export const REVIEW = 'intelligente-verwaltungsnetze.strat';

export function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** The uri of a file in the (temporary copy of the) examples the workbench has open. */
export function fileUri(relative: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        throw new Error('the workbench has no folder open');
    }
    return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function openDocument(relative: string): Promise<vscode.TextDocument> {
    return vscode.workspace.openTextDocument(fileUri(relative));
}

/**
 * Shows a document in the editor with the cursor at `position`, the position in the middle of the screen;
 * in the editor group `viewColumn`, by default the active one.
 */
export async function showAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    viewColumn?: vscode.ViewColumn
): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(document, {
        selection: new vscode.Range(position, position),
        preserveFocus: false,
        viewColumn
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    return editor;
}

/**
 * Asks `probe` every `intervalMs` until it returns something other than `undefined` (or `false`), and
 * fails with `what` and the last value seen after `timeoutMs`.
 */
export async function waitFor<T>(
    what: string,
    probe: () => T | undefined | false | Promise<T | undefined | false>,
    timeoutMs = 30_000,
    intervalMs = 100
): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) {
                return value;
            }
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            throw new Error(
                `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`
            );
        }
        await sleep(intervalMs);
    }
}

/** The position of the `occurrence`-th `needle` in the document, plus `shift` characters. */
export function positionOf(
    document: vscode.TextDocument,
    needle: string,
    shift = 0,
    occurrence = 0
): vscode.Position {
    const text = document.getText();
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) {
            throw new Error(`"${needle}" not found in ${vscode.workspace.asRelativePath(document.uri)}`);
        }
    }
    return document.positionAt(index + shift);
}

export function countOf(text: string, needle: string): number {
    return text.split(needle).length - 1;
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return code === undefined ? undefined : String(typeof code === 'object' ? code.value : code);
}

export function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
    return JSON.stringify(
        diagnostics.map(
            d =>
                `${d.range.start.line + 1}:${d.range.start.character + 1} ${diagnosticCode(d) ?? ''} ${d.message}`
        )
    );
}

/** The text of a hover's contents, whatever form they take. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
    return hovers
        .flatMap(hover =>
            hover.contents.map(content => (typeof content === 'string' ? content : content.value))
        )
        .join('\n');
}

/** Replaces the whole document by `text` (an edit, as a user's) and saves it. */
export async function restore(document: vscode.TextDocument, text: string): Promise<void> {
    if (document.getText() !== text) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(
            document.uri,
            new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
            text
        );
        if (!(await vscode.workspace.applyEdit(edit))) {
            throw new Error(`could not restore ${vscode.workspace.asRelativePath(document.uri)}`);
        }
    }
    if (document.isDirty) {
        await document.save();
    }
}

/**
 * Asks the harness (test/vscode/run.mjs) for a screenshot of the workbench as it is now and gives it
 * time to take it. Only when the harness was told to take screenshots (STRAT_SCREENSHOTS); otherwise
 * nothing is printed and no time is spent.
 */
export async function screenshot(name: string): Promise<void> {
    if (!process.env.STRAT_SCREENSHOTS) {
        return;
    }
    // Room for the editor: the secondary side bar (an empty chat view) shares the window otherwise.
    await vscode.commands
        .executeCommand('workbench.action.closeAuxiliaryBar')
        .then(undefined, () => undefined);
    await sleep(1_500);
    log(`STRAT-SCREENSHOT ${name}`);
    await sleep(1_500);
}

/**
 * Asks the harness (test/vscode/run.mjs) to click, with the mouse, the first element that matches the
 * CSS `selector` in a webview's frame (`STRAT-CLICK selector`). The harness answers only in its own
 * output: wait for the click's effect.
 */
export function clickInWebview(selector: string): void {
    log(`STRAT-CLICK ${selector}`);
}

/**
 * Asks the harness to scroll the first element that matches `selector` in a webview's frame to the
 * top of the webview (`STRAT-SCROLL selector`), without giving the webview the focus. As with clicks,
 * the harness answers only in its own output.
 */
export function scrollInWebview(selector: string): void {
    log(`STRAT-SCROLL ${selector}`);
}
