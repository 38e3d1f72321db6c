import { nameKeywords } from '../language/parser/name-keywords.js';
import {
    AstUtils,
    CstUtils,
    GrammarAST,
    GrammarUtils,
    isReference,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type Reference,
    type ReferenceInfo,
    type URI,
    UriUtils
} from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    ErrorCodes,
    ResponseError,
    type Range,
    type RenameParams,
    type TextDocumentPositionParams,
    type TextEdit,
    type WorkspaceEdit
} from 'vscode-languageserver';
import { isWorkspaceFile } from '../language/builtin/library.js';
import { isDecision, isDecisionReference, isModel } from '../language/generated/ast.js';
import {
    isAcceptedForm,
    normalizedNumber,
    parseDecisionNumber
} from '../language/references/decision-numbers.js';
import { isQualified, qualifierSegments, splitQualifier } from '../language/references/qualified-names.js';
import type { StratLspServices } from './strat-lsp-module.js';
import { ACTION_TITLES } from '../language/i18n/action-titles.js';
import { contentModified, isStale } from './workspace/stale-documents.js';

/**
 * Renames goals, levels, measures, scales, bodies, stakeholders, strategies and decision numbers
 * across the workspace. Renaming `souveraen` keeps the qualifier of `Dach.souveraen`; renaming the
 * strategy `Dach` (or with the cursor on that qualifier) rewrites the qualifier. A new name that the
 * grammar would not read, that another element in the same block or the workspace already has, or
 * that would make a reference mean another element than before, is refused.
 */
export class StratRenameProvider implements RenameProvider {
    private readonly reservedWords: Set<string>;
    /** The grammar's identifier (terminal ID), as a whole name. */
    private readonly identifier: RegExp;

