import { pc } from './colours.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { buildWorkspaceModel } from '../model/build-workspace-model.js';
import type { DecisionModel } from '../model/workspace-model.js';

export interface DecisionsOptions {
    format: 'text' | 'json';
    lang: Locale;
}

/**
 * `strat decisions`: the decision index of the workspace model, each decision with where it is
 * declared and cited.
 */
export async function runDecisions(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: DecisionsOptions
): Promise<number> {
    const workspace = await loadWorkspace(services, paths, process.cwd(), options.lang);
    const index = buildWorkspaceModel(workspace.all, { fileName: workspace.displayPath }).decisions;
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify(index.map(toJson), null, 2) + '\n');
        return 0;
    }
    const words = CLI_MESSAGES[options.lang];
    for (const entry of index) {
        const title = entry.title ?? pc.dim(words.noTitle);
        const declared = entry.declared
            ? pc.dim(`${words.declaredAt} ${entry.declared.file}:${entry.declared.line}`)
            : pc.yellow(words.notDeclared);
        process.stdout.write(
            `${pc.bold(entry.id)}  ${title}  ${declared}  (${words.citations(entry.citations.length)})\n`
        );
        for (const citation of entry.citations) {
            process.stdout.write(
                `    ${citation.source.file}:${citation.source.line}:${citation.source.column} ${pc.dim(citation.kind)}\n`
            );
        }
    }
    process.stdout.write(words.decisionsSummary(index.length, index.filter(e => !e.declared).length) + '\n');
    return 0;
}

function toJson(entry: DecisionModel) {
    return {
        id: entry.id,
        declared: entry.declared ? { file: entry.declared.file, line: entry.declared.line } : null,
        title: entry.title,
        citations: entry.citations.map(citation => ({
            file: citation.source.file,
            line: citation.source.line,
            column: citation.source.column,
            kind: citation.kind
        }))
    };
}
