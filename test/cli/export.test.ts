import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvFormats from 'ajv-formats';
import type { WorkspaceModel } from '../../language/model/workspace-model.js';
import {
    assertNoStackTrace,
    parseJson,
    REPO_ROOT,
    runStrat,
    SYNTAX_ERROR,
    UNRESOLVED_LEVEL,
    useTempFolders,
    VALID,
    type RunResult
} from './cli-harness.js';

const SCHEMA_FILE = path.join(REPO_ROOT, 'language', 'model', 'workspace-model.schema.json');
const JSON_FILE = 'strat-model.json';
const MARKER = '.strat-export';

function schemaValidator() {
    const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
    AjvFormats.default(ajv);
    return ajv.compile<WorkspaceModel>(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

const validateModel = schemaValidator();

function assertValidModel(model: unknown): asserts model is WorkspaceModel {
    const valid = validateModel(model);
    assert.ok(
        valid,
        `the model does not match workspace-model.schema.json:\n${JSON.stringify(validateModel.errors?.slice(0, 10), null, 2)}`
    );
}

/** Exit 2, a `strat: …` message on stderr naming `named`, nothing on stdout, no stack trace. */
function assertRefused(result: RunResult, named: string, detail: RegExp): void {
    assert.equal(result.code, 2, `exit code (stderr: ${result.stderr})`);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^strat: /);
    assert.ok(result.stderr.includes(named), `stderr names ${named}: ${result.stderr}`);
    assert.match(result.stderr, detail);
    assertNoStackTrace(result);
}

/** The names in `folder`, sorted (to see that nothing was left behind). */
async function listing(folder: string): Promise<string[]> {
    return (await fs.readdir(folder)).sort();
}

describe('strat export --format json on the examples', () => {
    let result: RunResult;
    let model: WorkspaceModel;

    before(async () => {
        result = await runStrat(['export', 'examples', '--format', 'json'], { cwd: REPO_ROOT });
        model = parseJson<WorkspaceModel>(result);
    });

    it('exit 0, the model on stdout, nothing on stderr', () => {
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr, '');
        assert.equal(model.version, 2);
    });

    it('the output validates against workspace-model.schema.json', () => {
        assertValidModel(model);
    });

    it('the JSON format is the default', async () => {
        const plain = await runStrat(['export', 'examples'], { cwd: REPO_ROOT });
        assert.equal(plain.code, 0, plain.stderr);
        assert.equal(plain.stdout, result.stdout);
    });

    it('has every strategy and every decision of the examples, without errors', () => {
        // what the examples hold, read from their text: a new example changes what is expected
        const files = exampleFiles();
        const texts = files.map(f => readFileSync(path.join(REPO_ROOT, f), 'utf8'));
        const strategies = texts.flatMap(t => [...t.matchAll(/^strategy\s+(\S+)/gm)].map(m => m[1]));
        const declared = texts.flatMap(t => [...t.matchAll(/^\s*decision\s+(\S+)/gm)].map(m => m[1]));
        assert.ok(strategies.length >= 4 && declared.length >= 40, 'the examples read');
        assert.deepEqual(model.strategies.map(s => s.id).sort(), [...strategies].sort());
        assert.deepEqual(
            model.files.map(f => f.file),
            files
        );
        const ids = new Set(model.decisions.map(d => d.id));
        assert.equal(ids.size, model.decisions.length, 'each decision once');
        // a decision is declared in any of the council's forms; the model knows it by that form too
        const known = new Set(model.decisions.flatMap(d => [d.id, d.number ?? d.id]));
        assert.deepEqual(
            declared.filter(id => !known.has(id)),
            []
        );
        assert.ok(
            model.decisions.every(d => d.declared || d.citations.length > 0),
            'every decision is declared or cited'
        );
        assert.equal(
            model.files.reduce((sum, f) => sum + f.errors, 0),
            0
        );
    });

    it('decision 2022/27: declared without a title, cited six times', () => {
        const decision = model.decisions.find(d => d.id === '2022/27');
        assert.ok(decision, 'decision 2022/27');
        assert.equal(decision.title, null);
        assert.equal(decision.citations.length, 6);
        assert.equal(decision.declared?.file, 'examples/catalogue/it-planungsrat.strat');
        assert.ok(
            decision.citations.every(
                c =>
                    c.strategy === 'Dachstrategie' &&
                    c.source.file === 'examples/interfoederale-strategie.strat'
            )
        );
    });

    it('the legacy citations 27/2014 (both mentions in the review) are filed under 2014/27', () => {
        const decision = model.decisions.find(d => d.id === '2014/27');
        assert.deepEqual(
            decision?.citations.map(c => [c.written, c.strategy]),
            [
                ['27/2014', 'IVN'],
                ['27/2014', 'IVN']
            ]
        );
    });

    it('IVN: 29 goals, each assessed in 2015 with ratings that are not recorded', () => {
        const ivn = model.strategies.find(s => s.id === 'IVN');
        assert.ok(ivn, 'strategy IVN');
        assert.equal(ivn.goals.length, 29);
        for (const goal of ivn.goals) {
            const assessment = goal.assessments.find(a => a.kind === 'assessment' && a.year === 2015);
            assert.ok(assessment, `goal ${goal.id} has an assessment of 2015`);
            assert.ok(assessment.ratings.length > 0, `goal ${goal.id} has ratings`);
            assert.ok(
                assessment.ratings.every(r => r.notRecorded && r.value === null),
                `goal ${goal.id}: ratings not recorded`
            );
        }
        assert.deepEqual(ivn.years, [2015]);
    });

    it('the illustrative strategy: its scale MLO.umsetzung with 5 values, and the built-in scales', () => {
        const scale = model.scales.find(s => s.key === 'MLO.umsetzung');
        assert.ok(scale, 'scale MLO.umsetzung');
        assert.equal(scale.builtin, false);
        assert.deepEqual(
            scale.values.map(v => v.order),
            [0, 1, 2, 3, 4]
        );
        assert.deepEqual(model.strategies.find(s => s.id === 'MLO')?.scales, ['MLO.umsetzung']);
        assert.deepEqual(
            model.scales
                .filter(s => s.builtin)
                .map(s => s.key)
                .sort(),
            ['progress', 'status']
        );
    });

    it('the indicator has its measured values', () => {
        const indicator = model.strategies
            .find(s => s.id === 'MLO')
            ?.indicators.find(i => i.id === 'permit-duration');
        assert.ok(indicator, 'indicator permit-duration');
        assert.deepEqual(
            indicator.values.filter(v => v.kind === 'measured').map(m => [m.value, m.date]),
            [
                [21, '2023-06'],
                [18.5, '2024-06'],
                [16, '2025-01-31']
            ]
        );
        const baseline = indicator.values.find(v => v.kind === 'baseline');
        assert.deepEqual([baseline?.value, baseline?.date], [21, '2023']);
        assert.deepEqual(indicator.goals, ['MLO.building-permit']);
    });
});

