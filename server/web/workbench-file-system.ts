import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import {
    FIND_FILES_REQUEST,
    READ_DIRECTORY_REQUEST,
    READ_FILE_REQUEST,
    type FindFilesParams,
    type FindFilesResult,
    type ReadDirectoryParams,
    type ReadFileParams,
    type WorkbenchFileEntry
} from '../workbench-protocol.js';

/**
 * Langium's file system for the web worker: the workbench's (`vscode.workspace.fs`), asked through
 * the extension over the language server's connection. The workbench answers only asynchronously; the
 * synchronous reads fail, and `existsSync` answers from the files this provider has seen (found or
 * read), which is what closing an editor asks (is the closed document a file of the workspace?).
 */
export class WorkbenchFileSystemProvider implements FileSystemProvider {
    private readonly known = new Set<string>();

    constructor(private readonly connection: Connection) {}

    /** Notes files the workbench found, so that `existsSync` knows them. */
    remember(uris: Iterable<URI>): void {
        for (const uri of uris) {
            this.known.add(uri.toString());
        }
    }

    /**
     * The files below a folder that a glob names (`.strat` files when none), found by the workbench's
     * search; undefined where the workbench cannot search that folder (walk it instead).
     */
    async find(folder: URI, pattern?: string): Promise<URI[] | undefined> {
        try {
            const result = await this.connection.sendRequest<FindFilesResult>(FIND_FILES_REQUEST, {
                folder: folder.toString(),
                pattern
            } satisfies FindFilesParams);
            const found = result.uris.map(uri => URI.parse(uri));
            this.remember(found);
            return found;
        } catch {
            return undefined;
        }
    }

    async readFile(uri: URI): Promise<string> {
        try {
            const text = await this.connection.sendRequest<string>(READ_FILE_REQUEST, {
                uri: uri.toString()
            } satisfies ReadFileParams);
            this.known.add(uri.toString());
            return text;
        } catch (error) {
            this.known.delete(uri.toString());
            throw new Error(`cannot read ${uri.toString()}: ${(error as Error).message ?? String(error)}`, {
                cause: error
            });
        }
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<WorkbenchFileEntry[]>(READ_DIRECTORY_REQUEST, {
            uri: uri.toString()
        } satisfies ReadDirectoryParams);
        return entries.map(entry => ({
            uri: URI.parse(entry.uri),
            isFile: entry.isFile,
            isDirectory: entry.isDirectory
        }));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const parent = URI.parse(uri.toString().replace(/\/[^/]*$/, ''));
        const entry = (await this.readDirectory(parent)).find(e => e.uri.toString() === uri.toString());
        if (!entry) {
            throw new Error(`no such file: ${uri.toString()}`);
        }
        return entry;
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    existsSync(uri: URI): boolean {
        return this.known.has(uri.toString());
    }

    statSync(uri: URI): FileSystemNode {
        return unavailable('stat', uri);
    }

    readFileSync(uri: URI): string {
        return unavailable('read', uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return unavailable('read', uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return unavailable('list', uri);
    }
}

function unavailable(what: string, uri: URI): never {
    throw new Error(
        `cannot ${what} ${uri.toString()} synchronously: the workbench's file system answers later`
    );
}
