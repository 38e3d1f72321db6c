// `npm run fuzz`: the fuzz suite (out/test/fuzz, built by the script before) in its long mode, with a
// count or a time budget, random seeds, every failure printed with its seed, path and the command that
// replays it, the cases each property got and totals at the end. Exits 1 if a property failed or
// checked no case.
//
//   npm run fuzz                               500 cases per property (expensive ones fewer)
//   npm run fuzz -- --runs 5000                5000 cases per property (LSP and CLI properties fewer)
//   npm run fuzz -- --seconds 300              about 300 s in all, shared among the properties; each
//                                              property still runs at least its npm test count of cases
//   npm run fuzz -- --grep formatter           only the properties whose title matches
//   npm run fuzz -- --grep "…" --seed S --path P   replays one failure (as printed)
//   --repeat N                                 a replay runs its case up to N times until it fails
//                                              (the language server's cases depend on timing)
//   --hang-seconds N                           a case running longer is reported as a hang (default 120)
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Mocha from 'mocha';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const folder = path.join(root, 'out/test/fuzz');

const USAGE =
    'usage: npm run fuzz -- [--runs N] [--seconds S] [--grep TEXT] [--seed S --path P [--repeat N]] [--hang-seconds N]';
const options = {
    runs: undefined,
    seconds: undefined,
    grep: undefined,
    seed: undefined,
    path: undefined,
    repeat: undefined,
    hang: undefined
};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s);
    const value = () => inline ?? args[++i];
    switch (flag) {
        case '--runs':
            options.runs = value();
            break;
        case '--seconds':
            options.seconds = value();
            break;
        case '--grep':
            options.grep = value();
            break;
        case '--seed':
            options.seed = value();
            break;
        case '--path':
            options.path = value();
            break;
        case '--repeat':
            options.repeat = value();
            break;
        case '--hang-seconds':
            options.hang = value();
            break;
        case '--help':
        case '-h':
            console.log(USAGE);
            process.exit(0);
            break;
        default:
            console.error(`unknown argument ${args[i]}\n${USAGE}`);
            process.exit(2);
    }
}
for (const name of ['runs', 'seconds', 'seed', 'repeat', 'hang']) {
    if (options[name] !== undefined && !Number.isFinite(Number(options[name]))) {
        console.error(`--${name} needs a number, not ${options[name]}\n${USAGE}`);
        process.exit(2);
    }
}
if (options.runs === undefined && options.seconds === undefined) {
    options.runs = options.path !== undefined ? '1' : '500';
}
process.env.STRAT_FUZZ_LONG = '1';
const env = {
    STRAT_FUZZ_RUNS: options.runs,
    STRAT_FUZZ_SECONDS: options.seconds,
    STRAT_FUZZ_SEED: options.seed,
    STRAT_FUZZ_PATH: options.path,
    STRAT_FUZZ_REPEAT: options.repeat,
    STRAT_FUZZ_GREP: options.grep,
    STRAT_FUZZ_HANG: options.hang
};
for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) {
        process.env[name] = String(value);
    } else {
        delete process.env[name];
    }
}

if (!existsSync(folder)) {
    console.error(`${folder} does not exist: build first (npm run build)`);
    process.exit(2);
}
const budget = [
    options.runs && `${options.runs} runs per property`,
    options.seconds && `${options.seconds} s in all`
]
    .filter(Boolean)
    .join(', ');
console.log(
    `strat fuzz: node ${process.version}, load average ${loadAverage()}, ${budget}${options.seed ? `, seed ${options.seed}` : ', random seeds'}${options.grep ? `, only "${options.grep}"` : ''}`
);

function loadAverage() {
    return loadavg()
        .map(value => value.toFixed(2))
        .join(', ');
}

const mocha = new Mocha({ reporter: 'spec', timeout: 0, slow: 60_000, grep: options.grep });
for (const file of readdirSync(folder)
    .filter(name => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(folder, file));
}
await mocha.loadFilesAsync();
const started = Date.now();
const stats = await new Promise(resolve => {
    const runner = mocha.run(() => resolve(runner.stats));
});
const { totals, totalsLine, perPropertyLines } = await import(
    pathToFileURL(path.join(folder, 'fuzz-support.js')).href
);
console.log(`\nfuzz took ${((Date.now() - started) / 1000).toFixed(1)} s, load average ${loadAverage()}`);
console.log('cases per property (stopped by: its runs, the time budget, a failure):');
for (const line of perPropertyLines()) {
    console.log(line);
}
console.log(totalsLine());
const replays = totals.failures.filter(failure => failure.replay !== '');
if (replays.length > 0) {
    console.log('replay each failure with:');
    for (const failure of replays) {
        console.log(`  ${failure.replay}`);
    }
}
console.log(`${stats.passes} passed, ${stats.failures} failed`);
process.exit(stats.failures > 0 || stats.passes === 0 ? 1 : 0);
