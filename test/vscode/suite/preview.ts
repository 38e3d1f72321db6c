import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StratExtensionApi } from '../../../client/extension.js';
import type { PreviewState } from '../../../client/preview/preview-panel.js';
import {
    clickInWebview,
    EXTENSION_ID,
    fileUri,
    log,
    openDocument,
    pageIsDriven,
    positionOf,
    restore,
    REVIEW,
    screenshot,
    scrollInWebview,
    showAt,
    sleep,
    STRATEGY,
    waitFor
} from './helpers.js';

/** The matrix's heading in the preview, in the workspace's language (`strat.language`: en) or in German. */
const MATRIX_HEADING = /Status and progress with outlook|Bewertung von Status und Fortschritt mit Ausblick/;
const FOCUS_TITLE = 'Erprobungsräume und Modellregionen als Orte der Innovation und Transformation';
const ALLIANCES_TITLE = 'Neue Kompetenzen und neue Allianzen für die digitale Verwaltung';
const NEW_TITLE = 'Reallabore für eine vernetzte Verwaltung';

function api(): StratExtensionApi {
    const extension = vscode.extensions.getExtension<StratExtensionApi>(EXTENSION_ID);
    assert.ok(extension?.isActive, `extension ${EXTENSION_ID} is not active`);
    return extension.exports;
}

/** The state of the preview of REVIEW, when there is one. */
function previewState(): PreviewState | undefined {
    const uri = fileUri(REVIEW).toString();
    return api()
        .previews()
        .find(state => state.uri === uri);
}

function preview(): PreviewState {
    const state = previewState();
    assert.ok(state, `no preview of ${REVIEW}`);
    return state;
}

/** The lines (1-based) of a goal's block: from `goal NAME` to its closing brace at the same indentation. */
function goalLines(
    document: vscode.TextDocument,
    name: string
): { start: number; end: number; column: number } {
    const start = positionOf(document, `goal ${name} `);
    const indent = document.lineAt(start.line).text.slice(0, start.character);
    for (let line = start.line + 1; line < document.lineCount; line++) {
        if (document.lineAt(line).text === `${indent}}`) {
            return { start: start.line + 1, end: line + 1, column: start.character + 1 };
        }
    }
    throw new Error(`the block of goal ${name} does not end`);
}

/** `file#line:column` of a preview's `data-source`. */
function parseSource(
    source: string | null | undefined
): { file: string; line: number; column: number } | undefined {
    const match = source ? /^(.*)#(\d+):(\d+)$/.exec(source) : null;
    return match ? { file: match[1], line: Number(match[2]), column: Number(match[3]) } : undefined;
}

/** That the preview marked an element of the goal whose lines are `goal`, in the previewed file. */
function assertMarksGoal(
    document: vscode.TextDocument,
    state: PreviewState,
    goal: { start: number; end: number }
): void {
    const source = parseSource(state.highlightedSource);
    assert.ok(source, `the marked element has no usable data-source: ${state.highlightedSource}`);
    assert.equal(source.file, document.uri.toString());
    assert.ok(
        source.line >= goal.start && source.line <= goal.end,
        `the marked element (${state.highlightedSource}) is not within lines ${goal.start}-${goal.end}`
    );
}

/** The webview tabs of the workbench that show a strat preview. */
function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all
        .flatMap(group => group.tabs)
        .filter(
            tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('strat.preview')
        );
}

/** Every tab of the workbench, with the type of what it shows (for failure messages). */
function allTabs(): Array<[string, string | undefined]> {
    return vscode.window.tabGroups.all
        .flatMap(group => group.tabs)
        .map(tab => [
            tab.label,
            tab.input instanceof vscode.TabInputWebview
                ? `webview ${tab.input.viewType}`
                : tab.input?.constructor.name
        ]);
}

/**
 * The preview beside the editor, in a real workbench: its webview is rendered by the language server
 * (request `strat/preview`), follows unsaved edits and the cursor, and a click in it (a real mouse
 * click in the webview's frame, done by the harness) reveals the clicked element's source.
 */
