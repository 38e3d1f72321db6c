// The entry of the VS Code suite: VS Code's extension host loads it (as the bundle
// out/test/vscode/suite.cjs, made by scripts/bundle.mjs) when the workbench is opened with
// `extensionTestsPath`, calls `run()`, and ends the test run with exit code 0 when the promise resolves
// and 1 when it rejects. Two hosts open that workbench: code-server's, through the harness
// test/vscode/run.mjs (`npm test`), and a desktop VS Code, through @vscode/test-electron's runTests
// (test/vscode/desktop/, `npm run test:desktop`).
import Mocha from 'mocha';
import { defineCompareTests } from './compare.js';
import { defineFeatureTests } from './features.js';
import { log } from './helpers.js';
import { definePreviewTests } from './preview.js';
import { MOCHA_OPTIONS, runAndSummarize } from './run-mocha.js';

export function run(): Promise<void> {
    // Mocha's reporters write through Base.consoleLog: into marked lines that the harness relays.
    Mocha.reporters.Base.consoleLog = log;
    const mocha = new Mocha({ ...MOCHA_OPTIONS });
    // Install describe/it as globals, as mocha does before it loads a test file, then define the tests.
    for (const [file, define] of [
        ['test/vscode/suite/features.ts', defineFeatureTests],
        ['test/vscode/suite/preview.ts', definePreviewTests],
        ['test/vscode/suite/compare.ts', defineCompareTests]
    ] as const) {
        mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
        define();
    }
    return runAndSummarize(done => mocha.run(done));
}
