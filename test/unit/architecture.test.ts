import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST } from 'langium';
import ts from 'typescript';
import { StratGrammar } from '../../language/generated/grammar.js';
import { LABELS } from '../../language/i18n/labels.js';
import { CHECK_MESSAGES } from '../../language/i18n/check-messages.js';
import { TERMS } from '../../language/i18n/terms.js';
import { CHECKS } from '../../language/validation/codes.js';

/**
 * The invariants of docs/architecture.md that a test can check: the layers (the code map's table is
 * read from the document itself, so it is stated once), the README's table of checks, and the
 * grammar's enumerations in the words and the model's schema.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

// ------------------------------------------------------------------ the code map

interface Layer {
    folder: string;
    mayImport: string[];
    neverImports: string[];
}

/** The rows of the code map: folder, may import (project paths), never imports (packages). */
function codeMap(markdown: string): Layer[] {
    const section = markdown.slice(markdown.indexOf('## Code map'));
    const rows = section
        .split('\n')
        .filter(line => line.startsWith('| `'))
        .map(line => line.split('|').map(cell => cell.trim()));
    const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1]);
    const layers = rows.map(cells => ({
        folder: ticked(cells[1])[0],
        mayImport: ticked(cells[3]),
        neverImports: ticked(cells[4]),
        inherits: cells[4].includes('(as `')
    }));
    const byFolder = new Map(layers.map(l => [l.folder, l]));
    return layers.map(({ inherits, ...layer }) => {
        const parent = inherits
            ? byFolder.get(/\(as `([^`]+)`\)/.exec(rowOf(rows, layer.folder))![1])
            : undefined;
        const inherited = parent?.neverImports ?? [];
        return {
            ...layer,
            neverImports: [
                ...new Set([...inherited, ...layer.neverImports.filter(p => p !== parent?.folder)])
            ]
        };
    });
}

function rowOf(rows: string[][], folder: string): string {
    return rows.find(cells => cells[1] === `\`${folder}\``)![4];
}

