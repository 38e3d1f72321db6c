import * as assert from 'node:assert/strict';
import {
    assertNoStackTrace,
    ONE_ERROR_IN_TWO_FILES,
    parseJson,
    runStrat,
    useTempFolders,
    SYNTAX_ERROR,
    UNRESOLVED_LEVEL,
    VALID,
    type JsonReport
} from './cli-harness.js';

const ANSI = /\u001b\[/;
/** `file:line:column severity code message` */
const FINDING =
    /^(?<file>[^\s:][^:]*):(?<line>\d+):(?<column>\d+) (?<severity>\S+) (?<code>[a-z][a-z0-9-]*) (?<message>\S.*)$/;

describe('strat validate', () => {
    const tempFolder = useTempFolders();
    let folder: string;

    beforeEach(async () => {
        folder = await tempFolder();
    });

    describe('exit codes', () => {
        it('exits 0 when there are no errors', async () => {
            folder = await tempFolder({ 'plan.strat': VALID });
            const result = await runStrat(['validate'], { cwd: folder });
            assert.equal(result.code, 0, result.stderr);
            assert.equal(result.stderr, '');
        });

        it('exits 1 when a file has an error', async () => {
            folder = await tempFolder({ 'plan.strat': VALID, 'goal.strat': UNRESOLVED_LEVEL });
            const result = await runStrat(['validate', '.'], { cwd: folder });
            assert.equal(result.code, 1, result.stderr);
            assertNoStackTrace(result);
        });

        it('exits 0 with warnings only', async () => {
            folder = await tempFolder({ 'plan.strat': 'strategy S "T" {\n    cites 2099/01\n}\n' });
            const report = parseJson<JsonReport>(
                await runStrat(['validate', '--format', 'json'], { cwd: folder })
            );
            assert.equal(report.errors, 0);
            assert.ok(report.warnings > 0, 'an undeclared decision is a warning');
            const result = await runStrat(['validate'], { cwd: folder });
            assert.equal(result.code, 0);
        });

        it("exits 2 for an unknown option, with commander's message", async () => {
            const result = await runStrat(['validate', '--bogus'], { cwd: folder });
            assert.equal(result.code, 2);
            assert.match(result.stderr, /unknown option '--bogus'/);
            assert.equal(result.stdout, '');
            assertNoStackTrace(result);
        });

        it("exits 2 for an unknown command, with commander's message", async () => {
            const result = await runStrat(['frobnicate'], { cwd: folder });
            assert.equal(result.code, 2);
            assert.match(result.stderr, /unknown command 'frobnicate'/);
            assertNoStackTrace(result);
        });

        it('exits 2 for an invalid --format or --lang', async () => {
            for (const args of [
                ['--format', 'xml'],
                ['--lang', 'fr']
            ]) {
                const result = await runStrat(['validate', ...args], { cwd: folder });
                assert.equal(result.code, 2, args.join(' '));
                assert.match(result.stderr, new RegExp(`argument '${args[1]}' is invalid`));
                assertNoStackTrace(result);
            }
        });

        it('exits 2 without a command (and shows the help on stderr)', async () => {
            const result = await runStrat([], { cwd: folder });
            assert.equal(result.code, 2);
            assert.match(result.stderr, /Usage: strat/);
        });

        it('exits 0 for --help and --version', async () => {
            const help = await runStrat(['validate', '--help'], { cwd: folder });
            assert.equal(help.code, 0);
            assert.match(help.stdout, /--format <format>/);
            const version = await runStrat(['--version'], { cwd: folder });
            assert.equal(version.code, 0);
            assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
        });
    });

    describe('text format', () => {
        it('prints file:line:column severity code message, then a summary', async () => {
            folder = await tempFolder(ONE_ERROR_IN_TWO_FILES);
            const result = await runStrat(['validate'], { cwd: folder });
            assert.equal(result.code, 1);
            const lines = result.stdout.trimEnd().split('\n');
            const summary = lines.pop();
            assert.equal(summary, '2 files checked: 1 error, 0 warnings');
            const finding = lines
                .map(line => FINDING.exec(line)?.groups)
                .find(groups => groups?.code === 'unresolved-reference');
            assert.ok(finding, `no unresolved-reference line in:\n${result.stdout}`);
            assert.deepEqual(
                {
                    file: finding.file,
                    line: finding.line,
                    column: finding.column,
                    severity: finding.severity
                },
                { file: 'sub/goal.strat', line: '3', column: '15', severity: 'error' }
            );
            assert.match(finding.message, /nope/);
            for (const line of lines) {
                assert.match(line, FINDING);
            }
        });

        it('prints no colour codes when stdout is not a terminal, also in CI', async () => {
            folder = await tempFolder({ 'goal.strat': UNRESOLVED_LEVEL });
            for (const env of [{}, { CI: 'true', TERM: 'xterm-256color' }]) {
                const result = await runStrat(['validate'], { cwd: folder, env });
                assert.equal(result.code, 1);
                assert.doesNotMatch(result.stdout + result.stderr, ANSI);
            }
            const decisions = await runStrat(['decisions'], { cwd: folder, env: { CI: 'true' } });
            assert.doesNotMatch(decisions.stdout, ANSI);
        });

        it('colours when FORCE_COLOR asks for it', async () => {
            folder = await tempFolder({ 'goal.strat': UNRESOLVED_LEVEL });
            const result = await runStrat(['validate'], { cwd: folder, env: { FORCE_COLOR: '1' } });
            assert.match(result.stdout, ANSI);
        });

        it('keeps every finding on one line, also multi-line parser messages', async () => {
            folder = await tempFolder({ 'plan.strat': 'strategy S "T" {\n    goal g "G" { level }\n}\n' });
            const result = await runStrat(['validate'], { cwd: folder });
            assert.equal(result.code, 1);
            const lines = result.stdout.trimEnd().split('\n');
            lines.pop();
            assert.ok(lines.length > 0);
            for (const line of lines) {
                assert.match(line, FINDING);
            }
        });
    });

    describe('--lang', () => {
        it('--lang de gives German messages and summary', async () => {
            folder = await tempFolder({ 'goal.strat': UNRESOLVED_LEVEL });
            const english = await runStrat(['validate'], { cwd: folder });
            const german = await runStrat(['validate', '--lang', 'de'], { cwd: folder });
            assert.equal(german.code, 1);
            assert.match(german.stdout, /^goal\.strat:3:15 Fehler unresolved-reference /m);
            assert.match(german.stdout, /1 Datei geprüft: 1 Fehler, 0 Warnungen\n$/);
            const message = (stdout: string) => stdout.split('\n')[0].replace(/^.*unresolved-reference /, '');
            assert.notEqual(message(german.stdout), message(english.stdout));
            assert.match(english.stdout, /1 file checked: 1 error, 0 warnings\n$/);
        });

        it('takes the language from LANG when --lang is not given', async () => {
            folder = await tempFolder({ 'goal.strat': UNRESOLVED_LEVEL });
            const german = await runStrat(['validate'], { cwd: folder, env: { LANG: 'de_DE.UTF-8' } });
            assert.match(german.stdout, / Fehler unresolved-reference /);
            const overridden = await runStrat(['validate', '--lang', 'en'], {
                cwd: folder,
                env: { LANG: 'de_DE.UTF-8' }
            });
            assert.match(overridden.stdout, / error unresolved-reference /);
            const other = await runStrat(['validate'], { cwd: folder, env: { LANG: 'fr_FR.UTF-8' } });
            assert.match(other.stdout, / error unresolved-reference /);
        });
    });

    describe('--format json', () => {
        it('prints one JSON object with counts and 1-based positions, paths relative with /', async () => {
            folder = await tempFolder({ 'plan.strat': VALID, 'nested/deeper/goal.strat': UNRESOLVED_LEVEL });
            const result = await runStrat(['validate', '--format', 'json'], { cwd: folder });
            assert.equal(result.code, 1);
            assert.doesNotMatch(result.stdout, ANSI);
            const report = parseJson<JsonReport>(result);
            assert.deepEqual(Object.keys(report).sort(), [
                'diagnostics',
                'errors',
                'files',
                'version',
                'warnings'
            ]);
            assert.equal(report.version, 1);
            assert.equal(report.files, 2);
            assert.equal(report.errors, report.diagnostics.filter(d => d.severity === 'error').length);
            assert.equal(report.warnings, report.diagnostics.filter(d => d.severity === 'warning').length);
            assert.equal(report.errors, 1);
            const unresolved = report.diagnostics.find(d => d.code === 'unresolved-reference');
            assert.ok(unresolved);
            assert.deepEqual(
                { ...unresolved, message: undefined },
                {
                    file: 'nested/deeper/goal.strat',
                    line: 3,
                    column: 15,
                    endLine: 3,
                    endColumn: 19,
                    severity: 'error',
                    code: 'unresolved-reference',
                    message: undefined
                }
            );
            assert.match(unresolved.message, /nope/);
            for (const diagnostic of report.diagnostics) {
                assert.deepEqual(Object.keys(diagnostic).sort(), [
                    'code',
                    'column',
                    'endColumn',
                    'endLine',
                    'file',
                    'line',
                    'message',
                    'severity'
                ]);
                assert.ok(['error', 'warning', 'info', 'hint'].includes(diagnostic.severity));
                assert.ok(diagnostic.line >= 1 && diagnostic.column >= 1);
                assert.doesNotMatch(diagnostic.file, /\\|^\//);
            }
        });

        it('reports a clean workspace with an empty list', async () => {
            folder = await tempFolder({ 'plan.strat': VALID });
            const result = await runStrat(['validate', 'plan.strat', '--format', 'json'], { cwd: folder });
            assert.equal(result.code, 0);
            const report = parseJson<JsonReport>(result);
            assert.equal(report.files, 1);
            assert.equal(report.errors, 0);
            assert.ok(report.diagnostics.every(d => d.severity !== 'error'));
        });

        it('reports paths relative to the working folder, also for paths given from elsewhere', async () => {
            folder = await tempFolder({ 'a/goal.strat': UNRESOLVED_LEVEL, 'b/readme.txt': 'not strat' });
            const result = await runStrat(['validate', '../a', '--format', 'json'], { cwd: `${folder}/b` });
            const report = parseJson<JsonReport>(result);
            assert.deepEqual([...new Set(report.diagnostics.map(d => d.file))], ['../a/goal.strat']);
        });
    });

    describe('syntax errors', () => {
        it('reports every syntax error, in every file, and still checks the rest', async () => {
            folder = await tempFolder({
                'one.strat':
                    'strategy One "T" {\n    bogus\n    goal g "G" {\n        level nope\n    }\n    more nonsense\n}\n',
                'two.strat': SYNTAX_ERROR,
                'three.strat': VALID
            });
            const result = await runStrat(['validate', '--format', 'json'], { cwd: folder });
            assert.equal(result.code, 1);
            assertNoStackTrace(result);
            const report = parseJson<JsonReport>(result);
            assert.equal(report.files, 3);
            const syntax = report.diagnostics.filter(d => d.code === 'syntax-error');
            assert.ok(
                syntax.some(d => d.file === 'one.strat' && d.line === 2),
                'bogus on line 2'
            );
            assert.ok(
                syntax.some(d => d.file === 'one.strat' && d.line === 6),
                'more nonsense on line 6'
            );
            assert.ok(
                syntax.some(d => d.file === 'two.strat' && d.line === 1 && d.column === 18),
                'bogus in two.strat'
            );
            assert.ok(syntax.every(d => d.severity === 'error'));
        });

        it('reports a document that ends too early', async () => {
            folder = await tempFolder({ 'cut.strat': 'strategy S "T" {' });
            const result = await runStrat(['validate', '--format', 'json'], { cwd: folder });
            assert.equal(result.code, 1);
            const report = parseJson<JsonReport>(result);
            assert.ok(report.diagnostics.some(d => d.code === 'syntax-error' && d.line === 1));
        });
    });
});
