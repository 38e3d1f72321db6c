import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';
import { parseJson, runStrat, useTempFolders, SYNTAX_ERROR, UNRESOLVED_LEVEL, VALID } from './cli-harness.js';

/**
 * The SARIF 2.1.0 JSON schema (its final "rtm.5" revision, JSON Schema draft-04) as Microsoft's
 * SARIF SDK ships it in the npm package @microsoft/jest-sarif.
 */
const SCHEMA_FILE = createRequire(import.meta.url).resolve(
    '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'
);

interface SarifLog {
    version: string;
    runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; shortDescription?: { text: string } }> } };
        results: Array<{
            ruleId: string;
            ruleIndex?: number;
            level: string;
            message: { text: string };
            locations: Array<{
                physicalLocation: {
                    artifactLocation: { uri: string; uriBaseId?: string };
                    region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
                };
            }>;
        }>;
    }>;
}

describe('strat validate --format sarif', () => {
    const tempFolder = useTempFolders();
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { title: string };
    // CommonJS packages: their `default` is the export under Node's ESM loader and in the types.
    // The schema's pattern for `language` is not valid with the `u` flag, hence unicodeRegExp: false.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    AjvFormats.default(ajv);
    const validateSarif = ajv.compile(schema);

    function assertValidSarif(log: unknown): void {
        const valid = validateSarif(log);
        assert.ok(valid, `not valid SARIF 2.1.0:\n${JSON.stringify(validateSarif.errors, null, 2)}`);
    }

    it('uses the SARIF 2.1.0 schema', () => {
        assert.match(schema.title, /SARIF\) Version 2\.1\.0/);
    });

    it('prints a valid SARIF 2.1.0 log whose results carry rule ids and locations', async () => {
        const folder = await tempFolder({
            'plan.strat': VALID,
            'sub/goal.strat': UNRESOLVED_LEVEL,
            'broken.strat': SYNTAX_ERROR
        });
        const result = await runStrat(['validate', '--format', 'sarif'], { cwd: folder });
        assert.equal(result.code, 1, result.stderr);
        const log = parseJson<SarifLog>(result);
        assertValidSarif(log);
        assert.equal(log.version, '2.1.0');
        assert.equal(log.runs.length, 1);
        const [run] = log.runs;
        assert.equal(run.tool.driver.name, 'strat');
        const ruleIds = run.tool.driver.rules.map(rule => rule.id);
        for (const code of ['syntax-error', 'unresolved-reference', 'unresolved-decision']) {
            assert.ok(ruleIds.includes(code), `rule ${code}`);
        }
        assert.ok(run.tool.driver.rules.every(rule => rule.shortDescription?.text));
        assert.ok(run.results.length >= 2);
        for (const finding of run.results) {
            assert.ok(ruleIds.includes(finding.ruleId), `result rule ${finding.ruleId} is among the rules`);
            assert.equal(finding.ruleIndex, ruleIds.indexOf(finding.ruleId));
            assert.ok(finding.message.text);
            assert.equal(finding.locations.length, 1);
        }
        const unresolved = run.results.find(finding => finding.ruleId === 'unresolved-reference');
        assert.ok(unresolved);
        assert.equal(unresolved.level, 'error');
        assert.deepEqual(unresolved.locations[0].physicalLocation, {
            artifactLocation: { uri: 'sub/goal.strat', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 15, endLine: 3, endColumn: 19 }
        });
        const syntax = run.results.find(finding => finding.ruleId === 'syntax-error');
        assert.equal(syntax?.locations[0].physicalLocation.artifactLocation.uri, 'broken.strat');
    });

    it('is valid for a clean workspace too (no results)', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const result = await runStrat(['validate', '--format', 'sarif'], { cwd: folder });
        assert.equal(result.code, 0);
        const log = parseJson<SarifLog>(result);
        assertValidSarif(log);
        assert.ok(log.runs[0].results.every(finding => finding.level !== 'error'));
    });

    it('encodes paths with spaces and umlauts as URIs, and stays valid in German', async () => {
        const folder = await tempFolder({ 'Ämter und Straße/Ziel #1.strat': UNRESOLVED_LEVEL });
        const result = await runStrat(['validate', '--format', 'sarif', '--lang', 'de'], { cwd: folder });
        assert.equal(result.code, 1);
        const log = parseJson<SarifLog>(result);
        assertValidSarif(log);
        const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
        assert.equal(uri, '%C3%84mter%20und%20Stra%C3%9Fe/Ziel%20%231.strat');
        assert.equal(decodeURIComponent(uri), 'Ämter und Straße/Ziel #1.strat');
    });
});
