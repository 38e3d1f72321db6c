/** One path that cannot be read, with the message that says why (and where, for a bad byte). */
export interface InputProblem {
    /** The path as the user sees it (relative to the working folder). */
    readonly path: string;
    readonly message: string;
    /** 1-based position of the problem in the file, where there is one. */
    readonly line?: number;
    readonly column?: number;
    /** The code of the finding that reports for machines make of it (else `unreadable-file`). */
    readonly code?: string;
}

/**
 * A problem with the input that stops a command before any checking (exit code 2). The message
 * names the path and says what to do; `problems` holds one entry per bad path.
 */
export class InputError extends Error {
    readonly problems: readonly InputProblem[];

    constructor(message: string, paths: readonly string[] = [], problems?: readonly InputProblem[]) {
        super(message);
        this.name = 'InputError';
        this.problems = problems ?? [{ path: paths[0] ?? '', message }];
    }

    get paths(): readonly string[] {
        return this.problems.map(p => p.path);
    }

    /** One error for several problems (every bad path of a run is named at once). */
    static of(errors: readonly InputError[]): InputError {
        if (errors.length === 1) {
            return errors[0];
        }
        const problems = errors.flatMap(e => e.problems);
        return new InputError(problems.map(p => p.message).join('\n'), [], problems);
    }
}
