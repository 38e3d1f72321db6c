// Runs the compiled test suites with mocha, one suite folder after the other, and closes with the
// line `N passed, N failed` (the last line of the output). Exits non-zero when a test failed, a
// suite could not be loaded or run, or no test ran at all. Build first: `npm test` does.
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';

/** The suite folders, in order; a folder that does not exist (not written or not built) is skipped. */
const SUITES = [
    'out/test/unit',
    'out/test/cli',
    'out/test/lsp'
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The compiled test files of a folder and its subfolders, in a stable order. */
function testFiles(folder) {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.test.js'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

async function runSuite(folder) {
    const mocha = new Mocha({ reporter: 'spec', timeout: 60_000, slow: 5_000 });
    for (const file of testFiles(folder)) {
        mocha.addFile(file);
    }
    await mocha.loadFilesAsync();
    const stats = await new Promise(resolve => {
        const runner = mocha.run(() => resolve(runner.stats));
    });
    mocha.dispose();
    return stats;
}

let passed = 0;
let failed = 0;
let pending = 0;
let crashed = 0;
const started = Date.now();
console.log(`node ${process.version}, suites: ${SUITES.join(', ')}`);
for (const suite of SUITES) {
    const folder = path.join(root, suite);
    if (!existsSync(folder)) {
        console.log(`(suite ${suite} skipped: the folder does not exist)`);
        continue;
    }
    console.log(`\n=== suite ${suite}`);
    try {
        const stats = await runSuite(folder);
        passed += stats?.passes ?? 0;
        failed += stats?.failures ?? 0;
        pending += stats?.pending ?? 0;
    } catch (error) {
        crashed++;
        console.error(`suite ${suite} crashed: ${error?.stack ?? error}`);
    }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ntests took ${seconds} s${pending > 0 ? `, ${pending} skipped` : ''}`);
if (crashed > 0) {
    console.log(`${crashed} ${crashed === 1 ? 'suite' : 'suites'} could not be loaded or run (see above)`);
}
if (passed + failed === 0) {
    console.log('no test ran: that counts as a failure');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed > 0 || passed + failed === 0 ? 1 : 0);
