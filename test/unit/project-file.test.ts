import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { CHECK_CODES, CHECKS } from '../../language/validation/codes.js';
import { parseProjectFile } from '../../language/project/parse-project-file.js';
import { starterFiles } from '../../language/project/starter-project.js';

const ROOT = process.cwd();
const SCHEMA_FILE = path.join(ROOT, 'language', 'project', 'strat.schema.json');

interface Schema {
    properties: {
        checks: { properties: Record<string, { default: string; description: string }> };
    };
}

describe('strat.schema.json (the project file)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;

    it('is a valid JSON Schema that names every check (but syntax-error) with its default and description', () => {
        const ajv = new Ajv({ strict: true });
        ajv.addKeyword('enumDescriptions');
        ajv.compile(schema);
        const checks = schema.properties.checks.properties;
        assert.deepEqual(
            Object.keys(checks),
            CHECK_CODES.filter(code => code !== 'syntax-error')
        );
        const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        for (const [code, property] of Object.entries(checks)) {
            assert.equal(property.default, CHECKS[code as keyof typeof CHECKS]);
            const row = new RegExp(`\`${code}\` \\| \\w+ \\| (.*) \\|`).exec(readme);
            assert.equal(property.description, `${row?.[1]} Default: ${property.default}.`);
        }
    });

    it('is what the extension contributes for strat.json (jsonValidation), read as JSON with comments', () => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
            contributes: {
                jsonValidation: Array<{ fileMatch: string; url: string }>;
                languages: Array<{ id: string; filenames?: string[] }>;
            };
        };
        const entry = manifest.contributes.jsonValidation.find(e => e.fileMatch === 'strat.json');
        assert.ok(entry);
        assert.equal(path.resolve(ROOT, entry.url), SCHEMA_FILE);
        assert.ok(existsSync(SCHEMA_FILE));
        assert.ok(
            manifest.contributes.languages.some(l => l.id === 'jsonc' && l.filenames?.includes('strat.json'))
        );
        const vscodeignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
        assert.match(vscodeignore, /^!language\/project\/strat\.schema\.json$/m);
    });

    it('accepts comments and trailing commas, as tsconfig.json does', () => {
        const result = parseProjectFile(
            '{\n  // drafts stay out\n  "exclude": ["drafts/**",],\n  /* */ "maxWarnings": 0,\n}\n'
        );
        assert.deepEqual(result, { ok: true, config: { exclude: ['drafts/**'], maxWarnings: 0 } });
    });

    it('locates each error at its value or key, in English and German', () => {
        const text =
            '{\n  "language": "fr",\n  "checks": { "duplicate-id": 2, "syntax-error": "off" },\n  "exclude": [""]\n}';
        const english = parseProjectFile(text, 'en');
        assert.deepEqual(english, {
            ok: false,
            errors: [
                {
                    line: 2,
                    column: 15,
                    message: 'language: "fr" is not a language of strat; use "de" or "en"'
                },
                {
                    line: 3,
                    column: 31,
                    message: 'checks.duplicate-id: 2 is not a severity; use one of off, info, warning, error'
                },
                {
                    line: 3,
                    column: 34,
                    message: 'unknown check "syntax-error"; the README\'s check table lists every check code'
                },
                { line: 4, column: 15, message: 'exclude.0: must not be empty' }
            ]
        });
        const german = parseProjectFile(text, 'de');
        assert.equal(german.ok, false);
        assert.match(JSON.stringify(german), /ist keine Sprache von strat/);
    });

    it("strat init's starter project file is valid", () => {
        for (const locale of ['de', 'en'] as const) {
            const result = parseProjectFile(starterFiles(locale)['strat.json']);
            assert.ok(result.ok);
            assert.equal(result.config.language, locale);
        }
    });
});
