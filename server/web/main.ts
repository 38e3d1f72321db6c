import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startStratServer } from '../start-server.js';
import { WorkbenchFileSystemProvider } from './workbench-file-system.js';
import { WorkbenchWorkspaceManager } from './workbench-workspace-manager.js';

/**
 * The language server as a web worker (dist/server.web.js): LSP over `postMessage`, the workspace's
 * files read through the workbench (the extension answers the requests of workbench-protocol.ts).
 * Started by the extension's browser entry (client/extension-web.ts).
 */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = new WorkbenchFileSystemProvider(connection);
startStratServer(
    { connection, fileSystemProvider: () => files },
    {
        workspace: {
            WorkspaceManager: services =>
                new WorkbenchWorkspaceManager(services, connection, files, message =>
                    connection.console.warn(message)
                )
        }
    }
);
