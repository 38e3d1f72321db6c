import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { goalRing } from '../support/goal-ring.js';
import { countCase, cpuSeconds, property, settings } from './fuzz-support.js';
import { buildAndCheck } from './workspace.js';

/**
 * Catalogue conflicts and cycles across files: every finding where it belongs, exactly for the
 * elements on a cycle or declared twice, and no hang on thousands of decisions or deep chains.
 */

/** The goals (strategy, goal) that lie on a cycle of `edges` (in a strongly connected part, or on a loop). */
function onCycle(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Set<string> {
    const result = new Set<string>();
    for (const start of nodes) {
        // is `start` reachable from one of its successors?
        const seen = new Set<string>();
        const stack = [...(edges.get(start) ?? [])];
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (node === start) {
                result.add(start);
                break;
            }
            if (!seen.has(node)) {
                seen.add(node);
                stack.push(...(edges.get(node) ?? []));
            }
        }
    }
    return result;
}

interface GoalGraph {
    strategies: number;
    goals: number;
    contributes: Array<[number, number]>;
    refines: Array<[number, number]>;
    partOf: Array<number | null>;
}

const graphArbitrary: fc.Arbitrary<GoalGraph> = fc
    .record({ strategies: fc.integer({ min: 1, max: 4 }), goals: fc.integer({ min: 1, max: 4 }) })
    .chain(({ strategies, goals }) => {
        const goal = fc.nat(strategies * goals - 1);
        return fc.record({
            strategies: fc.constant(strategies),
            goals: fc.constant(goals),
            contributes: fc.uniqueArray(fc.tuple(goal, goal), {
                maxLength: 12,
                selector: ([a, b]) => `${a}>${b}`
            }),
            refines: fc.array(fc.tuple(goal, fc.nat(goals - 1)), { maxLength: 8 }),
            partOf: fc.array(fc.option(fc.nat(strategies - 1), { nil: null }), {
                minLength: strategies,
                maxLength: strategies
            })
        });
    });

/** One file per strategy; goal `n` is goal `g{n % goals}` of strategy `S{floor(n / goals)}`. */
function graphFiles(graph: GoalGraph): { files: Record<string, string>; goalName: (n: number) => string } {
    const goalName = (n: number) => `S${Math.floor(n / graph.goals)}.g${n % graph.goals}`;
    const files: Record<string, string> = {};
    for (let s = 0; s < graph.strategies; s++) {
        let text = `strategy S${s} "Strategie ${s}" {\n`;
        if (graph.partOf[s] !== null) {
            text += `    part-of S${graph.partOf[s]}\n`;
        }
        for (let g = 0; g < graph.goals; g++) {
            const n = s * graph.goals + g;
            text += `    goal g${g} "Ziel ${g}" {\n`;
            const refined = graph.refines.find(([from]) => from === n); // one refines per goal
            if (refined) {
                text += `        refines g${refined[1]}\n`;
            }
            const targets = graph.contributes.filter(([from]) => from === n).map(([, to]) => goalName(to));
            if (targets.length > 0) {
                text += `        contributes-to ${targets.join(', ')}\n`;
            }
            text += '    }\n';
        }
        files[`strategie-${s}.strat`] = text + '}\n';
    }
    return { files, goalName };
}

