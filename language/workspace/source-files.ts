import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';

/** A problem with the input that stops a command before any checking (exit code 2). */
export class InputError extends Error {
    constructor(message: string, readonly path?: string) {
        super(message);
    }
}

export interface SourceFile {
    /** Absolute path. */
    readonly path: string;
    /** The text without a byte-order mark. */
    readonly text: string;
}

/**
 * Finds the `.strat` files named by `inputs` (files, or folders searched recursively, skipping
 * `node_modules` and hidden folders), in a stable order.
 */
export async function findSourceFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
    const found = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        let stat;
        try {
            stat = await fs.stat(absolute);
        } catch (error) {
            throw new InputError(describeFsError(error, input), input);
        }
        if (stat.isDirectory()) {
            const files = await glob('**/*.strat', {
                cwd: absolute, absolute: true, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: false
            });
            if (files.length === 0) {
                throw new InputError(`no .strat files found in ${input}`, input);
            }
            files.forEach(file => found.add(path.normalize(file)));
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

/** Reads a source file as UTF-8, refusing binary content and invalid encodings with a clear message. */
export async function readSourceFile(file: string, displayPath: string): Promise<SourceFile> {
    let bytes: Buffer;
    try {
        bytes = await fs.readFile(file);
    } catch (error) {
        throw new InputError(describeFsError(error, displayPath), displayPath);
    }
    if (bytes.includes(0)) {
        throw new InputError(`${displayPath}: a binary file, not a .strat text (it contains NUL bytes)`, displayPath);
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new InputError(`${displayPath}: not valid UTF-8; save the file as UTF-8`, displayPath);
    }
    return { path: file, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function describeFsError(error: unknown, displayPath: string): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return `${displayPath}: no such file or folder`;
        case 'EACCES':
        case 'EPERM': return `${displayPath}: permission denied`;
        case 'EISDIR': return `${displayPath}: is a folder`;
        case 'ELOOP': return `${displayPath}: too many levels of symbolic links`;
        default: return `${displayPath}: cannot be read (${code ?? String(error)})`;
    }
}
