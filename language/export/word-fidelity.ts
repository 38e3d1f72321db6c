import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Fidelity, Linking, StrategyModel } from '../model/workspace-model.js';
import {
    INTERPRETATION_MARK,
    hasInterpretation,
    interpretationText,
    linkWords,
    provenanceText,
    type RenderContext
} from '../render/context.js';

/**
 * Interpretation marks, provenance and document citations in the Word document, as the views show
 * them (render/fidelity.ts, in the words of render/context.ts): the marker after the title and a
 * legend, "Aus: Peer Review, S. 14".
 */

const GREY = '57606A';

/** The marker after a title or a link, as a run. */
export function markRun(): TextRun {
    return new TextRun({ text: ` ${INTERPRETATION_MARK}`, color: GREY });
}

/** A title as runs: the title, and the marker when the element (or its title) is the author's reading. */
export function titleRuns(element: Fidelity & { id?: string; title: string }): TextRun[] {
    return [new TextRun(element.title || element.id || ''), ...(element.interpretation ? [markRun()] : [])];
}

/** A heading with the element's title and its marker. */
export function markedHeading(
    element: Fidelity & { id?: string; title: string },
    level: (typeof HeadingLevel)[keyof typeof HeadingLevel]
): Paragraph {
    return new Paragraph({ heading: level, children: titleRuns(element) });
}

/**
 * Below an element's heading: where it comes from, what of it is the author's reading (the element,
 * its title, its links), and what the source leaves out (`addresses none`).
 */
export function fidelityParagraphs(
    ctx: RenderContext,
    element: Fidelity & Partial<Linking> & { addressesNone?: boolean; answersNone?: boolean }
): Paragraph[] {
    const l = ctx.labels;
    const out: Paragraph[] = [];
    const note = (runs: TextRun[]) => out.push(new Paragraph({ children: runs }));
    if (element.provenance) {
        note([
            new TextRun({ text: `${l.fromSource}: `, color: GREY }),
            new TextRun({ text: provenanceText(ctx, element.provenance) })
        ]);
    }
    if (element.interpretation) {
        note([
            new TextRun({ text: `${INTERPRETATION_MARK} `, color: GREY }),
            new TextRun({ text: interpretationText(ctx, element), italics: true })
        ]);
    }
    const links = element.interpretedLinks ?? [];
    if (links.length > 0) {
        note([
            new TextRun({ text: `${INTERPRETATION_MARK} `, color: GREY }),
            new TextRun({
                text: `${l.interpretedLink} (${links.map(k => linkWords(ctx, k)).join(', ')})`,
                italics: true
            })
        ]);
    }
    if (element.addressesNone) {
        note([new TextRun({ text: l.noGoalStated, italics: true })]);
    }
    if (element.answersNone) {
        note([new TextRun({ text: l.noNeedStated, italics: true })]);
    }
    return out;
}

/** The legend of the marker, when anything of the strategy is marked. */
export function legendParagraphs(ctx: RenderContext, strategy: StrategyModel): Paragraph[] {
    if (!hasInterpretation(strategy)) {
        return [];
    }
    return [
        new Paragraph({
            spacing: { before: 240 },
            children: [
                new TextRun({ text: `${INTERPRETATION_MARK} `, color: GREY }),
                new TextRun({ text: ctx.labels.interpretation, italics: true })
            ]
        })
    ];
}
