import * as vscode from 'vscode';
import type { StratExtensionApi } from '../../../client/activate-extension.js';
import {
    CATALOGUE,
    describeDiagnostics,
    diagnosticCode,
    EXTENSION_ID,
    fileUri,
    log,
    openDocument,
    positionOf,
    REVIEW,
    STRATEGY,
    waitFor
} from '../suite/helpers.js';

/** A citation of a decision the catalogue gives a title (2022/02 "Ukrainekrise"). */
const CITATION = 'evolves 2022/27, 2023/46, 2022/02';

/** Node's assert is not in the browser's extension host: the few checks the suite needs. */
function ok(value: unknown, message: string): asserts value {
    if (!value) {
        throw new Error(message);
    }
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
    return (hovers ?? [])
        .flatMap(h => h.contents)
        .map(c => (typeof c === 'string' ? c : c.value))
        .join('\n');
}

function api(): StratExtensionApi {
    const extension = vscode.extensions.getExtension<StratExtensionApi>(EXTENSION_ID);
    ok(extension?.isActive, `extension ${EXTENSION_ID} is not active`);
    return extension.exports;
}

/** The suite of the extension's browser entry in a browser workbench. */
export function defineWebTests(): void {
    describe('the extension in a browser workbench (web worker extension host)', () => {
        it('activates its browser entry on a .strat file and starts the language server', async () => {
            ok(vscode.env.uiKind === vscode.UIKind.Web, 'the workbench is not a web workbench');
            const document = await openDocument(STRATEGY);
            await vscode.window.showTextDocument(document);
            const extension = vscode.extensions.getExtension<StratExtensionApi>(EXTENSION_ID);
            ok(extension, `extension ${EXTENSION_ID} is not installed`);
            await waitFor('the extension to activate', () => extension.isActive);
            // No `process` in a web worker extension host: the browser entry, not the Node one, runs here.
            ok(typeof (globalThis as { process?: unknown }).process === 'undefined', 'this is a Node host');
            log(`the language server runs in the ${api().serverHost()}`);
            ok(['web-worker', 'extension-host'].includes(api().serverHost()), api().serverHost());
            // counted as started when the server answered, not after a wait: a fallback names the error
            const start = api().serverStart?.();
            ok(start?.host === api().serverHost(), JSON.stringify(start));
            ok(
                start.host === 'web-worker' || start.reason,
                `no reason for the fallback: ${JSON.stringify(start)}`
            );
            log(`started: ${JSON.stringify(start)}`);
        });

        it('reports the legacy decision number in a file no editor has opened', async () => {
            const uri = fileUri(REVIEW);
            const legacy = await waitFor(
                `the legacy-number warning in ${REVIEW}`,
                () =>
                    vscode.languages
                        .getDiagnostics(uri)
                        .find(d => diagnosticCode(d) === 'legacy-decision-id'),
                60_000
            );
            ok(legacy.severity === vscode.DiagnosticSeverity.Warning, describeDiagnostics([legacy]));
            ok(/2014\/27/.test(legacy.message), legacy.message);
        });

        it('applies the check levels of strat.json and checks again when it changes', async () => {
            const project = fileUri('strat.json');
            const original = await vscode.workspace.fs.readFile(project);
            const config = JSON.parse(new TextDecoder().decode(original)) as {
                checks: Record<string, string>;
            };
            const severity = () =>
                vscode.languages
                    .getDiagnostics(fileUri(REVIEW))
                    .find(d => diagnosticCode(d) === 'legacy-decision-id')?.severity;
            config.checks['legacy-decision-id'] = 'error';
            await vscode.workspace.fs.writeFile(project, new TextEncoder().encode(JSON.stringify(config)));
            try {
                await waitFor(
                    'the legacy number as an error',
                    () => severity() === vscode.DiagnosticSeverity.Error,
                    60_000
                );
            } finally {
                await vscode.workspace.fs.writeFile(project, original);
            }
            await waitFor(
                'the legacy number as a warning again',
                () => severity() === vscode.DiagnosticSeverity.Warning
            );
        });

        it('forgets a file deleted in the workbench, with its findings', async () => {
            const copy = fileUri('review-copy.strat');
            await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(fileUri(REVIEW)));
            await waitFor(
                'the findings of the copy',
                () =>
                    vscode.languages
                        .getDiagnostics(copy)
                        .some(d => diagnosticCode(d) === 'legacy-decision-id'),
                60_000
            );
            const edit = new vscode.WorkspaceEdit();
            edit.deleteFile(copy);
            ok(await vscode.workspace.applyEdit(edit), 'the file was not deleted');
            await waitFor(
                'no findings of the deleted file',
                () => vscode.languages.getDiagnostics(copy).length === 0
            );
        });

        it("hovers a citation with the decision's title from the catalogue", async () => {
            const document = await openDocument(STRATEGY);
            const position = positionOf(document, CITATION, CITATION.length - 3);
            const text = await waitFor('a hover with the title', async () => {
                const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
                    'vscode.executeHoverProvider',
                    document.uri,
                    position
                );
                const shown = hoverText(hovers);
                return /Ukrainekrise/.test(shown) ? shown : undefined;
            });
            ok(/2022\/02/.test(text), text);
        });

        it('goes from a citation to the decision in the catalogue', async () => {
            const document = await openDocument(STRATEGY);
            const targets = await vscode.commands.executeCommand<
                Array<vscode.Location | vscode.LocationLink>
            >(
                'vscode.executeDefinitionProvider',
                document.uri,
                positionOf(document, CITATION, CITATION.length - 3)
            );
            ok(targets.length === 1, JSON.stringify(targets));
            const target = targets[0];
            const uri = 'targetUri' in target ? target.targetUri : target.uri;
            ok(uri.toString() === fileUri(CATALOGUE).toString(), uri.toString());
        });

        it('opens the preview beside the editor, rendered by the language server', async () => {
            const document = await openDocument(REVIEW);
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('strat.openPreviewToSide');
            const state = await waitFor('the preview', () =>
                api()
                    .previews()
                    .find(p => p.uri === document.uri.toString() && p.renders > 0)
            );
            ok(/Neue Kompetenzen und neue Allianzen/.test(state.html), state.html.slice(0, 500));
            ok(/Content-Security-Policy/.test(state.html), 'the preview has no CSP');
        });
    });
}
