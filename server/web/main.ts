import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { watchProjectFiles } from '../project-watch.js';
import { startStratServer } from '../start-server.js';
import type { StratLspServices } from '../strat-lsp-module.js';
import { reportUnreadableFiles } from '../workspace/unreadable-files.js';
import { WorkbenchFileSystemProvider } from './workbench-file-system.js';
import { WorkbenchProjects } from './workbench-projects.js';
import { WorkbenchWorkspaceManager } from './workbench-workspace-manager.js';

/**
 * The language server as a web worker (dist/server.web.js): LSP over `postMessage`, the workspace's
 * files and project files (strat.json) read through the workbench (the extension answers the requests
 * of workbench-protocol.ts). Started by the extension's browser entry (client/extension-web.ts).
 */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = new WorkbenchFileSystemProvider(connection);
const { shared, Strat, diagnostics } = startStratServer(
    { connection, fileSystemProvider: () => files },
    {
        workspace: {
            WorkspaceManager: services =>
                new WorkbenchWorkspaceManager(
                    services,
                    files,
                    reportUnreadableFiles(
                        services,
                        () => (services.ServiceRegistry.all[0] as StratLspServices).editor.Settings.locale
                    )
                )
        }
    },
    {
        editor: {
            Projects: services =>
                new WorkbenchProjects(
                    services.workspace.Projects,
                    files,
                    () => services.editor.Settings.locale,
                    message => services.shared.lsp.Connection?.console.warn(message)
                )
        }
    }
);
watchProjectFiles(shared, Strat, diagnostics);
