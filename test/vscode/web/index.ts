// The entry of the browser workbench suite: the workbench's web worker extension host loads it (as the
// bundle out/test/vscode/web-suite.cjs, made by scripts/bundle.mjs for the browser) when the workbench
// is opened with `extensionDevelopmentKind` web and `extensionTestsPath`; the extension under test runs
// from its browser entry (dist/extension.web.cjs), its language server from dist/server.web.js. The
// harness is test/vscode/run.mjs with STRAT_VSCODE_WEB=1. Mocha is its browser build, bundled here:
// the web extension host loads no module but `vscode`.
import 'mocha/mocha.js';
import { log } from '../suite/helpers.js';
import { MOCHA_OPTIONS, runAndSummarize } from '../suite/run-mocha.js';
import { defineWebTests } from './web-tests.js';

/** What mocha's browser build leaves on the global object: its class and its ready instance. */
interface BrowserMocha {
    Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } };
    mocha: {
        setup(options: Record<string, unknown>): void;
        run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
    };
}

export function run(): Promise<void> {
    const { Mocha, mocha } = globalThis as unknown as BrowserMocha;
    Mocha.reporters.Base.consoleLog = log;
    mocha.setup({ ...MOCHA_OPTIONS });
    defineWebTests();
    return runAndSummarize(done => mocha.run(done));
}
