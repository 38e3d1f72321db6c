import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isActor,
    isAssessment,
    isDecision,
    isDecisionReference,
    isDimension,
    isGoal,
    isGroup,
    isIndicator,
    isIndicatorValue,
    isQuote,
    isShare,
    isSource,
    isText,
    isLevel,
    isMeasure,
    isRating,
    isScale,
    isScaleValue,
    isStrategy
} from '../language/generated/ast.js';
import { parseDecisionNumber } from '../language/references/decision-numbers.js';

/**
 * Names by what they name: strategies, goals, levels, measures, scales and their values, bodies, decisions,
 * sources, dimensions and their groups.
 */
export class StratSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const declaration = [SemanticTokenModifiers.declaration];
        if (isStrategy(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: declaration });
            if (node.partOf) accept({ node, property: 'partOf', type: SemanticTokenTypes.namespace });
        } else if (isGoal(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.class, modifier: declaration });
            if (node.level) accept({ node, property: 'level', type: SemanticTokenTypes.type });
            if (node.refines) accept({ node, property: 'refines', type: SemanticTokenTypes.class });
            node.contributesTo.forEach((_, index) =>
                accept({ node, property: 'contributesTo', index, type: SemanticTokenTypes.class })
            );
        } else if (isLevel(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.type, modifier: declaration });
        } else if (isMeasure(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.function, modifier: declaration });
            node.addresses.forEach((_, index) =>
                accept({ node, property: 'addresses', index, type: SemanticTokenTypes.class })
            );
            node.owners.forEach((_, index) =>
                accept({ node, property: 'owners', index, type: SemanticTokenTypes.interface })
            );
            if (node.partOf) accept({ node, property: 'partOf', type: SemanticTokenTypes.function });
        } else if (isScale(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.enum, modifier: declaration });
        } else if (isScaleValue(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: declaration });
        } else if (isRating(node)) {
            accept({ node, property: 'scale', type: SemanticTokenTypes.enum });
            if (node.value) accept({ node, property: 'value', type: SemanticTokenTypes.enumMember });
        } else if (isActor(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.interface, modifier: declaration });
        } else if (isDecision(node)) {
            accept({
                node,
                property: 'name',
                type: SemanticTokenTypes.variable,
                modifier: [...declaration, SemanticTokenModifiers.readonly]
            });
            if (node.body) accept({ node, property: 'body', type: SemanticTokenTypes.interface });
        } else if (isDecisionReference(node)) {
            const legacy = parseDecisionNumber(node.decision.$refText).form === 'legacy';
            accept({
                node,
                property: 'decision',
                type: SemanticTokenTypes.variable,
                modifier: legacy
                    ? [SemanticTokenModifiers.readonly, SemanticTokenModifiers.deprecated]
                    : [SemanticTokenModifiers.readonly]
            });
        } else if (isAssessment(node)) {
            if (node.assessor) accept({ node, property: 'assessor', type: SemanticTokenTypes.interface });
            if (node.source) accept({ node, property: 'source', type: SemanticTokenTypes.struct });
        } else if (isIndicator(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: declaration });
            node.tracks.forEach((_, index) =>
                accept({ node, property: 'tracks', index, type: SemanticTokenTypes.function })
            );
            if (node.dimension) accept({ node, property: 'dimension', type: SemanticTokenTypes.enum });
            if (node.scale) accept({ node, property: 'scale', type: SemanticTokenTypes.enum });
        } else if (isSource(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.struct, modifier: declaration });
            if (node.publisher) accept({ node, property: 'publisher', type: SemanticTokenTypes.interface });
        } else if (isDimension(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.enum, modifier: declaration });
        } else if (isGroup(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: declaration });
        } else if (isIndicatorValue(node)) {
            if (node.group) accept({ node, property: 'group', type: SemanticTokenTypes.enumMember });
            if (node.source) accept({ node, property: 'source', type: SemanticTokenTypes.struct });
        } else if (isShare(node)) {
            accept({ node, property: 'value', type: SemanticTokenTypes.enumMember });
        } else if (isQuote(node)) {
            if (node.speaker) accept({ node, property: 'speaker', type: SemanticTokenTypes.interface });
            if (node.source) accept({ node, property: 'source', type: SemanticTokenTypes.struct });
        } else if (isText(node)) {
            if (node.source) accept({ node, property: 'source', type: SemanticTokenTypes.struct });
        }
    }
}
