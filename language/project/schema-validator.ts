import { Ajv, type ValidateFunction } from 'ajv';
import schema from './strat.schema.json' with { type: 'json' };

/** The options the schema is compiled with (also for the browser bundle's precompiled validator). */
export const SCHEMA_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

/** The schema's keywords for the editor (VS Code shows them in completions), not for checking. */
export const EDITOR_KEYWORDS = ['enumDescriptions'];

let compiled: ValidateFunction | undefined;

/**
 * The validator of strat.schema.json, compiled on first use. The browser bundles get it precompiled
 * instead (scripts/bundle.mjs), without ajv's compiler: smaller, and no code made at run time.
 */
export function schemaValidator(): ValidateFunction {
    if (!compiled) {
        const ajv = new Ajv(SCHEMA_OPTIONS);
        EDITOR_KEYWORDS.forEach(keyword => ajv.addKeyword(keyword));
        compiled = ajv.compile(schema);
    }
    return compiled;
}
