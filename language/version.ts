import manifest from '../package.json' with { type: 'json' };

/** The version of strat, as package.json states it (the CLI, SARIF's tool, the language server). */
export const VERSION: string = manifest.version;
