// Generates synthetic strat workspaces shaped like the examples: a decision catalogue (bodies,
// ministries, decisions with session, date and title, split into files by year) and strategies
// (status, owner, part-of, vision, levels with target pictures, goals with assessments and
// outlooks, measures with milestones, stakeholders with needs, cornerstones, indicators, areas with
// principles, sections with questions, citations of the catalogue and contributions to goals of
// other strategies, across files). The output is deterministic for given options and validates
// with 0 errors and 0 warnings.
//
//   node bench/generate-workspace.mjs <folder> --lines 10000 [--files 200]
//
// or, from code, `generateWorkspace(folder, { lines, files })`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = (
    'Verwaltung Digitalisierung Bürgerinnen Bürger Unternehmen Kommunen Länder Bund Portal Register Daten ' +
    'Schnittstelle Standard Plattform Infrastruktur Betrieb Sicherheit Datenschutz Barrierefreiheit Nutzerzentrierung ' +
    'Onlinezugang Leistung Antrag Bescheid Akte Prozess Automatisierung Kooperation Föderalismus Steuerung Portfolio ' +
    'Fachkräfte Qualifizierung Beschaffung Souveränität Cloud Netz Identität Nachweis Interoperabilität Architektur ' +
    'Modernisierung Evaluation Wirkung Transparenz Beteiligung Zusammenarbeit Finanzierung Haushalt Umsetzung Fortschritt'
).split(' ');
const VERBS =
    'stärken ausbauen einführen vereinheitlichen verbessern sichern entwickeln bündeln vernetzen beschleunigen'.split(
        ' '
    );
const FILLER =
    'die der das und für mit in zur zum über durch bis sowie auch gemeinsam schrittweise landesweit verbindlich'.split(
        ' '
    );
const LANDS = [
    'Baden-Württemberg',
    'Bayern',
    'Berlin',
    'Brandenburg',
    'Bremen',
    'Hamburg',
    'Hessen',
    'Mecklenburg-Vorpommern',
    'Niedersachsen',
    'Nordrhein-Westfalen',
    'Rheinland-Pfalz',
    'Saarland',
    'Sachsen',
    'Sachsen-Anhalt',
    'Schleswig-Holstein',
    'Thüringen'
];
const FIRST_YEAR = 2010;
const YEARS = 16;
const BODIES = [
    ['RAT', 'IT-Planungsrat'],
    ['MPK', 'Ministerpräsidentenkonferenz'],
    ['IMK', 'Innenministerkonferenz']
];
const LEVELS = [
    ['gesellschaft', 'Gesellschaftliche Ebene'],
    ['recht', 'Rechtliche Ebene'],
    ['prozesse', 'Prozess-Ebene'],
    ['technik', 'Technische Ebene']
];
const STATUS = ['critical', 'needs-action', 'uncritical'];
const PROGRESS = ['beginning', 'advanced', 'completed'];

/** A small deterministic random number generator (mulberry32). */
function random(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const pick = list => list[Math.floor(next() * list.length)];
    return { next, int, pick };
}

/**
 * Writes a workspace of about `lines` lines into `folder` (emptied first). With `files`, the
 * workspace has exactly that many files; otherwise strategy files have about 400 lines each.
 * Returns what was written: files with their line counts, the largest strategy, and the names a
 * benchmark needs to find positions (a cited decision, a goal, the file to edit).
 */