    constructor(private readonly services: StratLspServices) {
        this.reservedWords = reservedKeywords(services.Grammar);
        this.identifier = wholeName(services.Grammar, 'ID');
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        if (isStale(document, this.services.shared.workspace.TextDocuments)) {
            throw contentModified();
        }
        const found = this.findTarget(document, params);
        return found?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const found = this.findTarget(document, params);
        if (!found) {
            return undefined;
        }
        const { target } = found;
        const newName = this.checkedName(target, params.newName.trim());
        if (!isDecision(target)) {
            this.refuseChangedMeaning(target, (target as { name?: string }).name ?? '', newName);
        }
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, range: Range) => (changes[uri] ??= []).push({ range, newText: newName });
        const nameNode = this.services.references.NameProvider.getNameNode(target);
        if (nameNode) {
            add(AstUtils.getDocument(target).uri.toString(), nameNode.range);
        }
        const touched = [document, AstUtils.getDocument(target)];
        for (const reference of this.services.references.References.findReferences(target, {
            includeDeclaration: false
        })) {
            const referenceDocument = this.services.shared.workspace.LangiumDocuments.getDocument(
                reference.sourceUri
            );
            if (!referenceDocument) {
                continue;
            }
            touched.push(referenceDocument);
            add(reference.sourceUri.toString(), lastSegment(referenceDocument, reference.segment.range));
        }
        for (const qualifier of this.qualifiersNaming(target)) {
            touched.push(qualifier.document);
            add(qualifier.document.uri.toString(), qualifier.range);
        }
        if (touched.some(d => isStale(d, this.services.shared.workspace.TextDocuments))) {
            throw contentModified(); // the ranges were found in a tree of an older text
        }
        return { changes };
    }

    /** The element to rename and the range of the name under the cursor. */
    private findTarget(
        document: LangiumDocument,
        params: TextDocumentPositionParams
    ): { target: AstNode; range: Range } | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root
            ? CstUtils.findDeclarationNodeAtOffset(
                  root,
                  offset,
                  this.services.parser.GrammarConfig.nameRegexp
              )
            : undefined;
        if (!leaf) {
            return undefined;
        }
        let target: AstNode | undefined = this.services.references.References.findDeclarations(leaf)[0];
        let range = leaf.range;
        const isReference =
            target !== undefined && leaf !== this.services.references.NameProvider.getNameNode(target);
        if (target && isReference) {
            const qualifier = this.qualifierAt(leaf.astNode, offset);
            if (qualifier) {
                target = ancestor(target, qualifier.depth);
                range = {
                    start: document.textDocument.positionAt(qualifier.start),
                    end: document.textDocument.positionAt(qualifier.end)
                };
            } else {
                range = lastSegment(document, leaf.range);
            }
        }
        if (!target || !isWorkspaceFile(AstUtils.getDocument(target).uri)) {
            return undefined;
        }
        return { target, range };
    }

    /**
     * The qualifier segment of a reference at `offset`, if the offset lies in one: how many levels
     * above the referenced element it names (1 for `Dach` in `Dach.souveraen`), and where it is.
     */
    private qualifierAt(
        container: AstNode,
        offset: number
    ): { depth: number; start: number; end: number } | undefined {
        for (const info of AstUtils.streamReferences(container)) {
            const node = info.reference.$refNode;
            if (!node || offset < node.offset || offset > node.end) {
                continue;
            }
            const segments = qualifierSegments(info.reference.$refText).map(segment => ({
                start: node.offset + segment.start,
                end: node.offset + segment.start + segment.text.length
            }));
            const depth = segments.findIndex(segment => offset >= segment.start && offset <= segment.end);
            return depth < 0 ? undefined : { depth, ...segments[depth] };
        }
        return undefined;
    }

    /**
     * The qualifier segments that name `target`: renaming strategy `Dach` or stakeholder `buerger` renames
     * them in `Dach.buerger.support`.
     */
    private *qualifiersNaming(target: AstNode): Generator<{ document: LangiumDocument; range: Range }> {
        for (const { document, reference } of this.allReferences()) {
            const resolved = reference.ref;
            const node = reference.$refNode;
            if (!resolved || !node || !isQualified(reference.$refText)) {
                continue;
            }
            for (const [depth, segment] of qualifierSegments(reference.$refText).entries()) {
                if (ancestor(resolved, depth) === target) {
                    const start = node.offset + segment.start;
                    yield {
                        document,
                        range: {
                            start: document.textDocument.positionAt(start),
                            end: document.textDocument.positionAt(start + segment.text.length)
                        }
                    };
                }
            }
        }
    }

    /** Every reference to a single element in the workspace, with its document. */
    private *allReferences(): Generator<{
        document: LangiumDocument;
        info: ReferenceInfo;
        reference: Reference;
    }> {
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const info of AstUtils.streamReferences(node)) {
                    if (isReference(info.reference)) {
                        yield { document, info, reference: info.reference };
                    }
                }
            }
        }
    }

    private checkedName(target: AstNode, newName: string): string {
        const titles = ACTION_TITLES[this.services.editor.Settings.locale];
        if (isDecision(target) || isDecisionReference(target)) {
            const parsed = parseDecisionNumber(newName);
            if (!isAcceptedForm(parsed.form)) {
                throw new ResponseError(ErrorCodes.InvalidParams, titles.invalidDecisionNumber(newName));
            }
            this.refuseTakenInWorkspace(target, parsed.canonical);
            return normalizedNumber(newName)!;
        }
        if (!this.identifier.test(newName) || this.reservedWords.has(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, titles.invalidName(newName));
        }
        const siblings = target.$container ? AstUtils.streamContents(target.$container) : [];
        for (const sibling of siblings) {
            if (sibling !== target && (sibling as { name?: string }).name === newName) {
                this.refuseTaken(newName, sibling.$type, AstUtils.getDocument(sibling).uri, sibling.$cstNode);
            }
        }
        this.refuseTakenInWorkspace(target, newName);
        return newName;
    }

    /**
     * A rename must not change what any reference means. Where the element is referred to, the new
     * name must not already stand for another element (the references would go there); and where
     * the new name already refers to another element, this one must not be visible under its current
     * name (those references would come to it: a strategy's own scale renamed `status` takes the
     * ratings of the built-in status scale).
     */
    private refuseChangedMeaning(target: AstNode, oldName: string, newName: string): void {
        const scopes = this.services.references.ScopeProvider;
        const isTarget = this.describes(target);
        const refuse = (kind: string) => {
            const locale = this.services.editor.Settings.locale;
            throw new ResponseError(
                ErrorCodes.InvalidParams,
                ACTION_TITLES[locale].nameChangesMeaning(
                    newName,
                    this.services.i18n.Messages.term(kind, locale)
                )
            );
        };
        for (const { info, reference } of this.allReferences()) {
            const [qualifier, name] = splitQualifier(reference.$refText);
            const current = reference.ref;
            if (current === target) {
                const other = scopes.getScope(info).getElement(qualifier + newName);
                if (other && !isTarget(other)) {
                    refuse(other.type);
                }
            } else if (
                current &&
                name === newName &&
                isTarget(scopes.getScope(info).getElement(qualifier + oldName))
            ) {
                refuse(current.$type);
            }
        }
    }

    /** Whether a description (from a scope or the index) is that of `target`. */
    private describes(target: AstNode): (description: AstNodeDescription | undefined) => boolean {
        const uri = AstUtils.getDocument(target).uri.toString();
        const path = this.services.workspace.AstNodeLocator.getAstNodePath(target);
        return description =>
            description !== undefined &&
            description.documentUri.toString() === uri &&
            description.path === path;
    }

    /**
     * Bodies, actors, decisions, strategies and top-level scales are known in the whole workspace: a
     * new name that another file already declares for the same kind would make both declarations
     * duplicates and their references ambiguous.
     */
    private refuseTakenInWorkspace(target: AstNode, newName: string): void {
        if (!isModel(target.$container)) {
            return;
        }
        const isTarget = this.describes(target);
        const taken = this.services.shared.workspace.IndexManager.allElements(target.$type).find(
            d => d.name === newName && !isTarget(d)
        );
        if (taken) {
            this.refuseTaken(newName, taken.type, taken.documentUri, taken.nameSegment);
        }
    }

    /** Refuses a new name that another element of the same scope has, saying which and where. */
    private refuseTaken(
        newName: string,
        kind: string,
        uri: URI,
        where: { range: { start: { line: number } } } | undefined
    ): never {
        const locale = this.services.editor.Settings.locale;
        const file = UriUtils.basename(uri) || uri.toString();
        throw new ResponseError(
            ErrorCodes.InvalidParams,
            ACTION_TITLES[locale].nameTaken(
                newName,
                this.services.i18n.Messages.term(kind, locale),
                where ? `${file}:${where.range.start.line + 1}` : file
            )
        );
    }
}

