import type { Locale } from '../i18n/locale.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import type { ChangeGroup } from './changes.js';
import { html, join, type Html } from './html.js';

/**
 * The changes in words (from language/diff/), as the site's changes page and the editor's comparison
 * show them: a card per strategy (its heading a link where `hrefOf` gives one) and the catalogue, a
 * line per change, changed texts struck out and inserted.
 */
export function renderChangeList(
    groups: readonly ChangeGroup[],
    locale: Locale,
    hrefOf: (strategy: string) => string | undefined = () => undefined
): Html {
    if (groups.length === 0) {
        return html`<p class="empty">${REVIEW_LABELS[locale].noChanges}</p>`;
    }
    return join(
        groups.map(g => {
            const href = g.strategy !== undefined ? hrefOf(g.strategy) : undefined;
            const title = href ? html`<a href="${href}">${g.heading}</a>` : html`${g.heading}`;
            const items = g.lines.map(
                line =>
                    html`<li class="change"><span class="change-element">${line.element}</span>: ${line.what}${
                        line.texts
                            ? html`<div class="change-texts">${join(line.texts.before.map(t => html`<del class="text">${t}</del>`))}${join(line.texts.after.map(t => html`<ins class="text">${t}</ins>`))}</div>`
                            : ''
                    }</li>`
            );
            return html`<section class="card change-group"><h2>${title}</h2><ul class="changes">${join(items)}</ul></section>`;
        })
    );
}
