import {
    DefaultDocumentValidator,
    DocumentValidator,
    type AstNode,
    type AstReflection,
    type Cancellation,
    type Reference,
    type LangiumDocument,
    type ParseResult,
    type IndexManager,
    type ReferenceInfo,
    type ScopeProvider,
    type ValidationOptions
} from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { applyCheckLevels } from '../project/check-levels.js';
import type { ProjectRegistry } from '../project/project-registry.js';
import type { Diagnostic } from '../workspace/diagnostic.js';
import {
    isDecisionReference,
    isDimension,
    isIndicatorValue,
    isRating,
    isShare,
    type Rating
} from '../generated/ast.js';
import { term, type MessageArgs, type Messages } from '../i18n/messages.js';
import type { SyntaxErrorWithSuggestion } from '../parser/block-recovery.js';
import { syntaxErrorDetail } from '../parser/syntax-error-messages.js';
import { shareScale } from './evidence-values.js';
import { parseDecisionNumber } from '../references/decision-numbers.js';
import { closeName } from '../i18n/nearest-name.js';
import type { StratServices } from '../strat-module.js';
import { CHECKS, type CheckCode } from './codes.js';

const MAX_FINDINGS = 10_000;

/**
 * Gives syntax and linking errors the language's own codes and messages: an undeclared decision is
 * a warning (`unresolved-decision`), an unknown rating value names the values its scale offers.
 */
export class StratDocumentValidator extends DefaultDocumentValidator {
    private readonly messages: Messages;
    private readonly reflection: AstReflection;
    private readonly projects: ProjectRegistry;
    private readonly scopeProvider: ScopeProvider;
    private readonly indexManager: IndexManager;