describe('strat export: errors, --force and the output folder', () => {
    const tempFolder = useTempFolders();

    it('a workspace with an error: exit 1, the error located, nothing on stdout', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID, 'goal.strat': UNRESOLVED_LEVEL });
        const result = await runStrat(['export', '--format', 'json'], { cwd: folder });
        assert.equal(result.code, 1, result.stderr);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /^goal\.strat:3:15 error unresolved-reference /m);
        assert.match(result.stderr, /^1 error in the workspace; nothing exported — fix it or pass --force$/m);
        assertNoStackTrace(result);
    });

    it('a workspace with errors and --out: exit 1, nothing written, nothing left behind', async () => {
        const folder = await tempFolder({
            'plan.strat': VALID,
            'goal.strat': UNRESOLVED_LEVEL,
            'broken.strat': SYNTAX_ERROR
        });
        const result = await runStrat(['export', '.', '--out', 'site'], { cwd: folder });
        assert.equal(result.code, 1, result.stderr);
        assert.match(
            result.stderr,
            /^2 errors in the workspace; nothing exported — fix them or pass --force$/m
        );
        assert.deepEqual(await listing(folder), ['broken.strat', 'goal.strat', 'plan.strat']);
        const html = await runStrat(['export', '--format', 'html', '--out', 'site'], { cwd: folder });
        assert.equal(html.code, 1, html.stderr);
        assert.deepEqual(await listing(folder), ['broken.strat', 'goal.strat', 'plan.strat']);
    });

    it('says so in German with --lang de', async () => {
        const folder = await tempFolder({ 'goal.strat': UNRESOLVED_LEVEL });
        const result = await runStrat(['export', '--lang', 'de'], { cwd: folder });
        assert.equal(result.code, 1);
        assert.match(
            result.stderr,
            /1 Fehler im Arbeitsbereich; nichts exportiert — beheben Sie ihn oder geben Sie --force an/
        );
    });

    it('--force exports anyway: exit 0, a warning, what could be parsed, the errors counted per file', async () => {
        const folder = await tempFolder({
            'plan.strat': VALID,
            'goal.strat': UNRESOLVED_LEVEL,
            'broken.strat': SYNTAX_ERROR
        });
        const result = await runStrat(['export', '--force'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.match(
            result.stderr,
            /^warning: 2 errors in the workspace; exported anyway because of --force/m
        );
        assertNoStackTrace(result);
        const model = parseJson<WorkspaceModel>(result);
        assertValidModel(model);
        assert.deepEqual(
            model.files.map(f => [f.file, f.errors]),
            [
                ['broken.strat', 1],
                ['goal.strat', 1],
                ['plan.strat', 0]
            ]
        );
        assert.deepEqual(model.strategies.map(s => s.id).sort(), ['G', 'S', 'X']);
        assert.deepEqual(
            model.strategies.find(s => s.id === 'G')?.goals.map(g => [g.id, g.level]),
            [['g', 'nope']]
        );
    });

    it('--out DIR writes DIR/strat-model.json (the same JSON as stdout) and a marker; a second export replaces it', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const stdout = await runStrat(['export'], { cwd: folder });
        const result = await runStrat(['export', 'plan.strat', '--out', 'out/model'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /exported 1 file to out\/model/);
        assert.deepEqual(await listing(path.join(folder, 'out', 'model')), [MARKER, JSON_FILE]);
        assert.deepEqual(
            await listing(path.join(folder, 'out')),
            ['model'],
            'no temporary folder is left behind'
        );
        const written = await fs.readFile(path.join(folder, 'out', 'model', JSON_FILE), 'utf8');
        assert.equal(written, stdout.stdout);
        assertValidModel(JSON.parse(written));

        await fs.writeFile(path.join(folder, 'plan.strat'), VALID.replace('"Titel"', '"Neuer Titel"'));
        const again = await runStrat(['export', 'plan.strat', '--out', 'out/model'], { cwd: folder });
        assert.equal(again.code, 0, again.stderr);
        assert.deepEqual(
            await listing(path.join(folder, 'out', 'model')),
            [MARKER, JSON_FILE],
            'the folder is replaced as a whole'
        );
        assert.match(await fs.readFile(path.join(folder, 'out', 'model', JSON_FILE), 'utf8'), /Neuer Titel/);
        assert.deepEqual(await listing(path.join(folder, 'out')), ['model']);
    });

    it('--out into an existing empty folder', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        await fs.mkdir(path.join(folder, 'empty'));
        const result = await runStrat(['export', '--out', 'empty'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(await listing(path.join(folder, 'empty')), [MARKER, JSON_FILE]);
    });

    it('refuses a folder that is not empty and was not written by strat: exit 2, untouched', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID, 'docs/notes.txt': 'mine' });
        const result = await runStrat(['export', 'plan.strat', '--out', 'docs'], { cwd: folder });
        assertRefused(result, 'docs', /not empty and was not written by strat export/);
        assert.deepEqual(await listing(path.join(folder, 'docs')), ['notes.txt']);
        assert.deepEqual(await listing(folder), ['docs', 'plan.strat']);
    });

    it('refuses a file, the working folder, and an earlier export that holds the input files', async () => {
        const folder = await tempFolder({
            'plan.strat': VALID,
            'notes.txt': 'mine',
            [`old/${MARKER}`]: '',
            'old/plan.strat': VALID
        });
        assertRefused(
            await runStrat(['export', 'plan.strat', '--out', 'notes.txt'], { cwd: folder }),
            'notes.txt',
            /not a folder/
        );
        assertRefused(
            await runStrat(['export', 'plan.strat', '--out', '.'], { cwd: folder }),
            '.',
            /working folder/
        );
        assertRefused(
            await runStrat(['export', 'old', '--out', 'old'], { cwd: folder }),
            'old',
            /replace files that are being exported/
        );
        assert.deepEqual(await listing(folder), ['notes.txt', 'old', 'plan.strat']);
        assert.deepEqual(await listing(path.join(folder, 'old')), [MARKER, 'plan.strat']);
    });

    it('an output folder under a regular file: exit 2, names it, nothing left behind', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID, 'file.txt': 'a file' });
        const result = await runStrat(['export', 'plan.strat', '--out', 'file.txt/out'], { cwd: folder });
        assertRefused(
            result,
            'file.txt/out',
            /cannot write the output folder \(a part of the path is a file/
        );
        assert.deepEqual(await listing(folder), ['file.txt', 'plan.strat']);
    });

    it('an output folder in a read-only folder: exit 2, names it, nothing left behind', async function () {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const locked = path.join(folder, 'locked');
        await fs.mkdir(locked);
        await fs.chmod(locked, 0o500);
        try {
            const writable = await fs.access(locked, fs.constants.W_OK).then(
                () => true,
                () => false
            );
            if (writable) {
                // root (or a file system without permissions) ignores the mode; the test above covers the
                // failure
                console.log('      (skipped: this user may write to a folder with mode 0500, e.g. root)');
                this.skip();
            }
            const result = await runStrat(['export', 'plan.strat', '--out', 'locked/site/deeper'], {
                cwd: folder
            });
            assertRefused(
                result,
                'locked/site/deeper',
                /cannot write the output folder \(permission denied\)/
            );
            assert.deepEqual(await listing(locked), []);
        } finally {
            await fs.chmod(locked, 0o700);
        }
    });

    it('creates missing parent folders of the output folder', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const result = await runStrat(['export', '--out', 'a/b/c'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(await listing(path.join(folder, 'a', 'b', 'c')), [MARKER, JSON_FILE]);
    });

    it('bad input paths: exit 2, nothing written', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const result = await runStrat(['export', 'plan.strat', 'gone.strat', '--out', 'site'], {
            cwd: folder
        });
        assertRefused(result, 'gone.strat', /no such file or folder/);
        assert.deepEqual(await listing(folder), ['plan.strat']);
    });

    it('--format html without --out: usage error, exit 2', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const result = await runStrat(['export', '--format', 'html'], { cwd: folder });
        assert.equal(result.code, 2, result.stderr);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /--format html .*needs an output folder: add --out DIR/);
        assertNoStackTrace(result);
    });

    it('an unknown format: usage error, exit 2', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID });
        const result = await runStrat(['export', '--format', 'pdf'], { cwd: folder });
        assert.equal(result.code, 2);
        assert.match(result.stderr, /pdf/);
    });
});

