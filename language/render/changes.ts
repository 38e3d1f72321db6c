// The changes between two versions in words, as the changes page shows them (computed by language/diff/).
/** One group of changes: a strategy (by its title) or the decision catalogue. */
export interface ChangeGroup {
    /** The strategy's id; absent for the catalogue. */
    strategy?: string;
    heading: string;
    lines: ChangeLine[];
}

/** A change in words: the element it concerns and what happened to it. */
export interface ChangeLine {
    element: string;
    what: string;
    /** Texts before and after, for `text-changed`. */
    texts?: { before: string[]; after: string[] };
}
