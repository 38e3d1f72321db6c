import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/packed-cli.js';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls = {
    en: JSON.parse(read('package.nls.json')) as Record<string, string>,
    de: JSON.parse(read('package.nls.de.json')) as Record<string, string>
};
const l10nDe = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;

/** Every `%key%` the manifest uses in place of a text. */
function nlsKeys(value: unknown, keys = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
        const key = /^%(.+)%$/.exec(value)?.[1];
        if (key) {
            keys.add(key);
        }
    } else if (Array.isArray(value)) {
        value.forEach(item => nlsKeys(item, keys));
    } else if (value && typeof value === 'object') {
        Object.values(value).forEach(item => nlsKeys(item, keys));
    }
    return keys;
}

/** The first argument of every `vscode.l10n.t('…')` in client/. */
function l10nStrings(): Set<string> {
    const strings = new Set<string>();
    const folder = path.join(REPO_ROOT, 'client');
    for (const file of readdirSync(folder, { recursive: true }) as string[]) {
        if (!file.endsWith('.ts')) {
            continue;
        }
        const text = readFileSync(path.join(folder, file), 'utf8');
        for (const match of text.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
            strings.add(match[1].replace(/\\(.)/g, '$1'));
        }
    }
    return strings;
}

describe('the VS Code extension manifest, for the Marketplace and in German', () => {
    it('has a publisher, a PNG icon of at least 128 × 128, categories, keywords, repository and bugs', () => {
        assert.match(manifest.publisher, /^[a-z0-9][a-z0-9-]*$/);
        assert.match(manifest.name, /^[a-z0-9][a-z0-9-]*$/, 'the extension name is valid for vsce');
        const png = readFileSync(path.join(REPO_ROOT, manifest.icon));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        assert.ok(
            png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128,
            'the icon is at least 128 × 128'
        );
        assert.ok(manifest.categories.includes('Programming Languages'));
        assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
        assert.match(manifest.repository.url, /^https:\/\//);
        assert.match(manifest.bugs.url, /^https:\/\//);
        assert.equal(manifest.private, true, 'the npm package is packed by scripts/pack.mjs, not from here');
    });

    it('every text the manifest refers to (%key%) is in package.nls.json and package.nls.de.json', () => {
        const keys = [...nlsKeys(manifest)];
        assert.ok(keys.includes('displayName') && keys.includes('command.openPreview.title'));
        for (const key of keys) {
            assert.ok(nls.en[key], `package.nls.json lacks ${key}`);
            assert.ok(nls.de[key], `package.nls.de.json lacks ${key}`);
        }
        assert.deepEqual(Object.keys(nls.de).sort(), Object.keys(nls.en).sort(), 'the same keys in both');
        for (const command of manifest.contributes.commands) {
            assert.match(command.title, /^%.+%$/, `the title of ${command.command} is translated`);
        }
        for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties)) {
            assert.match((setting as { description: string }).description, /^%.+%$/, `${name} is translated`);
        }
    });

    it('every vscode.l10n.t text in client/ has a German translation in l10n/bundle.l10n.de.json', () => {
        const strings = l10nStrings();
        assert.ok(strings.size >= 8, `found ${strings.size} texts`);
        const missing = [...strings].filter(text => !l10nDe[text]);
        assert.deepEqual(missing, [], 'texts without a German translation');
        const unused = Object.keys(l10nDe).filter(text => !strings.has(text));
        assert.deepEqual(unused, [], 'translations of texts that client/ no longer has');
    });

    it('vsce ls lists exactly what the extension needs', function () {
        // vsce walks the whole working tree (node_modules too): slow on a busy machine.
        this.timeout(240_000);
        const listed = execFileSync(
            process.execPath,
            [path.join(REPO_ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'],
            { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
        )
            .trim()
            .split('\n')
            .sort();
        const grammars = manifest.contributes.grammars.map((g: { path: string }) => g.path);
        // languages: strat's, with icons, and strat.json as JSON with comments (no icon)
        const icons = manifest.contributes.languages.flatMap((l: { icon?: Record<string, string> }) =>
            Object.values(l.icon ?? {})
        );
        const schemas = manifest.contributes.jsonValidation.map((j: { url: string }) => j.url);
        const expected = [
            'package.json',
            'package.nls.json',
            'package.nls.de.json',
            'README.md',
            'CHANGELOG.md',
            'LICENSE',
            manifest.icon,
            manifest.main,
            'dist/server.cjs',
            manifest.browser,
            'dist/server.web.js',
            'l10n/bundle.l10n.de.json',
            manifest.contributes.languages[0].configuration,
            ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
            ...grammars,
            ...icons,
            ...schemas
        ].map(file => path.posix.normalize(file));
        assert.deepEqual(listed, [...new Set(expected)].sort());
    });
});
