/** The output formats of `strat validate`. */
export const VALIDATE_FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;

export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