/** The row a file belongs to: the longest folder that contains it. */
function layerOf(layers: Layer[], file: string): Layer | undefined {
    return layers.filter(l => file.startsWith(l.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** The imports of a source file: the specifier of every static and dynamic import and re-export. */
function importsOf(text: string): { specifiers: string[]; computed: number } {
    const info = ts.preProcessFile(text, true, true);
    const computed = [...text.matchAll(/\bimport\s*\(\s*(?!['"`])/g)].length;
    return { specifiers: info.importedFiles.map(f => f.fileName), computed };
}

/** A relative specifier as the repository path it names (`.js` of a compiled file → its `.ts`). */
function resolve(from: string, specifier: string): string {
    let target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    if (target.startsWith('out/')) {
        target = target.slice('out/'.length);
    }
    if (target.endsWith('.js') && existsSync(path.join(ROOT, target.slice(0, -3) + '.ts'))) {
        target = target.slice(0, -3) + '.ts';
    }
    return target;
}

/** The forbidden imports of one file, as readable lines. */
function violations(layers: Layer[], file: string, text: string): string[] {
    const layer = layerOf(layers, file);
    if (!layer) {
        return [`${file}: in no folder of the code map`];
    }
    const found: string[] = [];
    const { specifiers, computed } = importsOf(text);
    if (computed > 0) {
        found.push(`${file}: an import whose target is computed (the layers cannot be checked)`);
    }
    for (const specifier of specifiers) {
        if (specifier.startsWith('.')) {
            const target = resolve(file, specifier);
            const own = layerOf(layers, target) === layer;
            const allowed = layer.mayImport.some(entry =>
                entry.endsWith('/') ? target.startsWith(entry) : target === entry
            );
            if (!own && !allowed) {
                found.push(`${file} imports ${target}`);
            }
        } else if (layer.neverImports.some(p => specifier === p || specifier.startsWith(p + '/'))) {
            found.push(`${file} imports the package ${specifier}`);
        }
    }
    return found;
}

function sourceFiles(folder: string): string[] {
    return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
        .map(entry => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('architecture (docs/architecture.md)', () => {
    const layers = codeMap(read('docs/architecture.md'));

    it('reads the code map: every product folder, with what it may import', () => {
        const folders = layers.map(l => l.folder);
        for (const folder of [
            'language/',
            'language/render/',
            'language/cli/',
            'server/',
            'client/',
            'bin/'
        ]) {
            assert.ok(folders.includes(folder), `the code map has a row for ${folder}`);
        }
        assert.deepEqual(layerOf(layers, 'language/render/matrix.ts')?.mayImport, [
            'language/i18n/',
            'language/model/'
        ]);
        assert.ok(
            layerOf(layers, 'language/render/matrix.ts')?.neverImports.includes('vscode-languageserver')
        );
        assert.ok(layerOf(layers, 'language/render/matrix.ts')?.neverImports.includes('langium'));
    });

    it('finds a forbidden import (the check itself)', () => {
        assert.deepEqual(
            violations(layers, 'language/render/matrix.ts', "import { Goal } from '../generated/ast.js';"),
            ['language/render/matrix.ts imports language/generated/ast.ts']
        );
        assert.deepEqual(
            violations(layers, 'language/cli/main.ts', "const s = '../../server/main.js';\nawait import(s);"),
            ['language/cli/main.ts: an import whose target is computed (the layers cannot be checked)']
        );
        assert.deepEqual(
            violations(layers, 'language/cli/main.ts', "export { x } from '../../server/main.js';"),
            ['language/cli/main.ts imports server/main.ts']
        );
        assert.deepEqual(
            violations(
                layers,
                'language/model/ratings.ts',
                "import type { Range } from 'vscode-languageserver';"
            ),
            ['language/model/ratings.ts imports the package vscode-languageserver']
        );
        assert.deepEqual(
            violations(
                layers,
                'server/hover-provider.ts',
                "import { x } from '../language/model/ratings.js';"
            ),
            []
        );
    });

    it('no source file imports across the layers against the code map', () => {
        const files = ['language', 'server', 'client', 'bin'].flatMap(sourceFiles);
        assert.ok(files.length > 80, `found the sources (${files.length})`);
        const found = files.flatMap(file => violations(layers, file, read(file)));
        assert.deepEqual(found, []);
    });
});

// ------------------------------------------------------------------ the README's table of checks

describe("the README's table of checks", () => {
    it('lists exactly the checks the code defines, with their severities and rules', () => {
        const readme = read('README.md');
        const header = readme.indexOf('| code | severity | finds |');
        assert.ok(header >= 0, 'the README has a table of checks');
        const rows = readme
            .slice(header)
            .split('\n')
            .slice(2)
            .filter((_line, i, all) => all.slice(0, i + 1).every(l => l.startsWith('|')))
            .map(line => line.split('|').map(cell => cell.trim()));
        const table = rows.map(cells => ({
            // each code cell holds the anchor of its row (SARIF's helpUri links to it)
            code: cells[1]
                .replace(new RegExp(`^<a id="check-${cells[1].replace(/^.*`(.*)`$/, '$1')}"></a>`), '')
                .replace(/`/g, ''),
            severity: cells[2],
            finds: cells[3]
        }));
        const defined = Object.entries(CHECKS).map(([code, severity]) => ({
            code,
            severity,
            finds: CHECK_MESSAGES.en[code as keyof typeof CHECKS].rule
        }));
        assert.deepEqual(table, defined);
    });

    it('every check the code table defines is reported somewhere in the language', () => {
        const sources = ['language/validation', 'language/workspace']
            .flatMap(sourceFiles)
            .filter(file => !file.endsWith('codes.ts'))
            .map(read)
            .join('\n');
        const unreported = Object.keys(CHECKS).filter(code => !sources.includes(`'${code}'`));
        assert.deepEqual(unreported, []);
    });
});

// ------------------------------------------------------------------ the grammar's enumerations

/** The grammar's enumerations: data type rules that are alternatives of keywords only. */
function enumerations(): Map<string, string[]> {
    const found = new Map<string, string[]>();
    for (const rule of StratGrammar().rules) {
        if (!GrammarAST.isParserRule(rule) || !rule.dataType || !GrammarAST.isAlternatives(rule.definition)) {
            continue;
        }
        const keywords = rule.definition.elements.filter(GrammarAST.isKeyword);
        if (keywords.length === rule.definition.elements.length) {
            found.set(
                rule.name,
                keywords.map(k => k.value)
            );
        }
    }
    return found;
}

/** Inline alternatives of keywords assigned to a property (`kind=('actor' | 'body')`), by `Rule.property`. */
function inlineEnumerations(): Map<string, string[]> {
    const found = new Map<string, string[]>();
    for (const rule of StratGrammar().rules.filter(GrammarAST.isParserRule)) {
        for (const assignment of AstUtils.streamAllContents(rule).filter(GrammarAST.isAssignment)) {
            const terminal = assignment.terminal;
            if (GrammarAST.isAlternatives(terminal) && terminal.elements.every(GrammarAST.isKeyword)) {
                found.set(
                    `${rule.name}.${assignment.feature}`,
                    terminal.elements.map(k => (k as GrammarAST.Keyword).value)
                );
            }
        }
    }
    return found;
}

type SchemaNode = {
    enum?: string[];
    $defs?: Record<string, SchemaNode>;
    properties?: Record<string, SchemaNode>;
};

describe("the grammar's enumerations", () => {
    const schema = JSON.parse(read('language/model/workspace-model.schema.json')) as SchemaNode;
    const defs = schema.$defs!;
    /** Where each enumeration has its words and its place in the model's schema. */
    const HOMES: Record<
        string,
        { words: (locale: 'de' | 'en') => Record<string, string>; schema: SchemaNode }
    > = {
        CitationKind: { words: l => LABELS[l].citationKinds, schema: defs.CitationKind },
        StrategyStatus: {
            words: l => LABELS[l].strategyStatus,
            schema: defs.StrategyModel.properties!.status
        },
        MeasureStatus: { words: l => LABELS[l].measureStatus, schema: defs.MeasureModel.properties!.status },
        BindingLevel: { words: l => LABELS[l].binding, schema: defs.PrincipleModel.properties!.binding },
        DocumentKind: { words: l => LABELS[l].documentKinds, schema: defs.SourceModel.properties!.kind },
        Direction: { words: l => TERMS[l], schema: defs.IndicatorModel.properties!.direction },
        Qualifier: { words: l => LABELS[l].qualifiers, schema: defs.Qualifier },
        ValueKind: { words: l => LABELS[l].valueKinds, schema: defs.IndicatorValueModel.properties!.kind },
        'Actor.kind': {
            words: l => ({ actor: TERMS[l].Actor, body: LABELS[l].body }),
            schema: defs.ActorModel.properties!.kind
        },
        'Assessment.kind': {
            words: l => ({ assessment: LABELS[l].latestAssessment, outlook: LABELS[l].outlook }),
            schema: defs.AssessmentModel.properties!.kind
        }
    };

    it('each has words in both languages and the same values in the schema', () => {
        const all = new Map([...enumerations(), ...inlineEnumerations()]);
        assert.ok(all.has('CitationKind') && all.has('Actor.kind'), 'the enumerations are found');
        for (const [name, values] of all) {
            const home = HOMES[name];
            assert.ok(home, `${name}: the test knows where its words and its schema are`);
            for (const locale of ['de', 'en'] as const) {
                const words = home.words(locale);
                for (const value of values) {
                    assert.ok(words[value], `${name} ${value}: a word in ${locale}`);
                }
            }
            assert.deepEqual([...(home.schema.enum ?? [])].sort(), [...values].sort(), `${name}: the schema`);
        }
    });
});
