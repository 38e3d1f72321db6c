/**
 * Finds a path from `start` back to itself along `next`, or undefined. The path begins and ends with
 * `start`. Terminates on any graph, including cycles that do not pass through `start`.
 */
export function findCycle<T>(start: T, next: (node: T) => readonly T[]): T[] | undefined {
    const visited = new Set<T>();
    const path: T[] = [start];
    const visit = (node: T): boolean => {
        for (const successor of next(node)) {
            if (successor === start) {
                path.push(start);
                return true;
            }
            if (visited.has(successor)) {
                continue;
            }
            visited.add(successor);
            path.push(successor);
            if (visit(successor)) {
                return true;
            }
            path.pop();
        }
        return false;
    };
    return visit(start) ? path : undefined;
}
