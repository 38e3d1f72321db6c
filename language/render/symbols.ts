import type { ScaleModel, ScaleValueModel } from '../model/workspace-model.js';
import { html, safeColor, trusted, type Html } from './html.js';

/**
 * Inline SVG symbols. Each is decorative (`aria-hidden`): whoever places one also writes the value's
 * label as text next to it, so no information is carried by colour or shape alone.
 */

type Shape = 'triangle' | 'diamond' | 'circle' | 'square' | 'triangle-down' | 'dash' | 'harvey';

const GLYPH_SHAPES: Record<string, Shape> = {
    '▲': 'triangle',
    '△': 'triangle',
    '▴': 'triangle',
    '▼': 'triangle-down',
    '▽': 'triangle-down',
    '◆': 'diamond',
    '◇': 'diamond',
    '♦': 'diamond',
    '■': 'square',
    '□': 'square',
    '▪': 'square',
    '●': 'circle',
    '•': 'circle',
    '–': 'dash',
    '-': 'dash',
    '—': 'dash'
};

const HARVEY_GLYPHS: Record<string, number> = { '○': 0, '◔': 1, '◑': 2, '◕': 3, '●': 4 };

/** Shapes for the values of a status-like scale without a known glyph, by order. */
const ORDER_SHAPES: Shape[] = ['triangle', 'diamond', 'circle', 'square', 'triangle-down'];

function svg(body: Html | string, className: string, size = 16): Html {
    return html`<svg class="sym ${className}" width="${size}" height="${size}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${typeof body === 'string' ? trusted(body) : body}</svg>`;
}

function shapeMarkup(shape: Shape, fill: string | undefined): Html {
    const paint = fill ? html` fill="${fill}"` : html` class="neutral"`;
    switch (shape) {
        case 'triangle':
            return html`<path class="edge"${paint} d="M8 1.5 L15 14.5 H1 Z"/>`;
        case 'triangle-down':
            return html`<path class="edge"${paint} d="M1 1.5 H15 L8 14.5 Z"/>`;
        case 'diamond':
            return html`<path class="edge"${paint} d="M8 1 L15 8 L8 15 L1 8 Z"/>`;
        case 'square':
            return html`<rect class="edge"${paint} x="2" y="2" width="12" height="12" rx="1.5"/>`;
        case 'dash':
            return html`<rect class="ink" x="3" y="7" width="10" height="2" rx="1"/>`;
        default:
            return html`<circle class="edge"${paint} cx="8" cy="8" r="6.5"/>`;
    }
}

/** A Harvey ball filled to `quarters` of 4. */
export function harveyBall(quarters: number, fill?: string): Html {
    const q = Math.max(0, Math.min(4, Math.round(quarters)));
    const paint = fill ? html` fill="${fill}"` : html` class="ink"`;
    const pies = [
        '',
        'M8 8 V1.5 A6.5 6.5 0 0 1 14.5 8 Z',
        'M8 8 V1.5 A6.5 6.5 0 0 1 8 14.5 Z',
        'M8 8 V1.5 A6.5 6.5 0 1 1 1.5 8 Z'
    ];
    const filled =
        q === 4
            ? html`<circle${paint} cx="8" cy="8" r="6.5"/>`
            : q > 0
              ? html`<path${paint} d="${pies[q]}"/>`
              : '';
    return svg(
        html`<circle class="ball" cx="8" cy="8" r="6.5"/>${filled}<circle class="ball-edge" cx="8" cy="8" r="6.5"/>`,
        `harvey harvey-${q}`
    );
}

/** How full the Harvey ball of a value is: its glyph when it is one, else its order within the scale. */
export function harveyQuarters(value: ScaleValueModel, scale: ScaleModel): number {
    const glyph = value.symbol?.trim();
    if (glyph && glyph in HARVEY_GLYPHS) {
        return HARVEY_GLYPHS[glyph];
    }
    const n = scale.values.length;
    return n <= 1 ? 4 : Math.round((4 * (value.order + 1)) / n);
}

/** The symbol of a scale value: Harvey balls for progress-like scales, traffic-light shapes otherwise. */
export function valueSymbol(value: ScaleValueModel, scale: ScaleModel): Html {
    const fill = safeColor(value.color);
    const glyph = value.symbol?.trim() ?? '';
    if (scale.key === 'progress' || (glyph in HARVEY_GLYPHS && glyph !== '●')) {
        return harveyBall(harveyQuarters(value, scale), scale.key === 'progress' ? undefined : fill);
    }
    if (
        glyph === '●' &&
        scale.values.some(v => v.symbol && v.symbol.trim() in HARVEY_GLYPHS && v.symbol.trim() !== '●')
    ) {
        return harveyBall(4, fill);
    }
    const shape =
        GLYPH_SHAPES[glyph] ??
        (scale.key === 'status' || !glyph ? ORDER_SHAPES[value.order % ORDER_SHAPES.length] : undefined);
    if (!shape) {
        // an unknown glyph: show it, on the value's colour
        return html`<span class="glyph" aria-hidden="true">${glyph}</span>`;
    }
    return svg(shapeMarkup(shape, fill), `shape shape-${shape}`);
}

/** A rating that was deliberately not recorded: a dashed, empty circle. */
export function notRecordedSymbol(): Html {
    return svg('<circle class="dashed" cx="8" cy="8" r="6"/>', 'not-recorded');
}

/** A value that could not be resolved: a question mark in a square. */
export function unknownSymbol(): Html {
    return svg(
        '<rect class="dashed" x="2" y="2" width="12" height="12" rx="2"/><path class="ink" d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.6-.8 1.2v.6h-1.2v-.7c0-.9.4-1.4 1.1-1.8a.9.9 0 1 0-1.3-.8Zm1.4 5.3a.8.8 0 1 1 0 1.6.8.8 0 0 1 0-1.6Z"/>',
        'unknown'
    );
}

/** The urgency mark: an exclamation mark on a red disc. */
export function urgencyMark(): Html {
    return svg(
        '<circle class="urgent-disc" cx="8" cy="8" r="7.5"/><rect class="urgent-ink" x="7" y="3.2" width="2" height="6.6" rx="1"/><circle class="urgent-ink" cx="8" cy="12.2" r="1.2"/>',
        'urgency'
    );
}
