import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
    CATALOGUE,
    countOf,
    describeDiagnostics,
    diagnosticCode,
    errorsOf,
    EXTENSION_ID,
    fileUri,
    hoverText,
    openDocument,
    positionOf,
    restore,
    REVIEW,
    screenshot,
    showAt,
    sleep,
    STRATEGY,
    waitFor
} from './helpers.js';

/**
 * What a user of the extension notices, asked through the `vscode` API of a real workbench: the bundled
 * extension (dist/extension.cjs) and its language server (dist/server.cjs) on a copy of the examples.
 * Defined in a function so that the suite's entry can install mocha's `describe`/`it` first.
 */
export function defineFeatureTests(): void {
    describe('the strat extension in VS Code', function () {
        this.timeout(60_000);

        it('activates on opening a .strat file, and the language server finds no error in the strategy', async () => {
            const extension = vscode.extensions.getExtension(EXTENSION_ID);
            assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
            assert.equal(
                extension.isActive,
                false,
                'the extension was active before a .strat file was opened'
            );
            const uri = fileUri(STRATEGY);
            const published = new Set<string>();
            const listener = vscode.languages.onDidChangeDiagnostics(event =>
                event.uris.forEach(u => published.add(u.toString()))
            );
            try {
                const document = await openDocument(STRATEGY);
                assert.equal(document.languageId, 'strat');
                await vscode.window.showTextDocument(document);
                await waitFor('the extension to activate', () => extension.isActive);
                await waitFor(`the language server's diagnostics for ${STRATEGY}`, () =>
                    published.has(uri.toString())
                );
            } finally {
                listener.dispose();
            }
            assert.deepEqual(describeDiagnostics(errorsOf(uri)), '[]');
        });

        it('shows an error while a broken edit is unsaved, and takes it back when the edit is undone', async () => {
            const document = await openDocument(STRATEGY);
            const original = document.getText();
            const editor = await showAt(document, positionOf(document, 'owner ITPLR'));
            const name = positionOf(document, 'owner ITPLR', 'owner '.length);
            assert.ok(
                await editor.edit(edit =>
                    edit.replace(new vscode.Range(name, name.translate(0, 'ITPLR'.length)), 'ITPRL')
                ),
                'the edit was refused'
            );
            assert.ok(document.isDirty);
            const errors = await waitFor('an error on the changed line', () => {
                const found = errorsOf(document.uri).filter(d => d.range.start.line === name.line);
                return found.length > 0 ? found : undefined;
            });
            assert.match(errors[0].message, /ITPRL/);
            // The state a user sees: the squiggle, and the problem shown inline (for the README's
            // screenshot).
            editor.selection = new vscode.Selection(name.translate(0, -1), name.translate(0, -1));
            await vscode.commands.executeCommand('editor.action.marker.next');
            await screenshot('diagnostics');
            await vscode.commands.executeCommand('closeMarkersNavigation');

            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('undo');
            assert.equal(document.getText(), original, 'undo did not restore the text');
            await waitFor(
                `no error in ${STRATEGY} after the undo`,
                () => errorsOf(document.uri).length === 0
            );
            assert.ok(!document.isDirty, 'the document is still dirty after the undo');
        });

        it("hovers a decision citation with the decision's title", async () => {
            const document = await openDocument(STRATEGY);
            const position = positionOf(document, 'commissioned-by 2023/42', 'commissioned-by '.length + 2);
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
                'vscode.executeHoverProvider',
                document.uri,
                position
            );
            const text = hoverText(hovers);
            assert.match(text, /2023\/42/);
            assert.match(text, /Entwicklung einer gemeinsamen/);
            // The hover as a user sees it (for the README's screenshot).
            await showAt(document, position);
            await vscode.commands.executeCommand('editor.action.showHover');
            await screenshot('hover');
            await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
        });

        it('goes from a citation of 2022/27 to its declaration in the catalogue', async () => {
            const document = await openDocument(STRATEGY);
            const position = positionOf(document, '2022/27', 2);
            const targets = await vscode.commands.executeCommand<
                Array<vscode.Location | vscode.LocationLink>
            >('vscode.executeDefinitionProvider', document.uri, position);
            assert.equal(targets.length, 1, JSON.stringify(targets));
            const target = targets[0];
            const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
            const targetRange =
                'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
            assert.equal(targetUri.toString(), fileUri(CATALOGUE).toString());
            const catalogue = await vscode.workspace.openTextDocument(targetUri);
            assert.deepEqual(
                targetRange.start,
                positionOf(catalogue, 'decision 2022/27', 'decision '.length)
            );
            assert.equal(catalogue.getText(targetRange), '2022/27');

            // F12 in the editor opens the catalogue there.
            await showAt(document, position);
            await vscode.commands.executeCommand('editor.action.revealDefinition');
            const editor = await waitFor(
                'the catalogue in the active editor',
                () =>
                    vscode.window.activeTextEditor?.document.uri.toString() === targetUri.toString()
                        ? vscode.window.activeTextEditor
                        : undefined,
                10_000
            );
            assert.equal(editor.selection.active.line, targetRange.start.line);
        });

        it('finds at least 6 references of 2022/27', async () => {
            const document = await openDocument(STRATEGY);
            const locations = await vscode.commands.executeCommand<vscode.Location[]>(
                'vscode.executeReferenceProvider',
                document.uri,
                positionOf(document, '2022/27', 2)
            );
            const citations = locations.filter(l => l.uri.toString() === document.uri.toString());
            assert.ok(
                citations.length >= 6,
                `only ${citations.length} references in ${STRATEGY}: ${JSON.stringify(locations.map(l => `${vscode.workspace.asRelativePath(l.uri)}:${l.range.start.line + 1}`))}`
            );
            assert.ok(
                citations.every(l => document.getText(l.range) === '2022/27'),
                'a reference that is not the text 2022/27'
            );
        });

        it('renames a decision number in the catalogue and in every strategy that cites it', async () => {
            const strategy = await openDocument(STRATEGY);
            const catalogue = await openDocument(CATALOGUE);
            const strategyText = strategy.getText();
            const catalogueText = catalogue.getText();
            const citations = countOf(strategyText, '2022/27');
            assert.ok(citations >= 6);
            assert.equal(countOf(strategyText, '2022/97') + countOf(catalogueText, '2022/97'), 0);
            try {
                const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
                    'vscode.executeDocumentRenameProvider',
                    strategy.uri,
                    positionOf(strategy, '2022/27', 2),
                    '2022/97'
                );
                assert.ok(edit, 'no rename edit');
                const files = edit
                    .entries()
                    .map(([uri]) => vscode.workspace.asRelativePath(uri))
                    .sort();
                assert.deepEqual(files, [CATALOGUE, STRATEGY].sort());
                assert.ok(await vscode.workspace.applyEdit(edit), 'the rename edit was not applied');
                assert.ok(
                    catalogue.getText().includes('decision 2022/97 by ITPLR'),
                    'the declaration was not renamed'
                );
                assert.equal(countOf(catalogue.getText(), 'decision 2022/27'), 0);
                assert.equal(countOf(strategy.getText(), '2022/97'), citations);
                assert.equal(countOf(strategy.getText(), '2022/27'), 0);
                // Everything still resolves: no error in either file.
                await sleep(500);
                await waitFor(
                    'no errors after the rename',
                    () => errorsOf(strategy.uri).length + errorsOf(catalogue.uri).length === 0,
                    15_000
                );

                // And back, through the renamed declaration.
                const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
                    'vscode.executeDocumentRenameProvider',
                    catalogue.uri,
                    positionOf(catalogue, 'decision 2022/97', 'decision '.length + 1),
                    '2022/27'
                );
                assert.ok(await vscode.workspace.applyEdit(back), 'the renaming back was not applied');
                assert.equal(strategy.getText(), strategyText);
                assert.equal(catalogue.getText(), catalogueText);
            } finally {
                await restore(strategy, strategyText);
                await restore(catalogue, catalogueText);
            }
        });

        it('completes a decision number after `cites`', async () => {
            const uri = fileUri('scratch.strat');
            await vscode.workspace.fs.writeFile(
                uri,
                new TextEncoder().encode('strategy Scratch "Notizen" {\n    cites \n}\n')
            );
            try {
                const document = await vscode.workspace.openTextDocument(uri);
                await vscode.window.showTextDocument(document);
                const position = new vscode.Position(1, '    cites '.length);
                const labels = await waitFor(
                    '2023/42 among the completions',
                    async () => {
                        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
                            'vscode.executeCompletionItemProvider',
                            uri,
                            position
                        );
                        const found = list.items.map(item =>
                            typeof item.label === 'string' ? item.label : item.label.label
                        );
                        return found.includes('2023/42') ? found : undefined;
                    },
                    15_000,
                    250
                );
                assert.ok(labels.includes('2022/27'));
            } finally {
                await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
                await vscode.workspace.fs.delete(uri);
            }
        });

        it('formats a messy document into the canonical layout', async () => {
            const uri = fileUri('messy.strat');
            const messy =
                'strategy Messy "Unordentlich" { horizon 2030\n  goal g "G" { level l }\n level l "L" }\n';
            await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(messy));
            try {
                const document = await vscode.workspace.openTextDocument(uri);
                await vscode.window.showTextDocument(document);
                const edits = await waitFor(
                    'formatting edits',
                    async () => {
                        const result = await vscode.commands.executeCommand<vscode.TextEdit[]>(
                            'vscode.executeFormatDocumentProvider',
                            uri,
                            { tabSize: 4, insertSpaces: true }
                        );
                        return result && result.length > 0 ? result : undefined;
                    },
                    15_000,
                    250
                );
                const edit = new vscode.WorkspaceEdit();
                edit.set(uri, edits);
                assert.ok(await vscode.workspace.applyEdit(edit));
                assert.equal(
                    document.getText(),
                    'strategy Messy "Unordentlich" {\n    horizon 2030\n\n    goal g "G" {\n        level l\n    }\n\n    level l "L"\n}\n'
                );
                await document.save();
            } finally {
                await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
                await vscode.workspace.fs.delete(uri);
            }
        });

        it('offers "Write 27/2014 as 2014/27" for a legacy decision number, and the warning goes once it is applied', async () => {
            const document = await openDocument(REVIEW);
            const original = document.getText();
            await showAt(document, positionOf(document, 'cites 27/2014'));
            const line = positionOf(document, 'cites 27/2014').line;
            const isLegacy = (d: vscode.Diagnostic) =>
                diagnosticCode(d) === 'legacy-decision-id' && d.range.start.line === line;
            const warning = await waitFor(`the legacy-decision-id warning in line ${line + 1}`, () =>
                vscode.languages.getDiagnostics(document.uri).find(isLegacy)
            );
            assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
            assert.equal(document.getText(warning.range), '27/2014');
            try {
                const actions = await vscode.commands.executeCommand<
                    Array<vscode.CodeAction | vscode.Command>
                >('vscode.executeCodeActionProvider', document.uri, warning.range);
                const fix = actions.find(a => a.title === 'Write 27/2014 as 2014/27');
                assert.ok(fix, `no quick fix among ${JSON.stringify(actions.map(a => a.title))}`);
                assert.ok('edit' in fix && fix.edit, 'the quick fix has no edit');
                assert.ok(await vscode.workspace.applyEdit(fix.edit));
                if (fix.command) {
                    await vscode.commands.executeCommand(
                        fix.command.command,
                        ...(fix.command.arguments ?? [])
                    );
                }
                assert.match(document.lineAt(line).text.trim(), /^cites 2014\/27( |$)/);
                await waitFor(
                    'the warning to disappear',
                    () => !vscode.languages.getDiagnostics(document.uri).some(isLegacy)
                );
                assert.deepEqual(describeDiagnostics(errorsOf(document.uri)), '[]');
            } finally {
                await restore(document, original);
            }
        });
    });
}
