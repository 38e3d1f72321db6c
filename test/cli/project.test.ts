import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    assertNoStackTrace,
    parseJson,
    REPO_ROOT,
    runStrat,
    useTempFolders,
    type JsonReport
} from './cli-harness.js';

const CATALOGUE = 'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR\n';
/** Cites the catalogue's decision and one nobody declares (`unresolved-decision`, a warning). */
const CITING = 'strategy A "A" {\n    cites 2023/42, 2024/07\n}\n';
/** Cites only the catalogue's decision: clean when the catalogue is seen. */
const CLEAN = 'strategy B "B" {\n    cites 2023/42\n}\n';
/** An error: a goal whose level does not exist. */
const BROKEN = 'strategy C "C" {\n    goal g "G" {\n        level nope\n    }\n}\n';

const project = (config: object) => JSON.stringify(config, null, 4) + '\n';

describe('strat with a project file (strat.json)', () => {
    const tempFolder = useTempFolders();

    async function validate(cwd: string, args: string[] = [], env?: Record<string, string>) {
        const result = await runStrat(['validate', '--format', 'json', ...args], { cwd, env });
        assertNoStackTrace(result);
        return { result, report: result.code === 2 ? undefined : parseJson<JsonReport>(result) };
    }

    it('given one file, loads its whole project (the catalogue is seen) and reports on that file only', async () => {
        const folder = await tempFolder({
            'strat.json': project({}),
            'catalogue/council.strat': CATALOGUE,
            'strategies/b.strat': CLEAN,
            'strategies/c.strat': BROKEN
        });
        const { result, report } = await validate(path.join(folder, 'strategies'), ['b.strat']);
        assert.equal(result.code, 0, result.stdout);
        assert.equal(report?.files, 1);
        assert.deepEqual(report?.diagnostics, []);
        // without a project file the catalogue is not seen
        await fs.rm(path.join(folder, 'strat.json'));
        const alone = await validate(path.join(folder, 'strategies'), ['b.strat']);
        assert.deepEqual(
            alone.report?.diagnostics.map(d => d.code),
            ['unresolved-decision']
        );
    });

    it('checks one file of the examples against their catalogue, as pre-commit passes files', async () => {
        const result = await runStrat(['validate', 'examples/interfoederale-strategie.strat'], {
            cwd: REPO_ROOT
        });
        assert.equal(result.code, 0, result.stdout);
        assert.equal(result.stdout, '1 file checked: 0 errors, 0 warnings\n');
    });

    it('gives checks the severity the project sets: off, info, warning, error', async () => {
        const folder = await tempFolder({
            'strat.json': project({
                checks: { 'unresolved-decision': 'error', 'unresolved-reference': 'off' }
            }),
            'council.strat': CATALOGUE,
            'a.strat': CITING,
            'c.strat': BROKEN
        });
        const strict = await validate(folder);
        assert.equal(strict.result.code, 1);
        assert.deepEqual(
            strict.report?.diagnostics.map(d => [d.file, d.code, d.severity]),
            [['a.strat', 'unresolved-decision', 'error']]
        );
        await fs.writeFile(
            path.join(folder, 'strat.json'),
            project({ checks: { 'unresolved-decision': 'info' } })
        );
        const lenient = await validate(folder, ['a.strat']);
        assert.equal(lenient.result.code, 0);
        assert.deepEqual(
            lenient.report?.diagnostics.map(d => [d.code, d.severity]),
            [['unresolved-decision', 'info']]
        );
        assert.equal(lenient.report?.warnings, 0);
    });

    it('--max-warnings N fails a run with more warnings than N; maxWarnings in strat.json does the same', async () => {
        const folder = await tempFolder({ 'council.strat': CATALOGUE, 'a.strat': CITING });
        assert.equal((await validate(folder)).result.code, 0);
        assert.equal((await validate(folder, ['--max-warnings', '1'])).result.code, 0);
        const over = await runStrat(['validate', '--max-warnings', '0'], { cwd: folder });
        assert.equal(over.code, 1);
        assert.match(over.stdout, /0 errors, 1 warning/);
        assert.match(over.stderr, /too many warnings: 1, at most 0 allowed/);

        await fs.writeFile(path.join(folder, 'strat.json'), project({ maxWarnings: 0 }));
        assert.equal((await validate(folder)).result.code, 1);
        // the command line wins; -1 means no limit, as in ESLint
        assert.equal((await validate(folder, ['--max-warnings', '-1'])).result.code, 0);
        assert.equal((await validate(folder, ['--max-warnings', '3'])).result.code, 0);

        const bad = await runStrat(['validate', '--max-warnings', 'many'], { cwd: folder });
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /--max-warnings.*a whole number/);
    });

    it('speaks the language of the project (messages and summary); --lang wins', async () => {
        const folder = await tempFolder({
            'strat.json': project({ language: 'de' }),
            'council.strat': CATALOGUE,
            'a.strat': CITING
        });
        const german = await runStrat(['validate'], { cwd: folder });
        assert.match(german.stdout, /a\.strat:2:\d+ Warnung unresolved-decision .*in keinem Katalog/);
        assert.match(german.stdout, /2 Dateien geprüft: 0 Fehler, 1 Warnung/);
        const english = await runStrat(['validate', '--lang', 'en'], { cwd: folder });
        assert.match(english.stdout, /2 files checked: 0 errors, 1 warning/);
    });

    it('leaves out what the project excludes; a file named one by one that it excludes is noted, not checked', async () => {
        const folder = await tempFolder({
            'strat.json': project({ exclude: ['drafts/**'] }),
            'council.strat': CATALOGUE,
            'b.strat': CLEAN,
            'drafts/c.strat': BROKEN
        });
        const all = await validate(folder);
        assert.equal(all.result.code, 0);
        assert.equal(all.report?.files, 2);
        const named = await validate(folder, ['b.strat', 'drafts/c.strat']);
        assert.equal(named.result.code, 0);
        assert.equal(named.report?.files, 1);
        assert.match(
            named.result.stderr,
            /drafts\/c\.strat: not part of the project \(strat\.json leaves it out\)/
        );

        const format = await runStrat(['format', '--check'], { cwd: folder });
        assert.equal(format.code, 0, format.stdout + format.stderr);
        assert.match(format.stderr, /2 files already formatted/);
    });

    it('finds the project upward from the paths, which must lie in one project', async () => {
        const folder = await tempFolder({
            'one/strat.json': project({}),
            'one/council.strat': CATALOGUE,
            'one/deep/er/b.strat': CLEAN,
            'two/strat.json': project({}),
            'two/b.strat': CLEAN
        });
        const deep = await validate(folder, ['one/deep']);
        assert.equal(deep.result.code, 0);
        assert.deepEqual(deep.report?.diagnostics, []);
        const mixed = await runStrat(['validate', 'one', 'two'], { cwd: folder });
        assert.equal(mixed.code, 2);
        assert.match(mixed.stderr, /different projects \(one\/strat\.json, two\/strat\.json\)/);
    });

    it('reports every error in the project file located (file:line:column), exit 2, checks nothing', async () => {
        const folder = await tempFolder({
            'strat.json':
                '{\n    // comments are allowed, as in tsconfig.json\n    "checks": {\n        "unresolved-decision": "warn",\n        "no-such-check": "off"\n    },\n    "maxWarnings": -1,\n    "include": "*.strat",\n    "langauge": "de",\n}\n',
            'a.strat': CITING
        });
        const result = await runStrat(['validate'], { cwd: folder });
        assertNoStackTrace(result);
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.deepEqual(result.stderr.trim().split('\n'), [
            'strat: strat.json:4:32: checks.unresolved-decision: "warn" is not a severity; use one of off, info, warning, error',
            'strat: strat.json:5:9: unknown check "no-such-check"; the README\'s check table lists every check code',
            'strat: strat.json:7:20: maxWarnings: must be 0 or more',
            'strat: strat.json:8:16: include: must be an array',
            'strat: strat.json:9:5: unknown property "langauge"; a project file may have include, exclude, language, checks, maxWarnings'
        ]);
        await fs.writeFile(path.join(folder, 'strat.json'), '{\n    "checks": {\n');
        const broken = await runStrat(['decisions', '--lang', 'de'], { cwd: folder });
        assert.equal(broken.code, 2);
        assert.equal(broken.stderr, 'strat: strat.json:3:1: kein gültiges JSON: eine } fehlt\n');
    });

    it('in the reports for CI, errors in the project file are findings at their place in it (exit 2)', async () => {
        const folder = await tempFolder({
            'strat.json': '{\n    "checks": { "unresolved-decision": "warn" },\n    "maxWarnings": -1\n}\n',
            'a.strat': CITING
        });
        const github = await runStrat(['validate', '--format', 'github'], { cwd: folder });
        assertNoStackTrace(github);
        assert.equal(github.code, 2);
        assert.deepEqual(github.stdout.trim().split('\n').slice(0, 2), [
            '::error file=strat.json,line=2,col=40,endLine=2,endColumn=40,title=project-file::' +
                'checks.unresolved-decision: "warn" is not a severity; use one of off, info, warning, error',
            '::error file=strat.json,line=3,col=20,endLine=3,endColumn=20,title=project-file::' +
                'maxWarnings: must be 0 or more'
        ]);
        // named on standard error too, as every input error is
        assert.match(github.stderr, /^strat: strat\.json:2:40: checks\.unresolved-decision/);
        const sarif = parseJson<{
            runs: Array<{
                tool: { driver: { rules: Array<{ id: string }> } };
                results: Array<{
                    ruleId: string;
                    ruleIndex: number;
                    locations: Array<{
                        physicalLocation: {
                            artifactLocation: { uri: string };
                            region: { startLine: number; startColumn: number };
                        };
                    }>;
                }>;
            }>;
        }>(await runStrat(['validate', '--format', 'sarif'], { cwd: folder }));
        const [run] = sarif.runs;
        assert.deepEqual(
            run.results.map(r => [
                r.ruleId,
                run.tool.driver.rules[r.ruleIndex].id,
                r.locations[0].physicalLocation.artifactLocation.uri,
                r.locations[0].physicalLocation.region.startLine,
                r.locations[0].physicalLocation.region.startColumn
            ]),
            [
                ['project-file', 'project-file', 'strat.json', 2, 40],
                ['project-file', 'project-file', 'strat.json', 3, 20]
            ]
        );
    });

    it('reads a project file only up to 1 MB: a larger one is refused with its size, not read', async () => {
        const folder = await tempFolder({
            'strat.json': `{ "include": ["**/*.strat"] ${' '.repeat(1100 * 1024)}}\n`,
            'a.strat': CLEAN
        });
        const result = await runStrat(['validate'], { cwd: folder });
        assertNoStackTrace(result);
        assert.equal(result.code, 2);
        assert.equal(
            result.stderr,
            'strat: strat.json: too large (1.1 MB; strat reads files of up to 1 MB)\n'
        );
    });
});