    constructor(services: StratServices) {
        super(services);
        this.messages = services.i18n.Messages;
        this.reflection = services.shared.AstReflection;
        this.projects = services.workspace.Projects;
        this.scopeProvider = services.references.ScopeProvider;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    /** The findings at the severity the document's project file gives their checks. */
    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: Cancellation.CancellationToken
    ): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return applyCheckLevels(diagnostics, this.projects.forUri(document.uri)?.config.checks);
    }

    /**
     * At most `MAX_FINDINGS` findings of the checks per file (and as many lexer and parser errors): a
     * text with millions of stray backslashes would otherwise give millions of findings, more than
     * anyone reads, and more than Langium can pass on (it spreads them into one call).
     */
    protected override async validateAst(
        rootNode: AstNode,
        options: ValidationOptions,
        cancelToken?: Cancellation.CancellationToken
    ): Promise<Diagnostic[]> {
        const found = await super.validateAst(rootNode, options, cancelToken);
        return found.length > MAX_FINDINGS ? found.slice(0, MAX_FINDINGS) : found;
    }

    protected override processLexingErrors(
        parseResult: ParseResult,
        diagnostics: Diagnostic[],
        options: ValidationOptions
    ): void {
        const start = diagnostics.length;
        const lexerErrors = parseResult.lexerErrors.slice(0, MAX_FINDINGS);
        super.processLexingErrors({ ...parseResult, lexerErrors }, diagnostics, options);
        this.recode(diagnostics.slice(start));
    }

    protected override processParsingErrors(
        parseResult: ParseResult,
        diagnostics: Diagnostic[],
        options: ValidationOptions
    ): void {
        for (const error of parseResult.parserErrors.slice(0, MAX_FINDINGS)) {
            const start = diagnostics.length;
            super.processParsingErrors({ ...parseResult, parserErrors: [error] }, diagnostics, options);
            const suggestion = (error as SyntaxErrorWithSuggestion).suggestion;
            for (const diagnostic of diagnostics.slice(start)) {
                this.recode([diagnostic]);
                if (suggestion) {
                    diagnostic.data = { ...diagnostic.data, suggestion };
                }
            }
        }
    }

    private recode(syntaxDiagnostics: Diagnostic[]): void {
        for (const diagnostic of syntaxDiagnostics) {
            const args = { detail: syntaxErrorDetail(String(diagnostic.message)) };
            diagnostic.message = this.messages.check('syntax-error', args, 'en');
            diagnostic.code = 'syntax-error';
            diagnostic.data = { ...(diagnostic.data ?? {}), code: 'syntax-error', args };
        }
    }

    protected override processLinkingErrors(
        document: LangiumDocument,
        diagnostics: Diagnostic[],
        _options: ValidationOptions
    ): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const container: AstNode = error.info.container;
            const refText = error.info.reference.$refText;
            let code: CheckCode;
            let args: MessageArgs;
            let data: Record<string, unknown> = {};
            if (isDecisionReference(container)) {
                if (parseDecisionNumber(refText).form === 'invalid') {
                    continue; // not a decision number at all: `invalid-decision-id` says so
                }
                code = 'unresolved-decision';
                args = { id: refText };
            } else if (isRating(container) && error.info.property === 'value') {
                const rating = container as Rating;
                const scale = rating.scale?.ref;
                if (!scale) {
                    continue; // the unresolved scale is reported on its own
                }
                code = 'value-not-in-scale';
                args = {
                    value: refText,
                    scale: scale.name,
                    values: scale.values.map(v => v.name).join(', ')
                };
            } else if (isShare(container) && error.info.property === 'value') {
                const scale = shareScale(container);
                if (!scale) {
                    continue; // reported as a distribution without a scale
                }
                code = 'value-not-in-scale';
                args = {
                    value: refText,
                    scale: scale.name,
                    values: scale.values.map(v => v.name).join(', ')
                };
            } else if (isIndicatorValue(container) && error.info.property === 'group') {
                const dimension = container.$container?.dimension?.ref;
                if (!dimension) {
                    continue; // reported as a group without a dimension
                }
                code = 'group-not-in-dimension';
                const groups: Array<{ name: string }> = isDimension(dimension)
                    ? dimension.groups
                    : dimension.values;
                args = {
                    group: refText,
                    dimension: dimension.name,
                    groups: groups.map(g => g.name).join(', ')
                };
            } else {
                code = 'unresolved-reference';
                const kind = this.reflectionTypeOf(
                    container,
                    error.info.property,
                    error.info.reference as Reference
                );
                ({ args, data } = this.unresolvedReference(document, error.info, kind, refText));
            }
            const message = this.messages.check(code, args, 'en', data.variant as string | undefined);
            diagnostics.push(
                this.toDiagnostic(CHECKS[code], message, {
                    node: container,
                    range: reference.$refNode?.range,
                    property: error.info.property,
                    index: error.info.index,
                    code,
                    data: {
                        ...data,
                        code,
                        args,
                        linkingError: DocumentValidator.LinkingError,
                        refText
                    }
                })
            );
        }
    }

    /**
     * An unresolved name: if it names an element of another kind, says which kind the keyword takes;
     * if a name of the right kind is close, suggests it (a quick fix takes it from `suggestion`).
     */
    private unresolvedReference(
        document: LangiumDocument,
        info: ReferenceInfo,
        kind: string,
        name: string
    ): { args: MessageArgs; data: Record<string, unknown> } {
        const args = { kind: term(kind), name };
        const keyword = keywordBefore(info);
        const other = keyword ? this.declaredOfOtherKind(document, name, kind) : undefined;
        if (keyword && other) {
            return { args: { ...args, keyword, found: term(other) }, data: { variant: 'wrongKind' } };
        }
        const names = this.scopeProvider
            .getScope(info)
            .getAllElements()
            .map(description => description.name)
            .toArray();
        const suggestion = closeName(name, names);
        return suggestion
            ? { args: { ...args, suggestion }, data: { variant: 'didYouMean', suggestion } }
            : { args, data: {} };
    }

    /** The type of an element named `name` in this file or the workspace that is no `kind`. */
    private declaredOfOtherKind(document: LangiumDocument, name: string, kind: string): string | undefined {
        const simple = name.split('.').pop();
        const otherKind = (type: string) => !this.reflection.isSubtype(type, kind);
        const local = AstUtils.streamAllContents(document.parseResult.value).find(
            node => (node as { name?: unknown }).name === simple && otherKind(node.$type)
        );
        if (local) {
            return local.$type;
        }
        return this.indexManager
            .allElements()
            .find(description => description.name === name && otherKind(description.type))?.type;
    }

    private reflectionTypeOf(container: AstNode, property: string, reference: Reference): string {
        return this.reflection.getReferenceType({ container, property, reference });
    }
}

/** `measures` in `measures a, dup`: the last keyword before a reference in its element, as written. */
function keywordBefore(info: ReferenceInfo): string | undefined {
    const root = info.container.$cstNode;
    const at = info.reference.$refNode?.offset;
    if (!root || at === undefined) {
        return undefined;
    }
    let keyword: string | undefined;
    for (const node of CstUtils.streamCst(root)) {
        if (node.offset >= at) {
            break;
        }
        if (GrammarAST.isKeyword(node.grammarSource) && /^[a-z]/i.test(node.text)) {
            keyword = `\`${node.text}\``;
        }
    }
    return keyword;
}