describe('fuzz: catalogue conflicts and cycles', function () {
    property(
        'cycles of contributes-to, refines and part-of across files are reported exactly on the elements of a cycle, at the reference',
        graphArbitrary,
        async graph => {
            const { files, goalName } = graphFiles(graph);
            const built = await buildAndCheck(files);
            const all = Array.from({ length: graph.strategies * graph.goals }, (_, n) => goalName(n));
            const contributes = new Map(
                all.map((name, n) => [
                    name,
                    graph.contributes.filter(([from]) => from === n).map(([, to]) => goalName(to))
                ])
            );
            const refines = new Map(
                all.map((name, n) => {
                    const edge = graph.refines.find(([from]) => from === n);
                    return [name, edge ? [`S${Math.floor(n / graph.goals)}.g${edge[1]}`] : []];
                })
            );
            const partOf = new Map(
                Array.from({ length: graph.strategies }, (_, s) => [
                    `S${s}`,
                    graph.partOf[s] === null ? [] : [`S${graph.partOf[s]}`]
                ])
            );
            const expected = {
                'contributes-cycle': onCycle(all, contributes),
                'refines-cycle': onCycle(all, refines),
                'part-of-cycle': onCycle([...partOf.keys()], partOf)
            };
            for (const [code, elements] of Object.entries(expected)) {
                const found = new Set<string>();
                for (const [file, document] of built.documents) {
                    const strategy = file.replace(/^strategie-(\d+)\.strat$/, 'S$1');
                    for (const d of (document.diagnostics ?? []).filter(x => x.code === code)) {
                        const text = document.textDocument.getText(d.range);
                        const line = document.textDocument.getText({
                            start: { line: d.range.start.line, character: 0 },
                            end: { line: d.range.start.line + 1, character: 0 }
                        });
                        // located at the reference: the part-of, refines or contributes-to entry
                        assert.match(
                            line,
                            code === 'part-of-cycle'
                                ? /^\s*part-of /
                                : code === 'refines-cycle'
                                  ? /^\s*refines /
                                  : /^\s*contributes-to /,
                            `${code} in ${file} is not at the reference: ${JSON.stringify(line)}`
                        );
                        assert.ok(
                            text.length > 0 && line.includes(text),
                            `${code} in ${file}: the range covers ${JSON.stringify(text)}`
                        );
                        if (code === 'part-of-cycle') {
                            found.add(strategy);
                        } else {
                            const goalLine = document.textDocument
                                .getText({ start: { line: 0, character: 0 }, end: d.range.start })
                                .match(/goal (g\d+) "[^"]*" \{[^}]*$/);
                            assert.ok(goalLine, `${code} in ${file}: not inside a goal`);
                            found.add(`${strategy}.${goalLine[1]}`);
                        }
                    }
                }
                assert.deepEqual(
                    [...found].sort(),
                    [...elements].sort(),
                    `${code}: reported on other elements than those on a cycle`
                );
            }
        },
        { runs: 60 }
    );

    property(
        'a decision declared in several files is reported at each declaration, naming every other one, in any form of its number',
        fc.record({
            files: fc.integer({ min: 2, max: 4 }),
            declarations: fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.nat(3), fc.boolean()), {
                minLength: 1,
                maxLength: 14
            })
        }),
        async ({ files: count, declarations }) => {
            // [number, file, legacy form]; a number at most once per file
            const seen = new Set<string>();
            const placed = declarations
                .map(([n, f, legacy]) => [n, f % count, legacy] as const)
                .filter(([n, f]) => !seen.has(`${n}@${f}`) && seen.add(`${n}@${f}`));
            const files: Record<string, string> = {};
            const lineOf = new Map<string, number>();
            for (let f = 0; f < count; f++) {
                const mine = placed.filter(([, file]) => file === f);
                files[`katalog-${f}.strat`] =
                    'body B' +
                    f +
                    ' "Gremium"\n' +
                    mine
                        .map(([n, , legacy], i) => {
                            lineOf.set(`${n}@${f}`, i + 2);
                            return legacy
                                ? `decision ${n}/2020 by B${f}\n`
                                : `decision 2020/${String(n).padStart(2, '0')} by B${f}\n`;
                        })
                        .join('');
            }
            const built = await buildAndCheck(files);
            for (const [n, f] of placed) {
                const document = built.documents.get(`katalog-${f}.strat`)!;
                const line = lineOf.get(`${n}@${f}`)! - 1;
                const here = (document.diagnostics ?? []).filter(
                    d => d.code === 'duplicate-decision' && d.range.start.line === line
                );
                const others = placed
                    .filter(([m, g]) => m === n && g !== f)
                    .map(([, g]) => `katalog-${g}.strat:${lineOf.get(`${n}@${g}`)}`)
                    .sort();
                if (others.length === 0) {
                    assert.equal(
                        here.length,
                        0,
                        `2020/${n} in katalog-${f}.strat is declared once, but reported`
                    );
                    continue;
                }
                assert.equal(
                    here.length,
                    1,
                    `2020/${n} in katalog-${f}.strat: ${here.length} duplicate-decision findings at line ${line + 1}`
                );
                assert.match(
                    document.textDocument.getText(here[0].range),
                    /^\d+\/\d+$/,
                    'the finding is on the number'
                );
                for (const other of others) {
                    assert.ok(
                        String(here[0].message).includes(other),
                        `the message does not name ${other}: ${here[0].message}`
                    );
                }
            }
        },
        { runs: 60 }
    );

    // hang guards, not timings: CPU time, and a wall-time limit that load cannot reach (bench/ measures time)
    it('a strategy citing thousands of decisions, a thousand of them undeclared: each unresolved one located, no hang', async function () {
        this.timeout(900_000);
        const declared = settings.long ? 9000 : 3000;
        const undeclared = settings.long ? 3000 : 1000;
        const number = (i: number) => `${2000 + Math.floor(i / 99)}/${String((i % 99) + 1).padStart(2, '0')}`;
        let catalogue = 'body B "Gremium"\n';
        for (let i = 0; i < declared; i++) {
            catalogue += `decision ${number(i)} by B\n`;
        }
        let strategy = 'strategy Gross "Groß" {\n';
        const cited = Array.from({ length: declared + undeclared }, (_, i) => number(i));
        for (let i = 0; i < cited.length; i += 10) {
            strategy += `    cites ${cited.slice(i, i + 10).join(', ')}\n`;
        }
        strategy += '    goal g "Ziel" {\n        evolves ' + cited.slice(0, 500).join(', ') + '\n    }\n}\n';
        const cpu = process.cpuUsage();
        const built = await buildAndCheck({ 'katalog.strat': catalogue, 'gross.strat': strategy });
        const seconds = cpuSeconds(cpu);
        const document = built.documents.get('gross.strat')!;
        const unresolved = (document.diagnostics ?? []).filter(d => d.code === 'unresolved-decision');
        assert.equal(unresolved.length, undeclared);
        assert.deepEqual(
            new Set(unresolved.map(d => document.textDocument.getText(d.range))),
            new Set(cited.slice(declared))
        );
        assert.equal(built.documents.get('katalog.strat')!.diagnostics?.length, 0);
        assert.ok(seconds < 240, `${seconds} s of CPU time: a hang`);
        countCase();
    });

    it('a chain of thousands of goals contributing to each other across two files, closed to a cycle: no stack overflow', async function () {
        this.timeout(900_000);
        const length = settings.long ? 6000 : 2000;
        const half = length / 2;
        const cpu = process.cpuUsage();
        const built = await buildAndCheck(goalRing(length));
        const seconds = cpuSeconds(cpu);
        for (const [, document] of built.documents) {
            const codes = (document.diagnostics ?? []).map(d => String(d.code));
            assert.equal(
                codes.filter(c => c === 'contributes-cycle').length,
                half,
                'every goal of the chain lies on the cycle'
            );
            assert.equal(
                codes.filter(c => c === 'refines-cycle').length,
                half,
                "every goal lies on its strategy's refines cycle"
            );
        }
        assert.ok(seconds < 240, `${seconds} s of CPU time: a hang`);
        countCase();
    });
});
