import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Strategy: SymbolKind.Namespace,
    Level: SymbolKind.Package,
    Goal: SymbolKind.Class,
    Measure: SymbolKind.Function,
    Milestone: SymbolKind.Event,
    Decision: SymbolKind.Constant,
    Actor: SymbolKind.Object,
    Scale: SymbolKind.Enum,
    ScaleValue: SymbolKind.EnumMember,
    Area: SymbolKind.Module,
    Principle: SymbolKind.Interface,
    Stakeholder: SymbolKind.Struct,
    Need: SymbolKind.Field,
    Cornerstone: SymbolKind.Property,
    Question: SymbolKind.String,
    Idea: SymbolKind.Key,
    Indicator: SymbolKind.Number,
    Section: SymbolKind.Module
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    Strategy: CompletionItemKind.Module,
    Level: CompletionItemKind.Folder,
    Goal: CompletionItemKind.Class,
    Measure: CompletionItemKind.Function,
    Decision: CompletionItemKind.Constant,
    Actor: CompletionItemKind.Reference,
    Scale: CompletionItemKind.Enum,
    ScaleValue: CompletionItemKind.EnumMember,
    Need: CompletionItemKind.Field
};

/** Icons for outline, breadcrumbs, workspace symbols and completion, by kind of element. */
export class StratNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}
