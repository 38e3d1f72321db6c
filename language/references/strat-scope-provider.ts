import {
    AstUtils,
    DefaultScopeProvider,
    EMPTY_SCOPE,
    stream,
    type AstNode,
    type AstNodeDescription,
    type LocalSymbols,
    type ReferenceInfo,
    type Scope,
    type Stream
} from 'langium';
import {
    Decision,
    IndicatorValue,
    isDimension,
    isIndicator,
    isIndicatorValue,
    isRating,
    isShare,
    Rating,
    Share,
    type Indicator
} from '../generated/ast.js';
import { decisionKey } from './decision-numbers.js';

export class StratScopeProvider extends DefaultScopeProvider {
    /**
     * The scopes of a document by the node whose local symbols they start with and by reference
     * type, kept as long as the document's local symbols and the global scope of that type stay
     * the same. Langium's default builds the chain anew for every reference and searches each
     * level's symbols one by one, which made linking quadratic in the size of a strategy.
     */
    private readonly localScopes = new WeakMap<
        LocalSymbols,
        Map<AstNode, Map<string, { global: Scope; scope: Scope }>>
    >();

    override getScope(context: ReferenceInfo): Scope {
        if (isRating(context.container) && context.property === Rating.value) {
            return this.scaleValueScope(context.container);
        }
        if (isShare(context.container) && context.property === Share.value) {
            return this.shareScope(context.container);
        }
        if (isIndicatorValue(context.container) && context.property === IndicatorValue.group) {
            // while completing, the container may be a new node inside the value: look up the indicator
            return this.groupScope(AstUtils.getContainerOfType(context.container, isIndicator));
        }
        const referenceType = this.reflection.getReferenceType(context);
        const scope = this.cachedScope(context, referenceType);
        if (referenceType === Decision.$type) {
            return new DecisionNumberScope(scope);
        }
        return scope;
    }

    /**
     * The same scope as Langium's `getScope`: the local symbols of each enclosing node, then the global
     * scope.
     */
    protected cachedScope(context: ReferenceInfo, referenceType: string): Scope {
        const global = this.getGlobalScope(referenceType, context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (!localSymbols) {
            return global;
        }
        let anchor: AstNode | undefined = context.container;
        while (anchor && !localSymbols.has(anchor)) {
            anchor = anchor.$container;
        }
        if (!anchor) {
            return global;
        }
        let byNode = this.localScopes.get(localSymbols);
        if (!byNode) {
            byNode = new Map();
            this.localScopes.set(localSymbols, byNode);
        }
        let byType = byNode.get(anchor);
        if (!byType) {
            byType = new Map();
            byNode.set(anchor, byType);
        }
        const cached = byType.get(referenceType);
        if (cached && cached.global === global) {
            return cached.scope;
        }
        const levels: AstNode[] = [];
        for (let node: AstNode | undefined = anchor; node; node = node.$container) {
            if (localSymbols.has(node)) {
                levels.push(node);
            }
        }
        let scope = global;
        for (let i = levels.length - 1; i >= 0; i--) {
            const elements = localSymbols
                .getStream(levels[i])
                .filter(d => this.reflection.isSubtype(d.type, referenceType))
                .toArray();
            scope = new LocalScope(elements, scope);
        }
        byType.set(referenceType, { global, scope });
        return scope;
    }

    /** A rating's value is looked up among the values of the scale that the rating names. */
    protected scaleValueScope(rating: Rating): Scope {
        const scale = rating.scale?.ref;
        if (!scale) {
            return EMPTY_SCOPE;
        }
        return this.createScopeForNodes(scale.values);
    }

    /** A share's value is a value of the rating's scale, or of the scale of the share's indicator. */
    protected shareScope(share: Share): Scope {
        const owner = share.$container.$container;
        const scale = isRating(owner)
            ? owner.scale?.ref
            : isIndicatorValue(owner)
              ? owner.$container.scale?.ref
              : undefined;
        return scale ? this.createScopeForNodes(scale.values) : EMPTY_SCOPE;
    }

    /** A value's group is one of the groups of the indicator's dimension (or a value of its scale). */
    protected groupScope(indicator: Indicator | undefined): Scope {
        const dimension = indicator?.dimension?.ref;
        if (!dimension) {
            return EMPTY_SCOPE;
        }
        return this.createScopeForNodes(isDimension(dimension) ? dimension.groups : dimension.values);
    }
}

/**
 * Langium's `StreamScope` (first match by name wins, then the outer scope; all elements in their
 * order, then the outer ones), with the names in a table instead of a search through the list.
 */
class LocalScope implements Scope {
    private readonly byName = new Map<string, AstNodeDescription[]>();

    constructor(
        private readonly elements: readonly AstNodeDescription[],
        private readonly outer: Scope
    ) {
        for (const element of elements) {
            const named = this.byName.get(element.name);
            if (named) {
                named.push(element);
            } else {
                this.byName.set(element.name, [element]);
            }
        }
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(name)?.[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.byName.get(name) ?? []).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.elements).concat(this.outer.getAllElements());
    }
}

/** Looks decisions up by their canonical number, so the legacy form `27/2014` finds `2014/27`. */
class DecisionNumberScope implements Scope {
    constructor(private readonly inner: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.inner.getElement(decisionKey(name));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.inner.getElements(decisionKey(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.inner.getAllElements();
    }
}
