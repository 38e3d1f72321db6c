import { DefaultNameProvider, type AstNode } from 'langium';
import { isDecision } from '../generated/ast.js';
import { decisionKey } from './decision-numbers.js';

/** Decisions are known by their canonical number, so `2022/7` and `2022/07` are one decision. */
export class StratNameProvider extends DefaultNameProvider {
    override getName(node: AstNode): string | undefined {
        if (isDecision(node)) {
            return node.name ? decisionKey(node.name) : undefined;
        }
        return super.getName(node);
    }
}
