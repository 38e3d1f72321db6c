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

export function run(): Promise<void> {
    // Mocha's reporters write through Base.consoleLog: into marked lines that the harness relays.
    Mocha.reporters.Base.consoleLog = log;
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
    // Install describe/it as globals, as mocha does before it loads a test file, then define the tests.
    mocha.suite.emit(
        Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE,
        globalThis,
        'test/vscode/suite/features.ts',
        mocha
    );
    defineFeatureTests();
    mocha.suite.emit(
        Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE,
        globalThis,
        'test/vscode/suite/preview.ts',
        mocha
    );
    definePreviewTests();
    mocha.suite.emit(
        Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE,
        globalThis,
        'test/vscode/suite/compare.ts',
        mocha
    );
    defineCompareTests();
    return new Promise((resolve, reject) => {
        try {
            const runner = mocha.run(failures => {
                const passed = runner.stats?.passes ?? 0;
                const failed = Math.max(failures, runner.stats?.failures ?? 0);
                log(`${passed} passed, ${failed} failed`);
                if (failed > 0 || passed === 0) {
                    reject(
                        new Error(
                            passed === 0
                                ? 'no test ran'
                                : `${failed} ${failed === 1 ? 'test' : 'tests'} failed`
                        )
                    );
                } else {
                    resolve();
                }
            });
        } catch (error) {
            log('the suite could not start: %s', error instanceof Error ? error.stack : error);
            log('0 passed, 1 failed');
            reject(error);
        }
    });
}
