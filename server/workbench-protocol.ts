/**
 * Messages from the web worker's language server to the extension (beyond LSP): in a browser the
 * server has no file system of its own, so it asks the workbench's (`vscode.workspace.fs`,
 * `vscode.workspace.findFiles`), through the extension, for the workspace's files.
 */

/** Request: the text of a file (UTF-8). Fails when the file cannot be read. */
export const READ_FILE_REQUEST = 'strat/workbench/readFile';

export interface ReadFileParams {
    uri: string;
}

/** Request: the entries of a folder. Fails when the folder cannot be read. */
export const READ_DIRECTORY_REQUEST = 'strat/workbench/readDirectory';

export interface ReadDirectoryParams {
    uri: string;
}

export interface WorkbenchFileEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/**
 * Request: every `.strat` file (or every file a pattern names) under a workspace folder, found by the
 * workbench's file search (which leaves out what `files.exclude` and `search.exclude` do). Fails when
 * the workbench cannot search that folder; the server then walks it with READ_DIRECTORY_REQUEST.
 */
export const FIND_FILES_REQUEST = 'strat/workbench/findFiles';

export interface FindFilesParams {
    /** The workspace folder. */
    folder: string;
    /** A glob relative to the folder; `**\/*.strat` when absent. */
    pattern?: string;
}

export interface FindFilesResult {
    uris: string[];
}

/** The largest file the extension hands to the server (the Node server's limit, MAX_SOURCE_BYTES). */
export const WORKBENCH_FILE_LIMIT_BYTES = 32 * 1024 * 1024;
