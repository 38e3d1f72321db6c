import { AstUtils, CstUtils, UriUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind,
    type CodeAction,
    type CodeActionParams,
    type Diagnostic,
    type TextEdit,
    type WorkspaceEdit
} from 'vscode-languageserver';
import {
    isDecision,
    isDecisionReference,
    isDistribution,
    isModel,
    isRating
} from '../language/generated/ast.js';
import { isWorkspaceFile } from '../language/builtin/library.js';
import { distributionScale, shareSum } from '../language/validation/evidence-values.js';
import { normalizedNumber, parseDecisionNumber } from '../language/references/decision-numbers.js';
import type { StratLspServices } from './strat-lsp-module.js';
import { ACTION_TITLES } from '../language/i18n/action-titles.js';
import { checkCodeOf, type CheckCode } from '../language/validation/codes.js';
import { contentModified, isStale } from './workspace/stale-documents.js';
import { nearestName } from '../language/i18n/nearest-name.js';

/**
 * Quick fixes: rewrite a legacy decision number (one, or all in the file), write a half-prefixed number
 * the council's way, declare a missing decision in a catalogue file, replace an unknown rating value
 * by the nearest valid one or an unknown name by the close one the message suggests, double a
 * backslash that starts no escape (one, or all), mark shares that do not add up as partial or complete
 * them with the scale's "no answer" value.
 */
export class StratCodeActionProvider implements CodeActionProvider {
    private readonly documents: LangiumDocuments;
    private readonly services: StratLspServices;

    constructor(services: StratLspServices) {
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        if (isStale(document, this.services.shared.workspace.TextDocuments)) {
            throw contentModified(); // the fixes would be computed on a tree of an older text
        }
        const fixes: Partial<Record<CheckCode, (diagnostic: Diagnostic) => CodeAction[]>> = {
            'legacy-decision-id': diagnostic => this.rewriteLegacy(document, diagnostic),
            'invalid-decision-id': diagnostic => optional(this.rewriteInvalid(document, diagnostic)),
            'unresolved-decision': diagnostic => optional(this.declareDecision(document, diagnostic)),
            'value-not-in-scale': diagnostic => optional(this.replaceRatingValue(document, diagnostic)),
            'shares-do-not-add-up': diagnostic => this.completeShares(document, diagnostic),
            'invalid-escape': diagnostic => this.escapeBackslashes(document, diagnostic),
            'syntax-error': diagnostic => optional(this.takeSuggestion(document, diagnostic)),
            'unresolved-reference': diagnostic => optional(this.takeSuggestion(document, diagnostic))
        };
        return params.context.diagnostics.flatMap(diagnostic => {
            const code = checkCodeOf(diagnostic);
            return (code && fixes[code]?.(diagnostic)) || [];
        });
    }

    private titles() {
        return ACTION_TITLES[this.services.editor.Settings.locale];
    }

