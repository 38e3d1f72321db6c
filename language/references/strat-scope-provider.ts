import {
    DefaultScopeProvider, EMPTY_SCOPE, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { Decision, isRating, Rating } from '../generated/ast.js';
import { decisionKey } from './decision-numbers.js';

export class StratScopeProvider extends DefaultScopeProvider {

    override getScope(context: ReferenceInfo): Scope {
        if (isRating(context.container) && context.property === Rating.value) {
            return this.scaleValueScope(context.container);
        }
        const scope = super.getScope(context);
        if (this.reflection.getReferenceType(context) === Decision.$type) {
            return new DecisionNumberScope(scope);
        }
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

