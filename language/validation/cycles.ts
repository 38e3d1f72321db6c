/**
 * A cycle through one element: the elements in order, beginning with that element; the step from the
 * last back to the first closes it. Kept as a rotation of a shared ring, so that the cycles of all
 * elements of one long cycle share one array instead of each copying it.
 */
export class Cycle<T> {
    constructor(
        private readonly ring: readonly T[],
        private readonly offset: number
    ) {}

    get length(): number {
        return this.ring.length;
    }

    /** The element `steps` steps after the first (wrapping around). */
    at(steps: number): T {
        return this.ring[(this.offset + steps) % this.ring.length];
    }

    /** The element after the first, the one its first step leads to. */
    get second(): T {
        return this.at(1);
    }
}

/**
 * The cycles of a directed graph given by `next`, found on demand. Each question "which cycle passes
 * through this element?" is answered from the strongly connected parts of the graph (Tarjan's
 * algorithm, iterative so that chains of many thousands of elements do not overflow the call stack),
 * computed once for everything reachable from the element and remembered. A cycle found inside a part
 * answers for every element on it, so a ring of n elements costs O(n) in all, not O(n²).
 */
export class Cycles<T> {
    private readonly component = new Map<T, ReadonlySet<T> | undefined>();
    private readonly cycles = new Map<T, Cycle<T> | undefined>();

    constructor(private readonly next: (node: T) => readonly T[]) {}

    /** A cycle through `start`, or undefined when `start` lies on none. */
    through(start: T): Cycle<T> | undefined {
        if (this.cycles.has(start)) {
            return this.cycles.get(start);
        }
        if (!this.component.has(start)) {
            this.findComponents(start);
        }
        const members = this.component.get(start);
        if (!members) {
            this.cycles.set(start, undefined);
            return undefined;
        }
        const path = findCycle(start, node => this.next(node).filter(successor => members.has(successor)))!;
        const ring = path.slice(0, -1);
        ring.forEach((node, offset) => {
            if (!this.cycles.get(node)) {
                this.cycles.set(node, new Cycle(ring, offset));
            }
        });
        return this.cycles.get(start);
    }

    /**
     * Tarjan's algorithm from `root`: records the part of every element reachable from it (undefined when on
     * no cycle).
     */
    private findComponents(root: T): void {
        const index = new Map<T, number>();
        const lowest = new Map<T, number>();
        const stack: T[] = [];
        const onStack = new Set<T>();
        const frames: Array<{ node: T; successors: readonly T[]; followed: number }> = [];
        const enter = (node: T) => {
            index.set(node, index.size);
            lowest.set(node, index.get(node)!);
            stack.push(node);
            onStack.add(node);
            frames.push({ node, successors: this.next(node), followed: 0 });
        };
        enter(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.followed < frame.successors.length) {
                const successor = frame.successors[frame.followed++];
                if (this.component.has(successor)) {
                    continue; // part of a component found by an earlier question
                }
                if (!index.has(successor)) {
                    enter(successor);
                } else if (onStack.has(successor)) {
                    lowest.set(frame.node, Math.min(lowest.get(frame.node)!, index.get(successor)!));
                }
                continue;
            }
            frames.pop();
            const parent = frames[frames.length - 1];
            if (parent) {
                lowest.set(parent.node, Math.min(lowest.get(parent.node)!, lowest.get(frame.node)!));
            }
            if (lowest.get(frame.node) === index.get(frame.node)) {
                const members = new Set<T>();
                let member: T;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    members.add(member);
                } while (member !== frame.node);
                const onACycle = members.size > 1 || frame.successors.includes(frame.node);
                for (const each of members) {
                    this.component.set(each, onACycle ? members : undefined);
                }
            }
        }
    }
}

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
 * A cycle for a message: its elements joined by arrows and closed by its first one again, at most
 * `max` names (the first ones, then "…" and the first one again). Every element of a long cycle is
 * reported, so listing the whole cycle in each message made the messages grow with the square of its
 * length.
 */
export function cycleText<T>(cycle: Cycle<T>, name: (node: T) => string, max = 12): string {
    const names: string[] = [];
    const shown = Math.min(cycle.length, max - 1);
    for (let step = 0; step < shown; step++) {
        names.push(name(cycle.at(step)));
    }
    if (shown < cycle.length) {
        names.push('…');
    }
    names.push(name(cycle.at(0)));
    return names.join(' → ');
}
