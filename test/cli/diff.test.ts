import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { commitFiles, gitRepository } from '../support/ci-job.js';
import { removeFolder, runStrat, tempFolder } from './cli-harness.js';

const CATALOGUE = `body PR "Planungsrat"

decision 2023/10 by PR {
    date 2023-03-01
    title "Grundsatzbeschluss"
}

decision 2024/05 by PR {
    date 2024-06-01
    title "Förderbeschluss"
}
`;

const STRATEGY = `strategy S "Digitale Verwaltung" {
    status adopted
    as-of 2024-01

    level service "Serviceebene"

    goal online "Leistungen online" {
        level service
        text "Alle Leistungen sind online."
        assessment 2024 {
            status needs-action
            progress beginning
        }
        covered-by 2023/10
    }

    goal register "Registermodernisierung" {
        level service
    }

    goal portal "Ein Portal" {
        level service
    }

    indicator quota "Online-Quote" {
        unit "%"
        measures online
        baseline 10 at 2022
        measured 20 at 2023
    }
}
`;

interface DiffChange {
    kind: string;
    strategy?: string;
    element: { id: string };
    scale?: string;
    assessment?: { year: number };
    before?: unknown;
    after?: unknown;
}

/** A new git repository of two commits: `approved`, then `changed` written over it. */
async function twoCommits(
    approved: Record<string, string>,
    changed: Record<string, string>
): Promise<string> {
    const repo = await gitRepository(approved, 'approved');
    await commitFiles(repo, changed, 'changed');
    return repo;
}

/** `strat diff ARGS` in `cwd`, which must succeed: its output and the output's lines. */
async function diffLines(cwd: string, ...args: string[]): Promise<{ stdout: string; lines: string[] }> {
    const r = await runStrat(['diff', ...args], { cwd });
    assert.equal(r.code, 0, r.stderr);
    return { stdout: r.stdout, lines: r.stdout.split('\n') };
}

/** `strat diff A B ARGS` of two new folders holding `a` and `b`, which must succeed. */
async function diffOfFolders(
    a: Record<string, string>,
    b: Record<string, string>,
    ...args: string[]
): Promise<{ stdout: string; lines: string[] }> {
    const folders = [await tempFolder(a), await tempFolder(b)];
    try {
        return await diffLines(folders[0], ...folders, ...args);
    } finally {
        await Promise.all(folders.map(removeFolder));
    }
}

/** The changes page and the start page of the site that `strat export` makes of `repo` since HEAD~1. */
async function siteSinceLastCommit(repo: string, lang: string): Promise<{ changes: string; index: string }> {
    const site = path.join(await tempFolder(), 'site');
    try {
        const r = await runStrat(
            ['export', '.', '--format', 'html', '--out', site, '--since', 'HEAD~1', '--lang', lang],
            { cwd: repo }
        );
        assert.equal(r.code, 0, r.stderr);
        return {
            changes: await fs.readFile(path.join(site, 'changes.html'), 'utf8'),
            index: await fs.readFile(path.join(site, 'index.html'), 'utf8')
        };
    } finally {
        await removeFolder(path.dirname(site));
    }
}

