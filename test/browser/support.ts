import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkspaceModel } from '../../language/model/build-workspace-model.js';
import type { WorkspaceModel } from '../../language/model/workspace-model.js';
import type { Locale } from '../../language/i18n/locale.js';
import { renderSite } from '../../language/render/site.js';
import { buildWorkspace } from '../support/build-workspace.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';

/** The repository root (tests run from out/test/...). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Every `.strat` file under a folder of the repository, by path relative to the root. */
export function stratFiles(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.strat')) {
            const full = path.join(entry.parentPath, entry.name);
            files[path.relative(ROOT, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
        }
    }
    return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

/** The workspace model of in-memory files, with `source.file` the given names. */
export async function modelOf(files: string | Record<string, string>): Promise<WorkspaceModel> {
    const workspace = await buildWorkspace(files);
    return buildWorkspaceModel(workspace.services.shared.workspace.LangiumDocuments.all.toArray(), {
        fileName: d => d.uri.path.replace(/^\/workspace\//, '')
    });
}

/** The model of all examples. */
export function examplesModel(): Promise<WorkspaceModel> {
    return modelOf(stratFiles('examples'));
}

/** The pages of the examples' site, sorted: the start page, the decision index, a page per strategy. */
export const EXAMPLES_SITE_PAGES = [
    'decisions.html',
    'index.html',
    'strategies/Dachstrategie.html',
    'strategies/IVN.html',
    'strategies/MLE.html',
    'strategies/MLO.html',
    'strategies/MLT.html'
];

/** Writes the site of a model into a new temporary folder and returns the folder. */
export function writeSite(model: WorkspaceModel, locale: Locale = 'de', prefix = 'strat-site-'): string {
    const folder = mkdtempSync(path.join(tmpdir(), prefix));
    for (const file of renderSite(model, { locale })) {
        const target = path.join(folder, ...file.path.split('/'));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
    }
    return folder;
}

export { CHROMIUM, CHROMIUM_ARGS };

/** Headless Chromium through playwright-core (which brings no browser of its own). */
export async function launchChromium(): Promise<import('playwright-core').Browser> {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Exports the examples as a site with the real CLI (`strat export … --format html`) into a new folder. */
export function exportExamplesWithCli(locale: Locale = 'de'): string {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'strat-export-')), 'site');
    const result = spawnSync(
        process.execPath,
        [
            path.join(ROOT, 'bin', 'strat.js'),
            'export',
            'examples',
            '--format',
            'html',
            '--out',
            folder,
            '--lang',
            locale
        ],
        {
            cwd: ROOT,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' }
        }
    );
    if (result.status !== 0) {
        throw new Error(`strat export failed (${result.status}): ${result.stderr}${result.stdout}`);
    }
    return folder;
}
