import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { INPUT_MESSAGES } from '../i18n/input-messages.js';
import { PROJECT_MESSAGES } from '../i18n/project-messages.js';
import { PROJECT_FILE, PROJECT_FILE_CODE, type Project } from './project-config.js';
import { NotReadableFile, readRegularFile } from '../workspace/read-limits.js';
import type { InputProblem } from '../workspace/input-error.js';

/** The project file of `folder` or of the nearest folder above it, or undefined. */
export async function findProjectFile(folder: string): Promise<string | undefined> {
    let current = path.resolve(folder);
    for (;;) {
        const candidate = path.join(current, PROJECT_FILE);
        try {
            if ((await fs.stat(candidate)).isFile()) {
                return candidate;
            }
        } catch {
            // not here: look further up
        }
        const parent = path.dirname(current);
        if (parent === current) {
            return undefined;
        }
        current = parent;
    }
}

/** The largest project file strat reads (a real one is a few hundred bytes). */
export const MAX_PROJECT_FILE_BYTES = 1024 * 1024;

/** A project file that cannot be used: one problem per error, each located (`file:line:column: …`). */
export class ProjectFileProblem extends Error {
    constructor(readonly problems: readonly InputProblem[]) {
        super(problems.map(p => p.message).join('\n'));
        this.name = 'ProjectFileProblem';
    }
}

/**
 * Reads and checks a project file; throws `ProjectFileProblem` with every problem located. Only a
 * regular file of bounded size is read (a link to a device or a pipe is refused, not waited on).
 */
export async function readProject(file: string, displayPath: string, locale: Locale): Promise<Project> {
    let text: string;
    try {
        text = new TextDecoder('utf-8').decode(await readRegularFile(file, MAX_PROJECT_FILE_BYTES));
    } catch (error) {
        const message =
            error instanceof NotReadableFile && error.reason === 'too-large'
                ? INPUT_MESSAGES[locale].tooLarge(displayPath, error.detail)
                : PROJECT_MESSAGES[locale].unreadable(
                      displayPath,
                      error instanceof NotReadableFile
                          ? error.detail
                          : ((error as NodeJS.ErrnoException).code ?? String(error))
                  );
        throw new ProjectFileProblem([{ path: displayPath, message, code: PROJECT_FILE_CODE }]);
    }
    const { parseProjectFile } = await import('./parse-project-file.js');
    const result = parseProjectFile(text, locale);
    if (!result.ok) {
        throw new ProjectFileProblem(
            result.errors.map(e => ({
                path: displayPath,
                line: e.line,
                column: e.column,
                message: `${displayPath}:${e.line}:${e.column}: ${e.message}`,
                code: PROJECT_FILE_CODE
            }))
        );
    }
    return { file, root: path.dirname(file), config: result.config };
}
