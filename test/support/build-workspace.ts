import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createStratCoreServices } from '../../language/strat-module.js';
import { buildFromSources } from '../../language/workspace/load-workspace.js';
import type { Diagnostic } from '../../language/workspace/diagnostic.js';
import type { Locale } from '../../language/i18n/locale.js';
import { diagnosticMessage } from '../../language/validation/diagnostic-message.js';

export interface BuiltWorkspace {
    documents: LangiumDocument[];
    services: ReturnType<typeof createStratCoreServices>;
    /** Diagnostics of the file named `name` (as given to `buildWorkspace`). */
    diagnostics(name?: string): Diagnostic[];
    /** The source text a diagnostic's range covers. */
    textOf(diagnostic: Diagnostic, name?: string): string;
}

/**
 * Builds in-memory files as one workspace with fresh language services (parse, link, validate),
 * exactly as the CLI and the language server do.
 */
export async function buildWorkspace(
    files: string | Record<string, string>,
    locale: Locale = 'en'
): Promise<BuiltWorkspace> {
    const sources = typeof files === 'string' ? { 'main.strat': files } : files;
    const services = createStratCoreServices(EmptyFileSystem);
    const uris = Object.keys(sources).map(name => URI.parse(`file:///workspace/${name}`));
    const documents = buildFromSources(
        services,
        Object.values(sources).map((text, i) => ({ uri: uris[i], text }))
    );
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const byName = (name?: string) => documents[name ? Object.keys(sources).indexOf(name) : 0];
    return {
        documents,
        services,
        // the messages in `locale`, as the CLI and the language server make them
        diagnostics: name =>
            (byName(name).diagnostics ?? []).map(d => ({ ...d, message: diagnosticMessage(d, locale) })),
        textOf: (diagnostic, name) => byName(name).textDocument.getText(diagnostic.range)
    };
}

export function codesOf(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}
