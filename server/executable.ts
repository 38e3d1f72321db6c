import { main as runCli } from '../language/cli/main.js';

/**
 * The executable's entry (bundled as dist/cli.mjs, started by bin/strat.js): the CLI of the language,
 * joined to the language server for `strat lsp`. The language does not import the editor side; the
 * server is loaded only when `strat lsp` runs.
 */
export function main(argv: string[]): Promise<void> {
    return runCli(argv, { startLanguageServer: () => import('./main.js') });
}
