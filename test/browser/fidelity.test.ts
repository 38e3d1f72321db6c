import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { examplesModel, launchChromium, writeSite } from './support.js';

/**
 * How a transcription shows in the views (examples/illustrative/musterland-transkription.strat): the
 * interpretation marker and its legend, where elements come from, the strategy and level rows of the
 * matrix, "among others", passage markers, urgency not recorded and dates at their precision.
 */
describe('fidelity in the views (headless Chromium)', function () {
    this.timeout(120_000);
    let browser: Browser;
    const sites: Record<'de' | 'en', string> = { de: '', en: '' };

    before(async () => {
        browser = await launchChromium();
        const model = await examplesModel();
        sites.de = writeSite(model, 'de');
        sites.en = writeSite(model, 'en');
    });

    after(async () => {
        await browser?.close();
    });

    async function open(locale: 'de' | 'en'): Promise<Page> {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(path.join(sites[locale], 'strategies', 'MLT.html')).href);
        return page;
    }

    it('shows the strategy and the level as rows of the matrix, with their ratings', async () => {
        const page = await open('de');
        const matrix = page.locator('table.matrix');
        const strategyRow = matrix.locator('tr.strategy-row');
        assert.equal(await strategyRow.locator('th').innerText(), 'Strategie insgesamt');
        assert.match(
            (await strategyRow.locator('.assessment').getAttribute('title')) ?? '',
            /weitere Maßnahmen erforderlich.*fortgeschritten.*Dringlichkeit nicht erfasst/
        );
        const levelRow = matrix.locator('tr.level-row[data-level="kommunal"]');
        assert.equal(await levelRow.locator('th.level-as-whole').innerText(), 'Ebene insgesamt');
        assert.match(
            (await levelRow.locator('.assessment').getAttribute('title')) ?? '',
            /kritisch.*keine hohe Dringlichkeit/
        );
        assert.equal(
            await matrix.locator('th[scope="rowgroup"]').getAttribute('rowspan'),
            '3',
            'the level spans its own row and its two goals'
        );
        await page.close();
    });

    it('marks interpretations with ◇ and a legend, and says what is interpreted', async () => {
        const page = await open('de');
        const goalTitle = page.locator('#MLT--goal--portal-nutzung h4');
        const mark = goalTitle.locator('.interpretation-mark');
        assert.equal(await mark.innerText(), '◇');
        assert.match(
            (await mark.getAttribute('title')) ?? '',
            /^Titel: Deutung der Bearbeitung, nicht in der Quelle: Die Gutachter/
        );
        const addresses = page.locator('#MLT--measure--schulung .facts .interpretation-mark');
        assert.equal(
            await addresses.getAttribute('title'),
            'Verknüpfung: Deutung der Bearbeitung, nicht in der Quelle'
        );
        assert.match(
            await page.locator('.interpretation-legend').innerText(),
            /◇ Deutung der Bearbeitung, nicht in der Quelle/
        );
        assert.match(await page.locator('.view-matrix .legend').innerText(), /Deutung der Bearbeitung/);
        // a measure without the mark has none: the marker is not decoration
        assert.equal(await page.locator('#MLT--measure--pruefung .interpretation-mark').count(), 0);
        assert.match(
            await page.locator('#MLT--measure--pruefung').innerText(),
            /Die Quelle nennt kein Ziel\./
        );
        await page.close();
    });

    it('says where elements come from, with the page or section, linked to the document', async () => {
        const page = await open('de');
        const from = page.locator('#MLT--measure--schulung > .provenance');
        assert.equal(
            await from.innerText(),
            'Aus: Peer Review Onlinedienste Musterland 2024 (fiktiv), S. 15'
        );
        const href = await from.locator('a').getAttribute('href');
        assert.equal(
            await page.locator(`[id="${href!.slice(1)}"]`).count(),
            1,
            'the document is in the sources'
        );
        assert.match(
            await page.locator('#MLT--idea--anhang--lotsen').innerText(),
            /Digitallotsen in den Bürgerämtern\s+Aus: Peer Review Onlinedienste Musterland 2024 \(fiktiv\), Anhang A/
        );
        await page.close();
    });

    it('places a passage marker after the cited words and says "among others"', async () => {
        const page = await open('de');
        const header = page.locator('header.strategy-header');
        const text = await header.locator('details.texts p.text').first().innerHTML();
        assert.match(
            text,
            /nach dem Digitalgesetz<sup class="passage-mark"[^>]*>1<\/sup><sup class="passage-mark"[^>]*>2<\/sup> online/
        );
        const citations = await header.locator('.block-citations').innerText();
        assert.match(citations, /Beschluss 2025\/99.*\(u\. a\.\)\s*1/);
        assert.match(citations, /Musterländisches Digitalgesetz \(fiktiv\), § 3 \(u\. a\.\)\s*2/);
        await page.close();
    });

    it('shows dates at their precision in both languages', async () => {
        const de = await open('de');
        const timeline = await de.locator('#MLT--measure--schulung .timeline').innerText();
        assert.match(timeline, /1\. Quartal 2025[\s\S]*2\. Halbjahr 2025[\s\S]*Frühjahr 2026/);
        await de.close();
        const en = await open('en');
        const english = await en.locator('#MLT--measure--schulung .timeline').innerText();
        assert.match(english, /Q1 2025[\s\S]*H2 2025[\s\S]*spring 2026/);
        assert.match(
            (await en.locator('tr.strategy-row .assessment').getAttribute('title')) ?? '',
            /urgency not recorded/
        );
        assert.match(
            await en.locator('.interpretation-legend').innerText(),
            /Interpretation of the author, not stated by the source/
        );
        await en.close();
    });
});
