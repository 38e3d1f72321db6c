import { main } from './main.js';

/** The CLI's entry point (bundled as dist/cli.mjs, started by bin/strat.js). */
await main(process.argv);
