import {
    AstUtils,
    GrammarAST,
    type AstNodeDescription,
    type MaybePromise,
    type ReferenceInfo
} from 'langium';
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
 * The snippets, defined once in client/snippets.json (where VS Code reads them), by their keyword (a
 * keyword may have several: a measured value with a qualifier, over a period, by group, as shares).
 * Offered by the server to editors that do not read that file, wherever their keyword starts a construct.
 */
const SNIPPETS = new Map<string, Snippet[]>();
for (const snippet of Object.values(snippetFile as Record<string, Snippet>)) {
    SNIPPETS.set(snippet.prefix, [...(SNIPPETS.get(snippet.prefix) ?? []), snippet]);
}

/** Rules of names: words such as `source` or `target` may name things, where no snippet belongs. */
const NAME_RULES = new Set(['Name', 'RatedScaleName', 'QualifiedName']);

/** The keywords an element of the grammar can begin with. */
function firstKeywords(element: GrammarAST.AbstractElement | undefined, seen = new Set<string>()): string[] {
    if (!element) {
        return [];
    }
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isAssignment(element)) {
        return firstKeywords(element.terminal, seen);
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap(e => firstKeywords(e, seen));
    }
    if (GrammarAST.isGroup(element)) {
        const out: string[] = [];
        for (const e of element.elements) {
            out.push(...firstKeywords(e, seen));
            if (e.cardinality !== '?' && e.cardinality !== '*') {
                break;
            }
        }
        return out;
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule) && !seen.has(rule.name) && !NAME_RULES.has(rule.name)) {
            seen.add(rule.name);
            return firstKeywords(rule.definition, seen);
        }
    }
    return [];
}

/**
 * Whether a keyword starts the construct it belongs to (`source` of a source declaration, not the
 * `source` of a value or a text; `measured` of a value), so that a snippet of that construct fits.
 */
function startsConstruct(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return !!rule && !NAME_RULES.has(rule.name) && firstKeywords(rule.definition).includes(keyword.value);
}

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
        const snippets = SNIPPETS.get(keyword.value) ?? [];
        if (
            snippets.length > 0 &&
            !this.services.editor.Settings.clientSnippets &&
            startsConstruct(keyword)
        ) {
            for (const snippet of snippets) {
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
        }
        return super.completionForKeyword(context, keyword, acceptor);
    }
}