describe('strat export --format html', () => {
    const tempFolder = useTempFolders();

    it('writes index.html, decisions.html and a page per strategy; a second export replaces the site', async () => {
        const folder = await tempFolder();
        const result = await runStrat(
            ['export', path.join(REPO_ROOT, 'examples'), '--format', 'html', '--out', 'site'],
            { cwd: folder, env: { LANG: 'de_DE.UTF-8' } }
        );
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, '');
        assert.match(
            result.stderr,
            /^\d+ Dateien nach site exportiert$/m,
            'messages in the language of LANG'
        );
        assertNoStackTrace(result);
        const site = path.join(folder, 'site');
        const files = (await fs.readdir(site, { recursive: true }))
            .map(f => f.split(path.sep).join('/'))
            .sort();
        assert.ok(files.includes('index.html'), files.join(', '));
        assert.ok(files.includes('decisions.html'), files.join(', '));
        assert.ok(files.includes(MARKER), files.join(', '));
        const pages = files.filter(f => f.endsWith('.html') && f !== 'index.html' && f !== 'decisions.html');
        for (const strategy of ['Dachstrategie', 'IVN', 'MLO']) {
            assert.ok(
                pages.some(p => path.posix.basename(p).toLowerCase().includes(strategy.toLowerCase())),
                `a page for ${strategy} among ${pages.join(', ')}`
            );
        }
        assert.match(
            await fs.readFile(path.join(site, 'index.html'), 'utf8'),
            /^<!DOCTYPE html>\s*<html lang="de"/i,
            'the site in the same language as the messages'
        );
        assert.deepEqual(await listing(folder), ['site'], 'no temporary folder is left behind');
        const again = await runStrat(
            ['export', path.join(REPO_ROOT, 'examples'), '--format', 'html', '--out', 'site', '--lang', 'en'],
            { cwd: folder }
        );
        assert.equal(again.code, 0, again.stderr);
        assert.deepEqual(await listing(folder), ['site']);
        assert.match(await fs.readFile(path.join(site, 'index.html'), 'utf8'), /<html lang="en"/);
        assert.match(again.stderr, /^exported \d+ files to site$/m);
        const english = await runStrat(
            ['export', path.join(REPO_ROOT, 'examples'), '--format', 'html', '--out', 'site'],
            { cwd: folder }
        );
        assert.equal(english.code, 0, english.stderr);
        assert.match(english.stderr, /^exported \d+ files to site$/m);
        assert.match(
            await fs.readFile(path.join(site, 'index.html'), 'utf8'),
            /<html lang="en"/,
            'one language setting: without --lang and with an English LANG, messages and site are English'
        );
    });

    it('refuses a folder that is not empty and was not written by strat: exit 2, untouched', async () => {
        const folder = await tempFolder({ 'plan.strat': VALID, 'www/index.html': 'my own page' });
        const result = await runStrat(['export', 'plan.strat', '--format', 'html', '--out', 'www'], {
            cwd: folder
        });
        assertRefused(result, 'www', /not empty and was not written by strat export/);
        assert.equal(await fs.readFile(path.join(folder, 'www', 'index.html'), 'utf8'), 'my own page');
        assert.deepEqual(await listing(folder), ['plan.strat', 'www']);
    });
});

