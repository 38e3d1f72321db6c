import { GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type LangiumServices
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isDecision } from '../language/generated/ast.js';
import { LABELS } from '../language/i18n/labels.js';
import { normalizedNumber } from '../language/references/decision-numbers.js';
import type { StratServices } from '../language/strat-module.js';

/** Snippets offered wherever their keyword fits, in the canonical layout. */
const SNIPPETS: Record<string, { label: string; body: string }> = {
    goal: {
        label: 'goal … with assessment',
        body: 'goal ${1:id} "${2:Titel}" {\n    level ${3:level}\n    target-picture "${4:Zielbild}"\n    assessment ${5:2025} {\n        status ${6|critical,needs-action,uncritical|}\n        progress ${7|beginning,advanced,completed|}\n        rationale "${8:Begründung}"\n    }\n}'
    },
    measure: {
        label: 'measure … with milestone',
        body: 'measure ${1:id} "${2:Titel}" {\n    addresses ${3:goal}\n    status ${4|proposed,planned,in-progress,completed,stopped|}\n    milestone ${5:2025-06} "${6:Meilenstein}"\n}'
    },
    decision: {
        label: 'decision … with record',
        body: 'decision ${1:2024}/${2:01} by ${3:ITPLR} {\n    session ${4:43}\n    date ${5:2024-03}\n    title "${6:Titel}"\n}'
    }
};

/**
 * Completion: keywords that fit, references with their title as detail (decisions by number with
 * title), the values of the scale a rating uses, and snippets for a goal, a measure and a decision.
 */
export class StratCompletionProvider extends DefaultCompletionProvider {
    constructor(private readonly services: StratServices & LangiumServices) {
        super(services);
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (node && isDecision(node)) {
            // offered as the catalogue declares it: `B-2025/33-IT` rather than its identity `2025/33`
            item.label = normalizedNumber(node.name) ?? description.name;
        }
        const named = node as { title?: unknown; label?: unknown } | undefined;
        const title = named?.title ?? named?.label;
        if (typeof title === 'string') {
            item.detail = title;
        } else if (node && isDecision(node)) {
            item.detail = LABELS[this.services.i18n.Messages.locale].noTitle;
        }
        return item;
    }

    protected override completionForKeyword(
        context: CompletionContext,
        keyword: GrammarAST.Keyword,
        acceptor: CompletionAcceptor
    ): MaybePromise<void> {
        const snippet = SNIPPETS[keyword.value];
        if (snippet) {
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: keyword.value,
                sortText: '0' + keyword.value
            });
        }
        return super.completionForKeyword(context, keyword, acceptor);
    }
}