describe('strat diff (git repositories built here)', function () {
    this.timeout(120_000);
    let repo: string;

    before(async () => {
        // second commit: a rating changes, a goal goes, a citation comes, an id is renamed
        const changed = STRATEGY.replace('status needs-action', 'status uncritical')
            .replace(/\n {4}goal register "Registermodernisierung" \{\n {8}level service\n {4}\}\n/, '\n')
            .replace('covered-by 2023/10', 'covered-by 2023/10\n        cites 2024/05')
            .replace('goal portal "Ein Portal"', 'goal einportal "Ein Portal"')
            .replace('measured 20 at 2023', 'measured 20 at 2023\n        measured 35 at 2024');
        repo = await twoCommits(
            { 'strategien/katalog.strat': CATALOGUE, 'strategien/s.strat': STRATEGY },
            { 'strategien/s.strat': changed }
        );
    });

    after(() => removeFolder(repo));

    it('reports a changed rating in words, a removed goal, an added citation, a renamed id and a new value', async () => {
        const r = await diffLines(repo, 'HEAD~1', 'HEAD', '--lang', 'de');
        const lines = r.lines;
        assert.equal(lines[0], 'Digitale Verwaltung');
        assert.ok(
            lines.includes(
                '  Ziel online „Leistungen online“: Status 2024: weitere Maßnahmen erforderlich → unkritisch'
            ),
            r.stdout
        );
        assert.ok(lines.includes('  Ziel register „Registermodernisierung“: entfernt'), r.stdout);
        assert.ok(
            lines.includes('  Ziel online „Leistungen online“: Zitat hinzugefügt: zitiert 2024/05'),
            r.stdout
        );
        assert.ok(
            lines.includes('  Ziel einportal „Ein Portal“: Kennung geändert: portal → einportal'),
            r.stdout
        );
        assert.ok(
            lines.some(
                l =>
                    l.startsWith('  Kennzahl quota „Online-Quote“: Wert hinzugefügt: Messwert 2024') &&
                    l.endsWith(': 35')
            ),
            r.stdout
        );
        assert.ok(!r.stdout.includes('Ziel portal'), 'a rename is not also an addition and a removal');
        assert.ok(!r.stdout.includes('Beschlusskatalog'), 'the catalogue did not change');
        assert.equal(lines.at(-2), '5 Änderungen');
    });

    it('compares the working folder with HEAD by default, and says when nothing changed', async () => {
        const clean = await runStrat(['diff', '--lang', 'en'], { cwd: repo });
        assert.equal(clean.code, 0, clean.stderr);
        assert.equal(clean.stdout, 'No changes.\n');
        const katalog = path.join(repo, 'strategien', 'katalog.strat');
        const before = await fs.readFile(katalog, 'utf8');
        try {
            await fs.writeFile(
                katalog,
                before.replace('"Förderbeschluss"', '"Förderbeschluss 2024"') +
                    '\ndecision 2025/01 by PR {\n    title "Neuer Beschluss"\n}\n'
            );
            const r = await runStrat(['diff', '--lang', 'en', '--exit-code'], {
                cwd: path.join(repo, 'strategien')
            });
            assert.equal(r.code, 1, 'changes with --exit-code');
            assert.ok(r.stdout.startsWith('Decision catalogue\n'), r.stdout);
            assert.ok(r.stdout.includes('  Decision 2025/01 “Neuer Beschluss”: added'), r.stdout);
            assert.ok(
                r.stdout.includes('title changed: “Förderbeschluss” → “Förderbeschluss 2024”'),
                r.stdout
            );
        } finally {
            await fs.writeFile(katalog, before);
        }
    });

    it('gives the changes as JSON and as Markdown for a merge-request comment', async () => {
        const json = await runStrat(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: repo });
        assert.equal(json.code, 0, json.stderr);
        const data = JSON.parse(json.stdout) as { from: string; to: string; changes: DiffChange[] };
        assert.equal(data.from, 'HEAD~1');
        const rating = data.changes.find(c => c.kind === 'rating-changed')!;
        assert.deepEqual(
            {
                strategy: rating.strategy,
                id: rating.element.id,
                scale: rating.scale,
                year: rating.assessment!.year
            },
            { strategy: 'S', id: 'online', scale: 'status', year: 2024 }
        );
        assert.equal(rating.before, 'needs-action');
        assert.equal(rating.after, 'uncritical');
        assert.deepEqual(
            data.changes.filter(c => c.kind === 'renamed').map(c => [c.before, c.after]),
            [['portal', 'einportal']]
        );
        const markdown = await runStrat(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown', '--lang', 'en'], {
            cwd: repo
        });
        assert.match(
            markdown.stdout,
            /^## Changes: HEAD\\~1 → HEAD\n\n### Digitale Verwaltung\n\n- \*\*Goal online “Leistungen online”\*\*: Status 2024: further action needed → uncritical\n/
        );
    });

    it('reports indicator values with their kind, period, group, qualifier, range and source', async () => {
        const evidence = (values: string) => `source umfrage "Umfrage 2024" {
    published 2024-09
}

dimension ebene "Ebene" {
    group bund "Bund"
    group land "Land"
}

strategy E "Evidenz" {
    status draft
    as-of 2024-01

    indicator zeit "Zeitersparnis" {
        unit "Minuten"
        dimension ebene
${values}
    }
}
`;
        const { stdout, lines } = await diffOfFolders(
            { 'e.strat': evidence('        measured 10 to 25 at 2024 group land source umfrage') },
            {
                'e.strat': evidence(
                    '        measured about 12 to 30 at 2024 group land source umfrage\n' +
                        '        forecast more-than 40 % from 2028 to 2030 group bund source umfrage'
                )
            },
            '--lang',
            'de'
        );
        assert.ok(
            lines.includes(
                '  Kennzahl zeit „Zeitersparnis“: Wert geändert: Messwert 2024, Gruppe land: 10 bis 25 ' +
                    '(Quelle umfrage) → Messwert 2024, Gruppe land: ca. 12 bis 30 (Quelle umfrage)'
            ),
            stdout
        );
        assert.ok(
            lines.includes(
                '  Kennzahl zeit „Zeitersparnis“: Wert hinzugefügt: Prognose 2028 bis 2030, Gruppe bund: ' +
                    'mehr als 40 % (Quelle umfrage)'
            ),
            stdout
        );
    });

    it('compares two folders, and names a version that is neither a folder nor a revision', async () => {
        const { stdout } = await diffOfFolders(
            { 's.strat': STRATEGY },
            { 's.strat': STRATEGY.replace('"Leistungen online"', '"Alle Leistungen online"') },
            '--lang',
            'en'
        );
        assert.ok(
            stdout.includes(
                'Goal online “Alle Leistungen online”: title changed: “Leistungen online” → “Alle Leistungen online”'
            ),
            stdout
        );
        const bad = await runStrat(['diff', 'no-such-revision'], { cwd: repo });
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /neither a folder nor a git revision: no-such-revision/);
    });

    it('shows the changes since a revision as a page of the exported site', async () => {
        const { changes: page, index } = await siteSinceLastCommit(repo, 'de');
        assert.ok(page.includes('<h1 class="page-title">Änderungen seit HEAD~1</h1>'), page);
        assert.ok(page.includes('Status 2024: weitere Maßnahmen erforderlich → unkritisch'));
        assert.ok(page.includes('<a href="strategies/S.html">Digitale Verwaltung</a>'));
        assert.ok(index.includes('<a href="changes.html">Änderungen</a>'), 'the navigation links the page');
    });
});

