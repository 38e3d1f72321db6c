/**
 * The fuzz suite's runner of properties: bounded (a fixed seed and few cases per property) under
 * `npm test`, long under `npm run fuzz` (a count or a time budget, random seeds). Every failure is
 * printed with its seed and path and the command that replays it; totals are printed at the end.
 *
 * Settings come from the environment (`npm run fuzz` sets them from its arguments):
 *   STRAT_FUZZ_LONG=1       long mode: random seeds, budgets below
 *   STRAT_FUZZ_RUNS=N       cases per property (expensive properties run N divided by their cost)
 *   STRAT_FUZZ_SECONDS=S    a time budget for the whole run, shared among the properties
 *   STRAT_FUZZ_SEED=S       replay: the seed printed with a failure
 *   STRAT_FUZZ_PATH=P       replay: the path printed with a failure (replays that case alone)
 *   STRAT_FUZZ_REPEAT=N     replay: run the case up to N times until it fails (for cases whose
 *                           failure depends on timing, as the language server's do)
 *   STRAT_FUZZ_HANG=S       a case that runs longer than S seconds is a hang (default 120)
 *   STRAT_FUZZ_GREP=TEXT    the text that selects the tests (the time budget goes to those)
 */
import fc from 'fast-check';
import { Worker } from 'node:worker_threads';

export interface FuzzSettings {
    long: boolean;
    runs?: number;
    seconds?: number;
    seed?: number;
    path?: string;
    repeat: number;
    grep?: string;
    hangSeconds: number;
}

function numberFrom(value: string | undefined): number | undefined {
    if (value === undefined || value.trim() === '') {
        return undefined;
    }
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) {
        throw new Error(`not a number: ${value}`);
    }
    return parsed;
}

export const settings: FuzzSettings = {
    long: process.env.STRAT_FUZZ_LONG === '1',
    runs: numberFrom(process.env.STRAT_FUZZ_RUNS),
    seconds: numberFrom(process.env.STRAT_FUZZ_SECONDS),
    seed: numberFrom(process.env.STRAT_FUZZ_SEED),
    path: process.env.STRAT_FUZZ_PATH || undefined,
    repeat: Math.max(1, numberFrom(process.env.STRAT_FUZZ_REPEAT) ?? 1),
    grep: process.env.STRAT_FUZZ_GREP || undefined,
    hangSeconds: numberFrom(process.env.STRAT_FUZZ_HANG) ?? 120
};

export interface FailureRecord {
    property: string;
    seed: number;
    path: string;
    replay: string;
    message: string;
}

/** What the suite did, printed at the end (and read by `npm run fuzz`). */
export const totals = {
    properties: 0,
    cases: 0,
    edits: 0,
    requests: 0,
    payloads: 0,
    failures: [] as FailureRecord[],
    /** Per property, in the order they ran: what each got of the budget. */
    perProperty: [] as PropertyRecord[]
};

export interface PropertyRecord {
    property: string;
    /** Cases checked (runs of the predicate that its preconditions did not reject). */
    cases: number;
    /** Generated values its preconditions rejected. */
    rejected: number;
    seconds: number;
    /** Why it stopped: its count of runs, the time budget, a failure. */
    stopped: 'runs' | 'time' | 'failure';
}

export function countEdits(n = 1): void {
    totals.edits += n;
}

export function countRequests(n = 1): void {
    totals.requests += n;
}

export function countPayloads(n = 1): void {
    totals.payloads += n;
}

/** One line per property: the cases it got, how long it ran and why it stopped. */
export function perPropertyLines(): string[] {
    return totals.perProperty.map(
        record =>
            `${String(record.cases).padStart(8)} cases${record.rejected > 0 ? ` (+${record.rejected} rejected)` : ''}` +
            `  ${record.seconds.toFixed(1).padStart(6)} s  ${record.stopped.padEnd(7)}  ${record.property}`
    );
}

export function totalsLine(): string {
    return (
        `fuzz totals: ${totals.properties} properties, ${totals.cases} cases run, ${totals.edits} edits replayed, ` +
        `${totals.requests} requests answered, ${totals.payloads} payloads tried, ${totals.failures.length} failures`
    );
}

// ---------------------------------------------------------------- the hang watchdog

/**
 * A case that never returns (an endless loop in the parser, say) would block the event loop, so no
 * timer of this thread could report it. A worker thread watches a heartbeat that every case start
 * and end bumps; when it stands still too long, the worker prints the case (property, seed, run) and
 * ends the process.
 */
