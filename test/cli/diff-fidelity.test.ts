import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { commitFiles, gitRepository } from '../support/ci-job.js';
import { removeFolder, runStrat, tempFolder } from './cli-harness.js';

const SOURCES = `source gesetz "Digitalgesetz" {
    kind law
}

source review "Peer Review 2024" {
    kind report
}
`;

const BEFORE = `${SOURCES}
strategy S "Digitale Verwaltung" {
    status draft

    level service "Serviceebene"

    goal online "Leistungen online" {
        level service
        from review page 3
        text "Alle Leistungen sind online."
        cites gesetz section "§ 1"
        assessment 2024 {
            status needs-action
        }
    }

    goal portal "Ein Portal" {
        interpretation title "Zusammenfassung der Gutachter"
        level service
    }

    measure m "Maßnahme" {
        addresses online
    }

    measure alt "Altmaßnahme" {
        from review section "Anhang"
        interpretation
        addresses none
    }
}
`;

/** Each element changes in one respect of fidelity only. */
const AFTER = `${SOURCES}
strategy S "Digitale Verwaltung" {
    status draft

    level service "Serviceebene" {
        interpretation "Aus dem Kontext erschlossen"
    }

    goal online "Leistungen online" {
        level service
        from review page 7
        text "Alle Leistungen sind online."
        cites review page 9 among-others
        assessment 2024 {
            from review page 4
            status needs-action
        }
    }

    goal portal "Ein Portal" {
        level service
    }

    measure m "Maßnahme" {
        addresses online interpretation
    }

    measure alt "Altmaßnahme" {
        addresses none
    }
}
`;

interface FidelityChange {
    kind: string;
    element: { type: string; id: string };
    document?: string;
    link?: string;
    assessment?: { kind: string; year: number };
    before?: unknown;
    after?: unknown;
}

/**
 * Changes that only add or remove an interpretation mark, change where an element comes from, or add
 * or remove a citation of a document show in every form of `strat diff` and on the changes page.
 */
