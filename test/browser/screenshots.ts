/**
 * Writes the documentation's screenshots of the HTML export (1280 px wide, German):
 * `docs/images/export-matrix.png` (the illustrative example's status-and-progress matrix) and
 * `docs/images/export-decisions.png` (the decision index). Build, then run
 * `npx node out/test/browser/screenshots.js`. Not a test: the suite does not run it.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { examplesModel, launchChromium, ROOT, writeSite } from './support.js';

const WIDTH = 1280;

async function main(): Promise<void> {
    const site = writeSite(await examplesModel(), 'de', 'strat-shots-');
    const out = path.join(ROOT, 'docs', 'images');
    mkdirSync(out, { recursive: true });
    const browser = await launchChromium();
    try {
        const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1 });
        const shoot = async (file: string, selector: string, target: string, maxHeight: number) => {
            await page.goto(pathToFileURL(path.join(site, file)).href);
            const box = await page.locator(selector).first().boundingBox();
            if (!box) {
                throw new Error(`${selector} not found in ${file}`);
            }
            const y = Math.max(0, box.y - 24);
            await page.screenshot({
                path: path.join(out, target),
                fullPage: true,
                clip: { x: 0, y, width: WIDTH, height: Math.min(box.height + 48, maxHeight) }
            });
            process.stdout.write(`wrote docs/images/${target}\n`);
        };
        await shoot('strategies/MLO.html', '.view-matrix', 'export-matrix.png', 1100);
        await shoot('decisions.html', 'main', 'export-decisions.png', 1000);
    } finally {
        await browser.close();
    }
}

await main();
