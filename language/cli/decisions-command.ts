import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js';
import { buildDecisionIndex, type DecisionEntry } from '../model/decision-index.js';
import { terminalText } from './terminal-text.js';

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
    for (const entry of index) {
        const title =
            entry.declaration?.title !== undefined
                ? terminalText(entry.declaration.title)
                : pc.dim(words.noTitle);
        const declared = entry.declaredAt
            ? pc.dim(
                  `${words.declaredAt} ${terminalText(workspace.displayPath(entry.declaredAt.document))}:${entry.declaredAt.line + 1}`
              )
            : pc.yellow(words.notDeclared);
        process.stdout.write(
            `${pc.bold(terminalText(entry.id))}  ${title}  ${declared}  (${words.citations(entry.citations.length)})\n`
        );
        for (const citation of entry.citations) {
            process.stdout.write(
                `    ${terminalText(workspace.displayPath(citation.document))}:${citation.line + 1}:${citation.character + 1} ${pc.dim(citation.kind)}\n`
            );
        }
    }
    process.stdout.write(
        words.decisionsSummary(index.length, index.filter(e => !e.declaration).length) + '\n'
    );
    return 0;
}

function toJson(entry: DecisionEntry, workspace: LoadedWorkspace) {
    return {
        id: entry.id,
        declared: entry.declaredAt
            ? { file: workspace.displayPath(entry.declaredAt.document), line: entry.declaredAt.line + 1 }
            : null,
        title: entry.declaration?.title ?? null,
        citations: entry.citations.map(citation => ({
            file: workspace.displayPath(citation.document),
            line: citation.line + 1,
            column: citation.character + 1,
            kind: citation.kind
        }))
    };
}
