import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isDecision, isModel } from '../generated/ast.js';
import { htmlToText, looksLikeHtml } from '../catalogue/announcement-text.js';
import { readAnnouncement, type ImportedDecision } from '../catalogue/read-announcement.js';
import { declarationsOf } from '../catalogue/write-declarations.js';
import { formatText } from '../formatting/format-text.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import type { Locale } from '../i18n/locale.js';
import { decisionKey } from '../references/decision-numbers.js';
import type { StratServices } from '../strat-module.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { InputError } from '../workspace/input-error.js';
import { pc } from './colours.js';

export interface CatalogueImportOptions {
    /** The catalogue file to write to; default: the workspace's file with the most decisions. */
    into?: string;
    /** The body that takes the decisions; default: the one the catalogue's decisions name most. */
    body?: string;
    /** Where the text comes from (its address), written as each decision's `source`. */
    source?: string;
    /** The address of the decision page (for a page saved as text; saved HTML names its own). */
    url?: string;
    /** The folder whose `.strat` files are the workspace (decisions declared there are not written again). */
    workspace: string;
    lang: Locale;
}

/**
 * `strat catalogue import FILE`: reads the decisions from the text (or saved HTML) of a Bundesanzeiger
 * announcement or a decision page and appends their declarations, formatted, to a catalogue file.
 * Decisions that the workspace declares already are left out; what could not be read is reported.
 * Exit 0 when decisions were read, 1 when none could be, 2 on bad input.
 */
export async function runCatalogueImport(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    file: string,
    options: CatalogueImportOptions
): Promise<number> {
    const words = CLI_MESSAGES[options.lang].catalogue;
    const content = await readInput(file, words.unreadable);
    const page = looksLikeHtml(content) ? htmlToText(content) : { text: content, url: undefined };
    const result = readAnnouncement(page.text);
    const warn = (line: number | undefined, message: string) =>
        process.stderr.write(`${file}${line ? `:${line}` : ''}: ${pc.yellow(message)}\n`);
    for (const problem of result.problems) {
        warn(
            problem.kind === 'no-decision' ? undefined : problem.line,
            words.problems[problem.kind](problem.text)
        );
    }
    if (result.decisions.length === 0) {
        return 1;
    }

    const documents = await workspaceDocuments(services, options.workspace);
    const declared = new Map<string, string>();
    for (const document of documents) {
        for (const decision of decisionsOf(document)) {
            const line = (decision.$cstNode?.range.start.line ?? 0) + 1;
            declared.set(decisionKey(decision.name), `${displayPath(document)}:${line}`);
        }
    }
    const fresh: ImportedDecision[] = [];
    for (const decision of result.decisions) {
        const where = declared.get(decisionKey(decision.number));
        if (where) {
            process.stdout.write(words.alreadyDeclared(decision.number, where) + '\n');
        } else {
            fresh.push(decision);
            if (decision.session === undefined && decision.date === undefined && !decision.circulation) {
                warn(decision.line, words.noSessionOrDate(decision.number));
            }
        }
    }

    const target = path.resolve(options.into ?? catalogueOf(documents) ?? 'decisions.strat');
    const shown = path.relative(process.cwd(), target).split(path.sep).join('/') || target;
    const existing = await fs.readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
            return '';
        }
        throw new InputError(words.unreadable(shown, error.message));
    });
    if (fresh.length === 0) {
        process.stdout.write(words.imported(0, shown, '') + '\n');
        return 0;
    }
    const block = declarationsOf(fresh, {
        body: options.body ?? bodyOf(documents, target),
        // a page is one decision's page; an announcement's address is a source, not a decision's page
        url: result.decisions.length === 1 ? (options.url ?? page.url) : undefined,
        source: options.source
    });
    const separator =
        existing === '' ? '' : existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
    const formatted = formatText(services.shared, existing + separator + block, URI.file(target));
    if (formatted.status !== 'formatted') {
        process.stderr.write(`strat: ${words.notCatalogue(shown)}\n`);
        return 1;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, formatted.text);
    process.stdout.write(words.imported(fresh.length, shown, fresh.map(d => d.number).join(', ')) + '\n');
    return 0;
}

async function readInput(
    file: string,
    unreadable: (file: string, reason: string) => string
): Promise<string> {
    try {
        const bytes = await fs.readFile(file);
        return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    } catch (error) {
        throw new InputError(unreadable(file, (error as Error).message));
    }
}

/** The workspace's documents; a folder without `.strat` files is an empty workspace. */
async function workspaceDocuments(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    folder: string
): Promise<LangiumDocument[]> {
    try {
        return (await loadWorkspace(services, [folder])).documents;
    } catch (error) {
        if (error instanceof InputError && /no \.strat files/.test(error.message)) {
            return [];
        }
        throw error;
    }
}

function decisionsOf(document: LangiumDocument) {
    const root = document.parseResult.value;
    return isModel(root) ? root.elements.filter(isDecision).filter(d => d.name) : [];
}

function displayPath(document: LangiumDocument): string {
    return path.relative(process.cwd(), document.uri.fsPath).split(path.sep).join('/');
}

/** The file that declares the most decisions. */
function catalogueOf(documents: LangiumDocument[]): string | undefined {
    let best: { file: string; count: number } | undefined;
    for (const document of documents) {
        const count = decisionsOf(document).length;
        if (count > (best?.count ?? 0)) {
            best = { file: document.uri.fsPath, count };
        }
    }
    return best?.file;
}

/** The body most decisions of the target file name. */
function bodyOf(documents: LangiumDocument[], target: string): string | undefined {
    const document = documents.find(d => path.resolve(d.uri.fsPath) === target);
    const counts = new Map<string, number>();
    for (const decision of document ? decisionsOf(document) : []) {
        const body = decision.body?.$refText;
        if (body) {
            counts.set(body, (counts.get(body) ?? 0) + 1);
        }
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
