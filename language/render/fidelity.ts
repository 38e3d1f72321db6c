import type {
    CitationModel,
    Citing,
    DocumentCitationModel,
    Fidelity,
    LinkKind,
    Linking,
    StrategyModel
} from '../model/workspace-model.js';
import {
    INTERPRETATION_MARK,
    anchor,
    hasInterpretation,
    interpretationText,
    locatorText,
    type RenderContext
} from './context.js';

export {
    INTERPRETATION_MARK,
    documentCitationText,
    hasInterpretation,
    interpretationText,
    linkWords,
    locatorText,
    provenanceText
} from './context.js';
import { html, join, textWithLinks, type Html } from './html.js';

const MARK = INTERPRETATION_MARK;

/** The marker after an element's title when the element (or its title) is the author's reading. */
export function interpretationMark(ctx: RenderContext, element: Fidelity | undefined): Html {
    if (!element?.interpretation) {
        return html``;
    }
    const said = interpretationText(ctx, element);
    return html` <span class="interpretation-mark" role="img" title="${said}" aria-label="${ctx.labels.interpretationMark}: ${said}">${MARK}</span>`;
}

/** The marker after a link (addresses, answers, owner …) written with `interpretation`. */
export function linkMark(ctx: RenderContext, element: Linking | undefined, kind: LinkKind): Html {
    if (!element?.interpretedLinks?.includes(kind)) {
        return html``;
    }
    return html` <span class="interpretation-mark" role="img" title="${ctx.labels.interpretedLink}" aria-label="${ctx.labels.interpretationMark}: ${ctx.labels.interpretedLink}">${MARK}</span>`;
}

/** A title with its interpretation marker. */
export function markedTitle(ctx: RenderContext, element: Fidelity & { id?: string; title: string }): Html {
    return html`${element.title || element.id || ''}${interpretationMark(ctx, element)}`;
}

/** Where in a document an element comes from: "From: Peer Review 2015, p. 14". */
export function provenanceLine(
    ctx: RenderContext,
    strategy: StrategyModel,
    element: Fidelity | undefined
): Html {
    const provenance = element?.provenance;
    if (!provenance) {
        return html``;
    }
    return html`<p class="provenance"><span class="provenance-label">${ctx.labels.fromSource}:</span> ${documentLink(ctx, strategy, provenance.source)}${locatorText(ctx, provenance)}</p>`;
}

/** A link to a declared document in the strategy's list of sources. */
export function documentLink(ctx: RenderContext, strategy: StrategyModel, id: string): Html {
    const source = ctx.sources.get(id);
    return source
        ? html`<a class="source-link" href="#${anchor(strategy.id, 'source', id)}">${source.title || id}</a>`
        : html`<span class="unresolved">${id}</span>`;
}

type AnyCitation = CitationModel | DocumentCitationModel;

/** The citations of an element that mark a passage, numbered 1, 2, … as their markers in the text. */
export function passageNumbers(element: Citing): Map<AnyCitation, number> {
    const numbers = new Map<AnyCitation, number>();
    for (const citation of [...element.citations, ...(element.documentCitations ?? [])]) {
        if (citation.passage) {
            numbers.set(citation, numbers.size + 1);
        }
    }
    return numbers;
}

/** Paragraphs of an element's texts, with a citation's marker after the passage it marks. */
export function markedParagraphs(
    ctx: RenderContext,
    texts: readonly string[],
    element: Citing,
    className = 'text'
): Html {
    const pending = [...passageNumbers(element)].map(([citation, n]) => ({ passage: citation.passage!, n }));
    return join(
        texts.map(text => {
            const marks: Array<{ at: number; n: number }> = [];
            for (const mark of [...pending]) {
                const start = text.indexOf(mark.passage);
                if (start >= 0) {
                    marks.push({ at: start + mark.passage.length, n: mark.n });
                    pending.splice(pending.indexOf(mark), 1);
                }
            }
            marks.sort((a, b) => a.at - b.at || a.n - b.n);
            const parts: Html[] = [];
            let last = 0;
            for (const mark of marks) {
                parts.push(textWithLinks(text.slice(last, mark.at)), passageMark(ctx, mark.n));
                last = mark.at;
            }
            parts.push(textWithLinks(text.slice(last)));
            return html`<p class="${className}">${join(parts)}</p>`;
        })
    );
}

export function passageMark(ctx: RenderContext, n: number): Html {
    return html`<sup class="passage-mark" title="${ctx.labels.passageMark(n)}">${n}</sup>`;
}

/** The legend of the interpretation marker, when the strategy marks any. */
export function interpretationLegend(ctx: RenderContext, strategy: StrategyModel): Html {
    if (!hasInterpretation(strategy)) {
        return html``;
    }
    return html`<p class="interpretation-legend"><span class="interpretation-mark" aria-hidden="true">${MARK}</span> ${ctx.labels.interpretation}</p>`;
}
