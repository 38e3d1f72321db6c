// The workspace the VS Code suite runs on, in either host (the code-server harness test/vscode/run.mjs
// and the desktop runner test/vscode/desktop/): a temporary copy of examples/ with workspace settings
// that quiet the workbench and fix the message language of the checks.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository, the extension under development (package.json, dist/): above out/test/vscode. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The suite's entry, bundled by `npm run build`: `run()` for the extension host's `extensionTestsPath`. */
export const SUITE = path.join(ROOT, 'out/test/vscode/suite.cjs');
export const EXTENSION = path.join(ROOT, 'dist/extension.cjs');
const EXAMPLES = path.join(ROOT, 'examples');

/** The workspace's settings: quiet the workbench, fix the message language of the checks. */
export const WORKSPACE_SETTINGS = {
    'strat.language': 'en',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'extensions.ignoreRecommendations': true,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'files.autoSave': 'off',
    'editor.minimap.enabled': false,
    // The typographic dashes and quotes of German texts would be boxed as ambiguous characters.
    'editor.unicodeHighlight.ambiguousCharacters': false,
    'editor.hover.delay': 100,
    'window.zoomLevel': 0
};

/**
 * Copies examples/ to `<parent>/examples` with its `.vscode/settings.json`, as a git repository with
 * everything committed (for the comparison with the last commit); resolves with that folder.
 */
export async function prepareWorkspace(parent: string): Promise<string> {
    const workspace = path.join(parent, 'examples');
    await fs.cp(EXAMPLES, workspace, { recursive: true });
    await fs.mkdir(path.join(workspace, '.vscode'));
    await fs.writeFile(
        path.join(workspace, '.vscode/settings.json'),
        `${JSON.stringify(WORKSPACE_SETTINGS, null, 4)}\n`
    );
    const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=strat test', '-c', 'user.email=test@example.org', ...args], {
            cwd: workspace,
            stdio: 'ignore'
        });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'the examples as approved');
    return workspace;
}