export function definePreviewTests(): void {
    describe('the preview beside the editor', function () {
        this.timeout(60_000);
        let document: vscode.TextDocument;
        let original: string;

        before(async () => {
            document = await openDocument(REVIEW);
            original = document.getText();
        });

        after(async () => {
            await restore(document, original);
            for (const tab of previewTabs()) {
                await vscode.window.tabGroups.close(tab);
            }
        });

        it('opens beside the editor with the matrix and the goals of the strategy', async () => {
            assert.equal(previewState(), undefined, 'a preview was open before the command');
            // The editor shows levels and goals; the command takes the active editor's document.
            await showAt(document, positionOf(document, 'goal infrastructure '), vscode.ViewColumn.One);
            await vscode.commands.executeCommand('strat.openPreviewToSide');
            const state = await waitFor("the preview's first render", () =>
                previewState()?.renders ? previewState() : undefined
            );
            assert.match(state.html, MATRIX_HEADING);
            assert.ok(state.html.includes('<table class="matrix">'), 'the preview has no matrix');
            assert.ok(state.html.includes(FOCUS_TITLE), 'the preview lacks the title of goal focus-testbeds');
            assert.ok(
                state.html.includes('>Veränderte Infrastrukturverantwortung des Staates<'),
                'the preview lacks the title of goal infrastructure'
            );
            // The workbench tells the extension host about its tabs a moment later.
            const tabs = await waitFor(
                "the preview's tab",
                () => (previewTabs().length > 0 ? previewTabs() : undefined),
                10_000
            ).catch(error => assert.fail(`${error.message}; tabs: ${JSON.stringify(allTabs())}`));
            assert.equal(tabs.length, 1, `tabs: ${JSON.stringify(allTabs())}`);
            assert.equal(tabs[0].label, `Preview ${REVIEW}`);
            // Beside: the editor keeps its column and the focus, the preview is in the next one.
            const editor = vscode.window.activeTextEditor;
            assert.equal(
                editor?.document.uri.toString(),
                document.uri.toString(),
                'the editor lost the focus to the preview'
            );
            assert.ok(
                tabs[0].group.viewColumn > (editor.viewColumn ?? 1),
                `the preview is in column ${tabs[0].group.viewColumn}, the editor in ${editor.viewColumn}`
            );
            if (process.env.STRAT_SCREENSHOTS) {
                // For the README: editor and preview share the window, the preview wider, scrolled to the
                // matrix; the editor shows the first goals (the rows at the top of the matrix).
                await vscode.commands.executeCommand('workbench.action.closeSidebar');
                await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
                await vscode.workspace
                    .getConfiguration('editor')
                    .update('stickyScroll.enabled', false, vscode.ConfigurationTarget.Workspace);
                await vscode.commands.executeCommand('vscode.setEditorLayout', {
                    orientation: 0,
                    groups: [{ size: 0.36 }, { size: 0.64 }]
                });
                const top = positionOf(document, 'goal infrastructure ').line - 2;
                editor.revealRange(new vscode.Range(top, 0, top, 0), vscode.TextEditorRevealType.AtTop);
                scrollInWebview('section.view-matrix h2');
                await sleep(500);
                await screenshot('preview');
            }
        });

        it('marks the element at the cursor', async () => {
            const goal = goalLines(document, 'focus-testbeds');
            const editor = await showAt(
                document,
                new vscode.Position(goal.start - 1, goal.column - 1),
                vscode.ViewColumn.One
            );
            // Move the cursor within the line too: a selection event, whatever the cursor was before.
            editor.selection = new vscode.Selection(
                goal.start - 1,
                goal.column + 4,
                goal.start - 1,
                goal.column + 4
            );
            const state = await waitFor(
                `the preview to mark line ${goal.start}`,
                () => (preview().highlightedLine === goal.start ? preview() : undefined),
                20_000
            );
            assertMarksGoal(document, state, goal);
        });

        it("shows an edit before it is saved, and the undo too, and marks the cursor's element again", async () => {
            // The cursor stays in goal focus-testbeds (the test before); the title of another goal changes.
            const cursorGoal = goalLines(document, 'focus-testbeds');
            assert.equal(
                vscode.window.activeTextEditor?.selection.active.line,
                cursorGoal.start - 1,
                'the cursor is not in goal focus-testbeds'
            );
            const { renders, highlights, html: before } = preview();
            // the words also name the section of the review the goal comes from (`from … section`)
            const asTitle = (html: string) => html.split(ALLIANCES_TITLE).length - 1;
            let cursorMoves = 0;
            const listener = vscode.window.onDidChangeTextEditorSelection(() => cursorMoves++);
            try {
                const title = positionOf(document, ALLIANCES_TITLE);
                const edit = new vscode.WorkspaceEdit();
                edit.replace(
                    document.uri,
                    new vscode.Range(title, title.translate(0, ALLIANCES_TITLE.length)),
                    NEW_TITLE
                );
                assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was refused');
                assert.ok(document.isDirty, 'the document is not dirty after the edit');
                const edited = await waitFor(
                    'the new title in the preview',
                    () => (preview().html.includes(NEW_TITLE) ? preview() : undefined),
                    20_000
                );
                assert.ok(edited.renders > renders, `renders: ${renders} before, ${edited.renders} after`);
                assert.ok(asTitle(edited.html) < asTitle(before), 'the old title is still in the preview');
                assert.ok(document.isDirty, 'the document was saved');
                // The new page marks the cursor's element again, though the cursor did not move.
                const marked = await waitFor(
                    "the new page to mark the cursor's element",
                    () => (preview().highlights > highlights ? preview() : undefined),
                    10_000
                );
                assert.equal(marked.highlightedLine, cursorGoal.start);
                assertMarksGoal(document, marked, cursorGoal);
                assert.equal(cursorMoves, 0, 'the cursor moved during the edit');
            } finally {
                listener.dispose();
            }

            await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
            await vscode.commands.executeCommand('undo');
            assert.equal(document.getText(), original, 'undo did not restore the text');
            assert.ok(!document.isDirty, 'the document is dirty after the undo');
            await waitFor(
                'the old title back in the preview',
                () => preview().html.includes(ALLIANCES_TITLE) && !preview().html.includes(NEW_TITLE),
                20_000
            );
        });

        it('keeps its page while another file is edited', async () => {
            const other = await openDocument(STRATEGY);
            const otherText = other.getText();
            const { requests, renders, html } = preview();
            try {
                // A comment at the end: nothing the preview shows changes, yet the workspace is checked
                // again.
                const edit = new vscode.WorkspaceEdit();
                edit.insert(other.uri, other.positionAt(otherText.length), '// Notiz\n');
                assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was refused');
                const state = await waitFor(
                    'the preview to ask for its page again',
                    () => (preview().requests > requests ? preview() : undefined),
                    20_000
                );
                assert.equal(
                    state.renders,
                    renders,
                    "the webview's page was replaced though its content did not change"
                );
                assert.equal(state.html, html);
            } finally {
                await restore(other, otherText);
            }
        });

        it('reveals the source of a goal that is clicked in the preview', async function () {
            if (!pageIsDriven()) {
                // The click is a real mouse click in the webview's frame: only a driver of the page can
                // give it (the code-server harness), not a desktop VS Code's extension host.
                log('(the click in the preview is left out: no driver of the page can click in this host)');
                this.skip();
            }
            const goal = goalLines(document, 'testbeds');
            // The cursor elsewhere (in goal focus-testbeds), so that the reveal moves it.
            const elsewhere = goalLines(document, 'focus-testbeds');
            assert.ok(elsewhere.start > goal.end);
            await showAt(
                document,
                new vscode.Position(elsewhere.start - 1, elsewhere.column - 1),
                vscode.ViewColumn.One
            );
            const before = preview().revealed.length;
            // The title of the goal's card: the card leads to the goal's first line.
            clickInWebview(`article.goal-card[data-source$="#${goal.start}:${goal.column}"] > h4`);
            const revealed = await waitFor(
                'the click to reveal a place',
                () => (preview().revealed.length > before ? preview().revealed.at(-1) : undefined),
                20_000
            );
            assert.deepEqual(revealed, {
                file: document.uri.toString(),
                line: goal.start,
                column: goal.column
            });
            const editor = await waitFor(
                `the editor's cursor at line ${goal.start}`,
                () => {
                    const active = vscode.window.activeTextEditor;
                    return active?.document.uri.toString() === document.uri.toString() &&
                        active.selection.active.line === goal.start - 1
                        ? active
                        : undefined;
                },
                10_000
            );
            assert.equal(editor.selection.active.character, goal.column - 1);
            await waitFor(
                `line ${goal.start} in view`,
                () => editor.visibleRanges.some(range => range.contains(editor.selection.active)),
                10_000
            );
            // The cursor moved, so the preview marks the goal now.
            await waitFor(
                `the preview to mark line ${goal.start}`,
                () => preview().highlightedLine === goal.start,
                10_000
            );
        });
    });
}
