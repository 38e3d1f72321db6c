import { GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isDecision } from '../language/generated/ast.js';
import { LABELS } from '../language/i18n/labels.js';
import { normalizedNumber } from '../language/references/decision-numbers.js';
import snippetFile from '../client/snippets.json' with { type: 'json' };
import type { StratLspServices } from './strat-lsp-module.js';

interface Snippet {
    prefix: string;
    description: string;
    body: string[];
}

/**
 * The snippets, defined once in client/snippets.json (where VS Code reads them), by their keyword.
 * Offered by the server to editors that do not read that file, wherever their keyword fits.
 */
const SNIPPETS = new Map(Object.values(snippetFile as Record<string, Snippet>).map(s => [s.prefix, s]));

/** The body of a snippet, with the date variables an editor may not know resolved to today. */
export function snippetBody(snippet: Snippet, today = new Date()): string {
    const two = (n: number) => String(n).padStart(2, '0');
    const variables: Record<string, string> = {
        CURRENT_YEAR: String(today.getFullYear()),
        CURRENT_MONTH: two(today.getMonth() + 1),
        CURRENT_DATE: two(today.getDate())
    };
    return snippet.body
        .join('\n')
        .replace(/\$(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\b/g, (_, name: string) => variables[name]);
}

/**
 * Completion: keywords that fit, references with their title as detail (decisions by number with
 * title), the values of the scale a rating uses, and the snippets whose keyword fits.
 */
export class StratCompletionProvider extends DefaultCompletionProvider {
    constructor(private readonly services: StratLspServices) {
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
            item.detail = LABELS[this.services.editor.Settings.locale].noTitle;
        }
        return item;
    }

    protected override completionForKeyword(
        context: CompletionContext,
        keyword: GrammarAST.Keyword,
        acceptor: CompletionAcceptor
    ): MaybePromise<void> {
        const snippet = SNIPPETS.get(keyword.value);
        if (snippet && !this.services.editor.Settings.clientSnippets) {
            acceptor(context, {
                label: snippet.prefix,
                detail: snippet.description,
                kind: CompletionItemKind.Snippet,
                insertText: snippetBody(snippet),
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: keyword.value,
                sortText: '0' + keyword.value
            });
        }
        return super.completionForKeyword(context, keyword, acceptor);
    }
}
