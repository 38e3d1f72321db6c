import picomatch from 'picomatch/posix.js';
import { DEFAULT_INCLUDE, type ProjectConfig } from './project-config.js';

/**
 * Whether a `.strat` file belongs to a project, by its path relative to the project folder
 * (`/`-separated): the same globs `projectFiles` walks the disk with (project-files.ts), for a host
 * that cannot walk a file system with tinyglobby (the web worker's language server, which asks the
 * workbench).
 */
export function projectMembership(config: ProjectConfig): (relativePath: string) => boolean {
    const include = picomatch(config.include ?? DEFAULT_INCLUDE, { dot: false });
    const exclude = picomatch(['**/node_modules/**', ...(config.exclude ?? [])], { dot: false });
    return relativePath => include(relativePath) && !exclude(relativePath);
}
