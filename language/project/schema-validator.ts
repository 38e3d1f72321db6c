import type { ValidateFunction } from 'ajv';
import { validate } from './generated/project-file-validator.js';

/** The options the schema is compiled with (also for the browser bundle's precompiled validator). */
export const SCHEMA_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

/** The schema's keywords for the editor (VS Code shows them in completions), not for checking. */
export const EDITOR_KEYWORDS = ['enumDescriptions'];

/**
 * The validator of strat.schema.json, compiled when strat is built (ajv's standalone code,
 * scripts/generate-project-validator.mjs): no compile at run time. The browser bundles get their own
 * precompiled validator (scripts/bundle.mjs), without the schema's editor words.
 */
export function schemaValidator(): ValidateFunction {
    return validate as unknown as ValidateFunction;
}
