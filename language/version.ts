import packageJson from '../package.json' with { type: 'json' };

/** The version of strat: the package's, so that the CLI, the server and SARIF reports never disagree. */
export const STRAT_VERSION: string = packageJson.version;

/** The README's address on the web (package.json `homepage`): where each check is explained. */
export const STRAT_HOMEPAGE: string | undefined = (packageJson as { homepage?: string }).homepage;
