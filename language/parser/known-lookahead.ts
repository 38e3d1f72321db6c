import {
    EOF,
    type ILookaheadStrategy,
    type ILookaheadValidationError,
    type IOrAlt,
    type OptionalProductionType,
    type Rule,
    type TokenType
} from 'chevrotain';

/**
 * The parser's decisions that the next token settles, computed from the grammar at build time
 * (scripts/generate-parser-tables.mjs): decision key to the names of the tokens that select each
 * alternative (for an option or a repetition, the tokens that enter it).
 */
export type LookaheadTable = Readonly<Record<string, readonly (readonly string[])[]>>;

/** A decision's key in the table: its rule, kind and occurrence, as chevrotain numbers them. */
export function decisionKey(rule: Rule, kind: string, occurrence: number): string {
    return `${rule.name}|${kind}|${occurrence}`;
}

/** The part of the parser that the lookahead functions read: the next token. */
interface NextToken {
    LA_FAST(howMuch: number): { tokenTypeIdx: number };
}

/**
 * Lookahead from the table where it has the decision, else worked out as before (by `computed`,
 * Langium's ALL(*) lookahead): each decision behaves as the computed one would, without the
 * analysis of the grammar that working out all of them takes at every start.
 */
export class KnownLookahead implements ILookaheadStrategy {
    constructor(
        private readonly computed: ILookaheadStrategy,
        private readonly table: LookaheadTable,
        private readonly tokens: Readonly<Record<string, TokenType>>
    ) {}

    validate(options: {
        rules: Rule[];
        tokenTypes: TokenType[];
        grammarName: string;
    }): ILookaheadValidationError[] {
        return this.computed.validate(options);
    }

    initialize(options: { rules: Rule[] }): void {
        this.computed.initialize?.(options);
    }

    buildLookaheadForAlternation(options: {
        prodOccurrence: number;
        rule: Rule;
        maxLookahead: number;
        hasPredicates: boolean;
        dynamicTokensEnabled: boolean;
    }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
        const choices = this.choices(options.rule, 'Alternation', options.prodOccurrence, options);
        if (!choices) {
            return this.computed.buildLookaheadForAlternation(options);
        }
        if (!options.hasPredicates) {
            return function (this: NextToken) {
                return choices[this.LA_FAST(1).tokenTypeIdx];
            };
        }
        return function (this: NextToken, orAlts?: IOrAlt<unknown>[]) {
            const prediction = choices[this.LA_FAST(1).tokenTypeIdx];
            const gate = prediction === undefined ? undefined : orAlts?.[prediction]?.GATE;
            return gate && gate.call(this) === false ? undefined : prediction;
        };
    }

    buildLookaheadForOptional(options: {
        prodOccurrence: number;
        prodType: OptionalProductionType;
        rule: Rule;
        maxLookahead: number;
        dynamicTokensEnabled: boolean;
    }): () => boolean {
        const choices = this.choices(options.rule, options.prodType, options.prodOccurrence, options);
        if (!choices) {
            return this.computed.buildLookaheadForOptional(options);
        }
        return function (this: NextToken) {
            return choices[this.LA_FAST(1).tokenTypeIdx] === 0;
        };
    }

    /** The alternative each token selects, by the token's index, if the table has the decision. */
    private choices(
        rule: Rule,
        kind: string,
        occurrence: number,
        options: { dynamicTokensEnabled: boolean }
    ): number[] | undefined {
        const alternatives = options.dynamicTokensEnabled
            ? undefined
            : this.table[decisionKey(rule, kind, occurrence)];
        if (!alternatives) {
            return undefined;
        }
        const choices: number[] = [];
        alternatives.forEach((names, alternative) => {
            for (const name of names) {
                const token = name === EOF.name ? EOF : this.tokens[name];
                if (token?.tokenTypeIdx === undefined) {
                    throw new Error(
                        `The lookahead table names the token ${name}, which the lexer does not have`
                    );
                }
                choices[token.tokenTypeIdx] = alternative;
            }
        });
        return choices;
    }
}
