/**
 * Two strategies A and B (files a.strat and b.strat) whose `length` goals form one ring of
 * contributions across both files (A.g0 → … → B.g(length-1) → A.g0), and in each strategy a ring of
 * refinements: every goal lies on a contributes-to cycle and on a refines cycle. `length` is even.
 */
export function goalRing(length: number): Record<'a.strat' | 'b.strat', string> {
    const half = length / 2;
    const strategy = (name: string, offset: number) => {
        let text = `strategy ${name} "${name}" {\n`;
        for (let i = 0; i < half; i++) {
            const next = offset + i + 1;
            const target = next === length ? 'A.g0' : next < half ? `A.g${next}` : `B.g${next}`;
            text += `    goal g${offset + i} "Ziel" {\n        contributes-to ${target}\n        refines g${offset + ((i + 1) % half)}\n    }\n`;
        }
        return text + '}\n';
    };
    return { 'a.strat': strategy('A', 0), 'b.strat': strategy('B', half) };
}
