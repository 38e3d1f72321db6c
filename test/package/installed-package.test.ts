import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
    installPackage,
    oldNode,
    packOnce,
    REPO_ROOT,
    removeInstalled,
    runInstalled,
    type Installed,
    type PackedTarball
} from '../support/packed-cli.js';
import { zipEntries } from '../support/zip-entries.js';

const MANIFEST = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
};

/**
 * What may be in the tarball: the executable, the bundle (the CLI with the language server, and the
 * chunks it loads), the schemas and the documents.
 */
const ALLOWED = [
    /^package\.json$/,
    /^bin\/strat\.js$/,
    /^dist\/cli\.mjs$/,
    /^dist\/cli-chunks\/[\w-]+\.mjs$/,
    /^schemas\/[\w-]+\.schema\.json$/,
    /^(README|CHANGELOG)\.md$/,
    /^LICENSE$/
];
const REQUIRED = [
    'package.json',
    'bin/strat.js',
    'dist/cli.mjs',
    'schemas/workspace-model.schema.json',
    'README.md',
    'LICENSE'
];

const MESSY = 'strategy S "Titel" { horizon 2030 }\n';
const BROKEN = 'strategy G "T" {\n    goal g "G" {\n        level nope\n    }\n}\n';
/** A decision page saved from the web (the decision is invented). */
const DECISION_PAGE = `<!DOCTYPE html>
<html lang="de"><head><title>Musterdienst</title></head>
<body><main><h1>Musterdienst &amp; Co.</h1>
<p>IT-Planungsrat | 24.06.2031 | 58. Sitzung | B-2031/07-IT</p>
<ol><li>Der IT-Planungsrat nimmt den Bericht zur Kenntnis.</li></ol></main></body></html>`;