describe('strat export: file names that every file system takes', () => {
    const tempFolder = useTempFolders();

    it('long ids, names Windows reserves, ids that differ only in case: distinct safe pages', async () => {
        const ids = [
            'a'.repeat(200),
            'a'.repeat(199) + 'b',
            'CON',
            'nul',
            'Com1',
            'LPT9',
            'Plan',
            'plan',
            'PLAN',
            'Stra\u00dfe',
            '\u00c4mter',
            '\u00e4mter'
        ];
        const source = ids.map((id, i) => `strategy ${id} "Strategie ${i}" {\n}\n`).join('');
        const folder = await tempFolder({ 'w/plan.strat': source });
        const result = await runStrat(['export', '--format', 'html', '--out', '../site', '.'], {
            cwd: path.join(folder, 'w')
        });
        assert.equal(result.code, 0, result.stderr);
        const pages = await fs.readdir(path.join(folder, 'site', 'strategies'));
        assert.equal(pages.length, ids.length, pages.join(', '));
        const folded = new Set(pages.map(p => p.normalize('NFC').toLowerCase()));
        assert.equal(folded.size, pages.length, `two pages differ only in case: ${pages.join(', ')}`);
        for (const page of pages) {
            assert.ok(Buffer.byteLength(page) <= 200, `${page}: too long for some file systems`);
            assert.doesNotMatch(
                page.split('.')[0],
                /^(con|prn|aux|nul|com\d|lpt\d)$/i,
                `${page}: a name Windows reserves`
            );
            assert.match(page, /^[\p{L}\p{N}_-]+\.html$/u);
        }
        const index = await fs.readFile(path.join(folder, 'site', 'index.html'), 'utf8');
        for (const page of pages) {
            assert.ok(
                index.includes(`strategies/${encodeURI(page)}`) || index.includes(`strategies/${page}`),
                `index links ${page}`
            );
        }
    });
});