const BEFORE_RENAME = `strategy alt "Digitale Verwaltung" {
    status draft
    as-of 2024-01
    text "Die Verwaltung wird digital."

    scale reife "Reife" {
        value niedrig "niedrig"
        value hoch "hoch"
    }

    level service "Serviceebene"

    goal online "Leistungen online" {
        level service
        text "Alle Leistungen sind online."
        assessment 2024 {
            status needs-action
            reife niedrig
        }
    }

    goal tempo "Schnellere Verfahren" {
        level service
        text "Verfahren dauern höchstens vier Wochen."
        text "Anträge werden automatisch geprüft."
        assessment 2024 {
            status critical
        }
    }

    goal karte "Karte" {
        level service
    }

    measure portal "Portal ausbauen" {
        addresses online, tempo
        status planned
    }
}
`;

// the strategy's id, the level's id and a goal's id and title change; the rest stays or changes on its own
const AFTER_RENAME = BEFORE_RENAME.replace('strategy alt ', 'strategy neu ')
    .replace('status draft', 'status adopted')
    .replace('level service "Serviceebene"', 'level dienst "Serviceebene"')
    .replaceAll('level service\n', 'level dienst\n')
    .replace('goal tempo "Schnellere Verfahren"', 'goal dauer "Kurze Verfahren"')
    .replace('goal karte "Karte"', 'goal atlas "Atlas"')
    .replace('addresses online, tempo', 'addresses online, dauer');