describe('strat init', () => {
    const tempFolder = useTempFolders();

    it('writes a starter project that validates clean and is formatted, and never overwrites', async () => {
        const folder = await tempFolder();
        const init = await runStrat(['init', 'plans'], { cwd: folder });
        assert.equal(init.code, 0, init.stderr);
        assert.match(
            init.stdout,
            /created a strat project in plans: strat\.json, catalogue\/decisions\.strat, strategy\.strat/
        );
        const root = path.join(folder, 'plans');
        const config = JSON.parse(await fs.readFile(path.join(root, 'strat.json'), 'utf8')) as {
            language: string;
        };
        assert.equal(config.language, 'en');

        const validate = await runStrat(['validate', '--format', 'json'], { cwd: root });
        assert.equal(validate.code, 0, validate.stdout);
        const report = parseJson<JsonReport>(validate);
        assert.equal(report.files, 2);
        assert.deepEqual(report.diagnostics, []);
        const format = await runStrat(['format', '--check'], { cwd: root });
        assert.equal(format.code, 0, format.stdout);
        const decisions = await runStrat(['decisions'], { cwd: root });
        assert.match(decisions.stdout, /2025\/01/);

        await fs.writeFile(path.join(root, 'strategy.strat'), '// mine\n');
        const again = await runStrat(['init', 'plans'], { cwd: folder });
        assert.equal(again.code, 2);
        assert.match(
            again.stderr,
            /not written: plans\/strat\.json, plans\/catalogue\/decisions\.strat, plans\/strategy\.strat already exist/
        );
        assert.equal(await fs.readFile(path.join(root, 'strategy.strat'), 'utf8'), '// mine\n');
    });

    it('in German with --lang de (or a German LANG): German files and messages, a project in German', async () => {
        const folder = await tempFolder();
        const init = await runStrat(['init'], { cwd: folder, env: { LANG: 'de_DE.UTF-8' } });
        assert.equal(init.code, 0, init.stderr);
        assert.match(init.stdout, /strat-Projekt in \. angelegt/);
        assert.match(await fs.readFile(path.join(folder, 'strategy.strat'), 'utf8'), /Digitalstrategie/);
        const validate = await runStrat(['validate'], { cwd: folder });
        assert.equal(validate.code, 0, validate.stdout);
        assert.equal(validate.stdout, '2 Dateien geprüft: 0 Fehler, 0 Warnungen\n');
    });

    it('refuses a path that is a file', async () => {
        const folder = await tempFolder({ plans: 'not a folder' });
        const init = await runStrat(['init', 'plans'], { cwd: folder });
        assert.equal(init.code, 2);
        assert.match(init.stderr, /plans: exists and is not a folder/);
    });
});
