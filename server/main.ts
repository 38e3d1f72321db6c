import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BoundedNodeFileSystem } from '../language/workspace/bounded-file-system.js';
import { registerCompare } from './compare-service.js';
import { startStratServer } from './start-server.js';

/** The language server: started by the VS Code extension over IPC, or by `strat lsp --stdio`. */
const connection = createConnection(ProposedFeatures.all);
const { shared, Strat } = startStratServer({ connection, ...BoundedNodeFileSystem });
// Comparing reads a version of the workspace from texts with the Node file loader: not in the web worker.
registerCompare(connection, shared, Strat.editor.Settings);
