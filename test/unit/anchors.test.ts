import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkspaceModel } from '../../language/model/build-workspace-model.js';
import type { WorkspaceModel } from '../../language/model/workspace-model.js';
import { anchoredElements } from '../../language/render/anchors.js';
import { renderPreview } from '../../language/render/preview.js';
import { buildWorkspace } from '../support/build-workspace.js';

/**
 * The decision index links every citation to the innermost element around it that has an anchor
 * (render/anchors.ts). A view whose elements are not listed there sends those links to the wrong
 * element; one whose listed anchor is not on the page sends them nowhere.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function examples(): Record<string, string> {
    const folder = path.join(ROOT, 'examples');
    const files: Record<string, string> = {};
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.strat')) {
            const full = path.join(entry.parentPath, entry.name);
            files[path.relative(folder, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
        }
    }
    return files;
}

/** Every start tag's id and data-source attributes. */
function elements(html: string): Array<{ id?: string; source?: string; tag: string }> {
    return [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/g)].map(([tag, , attributes]) => ({
        tag: tag.slice(0, 120),
        id: / id="([^"]*)"/.exec(attributes)?.[1],
        source: / data-source="([^"]*)"/.exec(attributes)?.[1]
    }));
}

describe('anchors of the views (render/anchors.ts)', () => {
    let model: WorkspaceModel;

    before(async () => {
        const workspace = await buildWorkspace(examples());
        model = buildWorkspaceModel(workspace.services.shared.workspace.LangiumDocuments.all.toArray(), {
            fileName: d => d.uri.path.replace(/^\/workspace\//, '')
        });
        assert.ok(model.strategies.length >= 3, 'the examples hold strategies');
    });

    it('every element a view renders with an id and a source is listed, and every listed anchor is on the page', () => {
        for (const strategy of model.strategies) {
            const page = renderPreview(model, {
                locale: 'de',
                nonce: 'YW5jaG9ycw',
                file: strategy.source.file
            });
            const listed = new Set(anchoredElements(strategy).map(a => a.anchor));
            const onPage = elements(page);
            const ids = new Set(onPage.map(e => e.id).filter(id => id !== undefined));
            const unlisted = onPage.filter(e => e.id && e.source && !listed.has(e.id)).map(e => e.tag);
            assert.deepEqual(unlisted, [], `${strategy.id}: elements with a source but no listed anchor`);
            const missing = [...listed].filter(anchor => !ids.has(anchor));
            assert.deepEqual(missing, [], `${strategy.id}: listed anchors that are not on the page`);
        }
    });

    it('a view that forgot its anchors is noticed (the check itself)', () => {
        const strategy = model.strategies.find(s => s.goals.length > 0)!;
        const page = renderPreview(model, { locale: 'de', nonce: 'YW5jaG9ycw', file: strategy.source.file });
        const goals = new Set(strategy.goals.map(g => g.source));
        const withoutGoals = new Set(
            anchoredElements(strategy)
                .filter(a => !goals.has(a.source))
                .map(a => a.anchor)
        );
        const unlisted = elements(page).filter(e => e.id && e.source && !withoutGoals.has(e.id));
        assert.ok(unlisted.length >= strategy.goals.length, 'the goal cards would be reported');
    });
});
