import { promises as fs } from 'node:fs';
import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readRegularFile } from './read-limits.js';

/**
 * Langium's file system for Node, reading only regular files of bounded size and only a bounded
 * number at a time: a workspace of thousands of files does not run out of file handles, and a link
 * to `/dev/zero` or a named pipe does not fill the memory or wait for ever.
 *
 * A folder lists symbolic links by their targets, as the command line finds files: a link to a folder
 * is a folder, and anything else that is not a folder (a link to a file, a device or a pipe, a broken
 * link, a pipe) is listed as a file, so that reading it either succeeds or says why it cannot.
 * Finding the kind of a target (`stat`) neither opens nor reads it.
 */
export class BoundedNodeFileSystemProvider extends NodeFileSystemProvider {
    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await super.readDirectory(uri);
        return Promise.all(
            entries.map(async entry => {
                if (entry.isDirectory || entry.isFile) {
                    return entry;
                }
                const isDirectory = await fs.stat(entry.uri.fsPath).then(
                    stat => stat.isDirectory(),
                    () => false
                );
                return { ...entry, isDirectory, isFile: !isDirectory };
            })
        );
    }

    override async readFile(uri: URI): Promise<string> {
        return (await readRegularFile(uri.fsPath)).toString('utf8');
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return readRegularFile(uri.fsPath);
    }

    /** Where a path leads, links followed (the workspace reads a file reached twice once). */
    realPath(uri: URI): Promise<string> {
        return fs.realpath(uri.fsPath);
    }
}

export const BoundedNodeFileSystem = {
    fileSystemProvider: () => new BoundedNodeFileSystemProvider()
};
