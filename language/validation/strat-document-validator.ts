import {
    DefaultDocumentValidator,
    DocumentValidator,
    type AstNode,
    type AstReflection,
    type Reference,
    type LangiumDocument,
    type ParseResult,
    type ValidationOptions
} from 'langium';
import type { Cancellation } from 'langium';
import { applyCheckLevels } from '../project/check-levels.js';
import type { ProjectRegistry } from '../project/project-registry.js';
import type { Diagnostic } from '../workspace/diagnostic.js';
import { isDecisionReference, isRating, type Rating } from '../generated/ast.js';
import { term, type MessageArgs, type Messages } from '../i18n/messages.js';
import { syntaxErrorDetail } from '../parser/syntax-error-messages.js';
import type { StratServices } from '../strat-module.js';
import { CHECKS, type CheckCode } from './codes.js';

/**
 * Gives syntax and linking errors the language's own codes and messages: an undeclared decision is
 * a warning (`unresolved-decision`), an unknown rating value names the values its scale offers.
 */
export class StratDocumentValidator extends DefaultDocumentValidator {
    private readonly messages: Messages;
    private readonly reflection: AstReflection;
    private readonly projects: ProjectRegistry;

    constructor(services: StratServices) {
        super(services);
        this.messages = services.i18n.Messages;
        this.reflection = services.shared.AstReflection;
        this.projects = services.workspace.Projects;
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

    protected override processLexingErrors(
        parseResult: ParseResult,
        diagnostics: Diagnostic[],
        options: ValidationOptions
    ): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.recode(diagnostics.slice(start));
    }

    protected override processParsingErrors(
        parseResult: ParseResult,
        diagnostics: Diagnostic[],
        options: ValidationOptions
    ): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.recode(diagnostics.slice(start));
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
            if (isDecisionReference(container)) {
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
            } else {
                code = 'unresolved-reference';
                const kind = this.reflectionTypeOf(
                    container,
                    error.info.property,
                    error.info.reference as Reference
                );
                args = { kind: term(kind), name: refText };
            }
            diagnostics.push(
                this.toDiagnostic(CHECKS[code], this.messages.check(code, args, 'en'), {
                    node: container,
                    range: reference.$refNode?.range,
                    property: error.info.property,
                    index: error.info.index,
                    code,
                    data: {
                        code,
                        args,
                        linkingError: DocumentValidator.LinkingError,
                        refText
                    }
                })
            );
        }
    }

    private reflectionTypeOf(container: AstNode, property: string, reference: Reference): string {
        return this.reflection.getReferenceType({ container, property, reference });
    }
}