const heartbeat = new Int32Array(new SharedArrayBuffer(8));
let watchdog: Worker | undefined;

function startWatchdog(): Worker {
    const code = `
        const { workerData, parentPort } = require('node:worker_threads');
        const fs = require('node:fs');
        const beat = new Int32Array(workerData.buffer);
        let current = 'no case yet';
        parentPort.on('message', m => { current = m; });
        let last = Atomics.load(beat, 0);
        let since = Date.now();
        setInterval(() => {
            const now = Atomics.load(beat, 0);
            const busy = Atomics.load(beat, 1) === 1;
            if (now !== last || !busy) { last = now; since = Date.now(); return; }
            if (Date.now() - since > workerData.limitMs) {
                fs.writeSync(2, '\\nFUZZ HANG: a case ran longer than ' + workerData.limitMs / 1000 + ' s: ' + current + '\\n');
                process.kill(process.pid, 'SIGKILL');
            }
        }, 1000);
    `;
    const worker = new Worker(code, {
        eval: true,
        workerData: { buffer: heartbeat.buffer, limitMs: settings.hangSeconds * 1000 }
    });
    worker.unref();
    return worker;
}

function caseStarted(description: string): void {
    watchdog ??= startWatchdog();
    watchdog.postMessage(description);
    Atomics.add(heartbeat, 0, 1);
    Atomics.store(heartbeat, 1, 1);
}

function caseEnded(): void {
    Atomics.add(heartbeat, 0, 1);
    Atomics.store(heartbeat, 1, 0);
}

// ---------------------------------------------------------------- properties

export interface PropertyOptions {
    /** Cases under `npm test`. */
    runs: number;
    /** How much more a case costs than a cheap in-process one: long mode runs `--runs` divided by it. */
    cost?: number;
    /** Shrink a failure (the default); off for properties whose cases start processes. */
    shrink?: boolean;
    /** Mocha's limit for the whole property under `npm test` (ms). */
    timeout?: number;
    /**
     * Whether a failure may depend on timing (cases that talk to a server process): the same seed and
     * path replay the same case, but not necessarily the same race, so the replay repeats it.
     */
    timing?: boolean;
}

/** A stable seed per property for `npm test`, so that CI is reproducible. */
function seedOf(name: string): number {
    let hash = 0x811c9dc5;
    for (const char of name) {
        hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
    }
    return hash | 0;
}

let propertiesDefined = 0;
let propertiesStarted = 0;
const suiteStarted = Date.now();

function fullTitle(context: Mocha.Context): string {
    return context.test?.fullTitle() ?? 'property';
}

