import { isIndicatorValue, isRating, type Distribution, type Scale, type Share } from '../generated/ast.js';

/** The scale whose values a share names: the rating's, or the indicator's. */
export function shareScale(share: Share): Scale | undefined {
    return distributionScale(share.$container);
}

export function distributionScale(distribution: Distribution | undefined): Scale | undefined {
    const owner = distribution?.$container;
    if (isRating(owner)) {
        return owner.scale?.ref;
    }
    return isIndicatorValue(owner) ? owner.$container?.scale?.ref : undefined;
}

/** The smallest step a number is written in: 1 for `18`, 0.1 for `18.5`, 0.01 for `18.25`. */
export function roundingStep(written: string): number {
    const decimals = /\.(\d+)/.exec(written)?.[1].length ?? 0;
    return 10 ** -decimals;
}

/**
 * How far the shares of a distribution may miss 100 because each was rounded: half a rounding step per
 * share (five shares rounded to whole percent may add up to 97.5 … 102.5).
 */
export function roundingTolerance(written: readonly string[]): number {
    const step = Math.max(...written.map(roundingStep), 0);
    return (step * written.length) / 2;
}

export interface ShareSum {
    sum: number;
    tolerance: number;
    step: number;
}

/** The sum of the shares as written, with the tolerance their rounding allows. */
export function shareSum(distribution: Distribution): ShareSum | undefined {
    const written = distribution.shares
        .filter(s => s.percent !== undefined)
        .map(s => s.$cstNode?.text.match(/-?\d+(\.\d+)?(?=\s*%)/)?.[0] ?? String(s.percent));
    if (written.length === 0) {
        return undefined;
    }
    const step = Math.max(...written.map(roundingStep));
    const sum = distribution.shares.reduce((total, s) => total + (s.percent ?? 0), 0);
    return { sum: Number(sum.toFixed(6)), tolerance: roundingTolerance(written), step };
}
