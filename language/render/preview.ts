import type { Locale } from '../i18n/locale.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { createContext } from './context.js';
import type { ChangeGroup } from './changes.js';
import { renderChangeList } from './change-list.js';
import { renderDecisionIndex } from './decision-index.js';
import { html, join, type Html } from './html.js';
import { renderPage } from './page.js';
import { renderStrategy } from './strategy.js';

export interface PreviewOptions {
    locale: Locale;
    nonce: string;
    cspSource?: string;
    /** The previewed file, as the model names it (`source.file`). */
    file?: string;
    /** Errors in the file: a banner says how many. */
    errors?: number;
}

/**
 * The script of the preview. Clicking an element that carries `data-source` asks the editor to
 * reveal that place; the message `{ type: 'highlight', line }` marks the innermost element of the
 * previewed file whose lines contain `line`; the scroll position survives re-renders.
 */
export const PREVIEW_SCRIPT = String.raw`(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var file = document.body.getAttribute('data-file') || '';
  function parse(value) {
    if (!value) { return undefined; }
    var hash = value.lastIndexOf('#');
    if (hash < 0) { return undefined; }
    var m = /^(\d+):(\d+)$/.exec(value.slice(hash + 1));
    return m ? { file: value.slice(0, hash), line: Number(m[1]), column: Number(m[2]) } : undefined;
  }
  if (vscode) {
    var state = vscode.getState();
    if (state && typeof state.scrollY === 'number') { window.scrollTo(0, state.scrollY); }
    var pending = false;
    window.addEventListener('scroll', function () {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        var old = vscode.getState() || {};
        old.scrollY = window.scrollY;
        vscode.setState(old);
      });
    }, { passive: true });
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || target.closest('a[href], summary')) { return; }
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && !target.closest('button')) { return; }
    var element = target.closest('[data-source]');
    var place = element ? parse(element.getAttribute('data-source')) : undefined;
    if (place && vscode) {
      vscode.postMessage({ type: 'reveal', file: place.file, line: place.line, column: place.column });
    }
  });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.type !== 'highlight' || typeof message.line !== 'number') { return; }
    var best = null;
    var bestSpan = Infinity;
    var elements = document.querySelectorAll('[data-lines]');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var place = parse(element.getAttribute('data-source'));
      if (!place || (file && place.file !== file)) { continue; }
      var lines = (element.getAttribute('data-lines') || '').split('-').map(Number);
      if (message.line >= lines[0] && message.line <= lines[1] && lines[1] - lines[0] <= bestSpan) {
        best = element;
        bestSpan = lines[1] - lines[0];
      }
    }
    var marked = document.querySelectorAll('.is-highlighted');
    for (var j = 0; j < marked.length; j++) {
      if (marked[j] !== best) { marked[j].classList.remove('is-highlighted'); }
    }
    if (best) {
      var closed = best.closest('details:not([open])');
      if (closed) { closed.open = true; }
      best.classList.add('is-highlighted');
      best.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    }
    if (vscode) {
      vscode.postMessage({ type: 'highlighted', line: message.line, source: best ? best.getAttribute('data-source') : null });
    }
  });
})();`;

/**
 * The full HTML of the editor preview of the strategies (or, failing those, the decisions) written in `file`.
 */
export function renderPreview(model: WorkspaceModel, options: PreviewOptions): string {
    const strategies = model.strategies.filter(
        s => options.file === undefined || s.source.file === options.file
    );
    const pages = new Map(strategies.map(s => [s.id, '']));
    const ctx = createContext(model, options.locale, 'preview', '', pages);
    const l = ctx.labels;
    const errors = options.errors ?? 0;
    const banner =
        errors > 0
            ? html`<div class="banner" role="status">${l.errors(errors)} <span>– ${l.errorsHint}</span></div>`
            : '';
    let body: Html;
    let title: string;
    if (strategies.length > 0) {
        body = join(strategies.map(s => renderStrategy(ctx, s)));
        title = strategies.map(s => s.title || s.id).join(', ');
    } else {
        const declared = model.decisions.filter(
            d => d.declared && (options.file === undefined || d.declared.file === options.file)
        );
        title = l.decisionIndex;
        body =
            declared.length > 0
                ? renderDecisionIndex(ctx, declared, { headingLevel: 1, undeclared: false })
                : html`<h1>${l.previewOf}</h1><p class="empty">${l.emptyFile}</p>`;
    }
    return renderPage({
        locale: options.locale,
        title: `${l.previewOf}: ${title}`,
        nonce: options.nonce,
        cspSource: options.cspSource,
        bodyClass: 'mode-preview',
        bodyData: { file: options.file ?? '' },
        body: html`<main id="main">${banner}${body}</main>`,
        script: PREVIEW_SCRIPT
    });
}

export interface ComparisonOptions {
    locale: Locale;
    nonce: string;
    cspSource?: string;
    /** The heading: what is compared with what (`Changes since HEAD (3f2a1c9)`). */
    title: string;
    /** The compared file, as the editor names it. */
    file?: string;
}

/**
 * The editor's comparison of a document with an earlier version of it: the changes in the words and
 * the look of the site's changes page (one renderer for both).
 */
export function renderComparison(groups: readonly ChangeGroup[], options: ComparisonOptions): string {
    return renderPage({
        locale: options.locale,
        title: options.title,
        nonce: options.nonce,
        cspSource: options.cspSource,
        bodyClass: 'mode-preview comparison',
        bodyData: { file: options.file ?? '' },
        body: html`<main id="main"><h1 class="page-title">${options.title}</h1>${renderChangeList(groups, options.locale)}</main>`
    });
}
