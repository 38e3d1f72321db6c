// Packs the npm package of strat: the CLI and the language server as a production bundle (dist/cli.mjs
// and the chunks it loads when a command needs them, dist/cli-chunks/), the
// executable, the JSON schemas, README, CHANGELOG and LICENSE, with a manifest of their own
// (npmManifest below). The repository's package.json is the development and VS Code extension
// manifest (its name is the extension's, `strat`); the npm package is published under NPM_NAME.
//
//   node scripts/pack.mjs [--out DIR] [--json]   # writes DIR/<name>-<version>.tgz (DIR: dist-pack)
//
// The last line of the output is the tarball's absolute path (with --json: one JSON object with
// tarball, size, unpackedSize and files). Also a module: `await packTarball({ outDir })`.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The package's name on the npm registry (`strat` itself belongs to an unrelated package). */
export const NPM_NAME = '@strat-lang/strat';

/** What the tarball holds besides package.json: everything the CLI and `strat lsp` need to run. */
const FILES = [
    'bin/strat.js',
    'dist/cli.mjs',
    'dist/cli-chunks/',
    'schemas/',
    'README.md',
    'CHANGELOG.md',
    'LICENSE'
];

/**
 * The npm package's manifest, from the repository's package.json (its version above all) and the
 * English texts of package.nls.json that the extension manifest refers to (`%description%`).
 */
export function npmManifest(manifest, texts) {
    const text = value => value.replace(/^%(.+)%$/, (_, key) => texts[key]);
    return {
        name: NPM_NAME,
        version: manifest.version,
        description: text(manifest.description),
        license: manifest.license,
        keywords: manifest.keywords,
        homepage: manifest.homepage,
        repository: manifest.repository,
        bugs: manifest.bugs,
        type: 'module',
        bin: { strat: 'bin/strat.js' },
        exports: {
            './package.json': './package.json',
            './schemas/*': './schemas/*'
        },
        files: FILES,
        engines: { node: manifest.engines.node }
    };
}

function run(command, args, options) {
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
    if (result.error || result.status !== 0) {
        throw new Error(
            `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`}):\n` +
                `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
        );
    }
    return result.stdout;
}

/** npm's own CLI script when run by npm (npm_execpath), so that it runs under this Node. */
function npmCommand(args) {
    const npm = process.env.npm_execpath;
    return npm && /\.c?js$/.test(npm) ? [process.execPath, [npm, ...args]] : ['npm', args];
}

/**
 * Stages the package in a temporary folder and packs it with `npm pack` into `outDir`. Resolves with
 * the tarball's absolute path, its size and unpacked size in bytes, and the paths it holds.
 */
export async function packTarball({ outDir = path.join(ROOT, 'dist-pack') } = {}) {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const texts = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    if (!existsSync(path.join(ROOT, 'language/generated/ast.ts'))) {
        run(process.execPath, ['scripts/langium-generate.mjs'], { cwd: ROOT });
    }
    if (!existsSync(path.join(ROOT, 'language/project/generated/project-file-validator.ts'))) {
        run(process.execPath, ['scripts/generate-project-validator.mjs'], { cwd: ROOT });
    }
    const stage = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-pack-'));
    try {
        run(process.execPath, ['scripts/bundle.mjs', '--production', '--outdir', path.join(stage, 'dist')], {
            cwd: ROOT
        });
        // the extension's bundles: the CLI's own chunks hold the language server for `strat lsp`
        for (const bundle of ['extension.cjs', 'server.cjs', 'extension.web.cjs', 'server.web.js']) {
            await fs.rm(path.join(stage, 'dist', bundle));
        }
        await fs.mkdir(path.join(stage, 'bin'));
        await fs.mkdir(path.join(stage, 'schemas'));
        await fs.copyFile(path.join(ROOT, 'bin/strat.js'), path.join(stage, 'bin/strat.js'));
        for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
            await fs.copyFile(path.join(ROOT, file), path.join(stage, file));
        }
        for (const schema of await fs.readdir(path.join(ROOT, 'language'), { recursive: true })) {
            if (schema.endsWith('.schema.json')) {
                await fs.copyFile(
                    path.join(ROOT, 'language', schema),
                    path.join(stage, 'schemas', path.basename(schema))
                );
            }
        }
        await fs.writeFile(
            path.join(stage, 'package.json'),
            `${JSON.stringify(npmManifest(manifest, texts), null, 2)}\n`
        );
        await fs.mkdir(outDir, { recursive: true });
        const [command, args] = npmCommand(['pack', '--json', '--pack-destination', path.resolve(outDir)]);
        const [packed] = JSON.parse(run(command, args, { cwd: stage }));
        return {
            tarball: path.resolve(outDir, packed.filename),
            size: packed.size,
            unpackedSize: packed.unpackedSize,
            files: packed.files.map(file => file.path).sort()
        };
    } finally {
        await fs.rm(stage, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const args = process.argv.slice(2);
    const outDir = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : undefined;
    const packed = await packTarball({ outDir });
    if (args.includes('--json')) {
        console.log(JSON.stringify(packed));
    } else {
        for (const file of packed.files) {
            console.log(`  ${file}`);
        }
        console.log(
            `${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed, ` +
                `${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`
        );
        console.log(packed.tarball);
    }
}
