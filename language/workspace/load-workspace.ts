import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { findSourceFiles, InputError, readSourceFile, type SourceFile } from './source-files.js';

export interface LoadedWorkspace {
    /** The user's documents, in path order (the built-in library is not among them). */
    readonly documents: LangiumDocument[];
    /** Every document of the workspace: the user's and the built-in library (what a model is built from). */
    readonly all: LangiumDocument[];
    /** Path of a document relative to the working directory, with `/`. */
    displayPath(document: LangiumDocument): string;
}

/**
 * Reads the `.strat` files named by `inputs` and builds them as one workspace (parse, link, validate).
 * Input errors are worded in `lang`.
 */
export async function loadWorkspace(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    inputs: readonly string[],
    cwd: string = process.cwd(),
    lang: Locale = 'en'
): Promise<LoadedWorkspace> {
    const files = await findSourceFiles(inputs, cwd, lang);
    const displayPath = (file: string) =>
        path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
    const read = await Promise.allSettled(files.map(file => readSourceFile(file, displayPath(file), lang)));
    const unreadable = read
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map(r => r.reason as Error);
    if (unreadable.length > 0) {
        throw unreadable.length === 1
            ? unreadable[0]
            : new InputError(unreadable.map(e => e.message).join('\n'));
    }
    const sources = read.map(r => (r as PromiseFulfilledResult<SourceFile>).value);
    const documents = buildFromSources(
        services,
        sources.map(s => ({ uri: URI.file(s.path), text: s.text }))
    );
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        documents,
        all: services.shared.workspace.LangiumDocuments.all.toArray(),
        displayPath: document =>
            document.uri.scheme === 'file' ? displayPath(document.uri.fsPath) : document.uri.toString()
    };
}

/** Creates and registers documents from texts (used by the CLI and by tests). */
export function buildFromSources(
    services: { shared: LangiumSharedCoreServices },
    sources: ReadonlyArray<{ uri: URI; text: string }>
): LangiumDocument[] {
    const { LangiumDocuments, LangiumDocumentFactory } = services.shared.workspace;
    return sources.map(({ uri, text }) => {
        const document = LangiumDocumentFactory.fromString(text, uri);
        LangiumDocuments.addDocument(document);
        return document;
    });
}
