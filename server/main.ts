import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BoundedNodeFileSystem } from '../language/workspace/bounded-file-system.js';
import { startStratServer } from './start-server.js';

/** The language server: started by the VS Code extension over IPC, or by `strat lsp --stdio`. */
startStratServer({ connection: createConnection(ProposedFeatures.all), ...BoundedNodeFileSystem });