    private rewriteLegacy(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const written = document.textDocument.getText(diagnostic.range);
        const parsed = parseDecisionNumber(written);
        if (parsed.form !== 'legacy') {
            return [];
        }
        const uri = document.uri.toString();
        const one: CodeAction = {
            title: this.titles().rewriteLegacy(written, parsed.canonical),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [uri]: [{ range: diagnostic.range, newText: parsed.canonical }] } }
        };
        const all = this.legacyEdits(document);
        if (all.length < 2) {
            return [one];
        }
        return [
            one,
            {
                title: this.titles().rewriteAllLegacy(all.length),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: { changes: { [uri]: all } }
            }
        ];
    }

    /** `B-2025/33` or `b-2025/33-it`: write the number the council's way, `B-2025/33-IT`. */
    private rewriteInvalid(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const written = document.textDocument.getText(diagnostic.range);
        const suggestion = parseDecisionNumber(written).suggestion;
        if (!suggestion) {
            return undefined;
        }
        return {
            title: this.titles().rewriteLegacy(written, suggestion),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: {
                changes: { [document.uri.toString()]: [{ range: diagnostic.range, newText: suggestion }] }
            }
        };
    }

    /** `\U` → `\\U`: the backslash stands for itself; and the same for every such backslash of the file. */
    private escapeBackslashes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const uri = document.uri.toString();
        const escape = (d: Diagnostic): TextEdit => ({
            range: { start: d.range.start, end: d.range.start },
            newText: '\\'
        });
        const one: CodeAction = {
            title: this.titles().escapeBackslash(document.textDocument.getText(diagnostic.range)),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [uri]: [escape(diagnostic)] } }
        };
        const all = (document.diagnostics ?? []).filter(
            d => (d.data as { code?: string } | undefined)?.code === 'invalid-escape'
        );
        if (all.length < 2) {
            return [one];
        }
        return [
            one,
            {
                title: this.titles().escapeAllBackslashes(all.length),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: { changes: { [uri]: all.map(escape) } }
            }
        ];
    }

    /** A misspelled keyword or an undeclared name, and the message suggests a close one: write that. */
    private takeSuggestion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const suggestion = (diagnostic.data as { suggestion?: unknown } | undefined)?.suggestion;
        if (typeof suggestion !== 'string') {
            return undefined;
        }
        const written = document.textDocument.getText(diagnostic.range);
        return {
            title: this.titles().replaceValue(written, suggestion),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: {
                changes: { [document.uri.toString()]: [{ range: diagnostic.range, newText: suggestion }] }
            }
        };
    }

    /** Edits that rewrite every legacy decision number of the document, cited or declared. */
    private legacyEdits(document: LangiumDocument): TextEdit[] {
        const edits: TextEdit[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const cst = isDecisionReference(node)
                ? node.decision.$refNode
                : isDecision(node)
                  ? this.services.references.NameProvider.getNameNode(node)
                  : undefined;
            if (!cst) {
                continue;
            }
            const parsed = parseDecisionNumber(cst.text);
            if (parsed.form === 'legacy') {
                edits.push({ range: cst.range, newText: parsed.canonical });
            }
        }
        return edits;
    }

    private declareDecision(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const parsed = parseDecisionNumber(document.textDocument.getText(diagnostic.range));
        if (parsed.form === 'invalid') {
            return undefined;
        }
        const catalogue = this.findCatalogue();
        const number = normalizedNumber(document.textDocument.getText(diagnostic.range)) ?? parsed.canonical;
        const declaration = `decision ${number}${catalogue?.body ? ` by ${catalogue.body}` : ''}\n`;
        let edit: WorkspaceEdit;
        let where: string;
        if (catalogue) {
            const text = catalogue.document.textDocument.getText();
            const end = catalogue.document.textDocument.positionAt(text.length);
            const prefix =
                text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
            edit = {
                changes: {
                    [catalogue.document.uri.toString()]: [
                        { range: { start: end, end }, newText: prefix + declaration }
                    ]
                }
            };
            where = UriUtils.basename(catalogue.document.uri);
        } else {
            const uri = UriUtils.joinPath(UriUtils.dirname(document.uri), 'decisions.strat').toString();
            edit = {
                documentChanges: [
                    { kind: 'create', uri, options: { ignoreIfExists: true } },
                    {
                        textDocument: { uri, version: null },
                        edits: [
                            {
                                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                                newText: declaration
                            }
                        ]
                    }
                ]
            };
            where = 'decisions.strat';
        }
        return {
            title: this.titles().declareDecision(number, where),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit
        };
    }

    /** The file that declares the most decisions, with the body most of them name. */
    private findCatalogue(): { document: LangiumDocument; body?: string } | undefined {
        let best: { document: LangiumDocument; count: number; body?: string } | undefined;
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (!isModel(root) || !isWorkspaceFile(document.uri)) {
                continue;
            }
            const decisions = root.elements.filter(isDecision);
            if (decisions.length > (best?.count ?? 0)) {
                const bodies = decisions.map(d => d.body?.$refText).filter((b): b is string => !!b);
                best = { document, count: decisions.length, body: mostFrequent(bodies) };
            }
        }
        return best;
    }

    /**
     * Shares that do not add up: mark them partial, or, when the scale has a value that does not count
     * as a rating ("no answer") and the shares give less than 100, add the remainder as that value.
     */
    private completeShares(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const root = document.parseResult.value.$cstNode;
        const leaf = root
            ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start))
            : undefined;
        const distribution = leaf ? AstUtils.getContainerOfType(leaf.astNode, isDistribution) : undefined;
        const cst = distribution?.$cstNode;
        if (!distribution || !cst) {
            return [];
        }
        const uri = document.uri.toString();
        const end = document.textDocument.positionAt(cst.end);
        const actions: CodeAction[] = [
            {
                title: this.titles().markPartial,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: { changes: { [uri]: [{ range: { start: end, end }, newText: ' partial' }] } }
            }
        ];
        const total = shareSum(distribution);
        const named = new Set(distribution.shares.map(s => s.value?.$refText));
        const apart = distributionScale(distribution)?.values.find(v => v.notCounted && !named.has(v.name));
        const last = distribution.shares[distribution.shares.length - 1]?.$cstNode;
        if (total && total.sum < 100 && apart && last) {
            const decimals = Math.max(0, -Math.round(Math.log10(total.step)));
            const remainder = (100 - total.sum).toFixed(decimals);
            const at = document.textDocument.positionAt(last.end);
            const indent = ' '.repeat(document.textDocument.positionAt(last.offset).character);
            actions.push({
                title: this.titles().addRemainder(remainder, apart.label),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: {
                    changes: {
                        [uri]: [
                            {
                                range: { start: at, end: at },
                                newText: `\n${indent}${apart.name} ${remainder} %`
                            }
                        ]
                    }
                }
            });
        }
        return actions;
    }

    private replaceRatingValue(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root
            ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start))
            : undefined;
        const rating = leaf?.astNode;
        if (!isRating(rating) || !rating.scale?.ref) {
            return undefined;
        }
        const written = document.textDocument.getText(diagnostic.range);
        const nearest = nearestName(
            written,
            rating.scale.ref.values.map(v => v.name)
        );
        if (!nearest) {
            return undefined;
        }
        return {
            title: this.titles().replaceValue(written, nearest),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [document.uri.toString()]: [{ range: diagnostic.range, newText: nearest }] } }
        };
    }
}

function mostFrequent(values: string[]): string | undefined {
    const counts = new Map<string, number>();
    values.forEach(v => counts.set(v, (counts.get(v) ?? 0) + 1));
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function optional(action: CodeAction | undefined): CodeAction[] {
    return action ? [action] : [];
}
