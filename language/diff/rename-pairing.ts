/**
 * Which removed element and which added element are one element whose id changed. Two elements of the
 * same kind pair when their title is the same (and not empty), or, when the title changed too, when
 * more than half of what they say besides id and title is the same (and that is more than where they
 * stand). Where several could pair, the pairs with the most in common are taken first; each element
 * pairs at most once.
 */
export interface Pairable {
    type: string;
    title: string;
    /** What the element says besides its id and title, as comparable strings. */
    facts: ReadonlySet<string>;
    /** Facts that alone do not make two elements one (where they stand: `in:level service`). */
    weak?: ReadonlySet<string>;
}

function common(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
    return [...a].filter(f => b.has(f));
}

/** How much two elements have in common, or undefined when they do not pair. */
export function pairScore(removed: Pairable, added: Pairable): number | undefined {
    if (removed.type !== added.type) {
        return undefined;
    }
    const shared = common(removed.facts, added.facts);
    const larger = Math.max(removed.facts.size, added.facts.size);
    const similarity = larger === 0 ? 0 : shared.length / larger;
    if (removed.title !== '' && removed.title === added.title) {
        return 1 + similarity;
    }
    const substantive = shared.filter(f => !removed.weak?.has(f));
    return substantive.length > 0 && shared.length * 2 > larger ? similarity : undefined;
}

/** The pairs (removed → added), best first; ties go to the earlier elements. */
export function pairRenames<T extends Pairable>(removed: readonly T[], added: readonly T[]): Map<T, T> {
    const candidates: Array<{ from: T; to: T; score: number; order: number }> = [];
    removed.forEach((from, i) =>
        added.forEach((to, j) => {
            const score = pairScore(from, to);
            if (score !== undefined) {
                candidates.push({ from, to, score, order: i * added.length + j });
            }
        })
    );
    candidates.sort((x, y) => y.score - x.score || x.order - y.order);
    const pairs = new Map<T, T>();
    const taken = new Set<T>();
    for (const c of candidates) {
        if (!pairs.has(c.from) && !taken.has(c.to)) {
            pairs.set(c.from, c.to);
            taken.add(c.to);
        }
    }
    return pairs;
}
