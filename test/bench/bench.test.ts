import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs `bench/run.mjs --quick` as `npm run bench -- --quick` does (after the build), writing to `out`. */
function runQuickBench(out: string): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(
            process.execPath,
            ['--expose-gc', path.join(ROOT, 'bench/run.mjs'), '--quick', '--out', out],
            {
                cwd: ROOT,
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        let output = '';
        child.stdout.on('data', chunk => {
            output += String(chunk);
        });
        child.stderr.on('data', chunk => {
            output += String(chunk);
        });
        child.on('error', reject);
        child.on('close', code => resolve({ code, output }));
    });
}

describe('npm run bench -- --quick', function () {
    this.timeout(240_000);
    let folder: string;

    before(async () => {
        folder = await fs.mkdtemp(path.join(tmpdir(), 'strat-bench-test-'));
    });

    after(async () => {
        await fs.rm(folder, { recursive: true, force: true });
    });

    it('completes and writes results.json with every measurement (no time is asserted)', async () => {
        const out = path.join(folder, 'results.json');
        const { code, output } = await runQuickBench(out);
        assert.equal(code, 0, output);
        const results = JSON.parse(await fs.readFile(out, 'utf8'));
        for (const key of [
            'version',
            'mode',
            'date',
            'node',
            'cpu',
            'cores',
            'workspaces',
            'sizes',
            'scaling',
            'cycles',
            'flat',
            'unexpected',
            'lsp',
            'render',
            'export',
            'coldStart',
            'web',
            'targets'
        ]) {
            assert.ok(key in results, `results.json has ${key}`);
        }
        // The browser build: both bundles measured; the worker's start on every example file.
        assert.ok(results.web.bundles.server.bytes > results.web.bundles.server.gzipBytes);
        assert.ok(results.web.bundles.extension.gzipBytes > 0);
        assert.equal(results.web.startup.available, true, results.web.startup.reason);
        const examples = (await fs.readdir(path.join(ROOT, 'examples'), { recursive: true })).filter(f =>
            f.endsWith('.strat')
        );
        assert.equal(results.web.startup.files, examples.length);
        assert.ok(results.web.startup.medianMs > 0);
        assert.equal(results.mode, 'quick');
        assert.equal(results.node, process.version);
        assert.deepEqual(
            results.sizes.map((s: { name: string }) => s.name),
            ['1k', '10k', '20-files']
        );
        for (const size of results.sizes) {
            for (const key of [
                'files',
                'lines',
                'lexMs',
                'parseMs',
                'buildMs',
                'phasesMs',
                'cliColdMs',
                'perThousandLinesMs',
                'buildOverLex'
            ]) {
                assert.ok(key in size, `size ${size.name} has ${key}`);
            }
            assert.equal(size.cli.errors, 0, `the generated workspace ${size.name} validates without errors`);
        }
        for (const key of ['from', 'to', 'linesRatio', 'buildRatio']) {
            assert.ok(key in results.scaling, `scaling has ${key}`);
        }
        for (const key of [
            'loadMs',
            'peakRssMiB',
            'edit',
            'hover',
            'definition',
            'completion',
            'references'
        ]) {
            assert.ok(key in results.lsp, `lsp has ${key}`);
        }
        for (const request of ['edit', 'hover', 'definition', 'completion', 'references']) {
            for (const key of ['p50', 'p95', 'n']) {
                assert.ok(key in results.lsp[request], `lsp.${request} has ${key}`);
            }
        }
        assert.deepEqual(
            results.cycles.rings.map((r: { goals: number }) => r.goals),
            [1000, 4000]
        );
        assert.ok(
            results.cycles.rings.every((r: { buildMs: number }) => r.buildMs > 0),
            'every ring was built'
        );
        assert.deepEqual(
            results.flat.strategies.map((f: { goals: number; buildMs: number }) => [f.goals, f.buildMs > 0]),
            [
                [2000, true],
                [8000, true]
            ]
        );
        assert.ok('available' in results.render && 'available' in results.export);
        for (const key of [
            'nodeMs',
            'versionMs',
            'validateOneFileMs',
            'versionRatio',
            'validateOneFileRatio'
        ]) {
            assert.ok(results.coldStart[key] > 0, `coldStart.${key} was measured`);
        }
        assert.deepEqual(
            results.targets.map((t: { id: string }) => t.id),
            [
                'cold-start-version',
                'cold-start-validate-one-file',
                'build-vs-lexer',
                'scaling',
                'edit-vs-full-validate',
                'preview-vs-file-validate',
                'unexpected-characters-per-mb',
                'cycle-per-goal',
                'flat-goals-per-goal',
                'web-server-bundle',
                'web-extension-bundle'
            ]
        );
        assert.deepEqual(
            results.unexpected.files.map((f: { name: string; syntaxErrors: number }) => [
                f.name,
                f.syntaxErrors
            ]),
            [
                ['run', 1],
                ['scattered', 101]
            ],
            'one error for the run; the first hundred and one more for the scattered characters'
        );
        for (const target of results.targets) {
            for (const key of ['description', 'value', 'limit', 'met']) {
                assert.ok(key in target, `target ${target.id} has ${key}`);
            }
        }
        assert.match(output, /targets:/, 'prints the table');
    });
});
