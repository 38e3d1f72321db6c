import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js';
import { buildDecisionIndex, type DecisionEntry } from '../model/decision-index.js';
import { LABELS, type Labels } from '../i18n/labels.js';
import { normalizedNumber } from '../references/decision-numbers.js';

export interface DecisionsOptions {
    format: 'text' | 'json';
    lang: Locale;
}

/** `strat decisions`: the decision index, each decision with where it is declared and cited. */
export async function runDecisions(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: DecisionsOptions
): Promise<number> {
    const workspace = await loadWorkspace(services, paths);
    const index = buildDecisionIndex(workspace.documents);
    if (options.format === 'json') {
        process.stdout.write(
            JSON.stringify(
                index.map(entry => toJson(entry, workspace)),
                null,
                2
            ) + '\n'
        );
        return 0;
    }
    const words = CLI_MESSAGES[options.lang];
    const labels = LABELS[options.lang];
    for (const entry of index) {
        const declaration = entry.declaration;
        const title = declaration?.title ?? pc.dim(words.noTitle);
        const facts = [
            declaration?.date !== undefined ? String(declaration.date) : '',
            declaration?.session !== undefined ? `${labels.session} ${declaration.session}` : '',
            statusText(entry, labels)
        ].filter(Boolean);
        const declared = entry.declaredAt
            ? pc.dim(
                  `${words.declaredAt} ${workspace.displayPath(entry.declaredAt.document)}:${entry.declaredAt.line + 1}`
              )
            : pc.yellow(words.notDeclared);
        const number = declaration ? (normalizedNumber(declaration.name) ?? entry.id) : entry.id;
        process.stdout.write(
            `${pc.bold(number)}  ${title}  ${pc.dim(facts.join(' · '))}  ${declared}  (${words.citations(entry.citations.length)})\n`
        );
        for (const change of entry.changedBy) {
            const items = change.items.length > 0 ? `${labels.items(change.items)} ` : '';
            const what = change.kind === 'amends' ? labels.amendedBy : labels.repealedBy;
            const date = change.by.date !== undefined ? ` (${change.by.date})` : '';
            process.stdout.write(`    ${items}${what} ${change.byNumber}${date}\n`);
        }
        if (declaration?.url) {
            process.stdout.write(`    ${pc.dim(declaration.url)}\n`);
        }
        for (const citation of entry.citations) {
            process.stdout.write(
                `    ${workspace.displayPath(citation.document)}:${citation.line + 1}:${citation.character + 1} ${pc.dim(citation.kind)}\n`
            );
        }
    }
    process.stdout.write(
        words.decisionsSummary(index.length, index.filter(e => !e.declaration).length) + '\n'
    );
    return 0;
}

/** `in force`, `amended`, `partly repealed`, `repealed` (a decision only cited has no status shown). */
function statusText(entry: DecisionEntry, labels: Labels): string {
    if (!entry.declaration && entry.status === 'in-force') {
        return '';
    }
    const text = labels.decisionStatus[entry.status];
    return entry.status === 'repealed' ? pc.red(text) : entry.status === 'in-force' ? text : pc.yellow(text);
}

function toJson(entry: DecisionEntry, workspace: LoadedWorkspace) {
    const declaration = entry.declaration;
    return {
        id: entry.id,
        number: declaration ? (normalizedNumber(declaration.name) ?? entry.id) : entry.id,
        declared: entry.declaredAt
            ? { file: workspace.displayPath(entry.declaredAt.document), line: entry.declaredAt.line + 1 }
            : null,
        title: declaration?.title ?? null,
        date: declaration?.date !== undefined ? String(declaration.date) : null,
        session: declaration?.session ?? null,
        url: declaration?.url ?? null,
        status: entry.status,
        changedBy: entry.changedBy.map(change => ({
            kind: change.kind,
            decision: change.byId,
            date: change.by.date !== undefined ? String(change.by.date) : null,
            items: change.items
        })),
        citations: entry.citations.map(citation => ({
            file: workspace.displayPath(citation.document),
            line: citation.line + 1,
            column: citation.character + 1,
            kind: citation.kind,
            items: [...citation.reference.items]
        }))
    };
}
