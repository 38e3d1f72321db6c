import type { Locale } from '../i18n/locale.js';
import type { CheckCode } from '../validation/codes.js';

/** The name of the project file at the root of a strategy repository. */
export const PROJECT_FILE = 'strat.json';

/** The code of a project file's errors where the reports for CI list them as findings. */
export const PROJECT_FILE_CODE = 'project-file';

/** What a check's findings become: nothing, or a finding of this severity. */
export type CheckLevel = 'off' | 'info' | 'warning' | 'error';

export const CHECK_LEVELS: readonly CheckLevel[] = ['off', 'info', 'warning', 'error'];

/** The files a project holds when its project file names none. */
export const DEFAULT_INCLUDE = ['**/*.strat'];

/** The contents of a project file, as described by strat.schema.json. */
export interface ProjectConfig {
    /** Globs (relative to the project folder) of the `.strat` files that belong to the project. */
    include?: string[];
    /** Globs of files left out even though `include` matches them. */
    exclude?: string[];
    /** The language of messages and views. */
    language?: Locale;
    /** The severity of a check where it differs from its default (`off` silences it). */
    checks?: Partial<Record<CheckCode, CheckLevel>>;
    /** More warnings than this make a run fail (exit 1), as `--max-warnings`. */
    maxWarnings?: number;
}

/** A project file that was read and found valid. */
export interface Project {
    /** The absolute path of the project file. */
    readonly file: string;
    /** The folder that holds it: globs are relative to it. */
    readonly root: string;
    readonly config: ProjectConfig;
}
