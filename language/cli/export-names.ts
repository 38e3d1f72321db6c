/** The file that `strat export --format json --out DIR` writes into DIR. */
export const JSON_FILE = 'strat-model.json';

/** Marks a folder as written by `strat export`, so that a later export may replace it. */
export const EXPORT_MARKER = '.strat-export';
