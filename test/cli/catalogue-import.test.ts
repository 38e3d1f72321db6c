import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assertNoStackTrace, runStrat, useTempFolders } from './cli-harness.js';

// Announcements written for these tests in the official shape (frame, "Anlage", per decision a title,
// a number line and numbered items); the councils' decisions in them are invented.
const ANNOUNCEMENT = [
    'FITKO',
    '(Föderale IT-Kooperation)',
    '',
    'Bekanntmachung',
    'der Entscheidungen des IT-Planungsrats',
    '',
    'Vom 12. März 2031',
    '',
    'Auf Grund des § 1 Absatz 5 Satz 3 des IT-Staatsvertrags werden Entscheidungen des IT-Planungsrats im Bundesanzeiger veröffentlicht (Anlage).',
    '',
    'Frankfurt am Main, den 12. März 2031',
    '',
    'Im Auftrag',
    'M. Muster',
    '',
    'Anlage',
    '',
    'Musterverfahren',
    'Beschluss 2031/01',
    '1.',
    'Der IT-Planungsrat nimmt den Bericht zum Musterverfahren zur Kenntnis.',
    '2.',
    'Er ändert seinen Beschluss 2030/12 wie folgt: Nummer 2 entfällt.',
    '',
    'Musterportal',
    'Beschlussnummer (2031/02)',
    '1. Der IT-Planungsrat beschließt die Aufhebung der Ziffern 2 und 3 des Beschlusses 2029/44.',
    '2. Er hebt die Ziffer 1 des Beschlusses 2030/05 auf.',
    '',
    'Neue Musterordnung',
    'B-2031/03-IT',
    '1. Der IT-Planungsrat hebt seinen Beschluss 2028/07 auf.',
    ''
].join('\n');

const CATALOGUE = 'body ITPLR "IT-Planungsrat"\n\ndecision 2031/02 by ITPLR\n';

const PAGE = `<!DOCTYPE html>
<html lang="de"><head><title>Musterdienst</title>
<link rel="canonical" href="https://example.org/beschluss/b-2031-07-it"></head>
<body><nav><a href="/">Start</a> | <a href="/beschluesse">Beschlüsse</a></nav>
<main><h1>Musterdienst &amp; Co.</h1>
<p>IT-Planungsrat | 24.06.2031 | 58. Sitzung | B-2031/07-IT</p>
<ol><li>Der IT-Planungsrat nimmt den Bericht &bdquo;Musterdienst&ldquo; zur Kenntnis.</li>
<li>Er hebt die Ziffer 2 des Beschlusses 2031/01 auf.</li></ol></main>
<footer>Impressum</footer></body></html>`;

