import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Location } from 'vscode-languageserver';
import { isDecision, isModel, isStrategy } from '../language/generated/ast.js';
import type { StratLspServices } from './strat-lsp-module.js';
import { ACTION_TITLES } from '../language/i18n/action-titles.js';
import { LABELS } from '../language/i18n/labels.js';
import { citationsOf } from './citations.js';

/** The command a "cited N times" lens runs: the client shows the locations in its references view. */
export const SHOW_REFERENCES_COMMAND = 'strat.showReferences';

/** The command an "Open preview" lens runs (the client's preview). */
export const OPEN_PREVIEW_COMMAND = 'strat.openPreviewToSide';

/** "cited N times" above every declared decision, "Open preview" above every strategy. */
export class StratCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: StratLspServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            return [];
        }
        const titles = ACTION_TITLES[this.services.editor.Settings.locale];
        const lenses: CodeLens[] = [];
        for (const decision of root.elements.filter(isDecision)) {
            const nameNode = this.services.references.NameProvider.getNameNode(decision);
            if (!nameNode) {
                continue;
            }
            const locations: Location[] = citationsOf(this.services, decision)
                .map(r => ({ uri: r.sourceUri.toString(), range: r.segment.range }))
                .toArray();
            lenses.push({
                range: nameNode.range,
                command: {
                    title: LABELS[this.services.editor.Settings.locale].cited(locations.length),
                    command: SHOW_REFERENCES_COMMAND,
                    arguments: [document.uri.toString(), nameNode.range.start, locations]
                }
            });
        }
        for (const strategy of root.elements.filter(isStrategy)) {
            const nameNode = this.services.references.NameProvider.getNameNode(strategy);
            if (nameNode) {
                lenses.push({
                    range: nameNode.range,
                    command: {
                        title: titles.openPreview,
                        command: OPEN_PREVIEW_COMMAND,
                        arguments: [document.uri.toString()]
                    }
                });
            }
        }
        return lenses;
    }
}
