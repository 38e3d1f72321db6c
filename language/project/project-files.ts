import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { SOURCE_EXTENSION } from '../workspace/source-files.js';
import { DEFAULT_INCLUDE, type Project } from './project-config.js';

/**
 * The `.strat` files of a project (absolute, sorted): those its `include` globs match below its
 * folder, less those its `exclude` globs match; `node_modules` and hidden folders are skipped as
 * everywhere else.
 */
export async function projectFiles(project: Project): Promise<string[]> {
    const files = await glob(project.config.include ?? DEFAULT_INCLUDE, {
        cwd: project.root,
        absolute: true,
        dot: false,
        onlyFiles: true,
        ignore: ['**/node_modules/**', ...(project.config.exclude ?? [])],
        followSymbolicLinks: true
    });
    return files
        .filter(file => file.endsWith(SOURCE_EXTENSION))
        .map(file => path.normalize(file))
        .sort();
}
