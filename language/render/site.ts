import { strategyFileNames } from './file-names.js';
import type { Locale } from '../i18n/locale.js';
import type { StrategyModel, WorkspaceModel } from '../model/workspace-model.js';
import { actorName, createContext, time, type RenderContext } from './context.js';
import { renderDecisionIndex } from './decision-index.js';
import { html, join, relativeHref, type Html } from './html.js';
import { renderPage } from './page.js';
import { SITE_SCRIPT } from './site-script.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import type { ChangeGroup } from './changes.js';
import { renderChangeList } from './change-list.js';
import { renderStrategy } from './strategy.js';

export interface SiteFile {
    /** Path relative to the output folder, with '/'. */
    path: string;
    content: string;
}

const INDEX = 'index.html';
const DECISIONS = 'decisions.html';
const CHANGES = 'changes.html';

/** What the changes page shows: the changes since a version, in words. */
export interface SiteChanges {
    since: string;
    groups: ChangeGroup[];
}

/** Page paths of the strategies: `strategies/<name>.html`, with names every file system takes. */
export function strategyPagePaths(strategies: readonly StrategyModel[]): Map<string, string> {
    return new Map([...strategyFileNames(strategies)].map(([id, name]) => [id, `strategies/${name}.html`]));
}

function chrome(
    ctx: RenderContext,
    title: string,
    body: Html,
    current: 'index' | 'decisions' | 'strategy' | 'changes',
    changes = false
): string {
    const l = ctx.labels;
    const link = (to: string, label: string, here: boolean) =>
        html`<a href="${relativeHref(ctx.page, to)}"${here ? html` aria-current="page"` : ''}>${label}</a>`;
    const header = html`<a class="skip-link" href="#main">${l.skipToContent}</a>
<header class="site-header"><div class="wrap"><a class="brand" href="${relativeHref(ctx.page, INDEX)}">${l.siteTitle}</a><nav aria-label="${l.mainNavigation}"><ul><li>${link(INDEX, l.allStrategies, current === 'index')}</li><li>${link(DECISIONS, l.decisionIndex, current === 'decisions')}</li>${changes ? html`<li>${link(CHANGES, REVIEW_LABELS[ctx.locale].changes, current === 'changes')}</li>` : ''}</ul></nav></div></header>`;
    const footer = html`<footer class="site-footer"><div class="wrap">${l.generatedBy}</div></footer>`;
    return renderPage({
        locale: ctx.locale,
        title,
        bodyClass: 'mode-site',
        body: html`${header}<main id="main" class="wrap">${body}</main>${footer}`,
        script: SITE_SCRIPT
    });
}

function indexPage(
    model: WorkspaceModel,
    locale: Locale,
    pages: Map<string, string>,
    changes = false
): SiteFile {
    const ctx = createContext(model, locale, 'site', INDEX, pages, DECISIONS);
    const l = ctx.labels;
    const items = model.strategies
        .filter(s => pages.get(s.id))
        .map(s => {
            const facts: Html[] = [];
            if (s.status) {
                facts.push(
                    html`<span class="status-tag strategy-${s.status}">${ctx.labels.strategyStatus[s.status]}</span>`
                );
            }
            if (s.asOf) {
                facts.push(html`<span class="meta">${l.asOf} ${time(ctx, s.asOf)}</span>`);
            }
            const owner = actorName(ctx, s.owner);
            if (owner) {
                facts.push(html`<span class="meta">${owner}</span>`);
            }
            if (s.horizon !== undefined) {
                facts.push(html`<span class="meta">${l.horizon} ${s.horizon}</span>`);
            }
            return html`<li class="card"><h2><a href="${relativeHref(INDEX, pages.get(s.id)!)}">${s.title || s.id}</a></h2><p>${join(facts, ' · ')}</p>${s.vision ? html`<p>${s.vision}</p>` : ''}<p class="meta">${l.counts(s.goals.length, s.measures.length)}, ${l.indicatorCount(s.indicators.length)}</p></li>`;
        });
    const cited = model.decisions.reduce((n, d) => n + d.citations.length, 0);
    const failing = model.files.filter(f => f.errors > 0).length;
    const body = html`<h1 class="page-title">${l.siteTitle}</h1>
${failing > 0 ? html`<div class="banner" role="status">${l.filesWithErrors(failing)}</div>` : ''}
${items.length > 0 ? html`<ul class="strategy-list">${join(items)}</ul>` : html`<p class="empty">${l.noStrategies}</p>`}
<h2>${l.decisionIndex}</h2>
<p><a href="${DECISIONS}">${l.decisionIndex}</a> – ${l.decisionsSummary(model.decisions.length, cited)}</p>`;
    return { path: INDEX, content: chrome(ctx, l.siteTitle, body, 'index', changes) };
}

