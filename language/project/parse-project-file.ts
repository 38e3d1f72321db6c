import type { ErrorObject } from 'ajv';
import type { Locale } from '../i18n/locale.js';
import { PROJECT_MESSAGES } from '../i18n/project-messages.js';
import { parseLocatedJson, type LocatedJson } from './located-json.js';
import type { ProjectConfig } from './project-config.js';
import { schemaValidator } from './schema-validator.js';
import schema from './strat.schema.json' with { type: 'json' };

/*
 * Checking the text of a project file (strat.json) against its schema: no file system, so the web
 * worker's language server reads project files with it as the CLI and the Node server do.
 */

/** One problem in a project file, located 1-based. */
export interface ProjectFileError {
    line: number;
    column: number;
    message: string;
}

export type ProjectFileResult =
    { ok: true; config: ProjectConfig } | { ok: false; errors: ProjectFileError[] };

/**
 * Checks the text of a project file against strat.schema.json; every problem is located at the
 * value (or the key) it concerns and worded for the user in `locale`.
 */
export function parseProjectFile(text: string, locale: Locale = 'en'): ProjectFileResult {
    const words = PROJECT_MESSAGES[locale];
    const json = parseLocatedJson(text.replace(/^\uFEFF/, ''));
    if (json.syntaxErrors.length > 0) {
        const errors = json.syntaxErrors.map(e => ({ ...e.position, message: words.syntax(e.code) }));
        return { ok: false, errors: unique(errors) };
    }
    const validate = schemaValidator();
    if (validate(json.value)) {
        return { ok: true, config: json.value as ProjectConfig };
    }
    const errors = mostSpecific(validate.errors ?? []).map(error => describe(error, json, locale));
    return { ok: false, errors: unique(errors).sort((a, b) => a.line - b.line || a.column - b.column) };
}

function unique(errors: ProjectFileError[]): ProjectFileError[] {
    return [...new Map(errors.map(e => [`${e.line}:${e.column}:${e.message}`, e])).values()];
}

/** An `enum` below a `$ref` says the same as its parent: keep one error per place. */
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
    return errors.filter(
        error => error.keyword !== 'if' && !(error.keyword === 'type' && error.schemaPath.includes('enum'))
    );
}

/** A JSON pointer as a path; indexes as numbers (the project file has no numeric keys). */
function pathOf(instancePath: string): Array<string | number> {
    return instancePath
        .split('/')
        .slice(1)
        .map(part => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function describe(error: ErrorObject, json: LocatedJson, locale: Locale): ProjectFileError {
    const words = PROJECT_MESSAGES[locale];
    const where = pathOf(error.instancePath);
    const params = error.params as Record<string, unknown>;
    const value = JSON.stringify(error.data);
    let message: string;
    let position = json.locate(where);
    switch (error.keyword) {
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            position = json.locate([...where, name], true);
            message =
                where[0] === 'checks'
                    ? words.unknownCheck(name)
                    : words.unknownProperty(name, knownProperties());
            break;
        }
        case 'enum':
            message =
                where[0] === 'language'
                    ? words.notLanguage(value)
                    : words.notLevel(value, (params.allowedValues as string[]).join(', '));
            break;
        case 'type':
            message = where.length === 0 ? words.notObject : words.wrongType(String(params.type));
            break;
        case 'minimum':
            message = words.atLeast(Number(params.limit));
            break;
        case 'minLength':
            message = words.notEmpty;
            break;
        case 'uniqueItems':
            message = words.duplicate;
            break;
        default:
            message = words.other(error.message ?? error.keyword);
    }
    const label = where.length > 0 && error.keyword !== 'additionalProperties' ? `${where.join('.')}: ` : '';
    return { ...position, message: label + message };
}

function knownProperties(): string {
    return Object.keys(schema.properties)
        .filter(name => name !== '$schema')
        .join(', ');
}
