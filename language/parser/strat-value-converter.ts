import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { stringValue } from './string-literal.js';

/** Values of literals: a text in quotes has the escapes of the language (see string-literal.ts). */
export class StratValueConverter extends DefaultValueConverter {
    protected override runConverter(
        rule: GrammarAST.AbstractRule,
        input: string,
        cstNode: CstNode
    ): ValueType {
        return rule.name === 'STRING' ? stringValue(input) : super.runConverter(rule, input, cstNode);
    }
}