describe('strat diff: interpretation marks, provenance and document citations', function () {
    this.timeout(120_000);
    let repo: string;

    before(async () => {
        repo = await gitRepository({ 's.strat': BEFORE }, 'approved version');
        await commitFiles(repo, { 's.strat': AFTER }, 'review');
    });

    after(() => removeFolder(repo));

    it('says in German which interpretation marks, provenances and document citations changed', async () => {
        const r = await runStrat(['diff', 'HEAD~1', 'HEAD', '--lang', 'de'], { cwd: repo });
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.split('\n');
        const expected = [
            '  Strategieebene service „Serviceebene“: als Deutung der Bearbeitung markiert („Aus dem Kontext erschlossen“)',
            '  Ziel online „Leistungen online“: Herkunft geändert: Peer Review 2024, S. 3 → Peer Review 2024, S. 7',
            '  Ziel online „Leistungen online“: Bewertung 2024: Herkunft angegeben: Peer Review 2024, S. 4',
            '  Ziel online „Leistungen online“: Dokumentzitat hinzugefügt: zitiert Peer Review 2024, S. 9, u. a.',
            '  Ziel online „Leistungen online“: Dokumentzitat entfernt: zitiert Digitalgesetz, § 1',
            '  Ziel portal „Ein Portal“: Titel nicht mehr als Deutung markiert',
            '  Maßnahme m „Maßnahme“: Verknüpfung „Adressiert“ als Deutung markiert',
            '  Maßnahme alt „Altmaßnahme“: nicht mehr als Deutung markiert',
            '  Maßnahme alt „Altmaßnahme“: Herkunft entfernt: Peer Review 2024, Anhang'
        ];
        for (const line of expected) {
            assert.ok(lines.includes(line), `missing ${JSON.stringify(line)} in\n${r.stdout}`);
        }
        assert.ok(lines.includes(`${expected.length} Änderungen`), r.stdout);
    });

    it('says the same in English, naming link and assessment', async () => {
        const r = await runStrat(['diff', 'HEAD~1', 'HEAD', '--lang', 'en'], { cwd: repo });
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.split('\n');
        for (const line of [
            '  Level service “Serviceebene”: marked as interpretation of the author (“Aus dem Kontext erschlossen”)',
            '  Goal online “Leistungen online”: provenance changed: Peer Review 2024, p. 3 → Peer Review 2024, p. 7',
            '  Goal online “Leistungen online”: assessment 2024: provenance added: Peer Review 2024, p. 4',
            '  Goal online “Leistungen online”: document citation added: cites Peer Review 2024, p. 9, among others',
            '  Goal online “Leistungen online”: document citation removed: cites Digitalgesetz, § 1',
            '  Goal portal “Ein Portal”: title no longer marked as interpretation',
            '  Measure m “Maßnahme”: link “Addresses” marked as interpretation',
            '  Measure alt “Altmaßnahme”: no longer marked as interpretation'
        ]) {
            assert.ok(lines.includes(line), `missing ${JSON.stringify(line)} in\n${r.stdout}`);
        }
    });

    it('gives each change a kind of its own in JSON, not a generic field change', async () => {
        const r = await runStrat(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: repo });
        assert.equal(r.code, 0, r.stderr);
        const changes = (JSON.parse(r.stdout) as { changes: FidelityChange[] }).changes;
        const find = (kind: string, id: string) =>
            changes.filter(c => c.kind === kind && c.element.id === id);
        assert.deepEqual(find('interpretation-added', 'service')[0]?.after, {
            of: 'element',
            note: 'Aus dem Kontext erschlossen'
        });
        assert.deepEqual(find('interpretation-removed', 'portal')[0]?.before, {
            of: 'title',
            note: 'Zusammenfassung der Gutachter'
        });
        assert.equal(find('interpretation-added', 'm')[0]?.link, 'addresses');
        const provenance = find('provenance-changed', 'online')[0];
        assert.deepEqual(provenance?.before, { source: 'review', page: '3' });
        assert.deepEqual(provenance?.after, { source: 'review', page: '7' });
        assert.deepEqual(find('provenance-added', 'online')[0]?.assessment, {
            kind: 'assessment',
            year: 2024
        });
        assert.deepEqual(find('provenance-removed', 'alt')[0]?.before, {
            source: 'review',
            section: 'Anhang'
        });
        const added = find('document-citation-added', 'online')[0];
        assert.equal(added?.document, 'review');
        assert.deepEqual(added?.after, { kind: 'cites', page: '9', amongOthers: true });
        assert.equal(find('document-citation-removed', 'online')[0]?.document, 'gesetz');
        assert.deepEqual(
            changes.filter(c => c.kind === 'field-changed'),
            [],
            'no mark shows as a raw field of the model'
        );
    });

    it('lists them in the Markdown comment', async () => {
        const r = await runStrat(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown', '--lang', 'en'], {
            cwd: repo
        });
        assert.equal(r.code, 0, r.stderr);
        for (const line of [
            '- **Level service “Serviceebene”**: marked as interpretation of the author (“Aus dem Kontext erschlossen”)',
            '- **Goal online “Leistungen online”**: document citation added: cites Peer Review 2024, p. 9, among others',
            '- **Goal online “Leistungen online”**: provenance changed: Peer Review 2024, p. 3 → Peer Review 2024, p. 7',
            '- **Measure m “Maßnahme”**: link “Addresses” marked as interpretation'
        ]) {
            assert.ok(r.stdout.includes(`${line}\n`), `missing ${JSON.stringify(line)} in\n${r.stdout}`);
        }
    });

    it('shows them on the changes page of the exported site', async () => {
        const site = path.join(await tempFolder(), 'site');
        try {
            const r = await runStrat(
                ['export', '.', '--format', 'html', '--out', site, '--since', 'HEAD~1', '--lang', 'de'],
                { cwd: repo }
            );
            assert.equal(r.code, 0, r.stderr);
            const page = await fs.readFile(path.join(site, 'changes.html'), 'utf8');
            for (const words of [
                'als Deutung der Bearbeitung markiert („Aus dem Kontext erschlossen“)',
                'Titel nicht mehr als Deutung markiert',
                'Verknüpfung „Adressiert“ als Deutung markiert',
                'Herkunft geändert: Peer Review 2024, S. 3 → Peer Review 2024, S. 7',
                'Dokumentzitat hinzugefügt: zitiert Peer Review 2024, S. 9, u. a.',
                'Dokumentzitat entfernt: zitiert Digitalgesetz, § 1'
            ]) {
                assert.ok(page.includes(words), `missing ${JSON.stringify(words)} in the changes page`);
            }
        } finally {
            await removeFolder(path.dirname(site));
        }
    });

    it('says in words that the source states no goal, and that it now states one', async () => {
        const measure = (addresses: string) => `strategy S "Digitale Verwaltung" {
    goal online "Leistungen online"

    measure m "Maßnahme" {
        ${addresses}
    }
}
`;
        const a = await tempFolder({ 's.strat': measure('addresses none') });
        const b = await tempFolder({ 's.strat': measure('addresses online') });
        try {
            const de = await runStrat(['diff', a, b, '--lang', 'de'], { cwd: repo });
            assert.equal(de.code, 0, de.stderr);
            assert.ok(de.stdout.includes('Maßnahme m „Maßnahme“: Quelle nennt kein Ziel: ja → –'), de.stdout);
            const en = await runStrat(['diff', b, a, '--lang', 'en'], { cwd: repo });
            assert.ok(
                en.stdout.includes('Measure m “Maßnahme”: the source states no goal: – → yes'),
                en.stdout
            );
        } finally {
            await removeFolder(a);
            await removeFolder(b);
        }
    });

    it('shows a changed page of a value and a value newly marked as interpretation', async () => {
        const indicator = (value: string) => `${SOURCES}
strategy S "Digitale Verwaltung" {
    goal online "Leistungen online"

    indicator quota "Online-Quote" {
        unit "%"
        measures online
        ${value}
    }
}
`;
        const a = await tempFolder({ 's.strat': indicator('measured 20 at 2023 source review page 3') });
        const b = await tempFolder({
            's.strat': indicator('measured 20 at 2023 source review page 5 interpretation')
        });
        try {
            const r = await runStrat(['diff', a, b, '--lang', 'de'], { cwd: repo });
            assert.equal(r.code, 0, r.stderr);
            assert.ok(
                r.stdout.includes(
                    'Wert geändert: Messwert 2023: 20 (Quelle review, S. 3) → Messwert 2023: 20 (Quelle review, S. 5, Deutung)'
                ),
                r.stdout
            );
        } finally {
            await removeFolder(a);
            await removeFolder(b);
        }
    });
});
