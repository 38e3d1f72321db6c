import * as assert from 'node:assert/strict';
import type { WorkspaceModel } from '../../language/model/workspace-model.js';
import { escapeHtml, html, safeHref, textWithLinks } from '../../language/render/html.js';
import { decisionAnchor } from '../../language/render/decision-index.js';
import { contentSecurityPolicy, sha256Source } from '../../language/render/page.js';
import { renderPreview } from '../../language/render/preview.js';
import { renderSite, type SiteFile } from '../../language/render/site.js';
import { HOSTILE_FILES } from '../browser/hostile.js';
import { examplesModel, EXAMPLES_SITE_PAGES, modelOf } from '../browser/support.js';

const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY=';

function page(files: SiteFile[], path: string): string {
    const file = files.find(f => f.path === path);
    assert.ok(file, `the site has ${path} (it has ${files.map(f => f.path).join(', ')})`);
    return file.content;
}

/** The markup of the status matrix of a page. */
function matrixOf(content: string): string {
    const start = content.indexOf('<table class="matrix">');
    assert.ok(start >= 0, 'the page has a matrix');
    return content.slice(start, content.indexOf('</table>', start));
}

/** Undoes the escaping of attribute values. */
function unescape(text: string | undefined): string {
    return (text ?? '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

function count(text: string, pattern: RegExp): number {
    return [
        ...text.matchAll(
            new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')
        )
    ].length;
}

/** The <tr> of a decision in the index. */
function decisionRow(content: string, id: string): string {
    const start = content.indexOf(`<tr id="${decisionAnchor(id)}"`);
    assert.ok(start >= 0, `the index has a row for ${id}`);
    return content.slice(start, content.indexOf('</tr>', start));
}

describe('renderer (model → HTML)', function () {
    this.timeout(60_000);
    let model: WorkspaceModel;
    let site: SiteFile[];

    before(async () => {
        model = await examplesModel();
        site = renderSite(model, { locale: 'de' });
    });

    it('writes index.html, one page per strategy and decisions.html', () => {
        assert.deepEqual(site.map(f => f.path).sort(), EXAMPLES_SITE_PAGES);
        const index = page(site, 'index.html');
        for (const s of model.strategies) {
            assert.ok(index.includes(`href="strategies/${s.id}.html"`), `index links ${s.id}`);
        }
        assert.ok(index.includes('href="decisions.html"'));
        assert.ok(
            page(site, 'strategies/IVN.html').includes('href="../decisions.html"'),
            'strategy pages link back relatively'
        );
    });

    it('renders the IVN matrix with one row per goal, grouped by its 6 levels, and its year columns', () => {
        const ivn = model.strategies.find(s => s.id === 'IVN')!;
        assert.equal(ivn.goals.length, 29);
        const matrix = matrixOf(page(site, 'strategies/IVN.html'));
        assert.equal(count(matrix, /<tr class="goal-row"/), 29);
        assert.equal(count(matrix, /<tbody class="level-group">/), 6);
        assert.equal(count(matrix, /<th scope="rowgroup"/), 6);
        for (const level of ivn.levels) {
            assert.ok(
                matrix.includes(`>${escapeHtml(level.title)}</th>`),
                `level ${level.title} heads its group`
            );
        }
        for (const goal of ivn.goals) {
            assert.ok(matrix.includes(`>${escapeHtml(goal.title)}</a></th>`), `goal ${goal.title} has a row`);
        }
        assert.deepEqual(
            [...matrix.matchAll(/<th scope="col" class="year[^"]*"><span class="year-number">(\d+)</g)].map(
                m => Number(m[1])
            ),
            ivn.years
        );
        assert.ok(matrix.includes('<th scope="col" class="col-level">Strategieebene</th>'));
        assert.ok(matrix.includes('<caption'));
        // the review's overall statement and its statements per level are rows of their own
        assert.equal(count(matrix, /<tr class="strategy-row"/), 1);
        assert.equal(count(matrix, /<tr class="level-row"/), 6);
        // every cell says in words that the rating was not recorded
        const rows = 29 + 6 + 1;
        assert.equal(count(matrix, /<td class="cell[^"]*">/), rows * ivn.years.length);
        assert.equal(count(matrix, /<span class="value-label">nicht erfasst<\/span>/), rows);
    });

    it('renders the illustrative matrix: traffic lights with labels, Harvey balls, forecasts and the custom scale', () => {
        const content = page(site, 'strategies/MLO.html');
        const matrix = matrixOf(content);
        for (const label of [
            'kritisch',
            'weitere Maßnahmen erforderlich',
            'unkritisch',
            'am Anfang',
            'fortgeschritten',
            'abgeschlossen',
            'hohe Dringlichkeit',
            'in Planung',
            'keine Angabe'
        ]) {
            assert.ok(
                matrix.includes(`<span class="value-label">${label}</span>`),
                `the matrix shows "${label}" as text`
            );
        }
        assert.ok(
            matrix.includes('shape-triangle') &&
                matrix.includes('shape-diamond') &&
                matrix.includes('shape-circle'),
            'status values have distinct shapes'
        );
        assert.ok(matrix.includes('fill="#c62828"'), 'status symbols carry the value colour');
        for (const q of [1, 2, 4]) {
            assert.ok(matrix.includes(`harvey-${q}`), `Harvey ball ${q}/4`);
        }
        const years = [
            ...matrix.matchAll(
                /<th scope="col" class="year year-(\w+)"><span class="year-number">(\d+)<\/span><span class="year-kind">([^<]*)</g
            )
        ].map(m => [Number(m[2]), m[1], m[3]]);
        assert.deepEqual(years, [
            [2024, 'assessment', 'Bewertung'],
            [2026, 'outlook', 'Ausblick (Prognose)'],
            [2027, 'outlook', 'Ausblick (Prognose)'],
            [2028, 'outlook', 'Ausblick (Prognose)']
        ]);
        assert.ok(count(matrix, /class="cell cell-outlook is-forecast"/) >= 3);
        const legend = content.slice(content.indexOf('<div class="legend"'));
        assert.ok(
            legend.includes('<p class="legend-title">Umsetzungsstand</p>'),
            'the custom scale is in the legend'
        );
        assert.ok(
            legend.includes('<p class="legend-title">Status</p>') &&
                legend.includes('<p class="legend-title">Umsetzung</p>')
        );
        for (const value of ['umgesetzt', 'in Umsetzung', 'in Planung', 'nicht geplant', 'keine Angabe']) {
            assert.ok(legend.includes(`<span>${value}</span>`), `legend lists ${value}`);
        }
    });

    it('renders goal cards, measures with milestones, indicators with a chart and a value table', () => {
        const content = page(site, 'strategies/MLO.html');
        assert.ok(content.includes('id="MLO--goal--online"'));
        assert.ok(content.includes('Letzte Bewertung 2024'));
        assert.ok(content.includes('Erst ein Viertel der Leistungen ist online verfügbar'));
        assert.ok(
            content.includes('href="#MLO--measure--permit-portal"'),
            'a goal card links the measures addressing it'
        );
        assert.ok(
            content.includes('<time datetime="2026-02-15">15.02.2026</time>'),
            'day dates are German dd.mm.yyyy'
        );
        assert.ok(content.includes('<time datetime="2025-09">09.2025</time>'));
        assert.ok(content.includes('<svg class="indicator-chart"'));
        assert.ok(content.includes('niedriger ist besser'));
        assert.ok(content.includes('<td class="num">18,5</td>'), 'values are German numbers');
        const dach = page(site, 'strategies/Dachstrategie.html');
        assert.ok(dach.includes('verbindlicher Grundsatz'));
        assert.ok(dach.includes('Beantwortet durch'));
        assert.ok(dach.includes('Leitfragen'));
        assert.ok(dach.includes('Ideen'));
        assert.ok(dach.includes('<time datetime="2024-03-20">20.03.2024</time>'));
    });

    describe('evidence (the illustrative MLE page)', () => {
        let mle: string;
        let views: string;

        before(() => {
            mle = page(site, 'strategies/MLE.html');
            views = mle.slice(mle.indexOf('<nav class="toc"'));
        });

        /** The markup of one indicator card. */
        function card(id: string): string {
            const start = mle.indexOf(`id="MLE--indicator--${id}"`);
            assert.ok(start >= 0, `the page has indicator ${id}`);
            return mle.slice(start, mle.indexOf('</article>', start));
        }

        it('draws forecasts dashed with hollow dots, apart from measured values, in chart, legend and table', () => {
            const zeit = card('zeitersparnis');
            assert.equal(count(zeit, /<polyline class="forecast-series"/), 1);
            assert.equal(
                count(zeit, /<circle class="forecast-dot"/),
                2,
                'one in the chart, one in the legend'
            );
            assert.equal(
                count(zeit, /<circle class="series-dot"/),
                2,
                'the measured 2024 value and the legend'
            );
            assert.match(
                zeit,
                /<tr class="kind-forecast"[^>]*><th scope="row">Prognose<\/th><td><time datetime="2028">2028<\/time><\/td><td class="num">ca\. 60<\/td>/
            );
        });

        it('writes approximations, bounds, ranges, negative numbers and periods as the report states them', () => {
            const zeit = card('zeitersparnis');
            assert.ok(zeit.includes('<td class="num">10 bis 25</td>'), 'a range');
            assert.equal(count(zeit, /<line class="whisker"/), 3, 'a range is a whisker with two caps');
            const dauer = card('bearbeitungszeit');
            assert.ok(dauer.includes('<td class="num">-12 %</td>'), 'the minus stays');
            assert.ok(dauer.includes('<td class="num">ca. -15 %</td>'));
            assert.ok(dauer.includes('<td class="num">bis zu -30 %</td>'));
            assert.ok(
                dauer.includes(
                    '<time datetime="2024-03">03.2024</time> – <time datetime="2024-06">06.2024</time>'
                ),
                'a period'
            );
            assert.ok(card('fachkraefte').includes('<td class="num">mehr als 40.000</td>'));
        });

        it('shows a target with its condition and without a date', () => {
            const dauer = card('bearbeitungszeit');
            assert.match(
                dauer,
                /<dt>Zielwert<\/dt><dd>bis zu -30 % %? ?<span class="condition">sofern die Registeranbindung umgesetzt ist<\/span><\/dd>/
            );
            assert.ok(dauer.includes('<th scope="col">Bedingung</th>'));
        });

        it('breaks values down by group: one chart per group with its name, and a table with the group', () => {
            const zufriedenheit = card('zufriedenheit');
            assert.equal(count(zufriedenheit, /<svg class="indicator-chart"/), 3);
            for (const group of ['Bund', 'Land', 'Kommune']) {
                assert.ok(zufriedenheit.includes(`<p class="chart-heading">${group}</p>`), group);
            }
            assert.ok(zufriedenheit.includes('<th scope="col">Gruppe</th>'));
            assert.ok(zufriedenheit.includes('<dt>Aufgeschlüsselt nach</dt><dd>Verwaltungsebene</dd>'));
        });

        it('draws distributions as 100 % stacked bars with every value and share written, "no answer" apart', () => {
            const goal = mle.slice(mle.indexOf('id="MLE--goal--register"'));
            const bar = goal.slice(
                goal.indexOf('<div class="distribution'),
                goal.indexOf('</ul>', goal.indexOf('class="apart"'))
            );
            for (const share of [
                'umgesetzt 18 %',
                'in Umsetzung 47 %',
                'in Planung 20 %',
                'nicht geplant 9 %'
            ]) {
                const [label, percent] = [
                    share.slice(0, share.lastIndexOf(' ', share.length - 3)),
                    share.slice(share.lastIndexOf(' ', share.length - 3) + 1)
                ];
                assert.ok(
                    bar.includes(
                        `<span class="share-label">${label}</span> <span class="share-percent">${percent}</span>`
                    ),
                    share
                );
            }
            const apart = bar.slice(bar.indexOf('class="apart"'));
            assert.ok(apart.includes('nicht als Bewertung gezählt'));
            assert.ok(
                apart.includes(
                    '<span class="share-label">keine Angabe</span> <span class="share-percent">6 %</span>'
                )
            );
            assert.ok(
                bar.includes(
                    'aria-label="umgesetzt 18 %, in Umsetzung 47 %, in Planung 20 %, nicht geplant 9 %, keine Angabe 6 %"'
                )
            );
            assert.ok(
                card('umsetzungsstand').includes('<div class="distribution compact">'),
                'as an indicator value'
            );
            const measure = mle.slice(mle.indexOf('id="MLE--measure--registerportal"'));
            assert.ok(
                measure.slice(0, measure.indexOf('</article>')).includes('Teilangaben (ergeben nicht 100 %)')
            );
        });

        it('lists the cited sources with their metadata, and links each value to its source', () => {
            const sources = views.slice(views.indexOf('<section class="view view-sources"'));
            assert.ok(sources.includes('id="MLE--source--befragung-2024"'));
            assert.ok(sources.includes('<dt>Herausgeber</dt><dd>Statistisches Amt Musterland</dd>'));
            assert.ok(
                sources.includes(
                    '<dt>Erhebungszeitraum</dt><dd><time datetime="2024-05-03">03.05.2024</time> – <time datetime="2024-06-28">28.06.2024</time></dd>'
                )
            );
            assert.ok(sources.includes('<dt>Befragte</dt><dd>1.870</dd>'));
            assert.ok(sources.includes('<dt>Fehlertoleranz</dt><dd>± 2,5 %</dd>'));
            assert.ok(sources.includes('href="https://example.org/musterland/befragung-2024"'));
            assert.ok(sources.includes('id="MLE--source--trendstudie"'));
            assert.ok(
                card('zufriedenheit').includes('<a class="source-link" href="#MLE--source--befragung-2024">')
            );
        });

        it('shows measures advised against with their rationale, several owners, part-of, ratings and quotes', () => {
            const measure = (id: string) => {
                const start = mle.indexOf(`id="MLE--measure--${id}"`);
                return mle.slice(start, mle.indexOf('</article>', start));
            };
            assert.ok(measure('eigenbau').includes('nicht empfohlen'));
            assert.ok(measure('eigenbau').includes('<dt>Begründung</dt><dd>Doppelte Kosten'));
            assert.ok(measure('eigenbau').includes('<blockquote><p>Jede Kommune für sich'));
            assert.ok(
                measure('registerportal').includes(
                    'Digitalagentur des Musterlandes (fiktiv), Statistisches Amt Musterland'
                )
            );
            assert.ok(
                measure('schnittstellen').includes(
                    '<dt>Teil von</dt><dd><a href="#MLE--measure--registerportal">'
                )
            );
            assert.ok(
                card('zeitersparnis').includes(
                    '<dt>Verfolgt Maßnahmen</dt><dd><a href="#MLE--measure--registerportal">'
                )
            );
            assert.ok(mle.includes('<figcaption>— Leitung IT, ein Landkreis, <a class="source-link"'));
        });

        it('counts the indicators of each strategy in the index', () => {
            assert.ok(page(site, 'index.html').includes('1 Ziel, 3 Maßnahmen, 5 Kennzahlen'));
        });
    });

    it('shows need texts, and area texts of areas without principles', async () => {
        const files = renderSite(
            await modelOf(
                'strategy S "T" {\n    stakeholder b "Bürger" {\n        need n "Schnell" {\n            text "Bedarfstext"\n        }\n    }\n    area a "Bereich" {\n        text "Bereichstext"\n    }\n}\n'
            ),
            { locale: 'de' }
        );
        const content = page(files, 'strategies/S.html');
        assert.ok(content.includes('Bedarfstext'), 'the need text');
        assert.ok(content.includes('Bereichstext'), 'the area text');
    });

    it('lists every decision with as many backlinks as the model has citations', () => {
        const content = page(site, 'decisions.html');
        for (const decision of model.decisions) {
            const row = decisionRow(content, decision.id);
            assert.equal(
                count(row, /<li class="backlink">/),
                decision.citations.length,
                `backlinks of ${decision.id}`
            );
            assert.ok(row.includes(`data-citations="${decision.citations.length}"`));
        }
        const d = model.decisions.find(x => x.id === '2022/27')!;
        assert.equal(d.citations.length, 6);
        assert.equal(count(decisionRow(content, '2022/27'), /<li class="backlink">/), 6);
        assert.ok(decisionRow(content, '2022/27').includes('kein Titel erfasst'));
        assert.ok(decisionRow(content, '2023/42').includes('Entwicklung einer gemeinsamen'));
        // the legacy citation 27/2014 of the IVN review points to its goal on the strategy page
        const legacy = decisionRow(content, '2014/27');
        assert.match(legacy, /href="strategies\/IVN\.html#IVN--goal--[^"]+"/);
        assert.ok(legacy.includes('27/2014'));
    });

    it('lists cited decisions that no catalogue declares separately', async () => {
        const m = await modelOf({ 'a.strat': 'strategy S "T" {\n    cites 2099/01\n}\n' });
        const content = page(renderSite(m, { locale: 'de' }), 'decisions.html');
        const undeclared = content.slice(content.indexOf('id="decisions-undeclared-heading"'));
        assert.ok(undeclared.includes('2099/01'));
        assert.ok(undeclared.includes('kein Titel erfasst'));
    });

    it('shows the chain of amendments and repeals, the status, the current number form and the page', () => {
        const content = page(site, 'decisions.html');
        const repealed = decisionRow(content, '2023/44');
        assert.match(repealed, /class="decision status-partly-repealed"/);
        assert.match(repealed, /teilweise aufgehoben/);
        assert.match(
            repealed,
            /Ziffern 2 und 3 aufgehoben durch <a href="#decision--2025-03">Beschluss 2025\/03<\/a> \(26\.03\.2025\)|Ziffern 2 und 3 aufgehoben durch <a href="#decision--2025-03">Beschluss 2025\/03<\/a> \(26\. März 2025\)/
        );
        const repealing = decisionRow(content, '2025/03');
        assert.match(
            repealing,
            /hebt auf <a href="#decision--2023-44">Beschluss 2023\/44<\/a> \(Ziffern 2 und 3\)/
        );
        const current = decisionRow(content, '2025/33');
        assert.match(current, /<th scope="row" class="decision-number">B-2025\/33-IT<\/th>/);
        assert.match(current, /Portfoliosteuerung des IT-Planungsrats/);
        assert.match(current, /href="https:\/\/www\.it-planungsrat\.de\/beschluss\/b-2025-33-it"/);
        const amended = decisionRow(content, '2022/06');
        assert.match(amended, /geändert durch <a href="#decision--2023-22">Beschluss 2023\/22<\/a>/);
    });

    it('speaks German by default and English with locale en', () => {
        const de = page(site, 'strategies/MLO.html');
        const en = page(renderSite(model, { locale: 'en' }), 'strategies/MLO.html');
        assert.ok(de.includes('<html lang="de">') && en.includes('<html lang="en">'));
        assert.ok(de.includes('Bewertung von Status und Fortschritt mit Ausblick'));
        assert.ok(en.includes('Status and progress with outlook'));
        assert.ok(
            en.includes('<span class="value-label">critical</span>') &&
                en.includes('<span class="value-label">further action needed</span>')
        );
        assert.ok(
            en.includes('Outlook (forecast)') &&
                en.includes('lower is better') &&
                en.includes('>Implementation</p>')
        );
        assert.ok(!en.includes('Strategieebene'));
        assert.ok(en.includes('<time datetime="2026-02-15">2026-02-15</time>'));
    });

    it('has a strict Content-Security-Policy that allows its one style and one script by hash', () => {
        for (const file of site) {
            const csp = unescape(
                /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(file.content)?.[1]
            );
            assert.ok(csp, `${file.path} has a CSP`);
            assert.doesNotMatch(csp, /nonce/);
            const style = /<style>([\s\S]*?)<\/style>/.exec(file.content)![1];
            const script = /<script>([\s\S]*?)<\/script>/.exec(file.content)![1];
            assert.equal(
                csp,
                contentSecurityPolicy({
                    styleHashes: [sha256Source(style)],
                    scriptHashes: [sha256Source(script)]
                })
            );
            assert.match(
                csp,
                /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; script-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:/
            );
            assert.equal(count(file.content, /<style/), 1);
            assert.equal(count(file.content, /<script/), 1);
            assert.doesNotMatch(
                file.content,
                /\s(src|href)="(https?:)?\/\/(?!example)[^"]*\.(css|js|woff2?|png|svg)"/
            );
            assert.doesNotMatch(file.content, /\sstyle="/, 'no style attributes (the CSP would block them)');
        }
    });

    it('renders the same site twice byte for byte', () => {
        const again = renderSite(model, { locale: 'de' });
        assert.deepEqual(
            again.map(f => [f.path, f.content]),
            site.map(f => [f.path, f.content])
        );
    });

    describe('preview', () => {
        it('shows the strategies of the file, a banner with the errors, sources and the nonce’d script', () => {
            const file = 'examples/illustrative/musterland-onlinedienste.strat';
            const out = renderPreview(model, {
                locale: 'de',
                nonce: NONCE,
                cspSource: 'https://*.vscode-cdn.net',
                file,
                errors: 2
            });
            assert.ok(out.includes('<h1>Onlinedienste Musterland 2028</h1>'));
            assert.ok(!out.includes('Intelligente Verwaltungsnetze</h1>'));
            assert.ok(out.includes('2 Fehler'));
            assert.ok(
                unescape(out).includes(
                    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${NONCE}' https://*.vscode-cdn.net; script-src 'nonce-${NONCE}'; img-src data: https://*.vscode-cdn.net`
                )
            );
            assert.equal(count(out, /<script/), 1);
            assert.ok(out.includes(`<script nonce="${NONCE}">`));
            assert.ok(out.includes('acquireVsCodeApi'));
            assert.match(
                out,
                new RegExp(`data-source="${file.replace(/[.]/g, '\\.')}#\\d+:\\d+" data-lines="\\d+-\\d+"`)
            );
            assert.ok(out.includes(`data-file="${file}"`));
            assert.ok(out.includes('<table class="matrix">'));
            assert.ok(
                out.includes('<svg class="indicator-chart"'),
                'the preview has the same views as the export'
            );
            const en = renderPreview(model, { locale: 'en', nonce: NONCE, file, errors: 1 });
            assert.ok(en.includes('1 error'));
            assert.ok(!renderPreview(model, { locale: 'de', nonce: NONCE, file }).includes('class="banner"'));
        });

        it('shows the decisions declared in a catalogue file', () => {
            const out = renderPreview(model, {
                locale: 'de',
                nonce: NONCE,
                file: 'examples/catalogue/it-planungsrat.strat'
            });
            assert.ok(out.includes('<h1 id="decisions-heading">Beschlussverzeichnis</h1>'));
            assert.equal(count(decisionRow(out, '2022/27'), /<li class="backlink">/), 6);
            assert.match(
                decisionRow(out, '2022/27'),
                /<button type="button" class="source-link" data-source="examples\/interfoederale-strategie\.strat#\d+:\d+"/
            );
        });

        it('refuses a nonce that could break out of the attribute', () => {
            assert.throws(() => renderPreview(model, { locale: 'de', nonce: '"><script>', file: 'x' }));
        });
    });

    describe('html helpers', () => {
        it('escapes interpolations and allows only http, https and mailto links', () => {
            assert.equal(
                html`<p title="${'"x\' <y>'}">${'<b>&</b>'}</p>`.value,
                '<p title="&quot;x&#39; &lt;y&gt;">&lt;b&gt;&amp;&lt;/b&gt;</p>'
            );
            assert.equal(safeHref('https://example.org/a?b=1'), 'https://example.org/a?b=1');
            assert.equal(safeHref('mailto:a@example.org'), 'mailto:a@example.org');
            for (const bad of [
                'javascript:alert(1)',
                'JAVASCRIPT:alert(1)',
                ' javascript:alert(1)',
                'java\tscript:alert(1)',
                'data:text/html,x',
                'vbscript:x',
                '/relative',
                '//example.org',
                'file:///etc/passwd'
            ]) {
                assert.equal(safeHref(bad), undefined, bad);
            }
            assert.equal(
                textWithLinks('siehe https://example.org/x. Ende').value,
                'siehe <a class="external" href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a>. Ende'
            );
            assert.equal(textWithLinks('javascript:alert(1)').value, 'javascript:alert(1)');
        });
    });

    describe('hostile content', () => {
        let hostile: WorkspaceModel;
        before(async () => {
            hostile = await modelOf(HOSTILE_FILES);
        });

        function assertInert(content: string, where: string): void {
            const scripts = [...content.matchAll(/<script\b[^>]*>/gi)].map(m => m[0]);
            assert.ok(
                scripts.every(s => /^<script( nonce="[^"]+")?>$/.test(s)),
                `${where}: only the renderer's script (${scripts.join(' ')})`
            );
            assert.ok(scripts.length <= 1, `${where}: at most one script`);
            // escaped text holds no '<', so every tag here is markup the renderer wrote
            const tags = [...content.matchAll(/<[a-zA-Z][^>]*>/g)].map(m => m[0]);
            for (const tag of tags) {
                assert.doesNotMatch(
                    tag,
                    /^<(img|iframe|object|embed|base|math|animate|b|a href="javascript)\b/i,
                    `${where}: injected element ${tag}`
                );
                const bare = tag.replace(/="[^"]*"/g, '=""');
                assert.doesNotMatch(bare, /\son[a-z]+\s*=/i, `${where}: event handler in ${tag}`);
                assert.doesNotMatch(
                    tag,
                    /\s(href|src|action|formaction|xlink:href|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
                    `${where}: script URL in ${tag}`
                );
                assert.doesNotMatch(tag, /^<meta http-equiv="refresh"/i, `${where}: ${tag}`);
                assert.doesNotMatch(tag, /\sfill="[^"#a-z]/i, `${where}: unsafe colour in ${tag}`);
            }
            assert.equal(
                count(content, /<\/style>/i),
                1,
                `${where}: the style element is never closed early`
            );
            assert.equal(count(content, /<style\b/i), 1, `${where}: one style element`);
            assert.equal(
                count(content, /<\/title>/i),
                1 + count(content, /<title id=/i),
                `${where}: no title closed early`
            );
            assert.ok(
                content.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;') || where.includes('index'),
                `${where}: the payload is shown as text`
            );
        }

        it('escapes every text of the site', () => {
            const files = [
                ...renderSite(hostile, { locale: 'de' }),
                ...renderSite(hostile, { locale: 'en' })
            ];
            assert.ok(files.length >= 3);
            for (const file of files) {
                assertInert(file.content, file.path);
            }
            const strategy = files.find(f => f.path.startsWith('strategies/'))!.content;
            assert.ok(strategy.includes('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;'));
            assert.ok(strategy.includes('javascript:window.__pwned=1'), 'unsafe URLs stay visible as text');
            assert.ok(strategy.includes('href="https://example.org/"'), 'a URL ends where a quote starts');
        });

        it('escapes every text of the preview', () => {
            for (const file of Object.keys(HOSTILE_FILES)) {
                for (const locale of ['de', 'en'] as const) {
                    assertInert(
                        renderPreview(hostile, { locale, nonce: NONCE, file, errors: 3 }),
                        `preview of ${file}`
                    );
                }
            }
        });
    });
});
