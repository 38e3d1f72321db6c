import type { ILookaheadStrategy } from 'chevrotain';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the strategy's functions differ in type
type LookaheadFunction = (this: unknown, ...args: any[]) => any;

/**
 * Makes a parser's lookahead strategy build the lookahead function of each decision (an alternation,
 * an option, a repetition) when the parser first reaches it, instead of all of them when the parser is
 * created. The function is the same; a file that uses a few of the grammar's constructs (a one-file
 * run of the CLI, the language server's start) no longer waits for the lookahead of all of them.
 * Call before the parser is finalized (chevrotain's self-analysis asks the strategy for them).
 */
export function deferLookahead(strategy: ILookaheadStrategy): void {
    const alternation = strategy.buildLookaheadForAlternation.bind(strategy);
    const optional = strategy.buildLookaheadForOptional.bind(strategy);
    strategy.buildLookaheadForAlternation = options => onFirstCall(() => alternation(options));
    strategy.buildLookaheadForOptional = options => onFirstCall(() => optional(options));
}

function onFirstCall<F extends LookaheadFunction>(build: () => F): F {
    let built: F | undefined;
    return function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
        built ??= build();
        return built.apply(this, args) as ReturnType<F>;
    } as F;
}
