import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { readSourceFiles } from './source-files.js';
import { InputError, type InputProblem } from './input-error.js';
import { resolveInputs } from '../project/project-inputs.js';
import type { Project } from '../project/project-config.js';

export interface LoadedWorkspace {
    /**
     * The documents the paths name, in path order (the built-in library is not among them). In a
     * project, the others of the project are loaded too, but not among these.
     */
    readonly documents: LangiumDocument[];
    /** The project file the paths lie in. */
    readonly project?: Project;
    /** Files named one by one that the project leaves out (display paths; not loaded). */
    readonly leftOut: string[];
    /** Every document of the workspace: the user's and the built-in library (what a model is built from). */
    readonly all: LangiumDocument[];
    /** Path of a document relative to the working directory, with `/`. */
    displayPath(document: LangiumDocument): string;
    /** A path relative to the working directory, with `/`. */
    displayPathOf(file: string): string;
    /**
     * The files that could not be read (only with `keepUnreadable`; else they stop the load): in a
     * project, those of the whole project, since a missing catalogue changes every finding.
     */
    readonly unreadable: readonly InputProblem[];
}

export interface LoadOptions {
    /** Build the readable files and return the others as problems, instead of throwing an InputError. */
    keepUnreadable?: boolean;
}

/**
 * Reads the `.strat` files named by `inputs` and builds them as one workspace (parse, link,
 * validate); in a project (strat.json), the whole project with its check levels. Input errors
 * and errors in the project file are worded in `lang`.
 */
export async function loadWorkspace(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    inputs: readonly string[],
    cwd: string = process.cwd(),
    lang: Locale = 'en',
    options: LoadOptions = {}
): Promise<LoadedWorkspace> {
    const resolved = await resolveInputs(inputs, cwd, lang);
    if (resolved.project) {
        services.Strat.workspace.Projects.set(resolved.project);
    }
    const files = resolved.workspaceFiles;
    const reported = new Set(resolved.reportedFiles);
    const displayPath = (file: string) =>
        path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
    const { sources, unreadable } = await readSourceFiles(files, displayPath, lang);
    if (unreadable.length > 0 && !options.keepUnreadable) {
        throw InputError.of(unreadable);
    }
    const documents = buildFromSources(
        services,
        sources.map(s => ({ uri: URI.file(s.path), text: s.text }))
    );
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        documents: documents.filter(document => reported.has(document.uri.fsPath)),
        project: resolved.project,
        leftOut: resolved.leftOut.map(displayPath),
        displayPathOf: displayPath,
        all: services.shared.workspace.LangiumDocuments.all.toArray(),
        unreadable: unreadable.flatMap(e => e.problems),
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
