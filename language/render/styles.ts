/**
 * The one style sheet of every page. Colours are custom properties: VS Code's theme variables when the
 * page is shown in a webview (light, dark, high contrast), otherwise a neutral light theme, or a dark
 * one when the reader's system prefers it.
 */
export const STYLES = String.raw`
:root {
  color-scheme: light dark;
  --fb-fg: #1b1f24; --fb-bg: #ffffff; --fb-muted: #57606a; --fb-border: #d0d7de; --fb-surface: #f6f8fa;
  --fb-surface-2: #eef2f6; --fb-accent: #0a58a8; --fb-highlight: #fff4c2; --fb-focus: #0a58a8; --fb-forecast: #f3f6fa;
  --fb-header: #12324f; --fb-header-fg: #ffffff; --fb-urgent: #b3261e; --fb-warn-bg: #fff4e5; --fb-warn-fg: #7a3e00;
  --fg: var(--vscode-editor-foreground, var(--fb-fg));
  --bg: var(--vscode-editor-background, var(--fb-bg));
  --muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --border: var(--vscode-contrastBorder, var(--vscode-panel-border, var(--fb-border)));
  --surface: var(--vscode-editorWidget-background, var(--fb-surface));
  --surface-2: var(--vscode-sideBar-background, var(--fb-surface-2));
  --accent: var(--vscode-textLink-foreground, var(--fb-accent));
  --highlight: var(--vscode-editor-findMatchHighlightBackground, var(--fb-highlight));
  --focus: var(--vscode-focusBorder, var(--fb-focus));
  --forecast: var(--vscode-editorWidget-background, var(--fb-forecast));
  --urgent: var(--fb-urgent);
  --warn-bg: var(--vscode-inputValidation-errorBackground, var(--fb-warn-bg));
  --warn-fg: var(--vscode-inputValidation-errorForeground, var(--vscode-editor-foreground, var(--fb-warn-fg)));
  --warn-border: var(--vscode-inputValidation-errorBorder, var(--fb-urgent));
  --font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif);
  --radius: 6px;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fb-fg: #e6edf3; --fb-bg: #0f141a; --fb-muted: #9aa5b1; --fb-border: #3a444f; --fb-surface: #161d25;
    --fb-surface-2: #1c2530; --fb-accent: #6cb6ff; --fb-highlight: #4d4216; --fb-focus: #6cb6ff; --fb-forecast: #141b22;
    --fb-header: #0b2238; --fb-header-fg: #e6edf3; --fb-urgent: #e5534b; --fb-warn-bg: #3d2a12; --fb-warn-fg: #ffd8a8;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0; color: var(--fg); background: var(--bg); font-family: var(--font); font-size: 15px; line-height: 1.5; }
body.mode-preview { font-size: var(--vscode-font-size, 14px); }
a { color: var(--accent); text-underline-offset: 2px; }
a:focus-visible, button:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 .5em; overflow-wrap: break-word; hyphens: auto; }
h1 { font-size: 1.9rem; letter-spacing: -0.01em; }
h2 { font-size: 1.4rem; margin-top: 2.2rem; padding-bottom: .35rem; border-bottom: 2px solid var(--border); }
h3 { font-size: 1.12rem; margin-top: 1.4rem; }
h4 { font-size: 1rem; margin-top: 1rem; }
p { margin: .35em 0; }
/* the sticky table of contents must not cover the heading a link jumps to */
[id] { scroll-margin-top: 4.2rem; }
blockquote { margin: .5em 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: .5rem; top: -3rem; background: var(--bg); color: var(--accent); padding: .4rem .8rem; border: 2px solid var(--focus); z-index: 10; }
.skip-link:focus { top: .5rem; }
.wrap { max-width: 1240px; margin: 0 auto; padding: 0 1.5rem; }

/* site chrome */
.site-header { background: var(--fb-header); color: var(--fb-header-fg); }
.site-header .wrap { display: flex; align-items: center; gap: 2rem; min-height: 3.2rem; flex-wrap: wrap; }
.site-header a { color: var(--fb-header-fg); text-decoration: none; }
.site-header a:hover, .site-header a[aria-current="page"] { text-decoration: underline; }
.brand { font-weight: 700; letter-spacing: .02em; }
.site-header nav ul { display: flex; gap: 1.5rem; list-style: none; margin: 0; padding: 0; }
.breadcrumb { font-size: .9rem; color: var(--muted); margin: 1.2rem 0 0; }
main { padding-bottom: 3rem; }
.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: .85rem; padding: 1rem 0 2rem; }
.mode-preview main { padding: 0 1.2rem 3rem; max-width: 1240px; }

.banner { margin: 1rem 0; padding: .6rem .9rem; border-radius: var(--radius); border: 1px solid var(--warn-border); background: var(--warn-bg); color: var(--warn-fg); font-weight: 600; }
.banner span { font-weight: 400; }

/* strategy head */
.strategy-header { padding: 1.6rem 0 .6rem; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); margin: 0 0 .2rem; font-weight: 600; }
.facts { margin: .4rem 0; display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.facts > div { display: contents; }
.facts dt { color: var(--muted); font-size: .88rem; }
.facts dd { margin: 0; }
.facts-inline { display: flex; flex-wrap: wrap; gap: .4rem 1.8rem; }
.facts-inline > div { display: block; }
.facts-inline dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; }
.vision { font-size: 1.12rem; border-left: 4px solid var(--accent); padding: .5rem 1rem; background: var(--surface); border-radius: 0 var(--radius) var(--radius) 0; margin: 1rem 0; }
details.texts { margin: .6rem 0; }
details.texts > summary { cursor: pointer; color: var(--accent); font-size: .92rem; }
details.texts[open] > summary { margin-bottom: .4rem; }
.text { white-space: pre-line; max-width: 75ch; }
.toc { margin: 1rem 0 0; padding: .6rem 0; border-top: 1px solid var(--border); border-bottom: 1px solid var(--border); position: sticky; top: 0; background: var(--bg); z-index: 2; }
.toc ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; font-size: .92rem; }
.toc a { text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.empty { color: var(--muted); font-style: italic; }
.meta { color: var(--muted); font-size: .88rem; }
.lead { color: var(--muted); }
.tag, .status-tag { display: inline-block; font-size: .78rem; line-height: 1.4; padding: 0 .45rem; border-radius: 999px; border: 1px solid var(--border); color: var(--fg); background: var(--surface); white-space: nowrap; vertical-align: baseline; }
.status-tag::before { content: ""; display: inline-block; width: .5rem; height: .5rem; border-radius: 50%; margin-right: .35rem; background: var(--muted); vertical-align: .05rem; }
.status-completed::before, .strategy-adopted::before { background: #2e7d32; }
.status-in-progress::before { background: #f9a825; }
.status-planned::before { background: #1565c0; }
.status-stopped::before, .status-rejected::before, .status-advised-against::before { background: #c62828; }
.status-none::before { background: transparent; border: 1px dashed var(--muted); }
.strategy-draft::before { background: #f9a825; }

/* symbols */
.sym { display: inline-block; flex: none; vertical-align: -3px; overflow: visible; }
.sym .edge { stroke: var(--fg); stroke-opacity: .55; stroke-width: 1; stroke-linejoin: round; }
.sym .neutral { fill: var(--muted); }
.sym .ball { fill: var(--bg); }
.sym .ball-edge { fill: none; stroke: var(--fg); stroke-width: 1.3; }
.sym .ink { fill: var(--fg); }
.sym .dashed { fill: none; stroke: var(--muted); stroke-width: 1.3; stroke-dasharray: 2.4 1.8; }
.sym .urgent-disc { fill: var(--urgent); }
.sym .urgent-ink { fill: #ffffff; }
.glyph { display: inline-block; min-width: 16px; text-align: center; font-weight: 700; }

/* ratings */
.ratings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .15rem; }
.rating { display: flex; align-items: flex-start; gap: .45rem; font-size: .9rem; line-height: 1.3; }
.rating .sym { margin-top: 1px; }
.rating-status .value-label { font-weight: 600; }
.rating.urgent { color: var(--urgent); font-weight: 600; }
.rating.is-not-recorded { color: var(--muted); }
.scale-name { display: block; color: var(--muted); font-size: .75rem; line-height: 1.2; }
.rating .sym { width: 18px; height: 18px; margin-top: -1px; }

/* matrix */
.table-scroll { overflow-x: auto; margin: .8rem 0; }
.table-scroll:focus-visible { outline: 2px solid var(--focus); }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; color: var(--muted); padding: 0 0 .5rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; }
table.matrix { min-width: 720px; border: 1px solid var(--border); }
.matrix thead th { background: var(--surface-2); font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--fg); padding: .55rem .7rem; border-bottom: 2px solid var(--border); }
.matrix .col-level { width: 10.5rem; }
.matrix .col-goal { width: 15rem; }
.matrix th.year { text-align: left; min-width: 10rem; }
.matrix .year-number { display: block; font-size: 1.05rem; letter-spacing: 0; text-transform: none; }
.matrix .year-kind { display: block; font-weight: 500; text-transform: none; letter-spacing: 0; font-size: .78rem; color: var(--muted); }
.matrix th.year-outlook, .matrix th.year-mixed { border-left: 1px dashed var(--muted); border-right: 1px dashed var(--muted); }
.matrix th.year-outlook .year-kind::before { content: "◇ "; }
.matrix tbody { border-top: 2px solid var(--border); }
.matrix tbody th, .matrix tbody td { padding: .55rem .7rem; border-top: 1px solid var(--border); }
.matrix th.level { background: var(--surface); font-weight: 700; font-size: .92rem; border-right: 1px solid var(--border); }
.matrix th.goal { font-weight: 500; overflow-wrap: break-word; hyphens: auto; min-width: 9rem; }
.matrix th.goal a { color: var(--fg); text-decoration: none; }
.matrix th.goal a:hover { color: var(--accent); text-decoration: underline; }
.matrix td.cell-outlook, .matrix td.is-forecast { background: var(--forecast); border-left: 1px dashed var(--muted); border-right: 1px dashed var(--muted); }
.matrix td.is-empty { color: var(--muted); }
.matrix .assessment + .assessment { margin-top: .5rem; padding-top: .5rem; border-top: 1px dotted var(--border); }
.matrix .tag-forecast { margin-bottom: .2rem; }
.legend { margin: .4rem 0 1rem; padding: .8rem 1rem; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); }
.legend-heading { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; margin: 0 0 .4rem; color: var(--muted); }
.legend-groups { display: flex; flex-wrap: wrap; gap: .8rem 2.6rem; }
.legend-marks { flex-basis: 100%; border-top: 1px solid var(--border); padding-top: .6rem; }
.legend-marks .legend-values { flex-direction: row; flex-wrap: wrap; gap: .3rem 2rem; }
.legend-title { font-weight: 700; font-size: .88rem; margin: 0 0 .25rem; }
.legend-values { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .2rem; font-size: .88rem; }
.legend-values li { display: flex; align-items: center; gap: .45rem; }
.forecast-swatch { display: inline-block; width: 16px; height: 14px; border: 1px dashed var(--muted); background: var(--forecast); flex: none; }

/* cards */
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 1rem; margin: .8rem 0; }
.card { border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.1rem; background: var(--bg); }
.card h3, .card h4 { margin-top: 0; }
.level-section { margin-top: 1.4rem; }
.level-heading { font-size: 1.15rem; }
.level-target { border-left: 3px solid var(--border); padding: .2rem .8rem; color: var(--fg); font-style: italic; }
.block { margin-top: .7rem; }
.block-title { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-weight: 700; margin: 0 0 .2rem; }
.block ul { margin: .2rem 0; padding-left: 1.1rem; }
.block ul.ratings, .block ul.citations, .block ul.outlooks { padding-left: 0; }
.view-measures .cards { grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); }
.block-assessment { padding: .6rem .7rem; border-radius: var(--radius); background: var(--surface); }
.target-picture { margin: 0; }
.rationale { font-size: .92rem; margin-top: .4rem; }
.outlooks { list-style: none; padding: 0 !important; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; }
.outlook-year { font-weight: 700; display: block; font-size: .85rem; }
.citations { list-style: none; padding: 0 !important; margin: .2rem 0; font-size: .9rem; }
.citation-kind { color: var(--muted); }
.interpretation-mark { color: var(--muted); font-weight: 400; cursor: help; }
.interpretation-legend, .provenance { color: var(--muted); font-size: .88rem; margin: .2rem 0; }
.passage-mark { font-size: .75em; color: var(--muted); }
.among-others, .none-stated, .urgency-quiet { color: var(--muted); }
.strategy-row th, .level-row th.level-as-whole { font-style: italic; }
.decision-title.is-missing { color: var(--muted); font-style: italic; font-weight: 400; }
.page-title, .page-head > .view > h1:first-child { margin-top: 1.6rem; }
.inline-list { list-style: none; padding: 0; margin: 0; }
.inline-list li { display: inline; }
.inline-list li + li::before { content: " · "; color: var(--muted); }

/* timeline */
.timeline { list-style: none; margin: .4rem 0; padding: 0 0 0 1rem; border-left: 2px solid var(--border); }
.milestone { position: relative; padding: 0 0 .7rem .8rem; display: grid; grid-template-columns: 7.2rem 1fr; gap: .6rem; }
.milestone::before { content: ""; position: absolute; left: -1.42rem; top: .35rem; width: .7rem; height: .7rem; border-radius: 50%; background: var(--bg); border: 2px solid var(--accent); }
.milestone-date { font-variant-numeric: tabular-nums; font-weight: 600; }
.milestone-body details { font-size: .92rem; }

/* principles, stakeholders, questions, ideas */
.area { margin-top: 1.2rem; }
.binding-group h4 { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; }
.principles, .ideas, .needs, .cornerstones { list-style: none; padding: 0; margin: .3rem 0; display: grid; gap: .6rem; }
.principle, .idea, .cornerstone { border-left: 3px solid var(--accent); padding: .2rem 0 .2rem .8rem; }
.binding-guideline .principle { border-left-style: dashed; }
.binding-voluntary .principle { border-left-style: dotted; }
.principle-title, .idea-title, .need-title, .question-title { font-weight: 600; }
.need { border-top: 1px solid var(--border); padding-top: .4rem; }
.trace { font-size: .9rem; }
.trace-label { color: var(--muted); }
.trace.is-open { color: var(--warn-fg); }
.questions { margin: .3rem 0; padding-left: 1.4rem; }
.question { margin-bottom: .4rem; }
.where { color: var(--muted); font-weight: 500; }

/* indicators */
.indicator-card { margin: 1rem 0; }
.indicator-body { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.chart { margin: 0; max-width: 100%; }
.indicator-chart { max-width: 100%; height: auto; font-family: var(--font); }
.indicator-chart .grid { stroke: var(--border); stroke-width: 1; }
.indicator-chart .axis, .indicator-chart .axis-tick { stroke: var(--muted); stroke-width: 1; }
.indicator-chart .tick, .indicator-chart .axis-label { fill: var(--muted); font-size: 12px; }
.series { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.series-dot { fill: var(--accent); stroke: var(--bg); stroke-width: 1.5; }
.forecast-series { fill: none; stroke: var(--fg); stroke-width: 2; stroke-dasharray: 5 4; }
.forecast-dot { fill: var(--bg); stroke: var(--fg); stroke-width: 2; }
.whisker { stroke: var(--fg); stroke-width: 1.5; }
.approx-mark { fill: var(--fg); font-size: 11px; }
.distribution { margin: .3rem 0 .6rem; max-width: 560px; }
.stacked-bar { display: block; border: 1px solid var(--border); border-radius: 3px; background: var(--surface); }
.stacked-bar .not-counted, .swatch .not-counted { fill: var(--surface-2); stroke: var(--muted); stroke-dasharray: 3 2; }
.segment-text { fill: #fff; stroke: #000; stroke-width: 3px; stroke-opacity: .75; paint-order: stroke; font-size: 12px; font-weight: 600; }
.share-list { list-style: none; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .15rem 1rem; font-size: .88rem; }
.share-list .swatch { vertical-align: -1px; margin-right: .3rem; }
.distribution.compact .share-list { font-size: .8rem; gap: 0 .6rem; }
.apart { display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; font-size: .85rem; color: var(--muted); margin-top: .2rem; }
.apart .share-list { margin: 0; }
.quote { margin: .8rem 0; padding: .2rem 1rem; border-left: 3px solid var(--border); }
.quote blockquote { margin: 0; font-style: italic; }
.quote figcaption { color: var(--muted); font-size: .88rem; }
.sources { padding-left: 1.4rem; }
.source-title { font-weight: 600; margin: .6rem 0 .2rem; }
.condition { color: var(--muted); font-size: .88rem; }
.kind-forecast th { font-style: italic; }
.small-multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: .8rem; }
.small-multiples .indicator-chart { width: 100%; height: auto; }
.chart-heading { font-weight: 600; margin: 0 0 .2rem; }
table.values td.num { white-space: nowrap; }
.baseline-mark { fill: var(--bg); stroke: var(--fg); stroke-width: 2; }
.target-mark { fill: #2e7d32; stroke: var(--bg); stroke-width: 1.5; }
.target-line { stroke: #2e7d32; stroke-width: 1.5; stroke-dasharray: 6 4; }
.to-target { stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 3 4; }
.chart-legend { display: flex; gap: 1.2rem; font-size: .85rem; color: var(--muted); margin-top: .2rem; }
.chart-legend .key { display: inline-flex; align-items: center; gap: .35rem; }
table.values { width: auto; min-width: 22rem; font-size: .9rem; }
table.values th, table.values td { padding: .3rem .6rem; border-bottom: 1px solid var(--border); }
table.values thead th { border-bottom: 2px solid var(--border); font-size: .8rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }

/* decision index */
table.decisions { border: 1px solid var(--border); }
.decisions thead th { background: var(--surface-2); font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; padding: .55rem .7rem; border-bottom: 2px solid var(--border); }
.decisions tbody th, .decisions tbody td { padding: .6rem .7rem; border-top: 1px solid var(--border); }
.decisions .col-number { width: 7.5rem; }
.decision-number { font-variant-numeric: tabular-nums; font-weight: 700; white-space: nowrap; }
.decision-main { width: 32%; }
.decisions .col-count { width: 5.5rem; }
.decision-count { font-weight: 700; font-variant-numeric: tabular-nums; }
.decision-title { font-weight: 600; }
.decision-citations .count { margin: 0 0 .2rem; font-weight: 600; font-size: .88rem; }
.backlink-groups { list-style: none; margin: 0; padding: 0; }
.strategy-name { font-size: .85rem; color: var(--muted); }
.strategy-name a { color: var(--muted); }
.backlinks { list-style: none; margin: 0 0 .3rem; padding: 0; font-size: .9rem; }
.backlink { padding-left: .9rem; text-indent: -.9rem; }
.backlink::before { content: "↳ "; color: var(--muted); }
.decision-filter { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .6rem 1.4rem; margin: 1rem 0 .4rem; }
.decision-filter[hidden] { display: none; }
.decision-filter label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .15rem; }
.decision-filter select, .decision-filter input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: .3rem .45rem; min-width: 9rem; }
.decision-filter .filter-status { flex-basis: 100%; margin: 0; }
tr.decision[hidden] { display: none; }
.source-link { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline; text-underline-offset: 2px; }

/* changes page */
.change-group { margin: 1rem 0; }
.change-group h2 { margin-top: 0; border: 0; font-size: 1.15rem; }
.changes { margin: 0; padding-left: 1.1rem; }
.change { margin: .3rem 0; }
.change-element { font-weight: 600; }
.change-texts { margin: .2rem 0 .4rem; }
.change-texts del, .change-texts ins { display: block; text-decoration: none; padding: .15rem .5rem; border-left: 3px solid; }
.change-texts del { border-color: #c62828; background: var(--surface); }
.change-texts del::before { content: "− "; color: #c62828; }
.change-texts ins { border-color: #2e7d32; background: var(--surface-2); }
.change-texts ins::before { content: "+ "; color: #2e7d32; }

/* overview page */
.strategy-list { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); }
.strategy-list h2 { margin: 0 0 .3rem; border: 0; font-size: 1.15rem; padding: 0; }

/* preview */
.mode-preview [data-source] { cursor: default; }
.mode-preview .card[data-source]:hover, .mode-preview .milestone[data-source]:hover, .mode-preview tr:hover > th.goal { background: var(--surface); }
.is-highlighted { outline: 2px solid var(--focus); outline-offset: 2px; background: var(--highlight) !important; }

@media (max-width: 720px) {
  .milestone { grid-template-columns: 1fr; gap: 0; }
  .cards, .strategy-list, .view-measures .cards { grid-template-columns: 1fr; }
  .wrap { padding: 0 1rem; }
  h1 { font-size: 1.5rem; }
  /* on a narrow screen the contents wrap to several lines: they scroll away instead of covering the page */
  .toc { position: static; }
  [id] { scroll-margin-top: .5rem; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 10.5pt; background: #fff; color: #000; }
  .toc, .site-header, .site-footer, .skip-link, .breadcrumb, .decision-filter { display: none !important; }
  /* the narrative is printed: collapsed texts are shown open, their summary as a small heading */
  details.texts::details-content { content-visibility: visible; display: block; }
  details.texts > summary { list-style: none; color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; }
  details.texts > summary::-webkit-details-marker { display: none; }
  a { color: inherit; }
  .table-scroll { overflow: visible; }
  table.matrix { min-width: 0; }
  thead { display: table-header-group; }
  tr, .card, .milestone, .principle, .idea, .need, .cornerstone, .question, .legend, .indicator-card, .section, .assessment { break-inside: avoid; }
  h1, h2, h3, h4, caption, .block-title { break-after: avoid; }
  .strategy + .strategy { break-before: page; }
  .cards, .strategy-list { display: block; }
  .cards > .card, .strategy-list > .card { margin-bottom: .8rem; }
}
`;