describe('strat diff: renamed strategies and elements', function () {
    this.timeout(120_000);
    let repo: string;

    before(async () => {
        repo = await twoCommits({ 's.strat': BEFORE_RENAME }, { 's.strat': AFTER_RENAME });
    });

    after(() => removeFolder(repo));

    it('shows a strategy whose id changed as renamed, with its other changes, not as removed and added', async () => {
        const r = await diffLines(repo, 'HEAD~1', 'HEAD', '--lang', 'de');
        const lines = r.lines;
        assert.equal(lines[0], 'Digitale Verwaltung');
        assert.equal(lines[1], '  Strategie neu „Digitale Verwaltung“: Kennung geändert: alt → neu');
        assert.ok(lines.includes('  Strategie neu „Digitale Verwaltung“: Status: draft → adopted'), r.stdout);
        assert.ok(!/entfernt|hinzugefügt/.test(lines.slice(0, 4).join('\n')), r.stdout);
        // its custom scale is keyed by the strategy's id: the ratings on it did not change
        assert.ok(!r.stdout.includes('Reife'), r.stdout);
    });

    it('pairs an element by its title, or by most of its content when the title changed too', async () => {
        const r = await diffLines(repo, 'HEAD~1', 'HEAD', '--lang', 'en');
        const lines = r.lines;
        assert.ok(lines.includes('  Level dienst “Serviceebene”: id changed: service → dienst'), r.stdout);
        assert.ok(lines.includes('  Goal dauer “Kurze Verfahren”: id changed: tempo → dauer'), r.stdout);
        assert.ok(
            lines.includes(
                '  Goal dauer “Kurze Verfahren”: title changed: “Schnellere Verfahren” → “Kurze Verfahren”'
            ),
            r.stdout
        );
        // a goal with nothing in common but where it stands is another goal
        assert.ok(lines.includes('  Goal karte “Karte”: removed'), r.stdout);
        assert.ok(lines.includes('  Goal atlas “Atlas”: added'), r.stdout);
        // references that follow a rename (a goal's level, a measure's goals) are no changes of their own
        assert.ok(!r.stdout.includes(': moved'), r.stdout);
        assert.ok(!r.stdout.includes('Measure portal'), r.stdout);
        assert.equal(lines.at(-2), '7 changes');
    });

    it('gives the renames in JSON, Markdown and on the changes page', async () => {
        const json = await runStrat(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: repo });
        const data = JSON.parse(json.stdout) as { changes: DiffChange[] };
        assert.deepEqual(
            data.changes
                .filter(c => c.kind === 'renamed')
                .map(c => [c.strategy, c.element.id, c.before, c.after]),
            [
                ['neu', 'neu', 'alt', 'neu'],
                ['neu', 'dienst', 'service', 'dienst'],
                ['neu', 'dauer', 'tempo', 'dauer']
            ]
        );
        assert.ok(!data.changes.some(c => c.element.id === 'alt' || c.element.id === 'service'));
        const markdown = await runStrat(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown', '--lang', 'en'], {
            cwd: repo
        });
        assert.ok(
            markdown.stdout.includes('- **Strategy neu “Digitale Verwaltung”**: id changed: alt → neu\n'),
            markdown.stdout
        );
        const page = (await siteSinceLastCommit(repo, 'de')).changes;
        assert.ok(page.includes('<a href="strategies/neu.html">Digitale Verwaltung</a>'), page);
        assert.ok(page.includes('Kennung geändert: alt → neu'), page);
        assert.ok(page.includes('Kennung geändert: tempo → dauer'), page);
    });
});
