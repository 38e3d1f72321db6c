import * as assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { WorkspaceModel } from '../../language/model/workspace-model.js';
import { renderPreview } from '../../language/render/preview.js';
import { HOSTILE_FILES } from './hostile.js';
import {
    examplesModel,
    EXAMPLES_SITE_PAGES,
    exportExamplesWithCli,
    launchChromium,
    modelOf,
    writeSite
} from './support.js';

// The page's globals, as seen from code that Playwright runs in the page.
declare const document: any;
declare const window: any;

interface Violation {
    id: string;
    impact: string | null;
    help: string;
    targets: string[];
}

/** The HTML pages of an exported site, relative to its folder. */
function pagesOf(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(e => e.isFile() && e.name.endsWith('.html'))
        .map(e => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
        .sort();
}

function url(folder: string, page: string): string {
    return pathToFileURL(path.join(folder, page)).href;
}

/**
 * Runs axe-core in the page; the script goes in through the DevTools protocol, which the page's CSP does not
 * govern.
 */
async function audit(page: Page): Promise<Violation[]> {
    await page.evaluate(axe.source);
    return page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: any) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 3).map((n: any) => String(n.target))
        }));
    });
}

function serious(violations: Violation[]): Violation[] {
    return violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
}

describe('HTML export in a real browser (headless Chromium)', function () {
    this.timeout(120_000);
    let browser: Browser;
    let context: BrowserContext;
    let site: string;

    before(async () => {
        browser = await launchChromium();
        context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        site = exportExamplesWithCli('de');
    });

    after(async () => {
        await browser?.close();
    });

    it('opens every page from file:// and follows the relative links between them', async () => {
        const pages = pagesOf(site);
        assert.deepEqual(pages, EXAMPLES_SITE_PAGES);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', e => errors.push(String(e)));
        page.on('console', m => m.type() === 'error' && errors.push(m.text()));
        await page.goto(url(site, 'index.html'));
        // waitForURL also waits for the new page's load event, so its elements are there to count
        await page.click('text=Intelligente Verwaltungsnetze');
        await page.waitForURL(/\/strategies\/IVN\.html$/);
        await page.click('header.site-header >> text=Beschlussverzeichnis');
        await page.waitForURL(/\/decisions\.html$/);
        // the review's first mention of 27/2014 is in its overview text, the second on a goal's page
        await page.click('#decision--2014-27 a[href*="IVN.html#IVN--goal--"]');
        await page.waitForURL(/\/strategies\/IVN\.html#IVN--goal--/);
        const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
        assert.equal(
            await page.locator(`[id="${target}"]`).count(),
            1,
            'the backlink lands on an element of the page'
        );
        assert.deepEqual(errors, []);
        await page.close();
    });

    it('shows the IVN matrix: a row for the strategy, 6 level groups of a level row and its goal rows, the year columns', async () => {
        const page = await context.newPage();
        await page.goto(url(site, 'strategies/IVN.html'));
        const matrix = page.locator('table.matrix');
        assert.equal(await matrix.locator('tbody tr.goal-row').count(), 29);
        assert.equal(await matrix.locator('tbody tr.level-row').count(), 6);
        assert.equal(await matrix.locator('tbody tr.strategy-row').count(), 1);
        assert.equal(await matrix.locator('tbody.level-group').count(), 6);
        const levels = await matrix.locator('th[scope="rowgroup"]').allInnerTexts();
        assert.deepEqual(
            levels.map(t => t.trim()),
            [
                'Gesellschaftliche Ebene',
                'Rechtliche/regulatorische Ebene',
                'Business-Ebene',
                'Prozess-Ebene',
                'Technische Ebene',
                'Fokusthemen'
            ]
        );
        const rowspans = await matrix
            .locator('th[scope="rowgroup"]')
            .evaluateAll((cells: any[]) => cells.map(c => Number(c.getAttribute('rowspan'))));
        assert.equal(
            rowspans.reduce((a: number, b: number) => a + b, 0),
            29 + 6
        );
        const headers = (await matrix.locator('thead th').allInnerTexts()).map(t =>
            t.replace(/\s+/g, ' ').trim()
        );
        assert.deepEqual(headers, ['STRATEGIEEBENE', 'ZIEL', '2015 Bewertung']);
        assert.equal(await matrix.locator('th[scope="row"]').count(), 29 + 6 + 1);
        assert.ok((await matrix.locator('caption').count()) === 1);
        await page.close();
    });

    it('gives every status cell text, not colour alone', async () => {
        const page = await context.newPage();
        for (const strategy of ['IVN', 'MLO']) {
            await page.goto(url(site, `strategies/${strategy}.html`));
            const cells = await page.locator('table.matrix td').evaluateAll((tds: any[]) =>
                tds.map(td => ({
                    text: td.innerText.trim(), // visible text
                    label: td.textContent.trim(), // with the visually hidden words
                    title: td.querySelector('[title]')?.getAttribute('title') ?? ''
                }))
            );
            assert.ok(cells.length > 0);
            for (const cell of cells) {
                assert.ok(cell.label.length > 0, `${strategy}: a cell without text`);
                assert.ok(cell.text.length > 0, `${strategy}: a cell without visible text`);
            }
            const statuses = await page.locator('table.matrix li.rating-status').evaluateAll((items: any[]) =>
                items.map(li => ({
                    visible: li.querySelector('.value-label').innerText.trim(),
                    hasSymbol: !!li.querySelector('svg'),
                    title: li.getAttribute('title')
                }))
            );
            for (const s of statuses) {
                assert.ok(
                    s.visible.length > 0 && s.hasSymbol && s.title.startsWith('Status: '),
                    JSON.stringify(s)
                );
            }
            if (strategy === 'MLO') {
                assert.deepEqual([...new Set(statuses.map(s => s.visible))].sort(), [
                    'kritisch',
                    'unkritisch',
                    'weitere Maßnahmen erforderlich'
                ]);
                const forecast = await page.locator('table.matrix th.year-outlook').allInnerTexts();
                assert.equal(forecast.length, 3);
                assert.ok(forecast.every(t => t.includes('Ausblick')));
            }
        }
        await page.close();
    });

    it('passes an axe-core audit with no serious or critical violation on every page, light and dark', async function () {
        this.timeout(360_000); // every page twice, on a shared machine
        const model = await examplesModel();
        const preview = path.join(site, '..', 'preview.html');
        writeFileSync(
            preview,
            renderPreview(model, {
                locale: 'de',
                nonce: 'cHJldmlldy1ub25jZQ==',
                file: 'examples/illustrative/musterland-onlinedienste.strat',
                errors: 1
            })
        );
        const targets = [...pagesOf(site).map(p => url(site, p)), pathToFileURL(preview).href];
        const found: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
            const page = await context.newPage();
            await page.emulateMedia({ colorScheme });
            for (const target of targets) {
                await page.goto(target);
                await page.evaluate(() =>
                    document.querySelectorAll('details').forEach((d: any) => (d.open = true))
                );
                for (const v of serious(await audit(page))) {
                    found.push(
                        `${colorScheme} ${path.basename(target)}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`
                    );
                }
            }
            await page.close();
        }
        assert.deepEqual(found, []);
    });

    describe('hostile content', () => {
        let hostile: WorkspaceModel;
        let folder: string;

        before(async () => {
            hostile = await modelOf(HOSTILE_FILES);
            folder = writeSite(hostile, 'de', 'strat-hostile-');
            const nonce = 'aG9zdGlsZS1ub25jZQ==';
            for (const [i, file] of Object.keys(HOSTILE_FILES).entries()) {
                writeFileSync(
                    path.join(folder, `preview-${i}.html`),
                    renderPreview(hostile, { locale: 'de', nonce, file, errors: 2 })
                );
            }
        });

        it('executes nothing: no dialog, no pwned flag, no injected element, no request, no CSP violation', async () => {
            const pages = pagesOf(folder);
            assert.ok(pages.length >= 5);
            for (const name of pages) {
                const page = await context.newPage();
                const dialogs: string[] = [];
                const problems: string[] = [];
                const requests: string[] = [];
                page.on('dialog', d => {
                    dialogs.push(d.message());
                    void d.dismiss();
                });
                page.on('pageerror', e => problems.push(`error: ${e}`));
                page.on(
                    'console',
                    m =>
                        (m.type() === 'error' || /Content Security Policy/i.test(m.text())) &&
                        problems.push(`console: ${m.text()}`)
                );
                page.on('request', r => requests.push(r.url()));
                await page.goto(url(folder, name));
                // trigger whatever a handler could hang on
                await page.evaluate(() => {
                    for (const el of document.querySelectorAll('*')) {
                        for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'animationstart']) {
                            el.dispatchEvent(new window.Event(type, { bubbles: true }));
                        }
                    }
                    document.querySelectorAll('details').forEach((d: any) => (d.open = true));
                });
                // a payload may run late (a timer, a failed load): no event says that nothing will, so wait
                await page.waitForTimeout(150);
                assert.equal(
                    await page.evaluate(() => typeof window.__pwned),
                    'undefined',
                    `${name}: window.__pwned was set`
                );
                assert.deepEqual(dialogs, [], `${name}: a dialog opened`);
                assert.deepEqual(problems, [], `${name}: errors or CSP violations`);
                assert.deepEqual(
                    requests.filter(r => r !== url(folder, name)),
                    [],
                    `${name}: requested resources`
                );
                const injected = await page.evaluate(
                    () =>
                        document.querySelectorAll(
                            'img, iframe, object, embed, base, math, animate, b, meta[http-equiv="refresh"], a[href^="javascript"]'
                        ).length
                );
                assert.equal(injected, 0, `${name}: injected elements`);
                const scripts = await page.evaluate(() =>
                    [...document.querySelectorAll('script')].map((s: any) => s.nonce)
                );
                assert.equal(scripts.length, 1, `${name}: one script (the renderer's)`);
                const csp = await page.evaluate(() =>
                    document
                        .querySelector('meta[http-equiv="Content-Security-Policy"]')
                        ?.getAttribute('content')
                );
                const allow = name.startsWith('preview')
                    ? 'nonce-[A-Za-z0-9+/=_-]+'
                    : 'sha256-[A-Za-z0-9+/]+=*';
                assert.match(
                    csp ?? '',
                    new RegExp(
                        `^default-src 'none'; style-src '${allow}'; script-src '${allow}'; img-src data:; base-uri 'none'; form-action 'none'$`
                    ),
                    `${name}: CSP`
                );
                const hrefs = await page.evaluate(() =>
                    [...document.querySelectorAll('a[href]')].map((a: any) => a.getAttribute('href'))
                );
                for (const href of hrefs) {
                    assert.match(
                        href,
                        /^(https?:|mailto:|#|[\w%./-]+\.html(#.*)?$)/,
                        `${name}: link ${href}`
                    );
                }
                await page.close();
            }
        });

        it('shows the payloads as text', async () => {
            const page = await context.newPage();
            const strategyPage = pagesOf(folder).find(p => p.startsWith('strategies/'))!;
            await page.goto(url(folder, strategyPage));
            const heading = await page.locator('h1').first().innerText();
            assert.equal(heading, '<img src=x onerror="window.__pwned=1">');
            const text = await page.locator('body').innerText();
            assert.ok(text.includes('<script>window.__pwned=1</script>'));
            await page.close();
        });
    });

    describe('preview page behaviour', () => {
        let folder: string;
        let file: string;

        before(async () => {
            const model = await examplesModel();
            file = 'examples/illustrative/musterland-onlinedienste.strat';
            folder = writeSite(model, 'de', 'strat-preview-');
            writeFileSync(
                path.join(folder, 'preview.html'),
                renderPreview(model, { locale: 'de', nonce: 'cHJldmlldy1ub25jZQ==', file, errors: 0 })
            );
        });

        /** A page with a stand-in for VS Code's webview API, recording what the preview posts. */
        async function previewPage(state?: unknown): Promise<Page> {
            const page = await context.newPage();
            await page.addInitScript((initial: unknown) => {
                const w = window as any;
                w.__posted = [];
                w.__state = initial;
                w.acquireVsCodeApi = () => ({
                    postMessage: (m: unknown) => w.__posted.push(m),
                    getState: () => w.__state,
                    setState: (s: unknown) => {
                        w.__state = s;
                    }
                });
            }, state);
            await page.goto(url(folder, 'preview.html'));
            return page;
        }

        it('asks the editor to reveal the source of a clicked element', async () => {
            const page = await previewPage();
            await page
                .locator('table.matrix th.goal')
                .first()
                .click({ position: { x: 2, y: 2 } });
            const posted = await page.evaluate(() => window.__posted);
            assert.equal(posted.length, 1, JSON.stringify(posted));
            assert.equal(posted[0].type, 'reveal');
            assert.equal(posted[0].file, file);
            assert.ok(
                Number.isInteger(posted[0].line) && posted[0].line > 1 && Number.isInteger(posted[0].column)
            );
            await page.close();
        });

        it('highlights the innermost element of a line and scrolls it into view', async () => {
            const page = await previewPage();
            const lines: string =
                (await page.locator('[id="MLO--measure--permit-portal"]').getAttribute('data-lines')) ?? '';
            const [start] = lines.split('-').map(Number);
            await page.evaluate(
                (line: number) => window.postMessage({ type: 'highlight', line }, '*'),
                start + 4
            );
            await page.waitForFunction(() => document.querySelectorAll('.is-highlighted').length === 1);
            const marked = await page.evaluate(() => {
                const el = document.querySelector('.is-highlighted');
                return {
                    id: el.id,
                    cls: el.className,
                    inView: el.getBoundingClientRect().top < window.innerHeight
                };
            });
            assert.match(marked.cls, /milestone/, 'the milestone inside the measure, not the measure');
            await page.waitForFunction(() => {
                const r = document.querySelector('.is-highlighted').getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight + 1;
            });
            await page.evaluate(
                (line: number) => window.postMessage({ type: 'highlight', line }, '*'),
                start
            );
            await page.waitForFunction(
                () => document.querySelector('.is-highlighted')?.id === 'MLO--measure--permit-portal'
            );
            assert.equal(await page.locator('.is-highlighted').count(), 1, 'the mark moved');
            await page.close();
        });

        it('keeps the scroll position across re-renders through getState/setState', async () => {
            const page = await previewPage({ scrollY: 600 });
            assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - 600) < 2, 'restored');
            await page.evaluate(() => window.scrollTo(0, 900));
            await page.waitForFunction(() => window.__state && window.__state.scrollY === 900);
            await page.close();
        });
    });
});
