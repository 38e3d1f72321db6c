import { log } from './helpers.js';

/** The options of both mocha builds: Node's (desktop and code-server hosts), the browser's (web worker). */
export const MOCHA_OPTIONS = {
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    slow: 5_000
} as const;

/** What a mocha runner of either build tells when it is done. */
interface Runner {
    stats?: { passes: number; failures: number };
}

/**
 * Runs the defined tests with `run` (mocha's own), prints the line `N passed, N failed` that the harness
 * reads, and settles as the extension host wants: resolves when tests ran and all passed, rejects
 * otherwise (a run that cannot start counts as one failed test).
 */
export function runAndSummarize(run: (done: (failures: number) => void) => Runner): Promise<void> {
    return new Promise((resolve, reject) => {
        try {
            const runner = run(failures => {
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
