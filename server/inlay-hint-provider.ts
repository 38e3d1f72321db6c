import { AstUtils, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { isDecisionReference } from '../language/generated/ast.js';
import type { StratSettings } from './settings.js';

const MAX_TITLE = 48;

/**
 * After each cited decision number, the decision's short title (setting `strat.inlayHints.decisionTitles`).
 */
export class StratInlayHintProvider implements InlayHintProvider {
    constructor(private readonly settings: StratSettings) {}

    async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[]> {
        if (!(await this.settings.decisionTitleHints())) {
            return [];
        }
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        const hints: InlayHint[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!isDecisionReference(node)) {
                continue;
            }
            const cst = node.decision.$refNode;
            const title = node.decision.ref?.title;
            if (!cst || !title || cst.end < start || cst.offset > end) {
                continue;
            }
            hints.push({
                position: cst.range.end,
                label: shorten(title),
                kind: InlayHintKind.Type,
                paddingLeft: true,
                tooltip: title
            });
        }
        return hints;
    }
}

function shorten(title: string): string {
    return title.length <= MAX_TITLE ? title : title.slice(0, MAX_TITLE - 1).trimEnd() + '…';
}