function strategyPage(
    model: WorkspaceModel,
    locale: Locale,
    pages: Map<string, string>,
    strategy: StrategyModel,
    path: string,
    changes = false
): SiteFile {
    const ctx = createContext(model, locale, 'site', path, pages, DECISIONS);
    const crumbs = html`<nav class="breadcrumb" aria-label="${ctx.labels.breadcrumb}"><a href="${relativeHref(path, INDEX)}">${ctx.labels.allStrategies}</a> › <span aria-current="page">${strategy.title || strategy.id}</span></nav>`;
    return {
        path,
        content: chrome(
            ctx,
            `${strategy.title || strategy.id} – ${ctx.labels.siteTitle}`,
            html`${crumbs}${renderStrategy(ctx, strategy)}`,
            'strategy',
            changes
        )
    };
}

/** The filter form of the decision index: hidden until the site's script shows it and makes it work. */
function decisionFilter(ctx: RenderContext, model: WorkspaceModel): Html {
    const r = REVIEW_LABELS[ctx.locale];
    const declared = model.decisions.filter(d => d.declared);
    if (declared.length < 2) {
        return html``;
    }
    const years = [...new Set(declared.map(d => d.id.slice(0, 4)))].sort().reverse();
    const bodies = [...new Set(declared.map(d => d.body ?? ''))].sort();
    const option = (value: string, label: string) => html`<option value="${value}">${label}</option>`;
    const bodyLabel = (id: string) => (id ? actorName(ctx, id) || id : r.noBody);
    return html`<form id="decision-filter" class="decision-filter" role="search" aria-label="${r.filterDecisions}" hidden>
<label>${r.filterYear} <select name="year">${option('', r.filterAll)}${join(years.map(y => option(y, y)))}</select></label>
<label>${r.filterBody} <select name="body">${option('', r.filterAll)}${join(bodies.map(b => option(b, bodyLabel(b))))}</select></label>
<label>${r.filterSearch} <input type="search" name="q" autocomplete="off"></label>
<p class="filter-status meta" role="status" aria-live="polite" data-template="${r.filterShown('{shown}', '{all}')}"></p>
</form>`;
}

function changesPage(
    model: WorkspaceModel,
    locale: Locale,
    pages: Map<string, string>,
    changes: SiteChanges
): SiteFile {
    const ctx = createContext(model, locale, 'site', CHANGES, pages, DECISIONS);
    const r = REVIEW_LABELS[locale];
    const body = html`<h1 class="page-title">${r.changesSince(changes.since)}</h1>${renderChangeList(
        changes.groups,
        locale,
        strategy => pages.get(strategy)
    )}`;
    return {
        path: CHANGES,
        content: chrome(
            ctx,
            `${r.changesSince(changes.since)} – ${ctx.labels.siteTitle}`,
            body,
            'changes',
            true
        )
    };
}

function decisionsPage(
    model: WorkspaceModel,
    locale: Locale,
    pages: Map<string, string>,
    changes = false
): SiteFile {
    const ctx = createContext(model, locale, 'site', DECISIONS, pages, DECISIONS);
    const body = html`<div class="page-head">${decisionFilter(ctx, model)}${renderDecisionIndex(ctx, model.decisions, { headingLevel: 1 })}</div>`;
    return {
        path: DECISIONS,
        content: chrome(
            ctx,
            `${ctx.labels.decisionIndex} – ${ctx.labels.siteTitle}`,
            body,
            'decisions',
            changes
        )
    };
}

/**
 * The static site of a workspace: `index.html` (all strategies), one page per strategy
 * (`strategies/<id>.html`, all its views) and `decisions.html` (the decision index). Pages link to
 * each other relatively and work from `file://`; the same model gives the same bytes (the CSP allows the style and the one script by hash).
 */
export function renderSite(
    model: WorkspaceModel,
    options: { locale: Locale; changes?: SiteChanges }
): SiteFile[] {
    const pages = strategyPagePaths(model.strategies);
    const changes = options.changes !== undefined;
    const files: SiteFile[] = [indexPage(model, options.locale, pages, changes)];
    for (const strategy of model.strategies) {
        const path = pages.get(strategy.id);
        if (path && !files.some(f => f.path === path)) {
            files.push(strategyPage(model, options.locale, pages, strategy, path, changes));
        }
    }
    files.push(decisionsPage(model, options.locale, pages, changes));
    if (options.changes) {
        files.push(changesPage(model, options.locale, pages, options.changes));
    }
    return files;
}