describe('strat catalogue import', () => {
    const tempFolder = useTempFolders();

    it('writes the decisions of an announcement, formatted, without those already declared', async () => {
        const folder = await tempFolder({ 'banz.txt': ANNOUNCEMENT, 'catalogue/itplr.strat': CATALOGUE });
        const result = await runStrat(
            [
                'catalogue',
                'import',
                'banz.txt',
                '--source',
                'Bundesanzeiger, Bekanntmachung vom 12. März 2031'
            ],
            { cwd: folder }
        );
        assertNoStackTrace(result);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /2031\/02: already declared at catalogue\/itplr\.strat:3/);
        assert.match(
            result.stdout,
            /2 decisions written to catalogue\/itplr\.strat: 2031\/01, B-2031\/03-IT/
        );
        // neither announcement states session or date per decision: said, not guessed
        assert.match(result.stderr, /banz\.txt:19: 2031\/01: the text states no session or date/);
        const written = await fs.readFile(path.join(folder, 'catalogue/itplr.strat'), 'utf8');
        assert.equal(
            written,
            CATALOGUE +
                [
                    '',
                    'decision 2031/01 by ITPLR {',
                    '    title "Musterverfahren"',
                    '    source "Bundesanzeiger, Bekanntmachung vom 12. März 2031"',
                    '    amends 2030/12',
                    '    items {',
                    '        1 "Der IT-Planungsrat nimmt den Bericht zum Musterverfahren zur Kenntnis."',
                    '        2 "Er ändert seinen Beschluss 2030/12 wie folgt: Nummer 2 entfällt."',
                    '    }',
                    '}',
                    '',
                    'decision B-2031/03-IT by ITPLR {',
                    '    title "Neue Musterordnung"',
                    '    source "Bundesanzeiger, Bekanntmachung vom 12. März 2031"',
                    '    repeals 2028/07',
                    '    items {',
                    '        1 "Der IT-Planungsrat hebt seinen Beschluss 2028/07 auf."',
                    '    }',
                    '}',
                    ''
                ].join('\n')
        );
        const formatted = await runStrat(['format', '--check', 'catalogue'], { cwd: folder });
        assert.equal(formatted.code, 0, formatted.stdout + formatted.stderr);
        const validate = await runStrat(['validate', 'catalogue', '--format', 'json'], { cwd: folder });
        assert.doesNotMatch(validate.stdout, /syntax-error/);
    });

    it('reads repeals of named items and writes them on the repealing decision', async () => {
        const folder = await tempFolder({ 'banz.txt': ANNOUNCEMENT });
        const result = await runStrat(['catalogue', 'import', 'banz.txt', '--into', 'neu.strat'], {
            cwd: folder
        });
        assert.equal(result.code, 0, result.stderr);
        const written = await fs.readFile(path.join(folder, 'neu.strat'), 'utf8');
        assert.match(
            written,
            /decision 2031\/02 \{\n {4}title "Musterportal"\n {4}repeals 2029\/44 items 2 and 3, 2030\/05 item 1\n/
        );
        // a second run finds them all declared and writes nothing
        const again = await runStrat(['catalogue', 'import', 'banz.txt', '--into', 'neu.strat'], {
            cwd: folder
        });
        assert.equal(again.code, 0, again.stderr);
        assert.match(again.stdout, /nothing new to write to neu\.strat/);
        assert.equal(await fs.readFile(path.join(folder, 'neu.strat'), 'utf8'), written);
    });

    it('reads a decision page saved as HTML: header, numbered items, entities, its own address', async () => {
        const folder = await tempFolder({ 'seite.html': PAGE, 'cat.strat': CATALOGUE });
        const result = await runStrat(['catalogue', 'import', 'seite.html', '--into', 'cat.strat'], {
            cwd: folder
        });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr, '');
        const written = await fs.readFile(path.join(folder, 'cat.strat'), 'utf8');
        assert.ok(
            written.endsWith(
                [
                    'decision B-2031/07-IT by ITPLR {',
                    '    title "Musterdienst & Co."',
                    '    session 58',
                    '    date 2031-06-24',
                    '    url "https://example.org/beschluss/b-2031-07-it"',
                    '    repeals 2031/01 item 2',
                    '    items {',
                    '        1 "Der IT-Planungsrat nimmt den Bericht „Musterdienst“ zur Kenntnis."',
                    '        2 "Er hebt die Ziffer 2 des Beschlusses 2031/01 auf."',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            ),
            written
        );
    });

    it('reports what it could not read: a missing title, text outside items, an impossible date', async () => {
        const text = [
            'Anlage',
            '',
            'Beschluss 2031/05',
            'Der IT-Planungsrat beschließt:',
            '1. Erstens.',
            '',
            'Zweiter Musterbeschluss',
            'IT-Planungsrat | 31.02.2031 | 57. Sitzung | Beschluss 2031/06',
            '1. Zweitens.'
        ].join('\n');
        const folder = await tempFolder({ 'kaputt.txt': text });
        const result = await runStrat(['catalogue', 'import', 'kaputt.txt', '--into', 'k.strat'], {
            cwd: folder,
            env: { LANG: 'de_DE.UTF-8' }
        });
        assertNoStackTrace(result);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stderr, /kaputt\.txt:3: 2031\/05: vor der Nummer steht kein Titel/);
        assert.match(
            result.stderr,
            /kaputt\.txt:4: Text außerhalb einer nummerierten Ziffer, nicht übernommen: Der IT-Planungsrat beschließt:/
        );
        assert.match(result.stderr, /kaputt\.txt:8: ein Datum, das es nicht gibt/);
        const written = await fs.readFile(path.join(folder, 'k.strat'), 'utf8');
        assert.match(
            written,
            /decision 2031\/06 \{\n {4}title "Zweiter Musterbeschluss"\n {4}session 57\n {4}items/
        );
        assert.doesNotMatch(written, /date/);
    });

    it('exits 1 and writes nothing when the text holds no decision', async () => {
        const folder = await tempFolder({ 'leer.txt': 'Bekanntmachung\n\nNichts zu sehen.\n' });
        const result = await runStrat(['catalogue', 'import', 'leer.txt', '--into', 'x.strat'], {
            cwd: folder
        });
        assertNoStackTrace(result);
        assert.equal(result.code, 1);
        assert.match(result.stderr, /no decision found/);
        await assert.rejects(fs.access(path.join(folder, 'x.strat')));
    });

    it('exits 2 with a message for a file that does not exist', async () => {
        const folder = await tempFolder({});
        const result = await runStrat(['catalogue', 'import', 'fehlt.txt'], { cwd: folder });
        assertNoStackTrace(result);
        assert.equal(result.code, 2);
        assert.match(result.stderr, /fehlt\.txt: cannot read the file/);
    });
});
