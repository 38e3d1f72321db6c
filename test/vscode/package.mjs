// A test of the packaged extension, as users get it: `npm run package` makes strat.vsix, and the VS Code
// server of the harness (test/vscode/setup.mjs) installs it with its own command line and lists it as
// `publisher.name@version` (strat-lang.strat@0.1.0), with the bundles package.json names in place and the
// files of the marketplace and of the translations (icon, package.nls*.json, l10n/), nothing else.
// The .vsix is kept as .vscode-test/strat.vsix, where test/run-suites.mjs has the VS Code suite
// (test/vscode/run.mjs with STRAT_VSCODE_VSIX) run against it.
//
//   node test/vscode/package.mjs   # after `node test/vscode/setup.mjs`
//
// `npm run package` builds dist/ in production mode (without the suite bundle of test/vscode) and
// writes strat.vsix: it runs in a temporary copy of the project (its node_modules linked, not copied),
// so the working tree's dist/, out/ and the suite bundle stay as they are and no strat.vsix is left
// behind. The output ends with the line `N passed, N failed` (one test), as the harness's does;
// the exit code is 0 when it passed. STRAT_VSCODE_KEEP=1 keeps the temporary folder.
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand, serverCli, serverFolders } from './server-cli.mjs';
import { KEPT_VSIX, NODE24_BIN, SERVER_MAIN } from './setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KEEP = Boolean(process.env.STRAT_VSCODE_KEEP);
const PACKAGE_LIMIT_MS = 5 * 60_000;
const CLI_LIMIT_MS = 60_000;
/** Not copied: dependencies (linked instead), tools, version control, build output, earlier packages. */
const LEFT_OUT = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'tmp']);
const TITLE = 'npm run package makes strat.vsix, and the VS Code server installs and lists it';

function say(message) {
    console.log(`vscode package: ${message}`);
}

function tail(output, lines = 25) {
    return output
        .trim()
        .split('\n')
        .slice(-lines)
        .map(line => `      ${line}`)
        .join('\n');
}

async function packageAndInstall(tmp) {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const expected = `${manifest.publisher}.${manifest.name}@${manifest.version}`;

    // A copy of the project to package in; `out/` comes along (with its times) so `tsc -b` has little to do.
    const project = path.join(tmp, 'project');
    await fs.cp(root, project, {
        recursive: true,
        preserveTimestamps: true,
        filter: source => {
            const relative = path.relative(root, source);
            return (
                relative === '' ||
                (!LEFT_OUT.has(relative.split(path.sep)[0]) &&
                    !relative.endsWith('.vsix') &&
                    !relative.startsWith(path.join('bench', '.scratch')))
            );
        }
    });
    await fs.symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');

    // npm as `npm test` runs it (npm_execpath), under this Node; else the npm on PATH.
    const npm = process.env.npm_execpath;
    const [command, args] =
        npm && npm.endsWith('.js')
            ? [process.execPath, [npm, 'run', 'package']]
            : ['npm', ['run', 'package']];
    let started = Date.now();
    const packaged = await runCommand(command, args, {
        cwd: project,
        env: process.env,
        limitMs: PACKAGE_LIMIT_MS
    });
    if (packaged.code !== 0) {
        throw new Error(`\`npm run package\` failed (exit code ${packaged.code}):\n${tail(packaged.output)}`);
    }
    const vsix = path.join(project, 'strat.vsix');
    if (!existsSync(vsix)) {
        throw new Error(`\`npm run package\` wrote no strat.vsix:\n${tail(packaged.output)}`);
    }
    say(
        `npm run package: strat.vsix, ${((await fs.stat(vsix)).size / 1024).toFixed(0)} KB, in ${((Date.now() - started) / 1000).toFixed(1)} s`
    );

    // The server's command line, with its own folders (as the harness starts it).
    const server = await serverFolders(tmp);
    const cli = (...options) => serverCli(server, options, { cwd: tmp, limitMs: CLI_LIMIT_MS });
    started = Date.now();
    const installed = await cli('--install-extension', vsix);
    if (installed.code !== 0 || !/successfully installed/i.test(installed.output)) {
        throw new Error(
            `--install-extension failed (exit code ${installed.code}):\n${tail(installed.output)}`
        );
    }
    const listed = await cli('--list-extensions', '--show-versions');
    const lines = listed.output
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
    if (listed.code !== 0 || !lines.includes(expected)) {
        throw new Error(
            `--list-extensions --show-versions (exit code ${listed.code}) does not list ${expected}:\n${tail(listed.output)}`
        );
    }
    await fs.rm(KEPT_VSIX, { force: true });
    await fs.copyFile(vsix, KEPT_VSIX);
    say(`installed and listed as ${expected} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // What package.json starts is in the installed extension, the suite's bundle is not.
    const folder = path.join(
        server.dirs.extensions,
        `${manifest.publisher}.${manifest.name}-${manifest.version}`
    );
    const installedManifest = JSON.parse(await fs.readFile(path.join(folder, 'package.json'), 'utf8'));
    for (const file of [
        installedManifest.main,
        'dist/server.cjs',
        // The browser entry and its web worker server (vscode.dev, github.dev, GitLab's Web IDE).
        installedManifest.browser,
        'dist/server.web.js',
        'syntaxes/strat.tmLanguage.json',
        'client/language-configuration.json',
        installedManifest.icon,
        'package.nls.json',
        'package.nls.de.json',
        'l10n/bundle.l10n.de.json',
        // the schema of strat.json, which the manifest contributes (jsonValidation)
        'language/project/strat.schema.json'
    ]) {
        if (!existsSync(path.join(folder, file))) {
            throw new Error(`the installed extension lacks ${file} (in ${folder})`);
        }
    }
    // vsce stores the README and the CHANGELOG under lower-case names (the Marketplace shows them).
    const names = (await fs.readdir(folder)).map(name => name.toLowerCase());
    for (const file of ['readme.md', 'changelog.md']) {
        if (!names.includes(file)) {
            throw new Error(`the installed extension lacks ${file} (in ${folder})`);
        }
    }
    for (const file of [
        'out',
        'node_modules',
        'test',
        'language/strat.langium',
        'language/generated',
        'language/project/project-config.ts',
        'scripts',
        'dist/extension.cjs.map',
        'dist/server.web.js.map',
        'dist/cli.mjs',
        'dist/cli-chunks',
        'images/icon.svg'
    ]) {
        if (existsSync(path.join(folder, file))) {
            throw new Error(`the installed extension contains ${file}, which the package should leave out`);
        }
    }
    return expected;
}

const started = Date.now();
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-package-'));
let failed = false;
console.log('\n  the packaged extension');
try {
    for (const [what, file] of [
        ['Node 24', NODE24_BIN],
        ['the VS Code server', SERVER_MAIN]
    ]) {
        if (!existsSync(file)) {
            throw new Error(`${what} is missing (${file}): run \`node test/vscode/setup.mjs\` first`);
        }
    }
    const listed = await packageAndInstall(tmp);
    console.log(`    ✔ ${TITLE} as ${listed} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
    failed = true;
    console.log(`    1) ${TITLE}:\n      ${error?.message ?? error}`);
} finally {
    if (KEEP) {
        say(`kept ${tmp}`);
    } else {
        await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
    }
}
console.log(failed ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failed ? 1 : 0);
