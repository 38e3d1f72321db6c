import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StratExtensionApi } from '../../../client/extension.js';
import type { PreviewState } from '../../../client/preview/preview-panel.js';
import { EXTENSION_ID, fileUri, openDocument, restore, screenshot, showAt, waitFor } from './helpers.js';

/** A file of the workspace (a git repository with the examples committed) that no other test edits. */
const EVIDENCE = 'illustrative/musterland-evidenz.strat';

function api(): StratExtensionApi {
    const extension = vscode.extensions.getExtension<StratExtensionApi>(EXTENSION_ID);
    assert.ok(extension?.isActive, `extension ${EXTENSION_ID} is not active`);
    return extension.exports;
}

function comparison(uri: vscode.Uri): PreviewState | undefined {
    return api()
        .previews()
        .find(state => state.kind === 'compare' && state.uri === uri.toString());
}

async function replaceIn(document: vscode.TextDocument, from: string, to: string): Promise<void> {
    const start = document.getText().indexOf(from);
    assert.ok(start >= 0, `"${from}" not in ${document.uri.path}`);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
        document.uri,
        new vscode.Range(document.positionAt(start), document.positionAt(start + from.length)),
        to
    );
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was applied');
}

export function defineCompareTests(): void {
    describe('compare with the last commit', function () {
        this.timeout(120_000);

        it('shows what changed since the last commit, in the words of strat diff, and follows the typing', async () => {
            const document = await openDocument(EVIDENCE);
            const original = document.getText();
            await showAt(document, new vscode.Position(0, 0));
            try {
                await replaceIn(
                    document,
                    'goal register "Register sind angebunden"',
                    'goal register "Register sind vollständig angebunden"'
                );
                await vscode.commands.executeCommand('strat.compareWithCommit', document.uri);
                const state = await waitFor('the comparison with the title change', () => {
                    const s = comparison(document.uri);
                    return s?.html.includes('title changed') ? s : undefined;
                });
                assert.match(state.html, /<h1 class="page-title">Changes since HEAD \([0-9a-f]{7,}\)<\/h1>/);
                assert.ok(
                    state.html.includes(
                        'Goal register “Register sind vollständig angebunden”</span>: title changed: “Register sind angebunden” → “Register sind vollständig angebunden”'
                    ),
                    state.html
                );
                assert.equal(state.changes, 1);
                // an edit without saving: the comparison follows
                await replaceIn(
                    document,
                    'measured 55 at 2024 group bund',
                    'measured about 57 at 2024 group bund'
                );
                await waitFor(
                    'the comparison with the changed value',
                    () => comparison(document.uri)?.changes === 2
                );
                const html = comparison(document.uri)!.html;
                assert.ok(
                    html.includes(
                        'value changed: Measured 2024, Group bund: 55 (Source befragung-2024) → Measured 2024, Group bund: approx. 57 (Source befragung-2024)'
                    ),
                    html
                );
                await screenshot('compare');
                assert.equal(document.isDirty, true, 'nothing was saved');
            } finally {
                await restore(document, original);
            }
            await waitFor(
                'no changes once the text is the committed one',
                () => comparison(document.uri)?.changes === 0
            );
            assert.ok(comparison(document.uri)!.html.includes('<p class="empty">No changes.</p>'));
        });

        it('says once, and opens nothing, when a file is not committed yet or not in a git repository', async () => {
            const fresh = fileUri('noch-nicht-committet.strat');
            await vscode.workspace.fs.writeFile(
                fresh,
                Buffer.from('strategy Neu "Neu" {\n    status draft\n}\n')
            );
            const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-no-git-'));
            const loose = vscode.Uri.file(path.join(outside, 'lose.strat'));
            await fs.writeFile(loose.fsPath, 'strategy Lose "Lose" {\n    status draft\n}\n');
            try {
                const before = api().notices().length;
                await showAt(await vscode.workspace.openTextDocument(fresh), new vscode.Position(0, 0));
                await vscode.commands.executeCommand('strat.compareWithCommit');
                assert.deepEqual(api().notices().slice(before), [
                    'noch-nicht-committet.strat is not committed yet: the last commit does not contain it, so there is nothing to compare it with.'
                ]);
                assert.equal(comparison(fresh), undefined, 'no comparison opened');
                await vscode.commands.executeCommand('strat.compareWithCommit', loose);
                assert.deepEqual(
                    api()
                        .notices()
                        .slice(before + 1),
                    [
                        'lose.strat is not in a git repository: there is no committed version to compare it with.'
                    ]
                );
                assert.equal(comparison(loose), undefined, 'no comparison opened');
            } finally {
                await vscode.commands.executeCommand('workbench.action.closeAllEditors');
                await vscode.workspace.fs.delete(fresh);
                await fs.rm(outside, { recursive: true, force: true });
            }
        });
    });
}
