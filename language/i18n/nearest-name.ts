/** Names near a written one: for "did you mean" in messages and quick fixes. */

/** The candidate closest to `written` by edit distance (ties: the first), or undefined if none. */
export function nearestName(written: string, candidates: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(written.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
    let before: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
            );
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], before[j - 2] + 1);
            }
        }
        before = previous;
        previous = current;
    }
    return previous[b.length];
}

/**
 * The candidate that `written` is most likely a typo of: at most two edits away, and fewer than a
 * third of its length (so that `ab` does not suggest `cd`). Undefined if none is that close.
 */
export function closeName(written: string, candidates: readonly string[]): string | undefined {
    const nearest = nearestName(written, candidates);
    if (nearest === undefined || nearest.toLowerCase() === written.toLowerCase()) {
        return undefined;
    }
    const limit = Math.min(2, Math.max(1, Math.floor(written.length / 3)));
    return editDistance(written.toLowerCase(), nearest.toLowerCase()) <= limit ? nearest : undefined;
}
