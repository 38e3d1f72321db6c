import {
    AstUtils,
    Cancellation,
    DefaultScopeComputation,
    MultiMap,
    interruptAndCheck,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type LocalSymbols
} from 'langium';
import { isModel, isStakeholder, isStrategy, type Model, type Strategy } from '../generated/ast.js';
import { isQualified, nameInStrategy, qualify, simpleName } from './qualified-names.js';

/**
 * What a file makes visible.
 * - Workspace-wide: actors and bodies, decisions (by number), strategies, top-level scales, and every
 *   member of a strategy under its qualified name (`IVN.infrastructure`, `Dach.buerger.support`).
 * - Inside a strategy: its members by their simple name, and the needs of its stakeholders both by
 *   simple name and as `stakeholder.need`.
 */
export class StratScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value;
        if (!isModel(root)) {
            return exports;
        }
        for (const element of (root as Model).elements) {
            await interruptAndCheck(cancelToken);
            this.addExportedSymbol(element, exports, document);
            if (isStrategy(element) && element.name) {
                for (const [qualifiedName, node] of strategyMembers(element)) {
                    exports.push(
                        this.descriptions.createDescription(
                            node,
                            qualify(element.name, qualifiedName),
                            document
                        )
                    );
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        for (const node of AstUtils.streamAllContents(root)) {
            await interruptAndCheck(cancelToken);
            this.addLocalSymbol(node, document, symbols);
            if (isStrategy(node)) {
                for (const [qualifiedName, member] of strategyMembers(node)) {
                    if (isQualified(qualifiedName)) {
                        symbols.add(
                            node,
                            this.descriptions.createDescription(member, qualifiedName, document)
                        );
                        symbols.add(
                            node,
                            this.descriptions.createDescription(member, simpleName(qualifiedName), document)
                        );
                    }
                }
            }
        }
        return symbols;
    }
}

/** The referable members of a strategy with their names relative to it. */
export function* strategyMembers(strategy: Strategy): Generator<[string, AstNode]> {
    for (const member of strategy.members) {
        if (!('name' in member) || !member.name) {
            continue;
        }
        yield [member.name, member];
        if (isStakeholder(member)) {
            for (const need of member.needs) {
                if (need.name) {
                    yield [nameInStrategy(need), need];
                }
            }
        }
    }
}
