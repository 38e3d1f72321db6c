#!/usr/bin/env node
import { main } from '../out/language/cli/main.js';

// The executable joins the two sides: the CLI of the language, and the language server for `strat lsp`.
await main(process.argv, { startLanguageServer: () => import('../out/server/main.js') });