export function generateWorkspace(folder, { lines, files, seed = 4711 } = {}) {
    if (!Number.isFinite(lines) || lines < 300) {
        throw new Error(`lines must be a number of at least 300, not ${lines}`);
    }
    const rng = random(seed);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });

    const sentence = (min, max) => {
        const count = rng.int(min, max);
        const words = [];
        for (let i = 0; i < count; i++) {
            words.push(i % 3 === 2 ? rng.pick(FILLER) : rng.pick(WORDS));
        }
        words.push(rng.pick(VERBS));
        const text = words.join(' ');
        return text[0].toUpperCase() + text.slice(1) + '.';
    };
    const title = () => `${rng.pick(WORDS)} und ${rng.pick(WORDS)} ${rng.pick(VERBS)}`;
    const str = text => `"${text.replace(/["\\]/g, '')}"`;

    // ------------------------------------------------------------------ the catalogue
    const decisionCount = Math.max(24, Math.round(lines / 50));
    const perYear = Math.ceil(decisionCount / YEARS);
    const catalogueFiles = Math.max(1, Math.min(YEARS, Math.ceil(decisionCount / 60)));
    const yearsPerFile = Math.ceil(YEARS / catalogueFiles);
    const decisions = [];
    const written = [];
    const write = (relative, text) => {
        const file = path.join(folder, relative);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
        written.push({ file: relative, lines: count });
        return count;
    };
    const ministries = LANDS.map((land, i) => [`MD_${i + 1}`, `Ministerium für Digitales ${land}`]);
    let session = 1;
    for (let f = 0; f < catalogueFiles; f++) {
        const out = [`// Beschlusskatalog (synthetisch) – Teil ${f + 1} von ${catalogueFiles}`, ''];
        if (f === 0) {
            for (const [name, text] of BODIES) {
                out.push(
                    `body ${name} ${str(text)} {`,
                    `    url "https://example.org/gremien/${name.toLowerCase()}"`,
                    '}',
                    ''
                );
            }
            for (const [name, text] of ministries) {
                out.push(`actor ${name} ${str(text)}`, '');
            }
        }
        for (let y = f * yearsPerFile; y < Math.min(YEARS, (f + 1) * yearsPerFile); y++) {
            const year = FIRST_YEAR + y;
            for (let n = 1; n <= perYear && decisions.length < decisionCount; n++) {
                const id = `${year}/${String(n).padStart(2, '0')}`;
                const body = BODIES[n % BODIES.length][0];
                decisions.push(id);
                if (n % 3 === 0) {
                    out.push(`decision ${id} by ${body}`, '');
                    continue;
                }
                const month = String(1 + (n % 12)).padStart(2, '0');
                out.push(
                    `decision ${id} by ${body} {`,
                    `    session ${session++}`,
                    `    date ${year}-${month}`,
                    `    title ${str(title())}`,
                    '}',
                    ''
                );
            }
        }
        write(`catalogue/beschluesse-${String(f + 1).padStart(2, '0')}.strat`, out.join('\n'));
    }
    const catalogueLines = written.reduce((sum, f) => sum + f.lines, 0);

    // ------------------------------------------------------------------ strategies
    const strategyFiles =
        files !== undefined
            ? files - catalogueFiles
            : Math.max(1, Math.round((lines - catalogueLines) / 400));
    if (strategyFiles < 1) {
        throw new Error(`${files} files are too few: the catalogue alone needs ${catalogueFiles}`);
    }
    const budget = Math.max(60, Math.floor((lines - catalogueLines) / strategyFiles));
    const goalsOf = []; // goal names per strategy, for contributions across files
    const strategyNames = [];
    const cite = kind => {
        const count = rng.next() < 0.25 ? 2 : 1;
        const chosen = new Set();
        while (chosen.size < count) {
            chosen.add(rng.pick(decisions));
        }
        return `${kind} ${[...chosen].join(', ')}`;
    };
    let largest = { file: '', lines: 0, strategy: '' };
    // the file a benchmark edits: a strategy that declares its own actor (as the examples do) and
    // that other strategies refer to (part-of, contributes-to), so that an edit has dependents
    const editTarget = strategyFiles > 16 ? 8 : Math.floor(strategyFiles / 8) * 4;
    let editInfo;

    for (let s = 0; s < strategyFiles; s++) {
        const name = `Strategie_${String(s + 1).padStart(4, '0')}`;
        strategyNames.push(name);
        const land = LANDS[s % LANDS.length];
        const asOf = 2018 + (s % 6);
        const horizon = asOf + 6;
        const ownActor = s % 4 === 0 ? `Stab_${s + 1}` : undefined;
        const owner = ownActor ?? ministries[s % ministries.length][0];
        const adopted = s % 3 === 0;
        const out = [`// Digitalstrategie ${land} (synthetisch), Teil ${s + 1}`, ''];
        if (ownActor) {
            out.push(`actor ${ownActor} ${str(`Stabsstelle Digitalisierung ${land} ${s + 1}`)}`, '');
        }
        out.push(`strategy ${name} ${str(`Digitalstrategie ${land} – ${title()}`)} {`);
        out.push(
            `    status ${adopted ? 'adopted' : 'draft'}`,
            `    as-of ${asOf}-0${1 + (s % 9)}`,
            `    owner ${owner}`,
            `    horizon ${horizon}`
        );
        if (s > 0) {
            out.push(`    part-of ${strategyNames[Math.floor((s - 1) / 8)]}`);
        }
        out.push(`    vision ${str(sentence(12, 24))}`, `    text ${str(sentence(20, 40))}`);
        out.push(`    ${cite(adopted ? 'adopted-by' : 'commissioned-by')}`, '');
        const custom = s % 5 === 0;
        if (custom) {
            out.push(
                '    scale umsetzung "Umsetzungsstand" english "Implementation" {',
                '        value umgesetzt "umgesetzt" english "implemented" color "#2e7d32" symbol "●"',
                '        value in-umsetzung "in Umsetzung" english "in progress" color "#f9a825" symbol "◑"',
                '        value in-planung "in Planung" english "planned" color "#1565c0" symbol "◔"',
                '    }',
                ''
            );
        }
        const levels = LEVELS.slice(0, 3 + (s % 2)).map(([level]) => level);
        for (const [level, levelTitle] of LEVELS.slice(0, levels.length)) {
            out.push(
                `    level ${level} ${str(levelTitle)} {`,
                `        target-picture ${str(`${horizon} ${sentence(14, 28)}`)}`,
                '    }',
                ''
            );
        }
        const goals = [];
        const needs = [];
        let measures = 0;
        let pattern = 0;
        let milestone = 0;
        const close = 2; // '}' and the final newline's line
        while (out.length < budget - close - 8) {
            const kind = [
                'goal',
                'goal',
                'measure',
                'goal',
                'measure',
                'stakeholder',
                'cornerstone',
                'indicator',
                'goal',
                'measure',
                'section',
                'area',
                'milestone'
            ][pattern++ % 13];
            if (kind === 'goal' || goals.length === 0) {
                const goal = `ziel-${goals.length + 1}${goals.length % 7 === 3 ? '_Fachkräfte' : ''}`;
                out.push(`    goal ${goal} ${str(title())} {`, `        level ${rng.pick(levels)}`);
                if (goals.length > 0 && rng.next() < 0.3) {
                    out.push(`        refines ${rng.pick(goals)}`);
                }
                if (s > 0 && rng.next() < 0.35) {
                    const other = rng.int(0, s - 1);
                    if (goalsOf[other].length > 0) {
                        out.push(
                            `        contributes-to ${strategyNames[other]}.${rng.pick(goalsOf[other])}`
                        );
                    }
                }
                out.push(
                    `        target-picture ${str(sentence(14, 30))}`,
                    `        text ${str(sentence(16, 40))}`,
                    `        ${cite('evolves')}`
                );
                const rated = indent => {
                    const lines = [
                        `${indent}status ${rng.pick(STATUS)}`,
                        `${indent}progress ${rng.pick(PROGRESS)}`
                    ];
                    if (custom) {
                        lines.push(
                            `${indent}umsetzung ${rng.pick(['umgesetzt', 'in-umsetzung', 'in-planung'])}`
                        );
                    }
                    return lines;
                };
                out.push(
                    `        assessment ${asOf - 2} {`,
                    ...rated('            '),
                    `            rationale ${str(sentence(14, 34))}`,
                    '        }'
                );
                out.push(`        assessment ${asOf} {`, ...rated('            '));
                if (rng.next() < 0.3) {
                    out.push('            urgent');
                }
                out.push(
                    `            rationale ${str(sentence(14, 34))}`,
                    `            assessor ${owner}`,
                    '        }'
                );
                out.push(`        outlook ${asOf + 3} {`, ...rated('            '), '        }');
                out.push(`        outlook ${horizon} {`, ...rated('            '), '        }');
                out.push('    }', '');
                goals.push(goal);
            } else if (kind === 'measure') {
                measures++;
                const addressed = new Set([rng.pick(goals), rng.pick(goals)]);
                out.push(
                    `    measure massnahme-${measures} ${str(title())} {`,
                    `        addresses ${[...addressed].join(', ')}`,
                    `        status ${rng.pick(['proposed', 'planned', 'in-progress', 'completed'])}`,
                    `        owner ${owner}`,
                    `        text ${str(sentence(12, 30))}`,
                    `        ${cite('covered-by')}`
                );
                let year = asOf;
                for (let m = 0; m < 3; m++) {
                    year += rng.int(0, 1);
                    out.push(
                        `        milestone ${year}-${String(3 + m * 3).padStart(2, '0')} ${str(title())}`
                    );
                }
                out.push('    }', '');
            } else if (kind === 'stakeholder') {
                const holder = `gruppe-${needs.length + 1}`;
                out.push(
                    `    stakeholder ${holder} ${str(rng.pick(['Bürgerinnen und Bürger', 'Unternehmen', 'Kommunen', 'Beschäftigte']))} {`,
                    `        text ${str(sentence(16, 36))}`
                );
                for (let n = 1; n <= 2; n++) {
                    out.push(
                        `        need bedarf-${n} ${str(title())} {`,
                        `            text ${str(sentence(10, 24))}`,
                        '        }'
                    );
                    needs.push(`${holder}.bedarf-${n}`);
                }
                out.push('    }', '');
            } else if (kind === 'cornerstone' && needs.length > 0) {
                out.push(
                    `    cornerstone eckpunkt-${pattern} ${str(title())} {`,
                    `        answers ${[...new Set([rng.pick(needs), rng.pick(needs)])].join(', ')}`,
                    `        text ${str(sentence(16, 36))}`,
                    `        ${cite('evolves')}`,
                    '    }',
                    ''
                );
            } else if (kind === 'indicator') {
                const base = rng.int(20, 60);
                out.push(
                    `    indicator kennzahl-${pattern} ${str(`Anteil ${rng.pick(WORDS)} online`)} {`,
                    '        unit "Prozent"',
                    '        direction higher-is-better',
                    `        measures ${rng.pick(goals)}`,
                    `        baseline ${base} at ${asOf - 1}`,
                    `        target ${base + 30} at ${horizon}`,
                    `        measured ${base} at ${asOf - 1}-06 source "Synthetische Erhebung"`,
                    `        measured ${base + 4.5} at ${asOf}-06 source "Synthetische Erhebung"`,
                    '    }',
                    ''
                );
            } else if (kind === 'section') {
                out.push(
                    `    section abschnitt-${pattern} ${str(title())} {`,
                    `        text ${str(sentence(20, 50))}`,
                    `        cites ${rng.pick(decisions)}`,
                    `        question frage-${pattern} ${str(`${title()}?`)}`,
                    '    }',
                    ''
                );
            } else if (kind === 'area') {
                out.push(
                    `    area bereich-${pattern} ${str(title())} {`,
                    `        text ${str(sentence(12, 30))}`,
                    `        principle grundsatz-${pattern} ${str(title())} {`,
                    `            binding ${rng.pick(['mandatory', 'guideline', 'voluntary'])}`,
                    `            text ${str(sentence(12, 30))}`,
                    '        }',
                    `        idea idee-${pattern} ${str(title())}`,
                    '    }',
                    ''
                );
            } else if (kind === 'milestone') {
                milestone = Math.max(milestone, asOf) + 1;
                out.push(`    milestone ${milestone} ${str(`Zwischenbilanz ${title()}`)}`, '');
            }
        }
        if (out[out.length - 1] === '') {
            out.pop();
        }
        out.push('}', '');
        goalsOf.push(goals);
        const relative = `strategien/${String(Math.floor(s / 20) + 1).padStart(2, '0')}/strategie-${String(s + 1).padStart(4, '0')}.strat`;
        const count = write(relative, out.join('\n'));
        if (count > largest.lines) {
            largest = { file: relative, lines: count, strategy: name };
        }
        if (s === editTarget) {
            editInfo = { file: relative, strategy: name, goal: goals[0], level: levels[0] };
        }
    }
    const totalLines = written.reduce((sum, f) => sum + f.lines, 0);
    return {
        folder,
        files: written.length,
        lines: totalLines,
        decisions: decisions.length,
        strategies: strategyFiles,
        largest,
        edit: editInfo,
        catalogue: written[0].file,
        sampleDecision: decisions[Math.floor(decisions.length / 3)]
    };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    const option = name => {
        const i = args.indexOf(name);
        return i >= 0 ? Number(args[i + 1]) : undefined;
    };
    const folder = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
    if (!folder || option('--lines') === undefined) {
        console.error('usage: node bench/generate-workspace.mjs <folder> --lines N [--files N] [--seed N]');
        process.exit(2);
    }
    const result = generateWorkspace(path.resolve(folder), {
        lines: option('--lines'),
        files: option('--files'),
        seed: option('--seed')
    });
    console.log(
        `${result.folder}: ${result.files} files, ${result.lines} lines, ${result.decisions} decisions, ${result.strategies} strategies; largest ${result.largest.file} (${result.largest.lines} lines)`
    );
}
