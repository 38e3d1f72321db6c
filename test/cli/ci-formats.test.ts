import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import {
    ONE_ERROR_IN_TWO_FILES,
    parseJson,
    REPO_ROOT,
    runStrat,
    useTempFolders,
    SYNTAX_ERROR,
    UNRESOLVED_LEVEL,
    VALID,
    type JsonReport
} from './cli-harness.js';

interface CodeQualityIssue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number } };
}

/**
 * GitLab's Code Quality report as documented (docs.gitlab.com, "Code Quality" → "Import Code
 * Quality results from a CI/CD job" → "Code Quality report format"): a JSON array of objects with
 * description, check_name, fingerprint (unique), severity (info, minor, major, critical or blocker),
 * location.path (relative to the repository) and location.lines.begin (or positions.begin.line).
 */
const CODE_QUALITY_SCHEMA = {
    type: 'array',
    items: {
        type: 'object',
        required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
        properties: {
            description: { type: 'string', minLength: 1 },
            check_name: { type: 'string', minLength: 1 },
            fingerprint: { type: 'string', minLength: 1 },
            severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
            location: {
                type: 'object',
                required: ['path', 'lines'],
                properties: {
                    path: { type: 'string', pattern: '^[^/]' },
                    lines: {
                        type: 'object',
                        required: ['begin'],
                        properties: { begin: { type: 'integer', minimum: 1 } }
                    }
                }
            }
        }
    }
};

/** A decision cited twice in one file, and undeclared: two findings of the same check and text. */
const TWICE_UNDECLARED =
    'strategy T "T" {\n    cites 2030/01\n    goal g "G" {\n        cites 2030/01\n    }\n}\n';

describe('strat validate --format gitlab (Code Quality)', () => {
    const tempFolder = useTempFolders();
    const validateReport = new Ajv({ allErrors: true }).compile(CODE_QUALITY_SCHEMA);

    it('prints a Code Quality report of the documented shape, severities mapped', async () => {
        const folder = await tempFolder({
            ...ONE_ERROR_IN_TWO_FILES,
            'broken.strat': SYNTAX_ERROR,
            'twice.strat': TWICE_UNDECLARED
        });
        const result = await runStrat(['validate', '--format', 'gitlab'], { cwd: folder });
        assert.equal(result.code, 1);
        const report = parseJson<CodeQualityIssue[]>(result);
        assert.ok(validateReport(report), JSON.stringify(validateReport.errors, null, 2));
        const json = parseJson<JsonReport>(await runStrat(['validate', '--format', 'json'], { cwd: folder }));
        assert.deepEqual(
            report.map(issue => [
                issue.location.path,
                issue.location.lines.begin,
                issue.check_name,
                issue.severity
            ]),
            json.diagnostics.map(d => [d.file, d.line, d.code, d.severity === 'error' ? 'major' : 'minor'])
        );
        assert.ok(
            report.some(
                issue =>
                    issue.check_name === 'unresolved-reference' && issue.location.path === 'sub/goal.strat'
            )
        );
        assert.equal(
            new Set(report.map(issue => issue.fingerprint)).size,
            report.length,
            'fingerprints are unique'
        );
    });

    it('keeps fingerprints across runs, languages and moved lines', async () => {
        const folder = await tempFolder({ 'twice.strat': TWICE_UNDECLARED, 'goal.strat': UNRESOLVED_LEVEL });
        const run = async (...args: string[]) =>
            parseJson<CodeQualityIssue[]>(
                await runStrat(['validate', '--format', 'gitlab', ...args], { cwd: folder })
            );
        const first = await run();
        assert.equal(first.length, 3);
        const german = await run('--lang', 'de');
        assert.deepEqual(
            german.map(issue => issue.fingerprint),
            first.map(issue => issue.fingerprint)
        );
        assert.notEqual(german[0].description, first[0].description);
        await fs.writeFile(
            path.join(folder, 'twice.strat'),
            '// a comment moves everything down\n\n' + TWICE_UNDECLARED
        );
        const moved = await run();
        assert.deepEqual(
            moved.map(issue => issue.fingerprint),
            first.map(issue => issue.fingerprint)
        );
        assert.deepEqual(
            moved
                .filter(issue => issue.location.path === 'twice.strat')
                .map(issue => issue.location.lines.begin),
            [4, 6]
        );
    });
});

