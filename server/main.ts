import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BoundedNodeFileSystem } from '../language/workspace/bounded-file-system.js';
import { registerCompare } from './compare-service.js';
import { EditorProjects } from './project-files.js';
import { watchProjectFiles } from './project-watch.js';
import { startStratServer } from './start-server.js';

/** The language server: started by the VS Code extension over IPC, or by `strat lsp --stdio`. */
const connection = createConnection(ProposedFeatures.all);
const { shared, Strat, diagnostics } = startStratServer(
    { connection, ...BoundedNodeFileSystem },
    {},
    {
        editor: {
            Projects: services =>
                new EditorProjects(
                    services.workspace.Projects,
                    () => services.editor.Settings.locale,
                    message => services.shared.lsp.Connection?.console.warn(message)
                )
        }
    }
);
// Comparing with a version read from texts needs Node: not in the web worker.
registerCompare(connection, shared, Strat.editor.Settings);
watchProjectFiles(shared, Strat, diagnostics);
