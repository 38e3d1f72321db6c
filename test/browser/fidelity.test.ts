import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { examplesModel, launchChromium, modelOf, writeSite } from './support.js';

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

/** Every kind of element that can be marked as an interpretation, each marked with a note naming it. */
const EVERY_KIND = `body RAT "Rat"

decision 2024/01 by RAT {
    date 2024-03-01
    title "Grundsatzbeschluss"
}

source bericht "Bericht" {
    kind report
}

strategy K "Alle Arten" {
    interpretation "Deutung: strategy"
    cites 2024/01 among-others

    assessment 2024 {
        interpretation "Deutung: strategy-assessment"
        status needs-action
    }

    level ebene "Ebene" {
        interpretation "Deutung: level"
        cites 2024/01 among-others
        assessment 2024 {
            interpretation "Deutung: level-assessment"
            status critical
        }
    }

    goal ziel "Ziel" {
        interpretation "Deutung: goal"
        level ebene
        cites 2024/01 among-others
        assessment 2024 {
            interpretation "Deutung: goal-assessment"
            status uncritical
        }
    }

    measure massnahme "Maßnahme" {
        interpretation "Deutung: measure"
        addresses ziel
        cites 2024/01 among-others
        milestone 2025-Q1 "Meilenstein" {
            interpretation "Deutung: milestone"
            cites 2024/01 among-others
        }
    }

    area bereich "Bereich" {
        interpretation "Deutung: area"
        principle grundsatz "Grundsatz" {
            interpretation "Deutung: principle"
            cites 2024/01 among-others
        }
        idea bereichsidee "Idee im Bereich" {
            interpretation "Deutung: area-idea"
            cites 2024/01 among-others
        }
        question "Frage im Bereich" {
            interpretation "Deutung: area-question"
        }
    }

    stakeholder gruppe "Gruppe" {
        interpretation "Deutung: stakeholder"
        cites 2024/01 among-others
        need bedarf "Bedarf" {
            interpretation "Deutung: need"
            cites 2024/01 among-others
        }
    }

    cornerstone eckpunkt "Eckpunkt" {
        interpretation "Deutung: cornerstone"
        answers gruppe.bedarf
        cites 2024/01 among-others
    }

    section abschnitt "Abschnitt" {
        interpretation "Deutung: section"
        cites 2024/01 among-others
        question frage "Frage im Abschnitt" {
            interpretation "Deutung: section-question"
        }
        idea abschnittsidee "Idee im Abschnitt" {
            interpretation "Deutung: section-idea"
        }
    }

    question strategiefrage "Frage der Strategie" {
        interpretation "Deutung: question"
    }

    idea strategieidee "Idee der Strategie" {
        interpretation "Deutung: idea"
    }

    indicator kennzahl "Kennzahl" {
        interpretation "Deutung: indicator"
        unit "%"
        measures ziel
        cites 2024/01 among-others
        measured 20 at 2024 source bericht page 3 interpretation
    }
}
`;

/**
 * Where each kind must show its marker: the views of the strategy's page by class, `header` for the
 * strategy's head (its sections included). A view that drops the marker of a kind fails here.
 */
const SHOWN: Record<string, string[]> = {
    strategy: ['header', '.view-matrix'],
    'strategy-assessment': ['.view-matrix'],
    level: ['.view-matrix', '.view-goals'],
    'level-assessment': ['.view-matrix'],
    goal: ['.view-matrix', '.view-goals'],
    'goal-assessment': ['.view-matrix', '.view-goals'],
    measure: ['.view-measures'],
    milestone: ['.view-measures'],
    area: ['.view-principles', '.view-ideas', '.view-questions'],
    principle: ['.view-principles'],
    'area-idea': ['.view-ideas'],
    'area-question': ['.view-questions'],
    stakeholder: ['.view-stakeholders'],
    need: ['.view-stakeholders'],
    cornerstone: ['.view-stakeholders'],
    section: ['header', '.view-ideas', '.view-questions'],
    'section-question': ['.view-questions'],
    'section-idea': ['.view-ideas'],
    question: ['.view-questions'],
    idea: ['.view-ideas'],
    indicator: ['.view-indicators']
};

describe('interpretation marks of every element kind in every view (headless Chromium)', function () {
    this.timeout(120_000);
    let browser: Browser;
    let site: string;

    before(async () => {
        browser = await launchChromium();
        site = writeSite(await modelOf({ 'kinds.strat': EVERY_KIND }), 'de');
    });

    after(async () => {
        await browser?.close();
    });

    it('covers every kind the fixture marks', () => {
        const marked = [...EVERY_KIND.matchAll(/interpretation "Deutung: ([\w-]+)"/g)].map(m => m[1]).sort();
        assert.deepEqual(marked, Object.keys(SHOWN).sort());
    });

    it('shows the marker with its note for every kind in every view that shows the element', async () => {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(path.join(site, 'strategies', 'K.html')).href);
        const missing: string[] = [];
        for (const [kind, views] of Object.entries(SHOWN)) {
            for (const view of views) {
                const titles = await page
                    .locator(`${view} .interpretation-mark`)
                    .evaluateAll(marks => marks.map(m => m.getAttribute('title') ?? ''));
                if (!titles.some(t => t.endsWith(`: Deutung: ${kind}`))) {
                    missing.push(`${kind} in ${view}`);
                }
            }
        }
        assert.deepEqual(missing, [], 'views that drop the interpretation marker of an element');
        const value = page.locator('.view-indicators tr.kind-measured');
        assert.equal(
            await value.locator('.interpretation-mark').count(),
            1,
            'a value marked as interpretation'
        );
        assert.match(await value.innerText(), /Bericht, S\. 3/, "the value's page beside its source");
        assert.equal(
            await page.locator('.interpretation-legend').count(),
            1,
            'the legend of the marker in the head of the page'
        );
        await page.close();
    });

    it('marks the citing elements in the decision index and says "among others" for each citation', async () => {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(path.join(site, 'decisions.html')).href);
        const backlinks = page.locator('li.backlink');
        const count = await backlinks.count();
        const citing = [...EVERY_KIND.matchAll(/cites 2024\/01 among-others/g)].length;
        assert.equal(count, citing, 'a backlink per citation');
        for (let i = 0; i < count; i++) {
            const backlink = backlinks.nth(i);
            const text = await backlink.innerText();
            assert.equal(await backlink.locator('.interpretation-mark').count(), 1, `marker in ${text}`);
            assert.match(text, /\(u\. a\.\)/, `among others in ${text}`);
        }
        await page.close();
    });
});
