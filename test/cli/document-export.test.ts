import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT, removeFolder, runStrat, tempFolder } from './cli-harness.js';
import { zipEntries } from '../support/zip-entries.js';

/** The visible text of a Word document's main part, paragraph by paragraph. */
/** A workbook read back: its sheets' names, and a sheet's rows as arrays of cell values. */
async function readWorkbook(
    file: string
): Promise<{ sheets: string[]; rows: (name: string) => unknown[][] }> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return {
        sheets: workbook.worksheets.map(w => w.name),
        rows: name =>
            workbook
                .getWorksheet(name)!
                .getSheetValues()
                .filter(Boolean)
                .map(r => (r as unknown[]).slice(1))
    };
}

function wordParagraphs(docx: Uint8Array): string[] {
    const xml = zipEntries(docx).get('word/document.xml')!.toString('utf8');
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(p =>
        [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
            .map(t => t[1])
            .join('')
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
    );
}

/** Whether LibreOffice (Debian libreoffice-writer-nogui, -calc-nogui) and pdftotext are installed. */
const LIBREOFFICE =
    spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).error === undefined;

describe('strat export --format docx, xlsx and csv (real CLI)', function () {
    this.timeout(180_000);
    let out: string;

    before(async () => {
        out = await tempFolder();
    });
    after(() => removeFolder(out));

    async function exportExamples(format: string, ...more: string[]): Promise<string> {
        const folder = path.join(out, `${format}${more.join('')}`);
        const r = await runStrat(['export', 'examples', '--format', format, '--out', folder, ...more], {
            cwd: REPO_ROOT
        });
        assert.equal(r.code, 0, r.stderr);
        return folder;
    }

    it('writes a Word document per strategy: title page, vision, goals with their latest assessment, measures, indicators, decisions', async () => {
        const folder = await exportExamples('docx', '--lang', 'de');
        assert.deepEqual((await fs.readdir(folder)).filter(f => f.endsWith('.docx')).sort(), [
            'Dachstrategie.docx',
            'IVN.docx',
            'MLE.docx',
            'MLO.docx',
            'MLT.docx'
        ]);
        const paragraphs = wordParagraphs(await fs.readFile(path.join(folder, 'MLO.docx')));
        const at = (text: string) => paragraphs.indexOf(text);
        assert.equal(paragraphs[0], 'STRATEGIE');
        assert.equal(paragraphs[1], 'Onlinedienste Musterland 2028');
        for (const fact of [
            'Status: beschlossen',
            'Stand: 03.2025',
            'Verantwortlich: Musterland-Rat',
            'Zieltermin: 2028'
        ]) {
            assert.ok(paragraphs.includes(fact), `${fact} in ${paragraphs.slice(0, 8).join(' | ')}`);
        }
        assert.ok(
            paragraphs.some(p => p.startsWith('2028 erledigen Bürgerinnen')),
            'the vision'
        );
        const goal = at('Alle Verwaltungsleistungen online');
        assert.ok(goal > 0);
        assert.equal(paragraphs[goal + 1], 'Letzte Bewertung (2024)');
        assert.equal(paragraphs[goal + 2], '▲ Status: kritisch', 'the rating in symbol and words');
        assert.ok(
            paragraphs.includes(
                'Zielbild: 2028 sind alle Verwaltungsleistungen des Landes und der Kommunen über ein gemeinsames Portal vollständig digital nutzbar.'
            )
        );
        assert.ok(at('Maßnahmen') > goal && at('Meilensteine') > at('Maßnahmen'));
        assert.ok(
            paragraphs.includes('Landesweiter Regelbetrieb des Bauportals'),
            'a milestone in the table'
        );
        assert.ok(at('Kennzahlen') > at('Maßnahmen'));
        assert.ok(paragraphs.includes('Ausgangswert'), 'indicator values as a table');
        assert.ok(at('Zitierte Beschlüsse') > at('Kennzahlen'));
        assert.ok(paragraphs.includes('Beschluss der Strategie „Onlinedienste Musterland 2028“ (fiktiv)'));
        const evidence = wordParagraphs(await fs.readFile(path.join(folder, 'MLE.docx')));
        for (const cell of ['Gruppe', 'bis', 'Prognose', '10 bis 25', 'mehr als 40.000', 'befragung-2024']) {
            assert.ok(evidence.includes(cell), `${cell} in the indicator tables of MLE`);
        }
        const english = wordParagraphs(
            await fs.readFile(path.join(await exportExamples('docx', '--lang', 'en'), 'MLO.docx'))
        );
        assert.ok(english.includes('▲ Status: critical'), english.slice(0, 30).join(' | '));
    });

    it('writes one workbook: status matrix, measures, indicator values in long form, decisions with every citation', async () => {
        const folder = await exportExamples('xlsx', '--lang', 'de');
        const { sheets, rows } = await readWorkbook(path.join(folder, 'strategies.xlsx'));
        assert.deepEqual(sheets, [
            'Statusmatrix',
            'Maßnahmen',
            'Kennzahlwerte',
            'Beschlüsse',
            'Dokumentzitate'
        ]);
        const matrix = rows('Statusmatrix');
        const header = matrix[0] as string[];
        const online = matrix.find(r => r[2] === 'online')!;
        assert.equal(online[header.indexOf('2024 Status')], 'kritisch');
        assert.equal(online[header.indexOf('2026 Status (Ausblick)')], 'weitere Maßnahmen erforderlich');
        assert.equal(online[header.indexOf('2024 dringlich')], 'ja');
        const ivnRows = matrix.filter(r => r[0] === 'Intelligente Verwaltungsnetze');
        const asWhole = ivnRows.filter(r => r[3] === 'Strategie insgesamt' || r[3] === 'Ebene insgesamt');
        assert.equal(ivnRows.length - asWhole.length, 29, 'a row per goal');
        // as in the matrix view: the strategy as a whole first, then each of its six assessed levels
        assert.deepEqual(
            asWhole.map(r => [r[1], r[2], r[3]]),
            [
                ['', 'IVN', 'Strategie insgesamt'],
                ...['society', 'law', 'business', 'process', 'technology', 'focus'].map(level => [
                    ivnRows.find(r => r[2] === level)![1],
                    level,
                    'Ebene insgesamt'
                ])
            ]
        );
        assert.equal(asWhole[0][header.indexOf('2015 Status')], 'nicht erfasst');
        // two strategies declare a scale „Umsetzungsstand“: their columns say whose
        assert.equal(new Set(header).size, header.length, `column headings repeat: ${header.join(' | ')}`);
        assert.ok(
            header.includes('2024 Umsetzungsstand (MLE)') && header.includes('2024 Umsetzungsstand (MLO)')
        );
        assert.ok(header.includes('2026 Umsetzungsstand (MLO, Ausblick)'));
        const mlt = matrix.find(r => r[2] === 'MLT' && r[3] === 'Strategie insgesamt')!;
        assert.equal(mlt[header.indexOf('2024 Status')], 'weitere Maßnahmen erforderlich');
        const values = rows('Kennzahlwerte');
        const columns = values[0] as string[];
        assert.deepEqual(columns.slice(0, 12), [
            'Strategie',
            'Kennzahl',
            'Titel',
            'Art',
            'Datum',
            'bis',
            'Gruppe',
            'Wert',
            'Obergrenze',
            'Einschränkung',
            'Einheit',
            'Quelle'
        ]);
        const cellOf = (row: unknown[], column: string) => row[columns.indexOf(column)];
        const baseline = values.find(
            r => r[0] === 'Onlinedienste Musterland 2028' && r[3] === 'Ausgangswert'
        )!;
        assert.equal(typeof cellOf(baseline, 'Wert'), 'number');
        assert.equal(cellOf(baseline, 'Einheit'), 'Wochen');
        // the evidence example: a range with its source, a period, a qualifier, a group, a forecast
        const range = values.find(r => r[1] === 'zeitersparnis' && r[3] === 'Messwert')!;
        assert.deepEqual(
            ['Wert', 'Obergrenze', 'Einheit', 'Quelle'].map(c => cellOf(range, c)),
            [10, 25, 'Minuten', 'befragung-2024']
        );
        const period = values.find(r => r[1] === 'bearbeitungszeit' && Boolean(cellOf(r, 'bis')))!;
        assert.deepEqual(
            ['Datum', 'bis', 'Wert', 'Einheit'].map(c => cellOf(period, c)),
            ['2024-03', '2024-06', -12, '%']
        );
        assert.ok(values.some(r => r[1] === 'bearbeitungszeit' && cellOf(r, 'Einschränkung') === 'ca.'));
        assert.ok(values.some(r => r[1] === 'zufriedenheit' && cellOf(r, 'Gruppe') === 'kommune'));
        assert.ok(values.some(r => r[1] === 'fachkraefte' && r[3] === 'Prognose'));
        const decisions = rows('Beschlüsse');
        const citations = decisions.filter(r => r[0] === '2022/27');
        assert.ok(citations.length > 1, 'a row per citation');
        assert.ok(
            rows('Maßnahmen').some(r => String(r[6]).includes('Landesweiter Regelbetrieb des Bauportals'))
        );
    });

    it('shows interpretation marks with a legend, provenance and document citations in the Word document', async () => {
        const paragraphs = wordParagraphs(
            await fs.readFile(path.join(await exportExamples('docx', '--lang', 'de'), 'MLT.docx'))
        );
        const after = (heading: string, offset: number) => paragraphs[paragraphs.indexOf(heading) + offset];
        assert.ok(
            paragraphs.includes('◇ Deutung der Bearbeitung, nicht in der Quelle'),
            'the legend of the marker'
        );
        assert.ok(
            paragraphs.includes('Aus: Peer Review Onlinedienste Musterland 2024 (fiktiv), S. 3'),
            'where the strategy comes from'
        );
        const goal = 'Das Serviceportal wird genutzt ◇';
        assert.ok(paragraphs.includes(goal), 'the marker after the title of an interpreted goal');
        assert.equal(after(goal, 1), 'Aus: Peer Review Onlinedienste Musterland 2024 (fiktiv), 4.1');
        assert.equal(
            after(goal, 2),
            '◇ Titel: Deutung der Bearbeitung, nicht in der Quelle: Die Gutachter nennen kein Ziel; der Titel fasst ihren Befund zusammen.'
        );
        assert.equal(
            after(goal, 3),
            '◇ Verknüpfung: Deutung der Bearbeitung, nicht in der Quelle (Strategieebene)'
        );
        assert.ok(
            paragraphs.includes(
                'Adressiert: Das Serviceportal wird genutzt; Hilfe im Portal ist verständlich ◇'
            ),
            'the marker after an interpreted link'
        );
        assert.equal(after('Prüfauftrag', 2), 'Die Quelle nennt kein Ziel.', '`addresses none` said');
        assert.ok(
            paragraphs.includes('Konzept (Aus: Peer Review Onlinedienste Musterland 2024 (fiktiv), S. 15)')
        );
        assert.equal(
            paragraphs.filter(p => p === 'Hilfe im Portal ist verständlich ◇').length,
            1,
            'an element marked as a whole'
        );
        assert.equal(paragraphs.filter(p => p === 'Kommunen schulen').length, 1, 'no marker where none is');
        assert.ok(paragraphs.includes('review-2024, S. 11'), "a value's page beside its source");
        const documents = paragraphs.indexOf('Zitierte Dokumente');
        assert.ok(documents > paragraphs.indexOf('Zitierte Beschlüsse'), 'beside the decisions cited');
        assert.deepEqual(paragraphs.slice(documents + 3, documents + 7), [
            'zitiert Musterländisches Digitalgesetz (fiktiv), § 3 (u. a.)',
            'Strategie Transkription: Peer Review Onlinedienste Musterland',
            'zitiert Serviceportal Musterland: Hilfe (fiktiv)',
            'Ziel Das Serviceportal wird genutzt'
        ]);
        const english = wordParagraphs(
            await fs.readFile(path.join(await exportExamples('docx', '--lang', 'en'), 'MLT.docx'))
        );
        assert.ok(english.includes('◇ Interpretation of the author, not stated by the source'));
        assert.ok(english.includes('From: Peer Review Onlinedienste Musterland 2024 (fiktiv), p. 3'));
        assert.ok(english.includes('cites Serviceportal Musterland: Hilfe (fiktiv)'));
        const other = wordParagraphs(
            await fs.readFile(path.join(await exportExamples('docx', '--lang', 'de'), 'MLO.docx'))
        );
        assert.ok(
            !other.some(p => p.includes('◇')),
            'a strategy without interpretations has neither markers nor legend'
        );
    });

    it('shows interpretation marks, provenance and document citations in the workbook', async () => {
        const { rows } = await readWorkbook(
            path.join(await exportExamples('xlsx', '--lang', 'de'), 'strategies.xlsx')
        );
        const cellOf = (table: unknown[][], row: unknown[], column: string) =>
            row[(table[0] as string[]).indexOf(column)];
        const matrix = rows('Statusmatrix');
        const goal = matrix.find(r => r[2] === 'portal-nutzung')!;
        assert.equal(
            cellOf(matrix, goal, 'Deutung (◇)'),
            '◇ Titel: Deutung der Bearbeitung, nicht in der Quelle: Die Gutachter nennen kein Ziel; der Titel fasst ihren Befund zusammen.\n' +
                '◇ Verknüpfung: Deutung der Bearbeitung, nicht in der Quelle (Strategieebene)'
        );
        assert.equal(
            cellOf(matrix, goal, 'Herkunft'),
            'Peer Review Onlinedienste Musterland 2024 (fiktiv), 4.1'
        );
        const online = matrix.find(r => r[2] === 'online')!;
        assert.equal(cellOf(matrix, online, 'Deutung (◇)'), undefined, 'no mark where none is');
        const measures = rows('Maßnahmen');
        const schulung = measures.find(r => r[1] === 'schulung')!;
        assert.equal(cellOf(measures, schulung, 'Adressiert'), 'MLT.portal-nutzung, MLT.hilfe ◇');
        assert.equal(
            cellOf(measures, schulung, 'Herkunft'),
            'Peer Review Onlinedienste Musterland 2024 (fiktiv), S. 15'
        );
        assert.equal(
            cellOf(
                measures,
                measures.find(r => r[1] === 'pruefung')!,
                'Adressiert'
            ),
            'Die Quelle nennt kein Ziel.'
        );
        const values = rows('Kennzahlwerte');
        const target = values.find(r => r[1] === 'nutzung' && r[3] === 'Zielwert')!;
        assert.deepEqual(
            ['Quelle', 'Stelle', 'Deutung (◇)'].map(c => cellOf(values, target, c)),
            ['review-2024', 'S. 11', '◇']
        );
        const documents = rows('Dokumentzitate');
        const law = documents.find(r => r[0] === 'mldg')!;
        assert.deepEqual(law, [
            'mldg',
            'Musterländisches Digitalgesetz (fiktiv)',
            'Gesetz',
            'zitiert',
            '§ 3',
            'u. a.',
            'Transkription: Peer Review Onlinedienste Musterland',
            'Strategie',
            'MLT',
            'Transkription: Peer Review Onlinedienste Musterland'
        ]);
        assert.ok(documents.some(r => r[0] === 'portal' && r[8] === 'portal-nutzung'));
    });

    it('writes a CSV per table, quoted where needed and with a BOM', async () => {
        const folder = await exportExamples('csv', '--lang', 'en');
        assert.deepEqual((await fs.readdir(folder)).filter(f => f.endsWith('.csv')).sort(), [
            'decisions.csv',
            'document-citations.csv',
            'indicator-values.csv',
            'measures.csv',
            'status-matrix.csv'
        ]);
        const matrix = await fs.readFile(path.join(folder, 'status-matrix.csv'), 'utf8');
        assert.ok(matrix.startsWith('\uFEFFStrategy,Level,Id,Title,'));
        assert.match(
            matrix,
            /\r\nOnlinedienste Musterland 2028,Service level|\r\nOnlinedienste Musterland 2028,Serviceebene/
        );
        const measures = await fs.readFile(path.join(folder, 'measures.csv'), 'utf8');
        assert.match(measures, /"2025-09 [^"]*\n2026-02-15 /, 'milestones in one quoted cell, a line each');
    });

    it('needs --out for the document formats', async () => {
        const r = await runStrat(['export', 'examples', '--format', 'docx'], { cwd: REPO_ROOT });
        assert.equal(r.code, 2);
        assert.match(r.stderr, /--format docx writes files and needs an output folder/);
    });

    it('opens in LibreOffice: the Word document and the workbook convert to PDF with their text', async function () {
        if (!LIBREOFFICE) {
            // LibreOffice or pdftotext is not installed (Debian libreoffice-writer-nogui,
            // libreoffice-calc-nogui, poppler-utils): nothing can convert the documents
            this.skip();
        }
        const docx = path.join(await exportExamples('docx', '--lang', 'de'), 'MLO.docx');
        const xlsx = path.join(await exportExamples('xlsx', '--lang', 'de'), 'strategies.xlsx');
        const pdfs = path.join(out, 'pdf');
        const profile = path.join(out, 'lo-profile');
        const r = spawnSync(
            'soffice',
            [
                `-env:UserInstallation=file://${profile}`,
                '--headless',
                '--convert-to',
                'pdf',
                '--outdir',
                pdfs,
                docx,
                xlsx
            ],
            { encoding: 'utf8', timeout: 150_000 }
        );
        assert.equal(r.status, 0, r.stderr);
        const text = (file: string) =>
            spawnSync('pdftotext', [path.join(pdfs, file), '-'], { encoding: 'utf8' }).stdout.replace(
                /\s+/g,
                ' '
            );
        const word = text('MLO.pdf');
        assert.ok(word.includes('Onlinedienste Musterland 2028'));
        assert.ok(word.includes('▲ Status: kritisch'));
        assert.ok(word.includes('Zitierte Beschlüsse'));
        const sheet = text('strategies.pdf');
        assert.ok(sheet.includes('Alle Verwaltungsleistungen online'));
    });
});
