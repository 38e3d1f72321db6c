/**
 * In-process builds for the fuzz suite: texts as one workspace with fresh language services, and the
 * checks every build must pass (no exception, nothing logged, every diagnostic a known finding whose
 * range lies inside its document).
 */
import { diagnosticMessage } from '../../language/validation/diagnostic-message.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createStratCoreServices } from '../../language/strat-module.js';
import { createStratLspServices } from '../../server/strat-lsp-module.js';
import { buildFromSources } from '../../language/workspace/load-workspace.js';
import { CHECKS } from '../../language/validation/codes.js';
import type { Diagnostic } from '../../language/workspace/diagnostic.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

/** The example files, relative to examples/, with their texts. */
export const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
    [
        'catalogue/it-planungsrat.strat',
        'illustrative/musterland-onlinedienste.strat',
        'intelligente-verwaltungsnetze.strat',
        'interfoederale-strategie.strat'
    ].map(name => [name, readFileSync(path.join(EXAMPLES_DIR, name), 'utf8')])
);

export const EXAMPLE_NAMES = Object.keys(EXAMPLES);

/** The editor's services (code actions, rename) over in-memory files, and the files' documents. */
export interface ServerWorkspace {
    services: ReturnType<typeof createStratLspServices>;
    documents: Map<string, LangiumDocument>;
}

/** Builds `files` with the language server's services, in process, as the server does (English messages). */
export async function buildInServer(
    files: Readonly<Record<string, string>>,
    root = '/fuzz'
): Promise<ServerWorkspace> {
    const services = createStratLspServices({ ...EmptyFileSystem });
    const names = Object.keys(files);
    const documents = buildFromSources(
        services,
        names.map(name => ({ uri: uriOf(name, root), text: files[name] }))
    );
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents: new Map(names.map((name, i) => [name, documents[i]])) };
}

export interface Built {
    services: ReturnType<typeof createStratCoreServices>;
    documents: Map<string, LangiumDocument>;
    /**
     * What was written to console.error or console.warn during the build (Langium logs caught exceptions
     * there).
     */
    logged: string[];
}

/**
 * Builds `files` (names relative to `root`) as one workspace, exactly as the CLI does. Throws what the
 * build throws.
 */
export async function buildFiles(
    files: Readonly<Record<string, string>>,
    root = '/fuzz',
    locale: 'en' | 'de' = 'en'
): Promise<Built> {
    const services = createStratCoreServices(EmptyFileSystem);
    const names = Object.keys(files);
    const logged: string[] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    console.warn = console.error;
    try {
        const documents = buildFromSources(
            services,
            names.map(name => ({ uri: uriOf(name, root), text: files[name] }))
        );
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        // the messages in `locale`, as the CLI and the language server make them where they output them
        for (const document of documents) {
            for (const diagnostic of document.diagnostics ?? []) {
                diagnostic.message = diagnosticMessage(diagnostic, locale);
            }
        }
        return { services, documents: new Map(names.map((name, i) => [name, documents[i]])), logged };
    } finally {
        console.error = error;
        console.warn = warn;
    }
}

export function uriOf(name: string, root = '/fuzz'): URI {
    return URI.file(path.posix.join(root, name));
}

/** The lengths of the lines of a text, split as LSP does (at \r\n, \r and \n). */
export function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

/** Problems with the diagnostics of a built document (empty when all is well). */
export function diagnosticProblems(document: LangiumDocument): string[] {
    const text = document.textDocument.getText();
    const lengths = lineLengths(text);
    const problems: string[] = [];
    const inside = (p: { line: number; character: number }) =>
        Number.isInteger(p.line) &&
        Number.isInteger(p.character) &&
        p.line >= 0 &&
        p.line < lengths.length &&
        p.character >= 0 &&
        p.character <= lengths[p.line];
    for (const d of document.diagnostics ?? []) {
        const where = `${JSON.stringify(d.range)} ${String(d.code)} "${String(d.message).slice(0, 200)}"`;
        if (!inside(d.range.start) || !inside(d.range.end)) {
            problems.push(`range outside the document (${lengths.length} lines): ${where}`);
        } else if (
            d.range.start.line > d.range.end.line ||
            (d.range.start.line === d.range.end.line && d.range.start.character > d.range.end.character)
        ) {
            problems.push(`range ends before it starts: ${where}`);
        }
        if (typeof d.code !== 'string' || !(d.code in CHECKS)) {
            problems.push(`a diagnostic without a known code: ${where}`);
        }
        if (
            typeof d.message !== 'string' ||
            d.message.trim() === '' ||
            /An error occurred|undefined|\[object Object\]|NaN/.test(d.message)
        ) {
            problems.push(`a diagnostic whose message tells of a crash: ${where}`);
        }
    }
    return problems;
}

/** Builds the files and asserts that the build passed every check above; returns the build. */
export async function buildAndCheck(files: Readonly<Record<string, string>>, root = '/fuzz'): Promise<Built> {
    const built = await buildFiles(files, root);
    const problems: string[] = [];
    if (built.logged.length > 0) {
        problems.push(`logged during the build: ${built.logged.join('\n').slice(0, 2000)}`);
    }
    for (const [name, document] of built.documents) {
        problems.push(...diagnosticProblems(document).map(p => `${name}: ${p}`));
    }
    if (problems.length > 0) {
        throw new Error(problems.slice(0, 20).join('\n'));
    }
    return built;
}

/** A diagnostic reduced to what the tests compare: code, range, message, severity. */
export function comparable(d: Pick<Diagnostic, 'code' | 'range' | 'message' | 'severity'>): string {
    const r = d.range;
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${d.severity ?? ''} ${String(d.code)} ${d.message}`;
}

export function comparableAll(
    diagnostics: ReadonlyArray<Pick<Diagnostic, 'code' | 'range' | 'message' | 'severity'>>
): string[] {
    return diagnostics.map(comparable).sort();
}
