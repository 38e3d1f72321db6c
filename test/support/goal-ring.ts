/**
 * Two strategies A and B (files a.strat and b.strat) whose `length` goals form one ring of
 * contributions that alternates between them (A.g0 → B.g1 → A.g2 → … → B.g(length-1) → A.g0), and in
 * each strategy a ring of refinements (g0 → g2 → … → g0 in A): every goal lies on a contributes-to
 * cycle and on a refines cycle and has no other finding (it contributes to a goal of the other
 * strategy), so that a file's findings stay within the checks' limit per file. `length` is even.
 */
export function goalRing(length: number): Record<'a.strat' | 'b.strat', string> {
    const strategy = (name: string, first: number) => {
        let text = `strategy ${name} "${name}" {\n`;
        for (let k = first; k < length; k += 2) {
            const next = (k + 1) % length;
            const other = next % 2 === 0 ? 'A' : 'B';
            text += `    goal g${k} "Ziel" {\n        contributes-to ${other}.g${next}\n        refines g${(k + 2) % length}\n    }\n`;
        }
        return text + '}\n';
    };
    return { 'a.strat': strategy('A', 0), 'b.strat': strategy('B', 1) };
}