/**
 * The container `depth + 1` levels above a referenced element: what the qualifier segment at `depth` names.
 */
function ancestor(node: AstNode, depth: number): AstNode | undefined {
    let current: AstNode | undefined = node;
    for (let level = 0; level <= depth && current; level++) {
        current = current.$container;
    }
    return current;
}

/** In `Dach.souveraen` only `souveraen` is the name; the qualifier stays. */
function lastSegment(document: LangiumDocument, range: Range): Range {
    const [qualifier] = splitQualifier(document.textDocument.getText(range));
    const start = document.textDocument.offsetAt(range.start) + qualifier.length;
    return { start: document.textDocument.positionAt(start), end: range.end };
}

/** A terminal rule of the grammar as a pattern that matches a whole text. */
function wholeName(grammar: GrammarAST.Grammar, terminal: string): RegExp {
    const rule = grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === terminal);
    if (!rule || !GrammarAST.isTerminalRule(rule)) {
        throw new Error(`the grammar has no terminal ${terminal}`);
    }
    const pattern = GrammarUtils.terminalRegex(rule);
    return new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('y', ''));
}

/** Keywords that cannot be used as a name (those the grammar's Name rule does not admit). */
function reservedKeywords(grammar: GrammarAST.Grammar): Set<string> {
    const all = AstUtils.streamAllContents(grammar)
        .filter(GrammarAST.isKeyword)
        .map(k => k.value)
        .toSet();
    const admitted = nameKeywords(grammar);
    return new Set([...all].filter(k => !admitted.has(k)));
}
