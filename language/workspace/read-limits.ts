import { constants, promises as fs } from 'node:fs';
import { NotReadableFile } from './file-errors.js';

export { NotReadableFile };

/** The largest source file strat reads (far above any real strategy, far below the memory it has). */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

/**
 * How many files are open at once, at most: far below the usual limits of a process (1,024 on Linux,
 * 256 on macOS), so that a workspace of thousands of files is read one batch after another.
 */
export const MAX_OPEN_FILES = 32;

let open = 0;
const waiting: Array<() => void> = [];

/** Runs `task` once fewer than MAX_OPEN_FILES tasks hold a file open. */
export async function withOpenFileSlot<T>(task: () => Promise<T>): Promise<T> {
    if (open >= MAX_OPEN_FILES) {
        await new Promise<void>(resolve => waiting.push(resolve));
    } else {
        open++;
    }
    try {
        return await task();
    } finally {
        const next = waiting.shift();
        if (next) {
            next(); // the slot passes on to the next task
        } else {
            open--;
        }
    }
}

/**
 * Reads a regular file of at most `limit` bytes. A device (`/dev/zero`), a FIFO, a socket or a folder
 * is refused without reading from it or waiting for a writer (it is opened non-blocking and checked
 * through the open handle, so a link cannot be swapped in between); a larger file is refused before
 * it is read, and a file that grows while being read is cut off at the limit and refused.
 */
export function readRegularFile(file: string, limit: number = MAX_SOURCE_BYTES): Promise<Buffer> {
    return withOpenFileSlot(async () => {
        let handle: fs.FileHandle;
        try {
            handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENXIO') {
                throw new NotReadableFile('not-a-file', 'a socket');
            }
            throw error;
        }
        try {
            const stat = await handle.stat();
            if (!stat.isFile()) {
                throw new NotReadableFile('not-a-file', kindOf(stat));
            }
            if (stat.size > limit) {
                throw new NotReadableFile('too-large', sizeText(stat.size, limit, true));
            }
            const chunks: Buffer[] = [];
            let total = 0;
            for (;;) {
                const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
                const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
                if (bytesRead === 0) {
                    break;
                }
                chunks.push(chunk.subarray(0, bytesRead));
                total += bytesRead;
                if (total > limit) {
                    throw new NotReadableFile('too-large', sizeText(total, limit, false));
                }
            }
            return Buffer.concat(chunks, total);
        } finally {
            await handle.close();
        }
    });
}

function kindOf(stat: import('node:fs').Stats): string {
    if (stat.isDirectory()) {
        return 'a folder';
    }
    if (stat.isFIFO()) {
        return 'a named pipe';
    }
    if (stat.isSocket()) {
        return 'a socket';
    }
    return 'a device';
}

function sizeText(bytes: number, limit: number, exact: boolean): string {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return `${exact ? mb(bytes) : `more than ${mb(limit)}`}; strat reads files of up to ${mb(limit)}`;
}
