import type { AssessmentModel } from '../model/workspace-model.js';
import { ratingRank, resolveRating, type RenderContext, type ResolvedRating } from './context.js';
import { distributionBar } from './evidence.js';
import { html, join, type Html } from './html.js';
import { notRecordedSymbol, unknownSymbol, urgencyMark, valueSymbol } from './symbols.js';

/** The symbol for a resolved rating. */
export function ratingSymbol(rating: ResolvedRating): Html {
    if (rating.rating.notRecorded) {
        return notRecordedSymbol();
    }
    if (!rating.scale || !rating.value) {
        return unknownSymbol();
    }
    return valueSymbol(rating.value, rating.scale);
}

function ratingClass(rating: ResolvedRating): string {
    const scale =
        rating.rating.scale === 'status'
            ? 'status'
            : rating.rating.scale === 'progress'
              ? 'progress'
              : 'other';
    return `rating rating-${scale}${rating.rating.notRecorded ? ' is-not-recorded' : ''}`;
}

/**
 * One rating: symbol and label; the scale's name is visible for other scales, hidden for status and progress.
 */
export function ratingLine(rating: ResolvedRating): Html {
    const own = rating.rating.scale === 'status' || rating.rating.scale === 'progress';
    const name = own ? '' : html`<span class="scale-name">${rating.scaleName}</span>`;
    return html`<li class="${ratingClass(rating)}" title="${rating.scaleName}: ${rating.label}">${ratingSymbol(rating)}<span class="rating-text"><span class="visually-hidden">${rating.scaleName}: </span><span class="value-label">${rating.label}</span>${name ? html`<span aria-hidden="true">${name}</span>` : ''}</span></li>`;
}

/** A distribution of answers over a scale: its name, then the stacked bar with every share written. */
function distributionLine(ctx: RenderContext, rating: ResolvedRating, compact: boolean): Html {
    return html`<li class="rating rating-distribution"><span class="scale-name">${ctx.labels.distributionOf(rating.scaleName)}</span>${distributionBar(ctx, rating.scale, rating.rating.shares ?? [], rating.rating.partial, compact)}</li>`;
}

export function resolvedRatings(ctx: RenderContext, assessment: AssessmentModel): ResolvedRating[] {
    return [...assessment.ratings]
        .sort((a, b) => ratingRank(a) - ratingRank(b))
        .map(r => resolveRating(ctx, r));
}

/** The plain-text summary of an assessment (for `title`). */
export function assessmentSummary(ctx: RenderContext, assessment: AssessmentModel): string {
    const parts = resolvedRatings(ctx, assessment).map(r => `${r.scaleName}: ${r.label}`);
    parts.push(
        assessment.urgent
            ? `! ${ctx.labels.urgent}`
            : assessment.urgent === false
              ? ctx.labels.notUrgent
              : ctx.labels.urgencyNotRecorded
    );
    return parts.join(' · ');
}

/**
 * The ratings of an assessment as a list; when every rating is "not recorded", one line says so
 * (the scales' names stay readable to screen readers and in the tooltip).
 */
export function ratingList(ctx: RenderContext, assessment: AssessmentModel, compact = false): Html {
    const ratings = resolvedRatings(ctx, assessment);
    const urgent = assessment.urgent
        ? html`<li class="rating urgent" title="${ctx.labels.urgent}">${urgencyMark()}<span class="rating-text"><span class="value-label">${ctx.labels.urgent}</span></span></li>`
        : compact
          ? ''
          : html`<li class="rating urgency-quiet"><span class="rating-text"><span class="value-label">${assessment.urgent === false ? ctx.labels.notUrgent : ctx.labels.urgencyNotRecorded}</span></span></li>`;
    if (compact && ratings.length > 1 && ratings.every(r => r.rating.notRecorded)) {
        const names = ratings.map(r => r.scaleName).join(', ');
        return html`<ul class="ratings"><li class="rating is-not-recorded" title="${names}: ${ctx.labels.notRecorded}">${notRecordedSymbol()}<span class="rating-text"><span class="visually-hidden">${names}: </span><span class="value-label">${ctx.labels.notRecorded}</span></span></li>${urgent}</ul>`;
    }
    return html`<ul class="ratings">${join(ratings.map(r => (r.rating.shares ? distributionLine(ctx, r, compact) : ratingLine(r))))}${urgent}</ul>`;
}
