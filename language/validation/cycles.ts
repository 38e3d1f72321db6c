/**
 * Finds a path from `start` back to itself along `next`, or undefined. The path begins and ends with
 * `start`. Terminates on any graph, including cycles that do not pass through `start`. Iterative, so
 * that chains of many thousands of elements do not overflow the call stack.
 */
export function findCycle<T>(start: T, next: (node: T) => readonly T[]): T[] | undefined {
    const visited = new Set<T>();
    const path: T[] = [start];
    // per element of the path: its successors and how many of them were followed
    const successors: Array<readonly T[]> = [next(start)];
    const followed: number[] = [0];
    while (successors.length > 0) {
        const top = successors.length - 1;
        if (followed[top] >= successors[top].length) {
            successors.pop();
            followed.pop();
            path.pop();
            continue;
        }
        const successor = successors[top][followed[top]++];
        if (successor === start) {
            path.push(start);
            return path;
        }
        if (visited.has(successor)) {
            continue;
        }
        visited.add(successor);
        path.push(successor);
        successors.push(next(successor));
        followed.push(0);
    }
    return undefined;
}

/**
 * A cycle for a message: its elements joined by arrows, at most `max` of them (the first ones, then
 * "…" and the last). Every element of a long cycle is reported, so listing the whole cycle in each
 * message made the messages grow with the square of its length.
 */
export function cycleText(names: readonly string[], max = 12): string {
    const shown = names.length <= max ? names : [...names.slice(0, max - 1), '…', names[names.length - 1]];
    return shown.join(' → ');
}
