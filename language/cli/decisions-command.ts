import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { LABELS, type Labels } from '../i18n/labels.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { buildWorkspaceModel } from '../model/build-workspace-model.js';
import type { DecisionModel } from '../model/workspace-model.js';
import { terminalText } from './terminal-text.js';

export interface DecisionsOptions {
    format: 'text' | 'json';
    lang: Locale;
}

/**
 * `strat decisions`: the decision index of the workspace model, each decision with its number as
 * declared, date, session, status, the decisions that changed it, and where it is declared and cited.
 */
export async function runDecisions(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: DecisionsOptions
): Promise<number> {
    const workspace = await loadWorkspace(services, paths, process.cwd(), options.lang);
    const index = buildWorkspaceModel(workspace.all, { fileName: workspace.displayPath }).decisions;
    const byId = new Map(index.map(entry => [entry.id, entry]));
    if (options.format === 'json') {
        process.stdout.write(
            JSON.stringify(
                index.map(entry => toJson(entry, byId)),
                null,
                2
            ) + '\n'
        );
        return 0;
    }
    const words = CLI_MESSAGES[options.lang];
    const labels = LABELS[options.lang];
    for (const entry of index) {
        const title = entry.title !== null ? terminalText(entry.title) : pc.dim(words.noTitle);
        const facts = [
            entry.date ?? '',
            entry.session !== undefined ? `${labels.session} ${entry.session}` : '',
            statusText(entry, labels)
        ].filter(Boolean);
        const declared = entry.declared
            ? pc.dim(`${words.declaredAt} ${terminalText(entry.declared.file)}:${entry.declared.line}`)
            : pc.yellow(words.notDeclared);
        process.stdout.write(
            `${pc.bold(terminalText(entry.number ?? entry.id))}  ${title}  ${pc.dim(facts.join(' · '))}  ${declared}  (${words.citations(entry.citations.length)})\n`
        );
        for (const change of entry.changedBy ?? []) {
            const by = byId.get(change.decision);
            const items = change.items ? `${labels.items(change.items)} ` : '';
            const what = change.kind === 'amends' ? labels.amendedBy : labels.repealedBy;
            const date = by?.date !== undefined ? ` (${by.date})` : '';
            process.stdout.write(
                `    ${items}${what} ${terminalText(by?.number ?? change.decision)}${date}\n`
            );
        }
        if (entry.url) {
            process.stdout.write(`    ${pc.dim(terminalText(entry.url))}\n`);
        }
        for (const citation of entry.citations) {
            process.stdout.write(
                `    ${terminalText(citation.source.file)}:${citation.source.line}:${citation.source.column} ${pc.dim(citation.kind)}
`
            );
        }
    }
    process.stdout.write(words.decisionsSummary(index.length, index.filter(e => !e.declared).length) + '\n');
    return 0;
}

/** `in force`, `amended`, `partly repealed`, `repealed` (a decision only cited has no status shown). */
function statusText(entry: DecisionModel, labels: Labels): string {
    if (!entry.declared && entry.status === 'in-force') {
        return '';
    }
    const text = labels.decisionStatus[entry.status];
    return entry.status === 'repealed' ? pc.red(text) : entry.status === 'in-force' ? text : pc.yellow(text);
}

function toJson(entry: DecisionModel, byId: ReadonlyMap<string, DecisionModel>) {
    return {
        id: entry.id,
        number: entry.number ?? entry.id,
        declared: entry.declared ? { file: entry.declared.file, line: entry.declared.line } : null,
        title: entry.title,
        date: entry.date ?? null,
        session: entry.session ?? null,
        url: entry.url ?? null,
        status: entry.status,
        changedBy: (entry.changedBy ?? []).map(change => ({
            kind: change.kind,
            decision: change.decision,
            date: byId.get(change.decision)?.date ?? null,
            items: change.items ?? []
        })),
        citations: entry.citations.map(citation => ({
            file: citation.source.file,
            line: citation.source.line,
            column: citation.source.column,
            kind: citation.kind,
            items: citation.items ?? []
        }))
    };
}
