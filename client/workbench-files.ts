import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    FIND_FILES_REQUEST,
    READ_DIRECTORY_REQUEST,
    READ_FILE_REQUEST,
    WORKBENCH_FILE_LIMIT_BYTES,
    type FindFilesParams,
    type FindFilesResult,
    type ReadDirectoryParams,
    type ReadFileParams,
    type WorkbenchFileEntry
} from '../server/workbench-protocol.js';

/** Folders the workspace search leaves out, as the Node server's walk does. */
const EXCLUDE = '**/{node_modules,out,.*}/**';

/**
 * Answers the web worker's language server, which has no file system of its own, from the workbench's
 * (`vscode.workspace.fs`, `findFiles`): the files of a repository opened in vscode.dev, github.dev or
 * GitLab's Web IDE. When a workspace folder cannot be listed, the user is told once that only the
 * open files are checked.
 */
export function answerWorkbenchFiles(client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
    let warned = false;
    const cannotList = (folder: string, error: unknown) => {
        output.warn(`cannot list ${folder}: ${describe(error)}`);
        if (warned) {
            return;
        }
        warned = true;
        void vscode.window.showWarningMessage(
            vscode.l10n.t(
                'strat cannot list the files of this workspace in the browser: it checks only the open .strat files, and decisions in other files are found once you open them.'
            )
        );
    };

    client.onRequest(READ_FILE_REQUEST, async ({ uri }: ReadFileParams): Promise<string> => {
        const target = vscode.Uri.parse(uri);
        const stat = await vscode.workspace.fs.stat(target);
        if (stat.size > WORKBENCH_FILE_LIMIT_BYTES) {
            throw new Error(`too large (${stat.size} bytes)`);
        }
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    });

    client.onRequest(
        READ_DIRECTORY_REQUEST,
        async ({ uri }: ReadDirectoryParams): Promise<WorkbenchFileEntry[]> => {
            const folder = vscode.Uri.parse(uri);
            try {
                const entries = await vscode.workspace.fs.readDirectory(folder);
                return entries.map(([name, type]) => ({
                    uri: vscode.Uri.joinPath(folder, name).toString(),
                    isFile: (type & vscode.FileType.File) !== 0,
                    isDirectory: (type & vscode.FileType.Directory) !== 0
                }));
            } catch (error) {
                if (vscode.workspace.getWorkspaceFolder(folder)?.uri.toString() === folder.toString()) {
                    cannotList(uri, error);
                }
                throw error;
            }
        }
    );

    client.onRequest(
        FIND_FILES_REQUEST,
        async ({ folder, pattern }: FindFilesParams): Promise<FindFilesResult> => {
            const base = vscode.Uri.parse(folder);
            const found = await vscode.workspace.findFiles(
                new vscode.RelativePattern(base, pattern ?? '**/*.strat'),
                EXCLUDE
            );
            // A file system without a search provider finds nothing: the server walks the folder instead.
            if (found.length === 0 && !(await canSearch(base))) {
                throw new Error(`the workbench cannot search ${folder}`);
            }
            return { uris: found.map(uri => uri.toString()) };
        }
    );
}

/** Whether the workbench's search finds anything in a folder (it finds nothing where it cannot search). */
async function canSearch(folder: vscode.Uri): Promise<boolean> {
    const any = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), EXCLUDE, 1);
    return any.length > 0;
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