describe('strat validate --format github (workflow commands)', () => {
    const tempFolder = useTempFolders();
    const COMMAND =
        /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([a-z-]+)::(.*)$/;

    it('prints an annotation per finding, located, titled with its code, then the summary', async () => {
        const folder = await tempFolder(ONE_ERROR_IN_TWO_FILES);
        const result = await runStrat(['validate', '--format', 'github'], { cwd: folder });
        assert.equal(result.code, 1);
        const lines = result.stdout.trimEnd().split('\n');
        assert.equal(lines.at(-1), '2 files checked: 1 error, 0 warnings');
        const match = COMMAND.exec(lines[0]);
        assert.deepEqual(match?.slice(1, 8), [
            'error',
            'sub/goal.strat',
            '3',
            '15',
            '3',
            '19',
            'unresolved-reference'
        ]);
        assert.match(match[8], /nope/);
    });

    it('escapes as GitHub requires: % and line breaks in messages, also , and : in properties', async () => {
        // a link over two lines, with % , and : in it: its message quotes it
        const folder = await tempFolder({
            'a,b:c 100%.strat': 'body B "B" {\n    url "ftp://x/100%\nzwei, drei: vier"\n}\n'
        });
        const result = await runStrat(['validate', '--format', 'github'], { cwd: folder });
        assert.equal(result.code, 1);
        const [annotation] = result.stdout.split('\n');
        assert.equal(
            annotation,
            '::error file=a%2Cb%3Ac 100%25.strat,line=2,col=9,endLine=3,endColumn=18,title=unsafe-url::' +
                '"ftp://x/100%25%0Azwei, drei: vier" is not an http:, https: or mailto: address.'
        );
    });
});

describe('strat validate --format sarif: fingerprints, help and version', () => {
    const tempFolder = useTempFolders();
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        version: string;
        homepage: string;
    };

    it("carries the package's version, a help link per rule into the README's check table, and partialFingerprints", async () => {
        const folder = await tempFolder({ 'twice.strat': TWICE_UNDECLARED });
        const sarif = parseJson<{
            runs: Array<{
                tool: {
                    driver: {
                        version: string;
                        informationUri: string;
                        rules: Array<{ id: string; helpUri?: string }>;
                    };
                };
                results: Array<{ partialFingerprints: Record<string, string> }>;
            }>;
        }>(await runStrat(['validate', '--format', 'sarif'], { cwd: folder }));
        const gitlab = parseJson<CodeQualityIssue[]>(
            await runStrat(['validate', '--format', 'gitlab'], { cwd: folder })
        );
        const { driver } = sarif.runs[0].tool;
        assert.equal(driver.version, manifest.version);
        const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const base = manifest.homepage.replace(/#.*$/, '');
        assert.equal(driver.informationUri, base);
        for (const rule of driver.rules) {
            assert.equal(rule.helpUri, `${base}#check-${rule.id}`);
            assert.ok(readme.includes(`<a id="check-${rule.id}"></a>`), `README anchor for ${rule.id}`);
        }
        assert.deepEqual(
            sarif.runs[0].results.map(r => Object.values(r.partialFingerprints)),
            gitlab.map(issue => [issue.fingerprint])
        );
    });
});

describe('the $strat problem matcher (package.json problemMatchers)', () => {
    const tempFolder = useTempFolders();
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        contributes: {
            problemMatchers: Array<{
                name: string;
                fileLocation: string[];
                pattern: Record<string, string | number>;
            }>;
        };
    };
    const matcher = manifest.contributes.problemMatchers.find(m => m.name === 'strat')!;
    /** VS Code removes colours from a task's output before it matches lines. */
    const withoutAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

    for (const lang of ['en', 'de']) {
        it(`reads every finding of strat validate's output (${lang}, coloured as in a terminal)`, async () => {
            const folder = await tempFolder({
                'plan.strat': VALID,
                'sub dir/goal.strat': UNRESOLVED_LEVEL,
                'broken.strat': SYNTAX_ERROR + 'strategy Y "T" { goal }\n',
                'twice.strat': TWICE_UNDECLARED
            });
            assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
            const regexp = new RegExp(String(matcher.pattern.regexp));
            const text = await runStrat(['validate', '--lang', lang], {
                cwd: folder,
                env: { FORCE_COLOR: '1' }
            });
            assert.match(text.stdout, /\u001b\[/, 'coloured');
            const json = parseJson<JsonReport>(
                await runStrat(['validate', '--format', 'json', '--lang', lang], { cwd: folder })
            );
            const matched = withoutAnsi(text.stdout)
                .split('\n')
                .map(line => regexp.exec(line))
                .filter(match => match !== null)
                .map(match => {
                    const group = (name: string) => match[Number(matcher.pattern[name])];
                    return [
                        group('file'),
                        Number(group('line')),
                        Number(group('column')),
                        group('code'),
                        group('message')
                    ];
                });
            assert.deepEqual(
                matched,
                json.diagnostics.map(d => [
                    d.file,
                    d.line,
                    d.column,
                    d.code,
                    d.message.replace(/\s*\n\s*/g, ' ').trim()
                ])
            );
            const severities = withoutAnsi(text.stdout)
                .split('\n')
                .map(line => regexp.exec(line)?.[Number(matcher.pattern.severity)])
                .filter(Boolean);
            if (lang === 'en') {
                assert.deepEqual(
                    severities,
                    json.diagnostics.map(d => d.severity)
                );
            }
            // the summary is not a finding
            assert.ok(!regexp.test(withoutAnsi(text.stdout).trimEnd().split('\n').at(-1)!));
        });
    }
});
