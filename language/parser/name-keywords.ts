import { AstUtils, GrammarAST } from 'langium';

/**
 * The keywords that may also stand as a name (a scale `status`, a value `completed`): those of the
 * grammar's `Name` rule and of the rules it calls (`PlainName`).
 */
export function nameKeywords(grammar: GrammarAST.Grammar): Set<string> {
    const keywords = new Set<string>();
    const seen = new Set<GrammarAST.AbstractRule>();
    const visit = (rule: GrammarAST.AbstractRule | undefined): void => {
        if (!rule || seen.has(rule)) {
            return;
        }
        seen.add(rule);
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) {
                keywords.add(node.value);
            } else if (GrammarAST.isRuleCall(node)) {
                visit(node.rule.ref);
            }
        }
    };
    visit(grammar.rules.find(rule => rule.name === 'Name'));
    return keywords;
}