describe('the npm package, packed and installed into an empty folder', function () {
    this.timeout(180_000);
    let packed: PackedTarball;
    let installed: Installed;
    let work: string;

    before(async () => {
        packed = await packOnce();
        installed = await installPackage(packed.tarball);
        work = path.join(installed.folder, 'work');
        await fs.cp(path.join(REPO_ROOT, 'examples'), path.join(work, 'examples'), { recursive: true });
    });
    after(async () => {
        await removeInstalled(installed);
    });

    const strat = (args: string[], env?: Record<string, string>) =>
        runInstalled(installed, args, { cwd: work, env });

    it('holds only what runs: the executable, the CLI and server bundle, the schemas, README, CHANGELOG, LICENSE', () => {
        const unexpected = packed.files.filter(file => !ALLOWED.some(pattern => pattern.test(file)));
        assert.deepEqual(unexpected, [], `files that should not be in the tarball: ${unexpected.join(', ')}`);
        for (const file of REQUIRED) {
            assert.ok(packed.files.includes(file), `the tarball lacks ${file}`);
        }
    });

    it('holds every chunk that the bundle imports, also those a single command loads when it runs', async () => {
        const bundle = path.join(installed.folder, 'node_modules', '@strat-lang', 'strat', 'dist');
        const files = (await fs.readdir(bundle, { recursive: true })).filter(file => file.endsWith('.mjs'));
        const missing: string[] = [];
        let imports = 0;
        for (const file of files) {
            const code = await fs.readFile(path.join(bundle, file), 'utf8');
            for (const [, specifier] of code.matchAll(
                /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g
            )) {
                imports++;
                const target = path.join(path.dirname(path.join(bundle, file)), specifier);
                if (!files.includes(path.relative(bundle, target))) {
                    missing.push(`${file} imports ${specifier}`);
                }
            }
        }
        assert.ok(
            imports > files.length,
            `the bundle's modules import each other (${imports} imports found)`
        );
        assert.deepEqual(missing, []);
    });

    it('is named @strat-lang/strat, has the repository version, needs Node 22 and no dependencies', async () => {
        const manifest = JSON.parse(
            await fs.readFile(
                path.join(installed.folder, 'node_modules', '@strat-lang', 'strat', 'package.json'),
                'utf8'
            )
        );
        assert.equal(manifest.name, '@strat-lang/strat');
        assert.equal(manifest.version, MANIFEST.version);
        assert.equal(manifest.engines.node, '>=22');
        assert.deepEqual(manifest.bin, { strat: 'bin/strat.js' });
        assert.equal(manifest.dependencies, undefined);
        assert.doesNotMatch(manifest.description, /%/, 'the description is a text, not an nls key');
    });

    it('strat --version prints the version of package.json', async () => {
        const result = await strat(['--version']);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout.trim(), MANIFEST.version);
    });

    it('strat validate checks the examples clean, and reports a located error with exit 1', async () => {
        const clean = await strat(['validate', 'examples']);
        assert.equal(clean.code, 0, clean.stderr);
        assert.match(clean.stdout, /\d+ files checked: 0 errors/);
        await fs.writeFile(path.join(work, 'broken.strat'), BROKEN);
        try {
            const broken = await strat(['validate', 'broken.strat']);
            assert.equal(broken.code, 1);
            assert.match(broken.stdout, /^broken\.strat:3:15 error unresolved-reference/m);
        } finally {
            await fs.rm(path.join(work, 'broken.strat'));
        }
    });

    it('strat decisions lists the decisions the examples cite, with their citations', async () => {
        const result = await strat(['decisions', '--format', 'json', 'examples']);
        assert.equal(result.code, 0, result.stderr);
        const decisions = JSON.parse(result.stdout) as Array<{ id: string; citations: unknown[] }>;
        const cited = decisions.find(decision => decision.id === '2023/42');
        assert.ok(cited, 'decision 2023/42 is listed');
        assert.ok(cited.citations.length > 0, 'with its citations');
    });

    it('strat format --check passes the formatted examples and fails a file that is not formatted', async () => {
        const clean = await strat(['format', '--check', 'examples']);
        assert.equal(clean.code, 0, clean.stderr);
        await fs.writeFile(path.join(work, 'messy.strat'), MESSY);
        try {
            const messy = await strat(['format', '--check', 'messy.strat']);
            assert.equal(messy.code, 1);
            assert.equal(messy.stdout, 'messy.strat\n');
        } finally {
            await fs.rm(path.join(work, 'messy.strat'));
        }
    });

    it('strat export writes the JSON model and the HTML site', async () => {
        const json = await strat(['export', '--format', 'json', 'examples']);
        assert.equal(json.code, 0, json.stderr);
        const model = JSON.parse(json.stdout) as { strategies?: unknown[] };
        assert.ok(Array.isArray(model.strategies) && model.strategies.length > 0, 'the model has strategies');
        const html = await strat(['export', '--format', 'html', '--out', 'site', 'examples']);
        assert.equal(html.code, 0, html.stderr);
        const index = await fs.readFile(path.join(work, 'site', 'index.html'), 'utf8');
        assert.match(index, /<html/);
        assert.match(index, /href="strategies\/IVN\.html"/);
        assert.match(index, /Intelligente Verwaltungsnetze/);
    });

    it('strat export writes Word and Excel files', async () => {
        const word = await strat(['export', '--format', 'docx', '--out', 'word', 'examples']);
        assert.equal(word.code, 0, word.stderr);
        const document = zipEntries(await fs.readFile(path.join(work, 'word', 'IVN.docx')));
        assert.match(document.get('word/document.xml')!.toString('utf8'), /Intelligente Verwaltungsnetze/);
        const excel = await strat(['export', '--format', 'xlsx', '--out', 'excel', 'examples']);
        assert.equal(excel.code, 0, excel.stderr);
        const [workbook] = (await fs.readdir(path.join(work, 'excel'))).filter(file =>
            file.endsWith('.xlsx')
        );
        assert.ok(workbook, 'an Excel workbook is written');
        const sheets = zipEntries(await fs.readFile(path.join(work, 'excel', workbook)));
        assert.ok(sheets.has('xl/workbook.xml'), 'the workbook is an Excel file');
    });

    it('strat catalogue import reads a decision page saved as HTML into a catalogue', async () => {
        await fs.writeFile(path.join(work, 'page.html'), DECISION_PAGE);
        const result = await strat(['catalogue', 'import', 'page.html', '--into', 'imported.strat']);
        assert.equal(result.code, 0, result.stderr);
        const written = await fs.readFile(path.join(work, 'imported.strat'), 'utf8');
        assert.match(written, /^decision B-2031\/07-IT \{$/m);
        assert.match(written, /title "Musterdienst & Co\."/);
    });

    it('strat init writes a starter project that validates clean; a broken strat.json is an error at its place', async () => {
        const init = await strat(['init', 'starter']);
        assert.equal(init.code, 0, init.stderr);
        assert.match(init.stdout, /created a strat project in starter: strat\.json, /);
        const clean = await strat(['validate', 'starter']);
        assert.equal(clean.code, 0, clean.stdout + clean.stderr);
        assert.match(clean.stdout, /2 files checked: 0 errors, 0 warnings/);
        await fs.writeFile(
            path.join(work, 'starter', 'strat.json'),
            '{\n    // JSON with comments\n    "maxWarnings": -2\n}\n'
        );
        const broken = await strat(['validate', 'starter']);
        assert.equal(broken.code, 2);
        assert.match(broken.stderr, /^strat: starter\/strat\.json:3:20: maxWarnings: must be 0 or more$/m);
    });

    it('strat lsp --stdio starts the packaged language server, which answers initialize', async () => {
        const answer = await initializeOverStdio(installed.bin, work);
        assert.equal(answer.id, 1);
        assert.ok(answer.result?.capabilities?.hoverProvider, 'the server offers hover');
        assert.equal(answer.result?.serverInfo?.version, MANIFEST.version);
    });

    it('speaks German with a German LANG or --lang de: help, usage errors and input errors', async () => {
        const help = await strat(['--help'], { LANG: 'de_DE.UTF-8' });
        assert.equal(help.code, 0);
        assert.match(help.stdout, /^Aufruf: strat/m);
        assert.match(help.stdout, /^Befehle:/m);
        assert.match(help.stdout, /die Versionsnummer ausgeben/);
        const usage = await strat(['validate', '--lang', 'de', '--format', 'xml', 'examples']);
        assert.equal(usage.code, 2);
        assert.match(
            usage.stderr,
            /Fehler: 'xml' ist kein zulässiger Wert für die Option '--format <format>'/
        );
        const input = await strat(['validate', 'nirgends'], { LANG: 'de_DE.UTF-8' });
        assert.equal(input.code, 2);
        assert.match(input.stderr, /^strat: nirgends: keine solche Datei und kein solcher Ordner/m);
    });

    describe('under a Node older than 22', () => {
        const node = oldNode();

        it('says that strat needs Node.js 22 or newer and which version it found, with exit code 2', async function () {
            if (!node) {
                // The machine has no Node older than 22 (the message is then checked nowhere).
                this.skip();
            }
            const english = await runInstalled(installed, ['validate', 'examples'], {
                cwd: work,
                node: node.path
            });
            assert.equal(english.code, 2);
            assert.equal(english.stderr, `strat needs Node.js 22 or newer (found ${node.version})\n`);
            assert.equal(english.stdout, '');
            const german = await runInstalled(installed, ['--version'], {
                cwd: work,
                node: node.path,
                env: { LANG: 'de_DE.UTF-8' }
            });
            assert.equal(german.code, 2);
            assert.equal(german.stderr, `strat braucht Node.js 22 oder neuer (gefunden: ${node.version})\n`);
            const flag = await runInstalled(installed, ['validate', '--lang', 'de'], {
                cwd: work,
                node: node.path
            });
            assert.match(flag.stderr, /^strat braucht Node\.js 22 oder neuer/);
        });
    });
});

interface InitializeAnswer {
    id?: number;
    result?: { capabilities?: { hoverProvider?: unknown }; serverInfo?: { version?: string } };
}

/** Starts `strat lsp --stdio`, sends `initialize` and resolves with the answer. */
function initializeOverStdio(bin: string, cwd: string): Promise<InitializeAnswer> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {
            cwd,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error('no answer to initialize within 30 s'));
        }, 30_000);
        let buffer = Buffer.alloc(0);
        child.stdout.on('data', (chunk: Buffer) => {
            buffer = Buffer.concat([buffer, chunk]);
            const header = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer.toString('latin1'));
            if (header && buffer.length >= header[0].length + Number(header[1])) {
                clearTimeout(timer);
                const body = buffer.subarray(header[0].length, header[0].length + Number(header[1]));
                child.kill();
                resolve(JSON.parse(body.toString('utf8')) as InitializeAnswer);
            }
        });
        child.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        const body = JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: { processId: null, rootUri: null, capabilities: {} }
        });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
}