describe('strat export: an earlier or interrupted export', () => {
    const tempFolder = useTempFolders();
    const exportTo = (cwd: string) =>
        runStrat(['export', 'plan.strat', '--format', 'html', '--out', '../site'], { cwd });

    async function exported(): Promise<{ folder: string; cwd: string; site: string }> {
        const folder = await tempFolder({ 'w/plan.strat': VALID });
        const cwd = path.join(folder, 'w');
        const first = await exportTo(cwd);
        assert.equal(first.code, 0, first.stderr);
        return { folder, cwd, site: path.join(folder, 'site') };
    }

    for (const change of [
        {
            name: 'a file added to it',
            path: 'notizen.txt',
            make: (f: string) => fs.writeFile(f, 'meine Notizen')
        },
        {
            name: 'a file added in a subfolder',
            path: 'strategies/eigene.html',
            make: (f: string) => fs.writeFile(f, '<p>eigene Seite</p>')
        },
        {
            name: 'a page changed by hand',
            path: 'index.html',
            make: (f: string) => fs.appendFile(f, '<!-- von Hand ergänzt -->')
        }
    ]) {
        it(`${change.name}: refused with the file named, nothing replaced`, async () => {
            const { cwd, site } = await exported();
            await change.make(path.join(site, change.path));
            const before = await fs.readFile(path.join(site, change.path), 'utf8');
            const result = await exportTo(cwd);
            assertRefused(result, change.path, /an earlier export, but .* added or changed since/);
            assert.equal(await fs.readFile(path.join(site, change.path), 'utf8'), before);
            await fs.rm(path.join(site, change.path));
            if (change.path === 'index.html') {
                return;
            }
            const again = await exportTo(cwd);
            assert.equal(
                again.code,
                0,
                `once the file is gone, the export replaces the folder: ${again.stderr}`
            );
        });
    }

    it('the hidden folders of an interrupted export are removed by the next one', async () => {
        const { folder, cwd } = await exported();
        // as an export killed while writing leaves them (the PID of a process that has ended)
        await fs.mkdir(path.join(folder, '.site.strat-export-999999-a1B2c3', 'strategies'), {
            recursive: true
        });
        await fs.writeFile(path.join(folder, '.site.strat-export-999999-a1B2c3', 'index.html'), 'halb');
        await fs.mkdir(path.join(folder, '.site.strat-export-Xy9Zq1'));
        const result = await exportTo(cwd);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(await listing(folder), ['site', 'w']);
    });

    it('killed between moving the old site aside and the new one in: the next export puts a site back first', async () => {
        const { folder, cwd, site } = await exported();
        const complete = path.join(folder, '.site.strat-export-999999-Nn1234');
        await fs.cp(site, complete, { recursive: true });
        await fs.rename(site, `${complete}-previous`);
        await fs.writeFile(path.join(cwd, 'plan.strat'), SYNTAX_ERROR);
        const refused = await exportTo(cwd);
        assert.equal(refused.code, 1, 'the workspace has errors now: nothing exported');
        assert.match(refused.stderr, /site was missing after an interrupted export; it has been put back/);
        assert.deepEqual(await listing(folder), ['site', 'w'], 'the site is back, the hidden folders gone');
        assert.ok((await listing(site)).includes('index.html'));
    });

    it('an export that still runs keeps its hidden folder', async () => {
        const { folder, cwd } = await exported();
        const running = path.join(folder, `.site.strat-export-${process.pid}-Rr5678`);
        await fs.mkdir(running);
        const result = await exportTo(cwd);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(await listing(folder), [path.basename(running), 'site', 'w']);
    });
});
/** The `.strat` files below examples/, as the model names them (relative to the repository, sorted). */
function exampleFiles(): string[] {
    return globSync('examples/**/*.strat', { cwd: REPO_ROOT }).sort();
}
