import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readRegularFile } from './read-limits.js';

/**
 * Langium's file system for Node, reading only regular files of bounded size and only a bounded
 * number at a time: a workspace of thousands of files does not run out of file handles, and a link
 * to `/dev/zero` or a named pipe does not fill the memory or wait for ever.
 */
export class BoundedNodeFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return (await readRegularFile(uri.fsPath)).toString('utf8');
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return readRegularFile(uri.fsPath);
    }
}

export const BoundedNodeFileSystem = {
    fileSystemProvider: () => new BoundedNodeFileSystemProvider()
};
