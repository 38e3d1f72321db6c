import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { exportExamplesWithCli, launchChromium } from './support.js';

declare const document: any;
declare const window: any;

function filesOf(folder: string): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const e of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (e.isFile()) {
            const full = path.join(e.parentPath, e.name);
            files.set(path.relative(folder, full), readFileSync(full));
        }
    }
    return files;
}

function url(folder: string, page: string): string {
    return pathToFileURL(path.join(folder, page)).href;
}

/** Whether poppler's pdftotext is installed (Debian `poppler-utils`). */
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;

describe('the site as a reviewer keeps it (headless Chromium)', function () {
    this.timeout(120_000);
    let browser: Browser;
    let site: string;

    before(async () => {
        browser = await launchChromium();
        site = exportExamplesWithCli('de');
    });

    after(async () => {
        await browser?.close();
    });

    it('is byte-identical when exported twice from the same files', () => {
        const again = filesOf(exportExamplesWithCli('de'));
        const first = filesOf(site);
        assert.deepEqual([...again.keys()].sort(), [...first.keys()].sort());
        for (const [name, content] of first) {
            assert.ok(content.equals(again.get(name)!), `${name} differs between two exports`);
        }
    });

    it('runs its one script under the hash-based CSP without a violation', async () => {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', m => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', e => problems.push(String(e)));
        await page.goto(url(site, 'decisions.html'));
        assert.equal(
            await page.locator('#decision-filter').isVisible(),
            true,
            'the script showed the filter'
        );
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('filters the decision index by year and body and searches it; complete without script', async () => {
        const page = await browser.newPage();
        await page.goto(url(site, 'decisions.html'));
        const rows = page.locator('table.decisions tbody tr.decision');
        const all = await rows.count();
        assert.ok(all > 10);
        const visible = () => page.locator('table.decisions tbody tr.decision:visible').count();
        assert.equal(await visible(), all);
        await page.selectOption('#decision-filter [name=year]', '2014');
        const in2014 = await page.locator('tr.decision[data-year="2014"]').count();
        assert.ok(in2014 > 0 && in2014 < all);
        assert.equal(await visible(), in2014);
        const numbers = await page.locator('tr.decision:visible th.decision-number').allInnerTexts();
        assert.ok(
            numbers.every(n => n.startsWith('2014/')),
            numbers.join(' ')
        );
        assert.match(await page.locator('.filter-status').innerText(), new RegExp(`^${in2014} von ${all} `));
        await page.selectOption('#decision-filter [name=year]', '');
        await page.selectOption('#decision-filter [name=body]', 'MLR');
        assert.equal(await visible(), 1);
        assert.match(await page.locator('tr.decision:visible').innerText(), /Musterland/);
        await page.selectOption('#decision-filter [name=body]', '');
        await page.fill('#decision-filter [name=q]', 'musterland onlinedienste');
        assert.equal(await visible(), 1);
        await page.fill('#decision-filter [name=q]', 'gibt es nicht');
        assert.equal(await visible(), 0);
        await page.close();

        const noScript = await browser.newContext({ javaScriptEnabled: false });
        const plain = await noScript.newPage();
        await plain.goto(url(site, 'decisions.html'));
        assert.equal(await plain.locator('table.decisions tbody tr.decision:visible').count(), all);
        assert.equal(await plain.locator('#decision-filter').isVisible(), false, 'no form that cannot work');
        await noScript.close();
    });

    it('keeps the heading a table-of-contents link jumps to below the sticky navigation', async () => {
        for (const width of [1280, 600]) {
            const page = await browser.newPage({ viewport: { width, height: 800 } });
            await page.goto(url(site, 'strategies/IVN.html'));
            const links = await page
                .locator('nav.toc a')
                .evaluateAll((as: any[]) => as.map(a => a.getAttribute('href')));
            assert.ok(links.length >= 3);
            for (const href of links) {
                await page.click(`nav.toc a[href="${href}"]`);
                // the jump to the fragment scrolls when the URL changes (the site scrolls without animation)
                await page.waitForURL(
                    address => decodeURIComponent(address.hash) === decodeURIComponent(href)
                );
                const [tocBottom, headingTop] = await page.evaluate((id: string) => {
                    const toc = document.querySelector('nav.toc').getBoundingClientRect();
                    const sticky =
                        window.getComputedStyle(document.querySelector('nav.toc')).position === 'sticky';
                    const target = document.getElementById(id.slice(1));
                    const heading = target.querySelector('h2') ?? target;
                    return [sticky && toc.top <= 0.5 ? toc.bottom : 0, heading.getBoundingClientRect().top];
                }, href);
                assert.ok(
                    headingTop >= tocBottom - 0.5,
                    `${width}px, ${href}: heading at ${headingTop}, navigation to ${tocBottom}`
                );
            }
            await page.close();
        }
    });

    it('does not break titles letter by letter on a narrow screen', async () => {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
        for (const name of ['index.html', 'strategies/IVN.html', 'strategies/MLO.html', 'decisions.html']) {
            await page.goto(url(site, name));
            const narrow = await page.evaluate(() => {
                const bad: string[] = [];
                for (const el of document.querySelectorAll('h1, h2, h3, th.goal, .decision-title')) {
                    const longest = Math.max(...el.textContent.split(/\s+/).map((w: string) => w.length));
                    const range = document.createRange();
                    range.selectNodeContents(el);
                    const rects: any[] = [...range.getClientRects()];
                    const lines = new Set(rects.map(r => Math.round(r.top))).size;
                    const words = el.textContent.trim().split(/\s+/).length;
                    // a title broken into single letters has far more lines than words
                    if (el.getBoundingClientRect().width < 60 || (longest > 3 && lines > words + 2)) {
                        bad.push(
                            `${el.tagName} "${el.textContent.trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().width)}px, ${lines} lines`
                        );
                    }
                }
                return bad;
            });
            assert.deepEqual(narrow, [], name);
        }
        await page.close();
    });

    it('prints the narrative texts, which the screen shows collapsed', async function () {
        if (!PDFTOTEXT) {
            this.skip(); // pdftotext (Debian poppler-utils) is not installed: the PDF cannot be read back
        }
        const page = await browser.newPage();
        await page.goto(url(site, 'strategies/MLO.html'));
        const narrative = 'Fiktives Beispiel: Die Strategie zeigt';
        assert.equal(await page.locator(`text=${narrative}`).isVisible(), false, 'collapsed on screen');
        const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'strat-print-')), 'MLO.pdf');
        writeFileSync(pdf, await page.pdf({ format: 'A4' }));
        await page.close();
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
        const flat = text.replace(/\s+/g, ' ');
        assert.ok(flat.includes(narrative), 'the description is printed');
        assert.ok(flat.includes('Onlinedienste Musterland 2028'));
        assert.ok(!flat.includes('Alle Strategien'), 'the navigation is not printed');
        const pages = (text.match(/\f/g) ?? []).length;
        assert.ok(pages >= 2, `${pages} pages`);
    });
});