/** The command that runs this case again (repeatedly, if its failure may depend on timing). */
function replayCommand(title: string, seed: number, path: string, timing: boolean): string {
    const quoted = `'${title.replace(/'/g, `'\\''`)}'`;
    return `npm run fuzz -- --grep ${quoted} --seed ${seed} --path "${path}"${timing ? ' --repeat 20' : ''}`;
}

/**
 * Declares a mocha test that checks `predicate` on values of `arbitrary`. The predicate fails by
 * throwing (or returning false).
 */
export function property<T>(
    name: string,
    arbitrary: fc.Arbitrary<T>,
    predicate: (value: T) => Promise<boolean | void> | boolean | void,
    options: PropertyOptions
): void {
    const test = it(name, async function () {
        this.timeout(settings.long ? 0 : (options.timeout ?? 60_000));
        await runProperty(fullTitle(this), arbitrary, predicate, options);
    });
    // a time budget is shared among the properties that run: those --grep selects
    if (settings.grep === undefined || test.fullTitle().includes(settings.grep)) {
        propertiesDefined++;
    }
}

/**
 * How many cases a property runs, and until when. Under a time budget (`--seconds`) each property
 * gets its share of the time left (split among the properties still to run), but never fewer cases
 * than `npm test` runs of it (its `runs`): the clock only stops it between cases once it has those,
 * so an expensive property late in the run is not starved by the ones before it.
 */
function budgetOf(options: PropertyOptions): { runs: number; minimum: number; deadline?: number } {
    let runs = options.runs;
    if (settings.runs !== undefined) {
        runs = Math.max(1, Math.round(settings.runs / (options.cost ?? 1)));
    }
    if (settings.seconds === undefined) {
        return { runs, minimum: runs };
    }
    const left = settings.seconds * 1000 - (Date.now() - suiteStarted);
    const share = Math.max(1000, left / Math.max(1, propertiesDefined - propertiesStarted + 1));
    return {
        runs: settings.runs !== undefined ? runs : 1_000_000_000,
        minimum: Math.min(options.runs, runs),
        deadline: Date.now() + share
    };
}

async function runProperty<T>(
    title: string,
    arbitrary: fc.Arbitrary<T>,
    predicate: (value: T) => Promise<boolean | void> | boolean | void,
    options: PropertyOptions
): Promise<void> {
    totals.properties++;
    propertiesStarted++;
    const started = Date.now();
    const seed = settings.seed ?? (settings.long ? (Math.random() * 0x7fffffff) | 0 : seedOf(title));
    const budget = budgetOf(options);
    const params: fc.Parameters<[T]> = { seed, verbose: 0, numRuns: budget.runs };
    if (settings.path !== undefined) {
        params.path = settings.path;
        params.endOnFailure = true;
    } else if (options.shrink === false) {
        params.endOnFailure = true;
    }
    let run = 0;
    let checked = 0;
    let rejected = 0;
    let failing = false;
    const wrapped = async (value: T): Promise<boolean | void> => {
        // out of time: stop between two cases (never while shrinking a failure), once the minimum ran
        // (or its preconditions rejected as many values as fast-check tolerates for it)
        const outOfTime = budget.deadline !== undefined && Date.now() > budget.deadline;
        const enough = checked >= budget.minimum || rejected >= 100 * Math.max(1, budget.minimum);
        if (outOfTime && enough && !failing && settings.path === undefined) {
            throw new fc.PreconditionFailure(true);
        }
        caseStarted(`"${title}" seed ${seed}, run ${run} (path "${run}" unless it was shrinking)`);
        run++;
        try {
            const result = await predicate(value);
            checked++;
            failing ||= result === false;
            return result;
        } catch (error) {
            if (fc.PreconditionFailure.isFailure(error)) {
                rejected++;
            } else {
                checked++;
                failing = true;
            }
            throw error;
        } finally {
            caseEnded();
        }
    };
    const attempts = settings.path !== undefined ? settings.repeat : 1;
    let details = await fc.check(fc.asyncProperty(arbitrary, wrapped), params);
    for (let attempt = 2; attempt <= attempts && !details.failed; attempt++) {
        details = await fc.check(fc.asyncProperty(arbitrary, wrapped), params);
    }
    totals.cases += checked;
    const record: PropertyRecord = {
        property: title,
        cases: checked,
        rejected,
        seconds: (Date.now() - started) / 1000,
        stopped: failing ? 'failure' : details.interrupted ? 'time' : 'runs'
    };
    totals.perProperty.push(record);
    if (checked === 0) {
        const message =
            `"${title}" checked no case (${rejected} generated values rejected by its preconditions): ` +
            'a property that checks nothing has not passed';
        totals.failures.push({ property: title, seed, path: '', replay: '', message });
        process.stderr.write(`\nFUZZ FAILURE: ${message}\n`);
        throw new Error(message);
    }
    if (!details.failed) {
        return;
    }
    const path = details.counterexamplePath ?? '';
    const replay = replayCommand(title, details.seed, path, options.timing === true);
    const error =
        details.errorInstance instanceof Error
            ? details.errorInstance.message
            : String(details.errorInstance);
    const report = `${fc.defaultReportMessage(details) ?? 'failed'}\n\nerror: ${error}`;
    totals.failures.push({
        property: title,
        seed: details.seed,
        path,
        replay,
        message: report.slice(0, 4000)
    });
    process.stderr.write(
        `\nFUZZ FAILURE in "${title}"\n  seed ${details.seed}, path "${path}"\n  replay: ${replay}\n`
    );
    throw new Error(`${report.slice(0, 8000)}\n\nreplay: ${replay}`);
}

/**
 * Seconds of CPU time this process spent since `since` (a `process.cpuUsage()`): the measure of hang
 * guards, which the load of the machine does not stretch as it stretches wall time.
 */
export function cpuSeconds(since: NodeJS.CpuUsage): number {
    const { user, system } = process.cpuUsage(since);
    return (user + system) / 1e6;
}

/** Counts a plain (non-property) check of the suite as one case. */
export function countCase(n = 1): void {
    totals.cases += n;
}

// registered when mocha loads the suite (scripts that import this module outside mocha skip it)
globalThis.after?.(function () {
    if (settings.long) {
        return; // npm run fuzz prints the totals itself
    }
    console.log(`\n${totalsLine()}`);
    for (const failure of totals.failures) {
        console.log(
            `  failed: ${failure.property}\n    seed ${failure.seed}, path "${failure.path}"\n    replay: ${failure.replay}`
        );
    }
});
