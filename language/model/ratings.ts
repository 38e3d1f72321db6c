import type { Assessment, Rating } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { LABELS } from '../i18n/labels.js';

/**
 * Ratings in words: the one home of a scale's title, a value's label and the latest assessment, for
 * the syntax tree (hover) and the model (views) alike, which share these fields.
 */

/** The assessment (not outlook) with the latest year, if any. */
export function latestAssessment<A extends { kind: string; year: number }>(goal: {
    assessments: readonly A[];
}): A | undefined {
    return goal.assessments
        .filter(a => a.kind === 'assessment')
        .reduce<A | undefined>((latest, a) => (!latest || a.year > latest.year ? a : latest), undefined);
}

export function scaleTitle(scale: { title: string; englishTitle?: string }, locale: Locale): string {
    return locale === 'en' && scale.englishTitle ? scale.englishTitle : scale.title;
}

export function valueLabel(value: { label: string; englishLabel?: string }, locale: Locale): string {
    return locale === 'en' && value.englishLabel ? value.englishLabel : value.label;
}

/** A rating in words and symbol, e.g. "Status: ▲ kritisch". */
export function ratingText(rating: Rating, locale: Locale): string {
    const scale = rating.scale?.ref;
    const value = rating.value?.ref;
    const name = scale ? scaleTitle(scale, locale) : (rating.scale?.$refText ?? '');
    if (rating.notRecorded || !value) {
        return `${name}: ${rating.notRecorded ? LABELS[locale].notRecorded : (rating.value?.$refText ?? '')}`;
    }
    return `${name}: ${value.symbol ? value.symbol + ' ' : ''}${valueLabel(value, locale)}`;
}

/** An assessment in one line: its ratings and the urgency mark. */
export function assessmentText(assessment: Assessment, locale: Locale): string {
    const parts = assessment.ratings.map(r => ratingText(r, locale));
    if (assessment.urgent) {
        parts.push(`! ${LABELS[locale].urgent}`);
    }
    return parts.join(' · ');
}
