// The entry of the browser workbench suite: the workbench's web worker extension host loads it (as the
// bundle out/test/vscode/web-suite.cjs, made by scripts/bundle.mjs for the browser) when the workbench
// is opened with `extensionDevelopmentKind` web and `extensionTestsPath`; the extension under test runs
// from its browser entry (dist/extension.web.cjs), its language server from dist/server.web.js. The
// harness is test/vscode/run.mjs with STRAT_VSCODE_WEB=1. Mocha is its browser build, bundled here:
// the web extension host loads no module but `vscode`.
import 'mocha/mocha.js';
import { log } from '../suite/helpers.js';
import { defineWebTests } from './web-tests.js';

interface MochaRunner {
    stats?: { passes: number; failures: number };
}

/** What mocha's browser build leaves on the global object: its class and its ready instance. */
interface BrowserMocha {
    Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } };
    mocha: {
        setup(options: Record<string, unknown>): void;
        run(done: (failures: number) => void): MochaRunner;
    };
}

export function run(): Promise<void> {
    const { Mocha, mocha } = globalThis as unknown as BrowserMocha;
    Mocha.reporters.Base.consoleLog = log;
    mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
    defineWebTests();
    return new Promise((resolve, reject) => {
        try {
            const runner = mocha.run(failures => {
                const passed = runner.stats?.passes ?? 0;
                const failed = Math.max(failures, runner.stats?.failures ?? 0);
                log(`${passed} passed, ${failed} failed`);
                if (failed > 0 || passed === 0) {
                    reject(new Error(passed === 0 ? 'no test ran' : `${failed} failed`));
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
