import type {
    CitationModel,
    Citing,
    DocumentCitationModel,
    Fidelity,
    LinkKind,
    Linking,
    ProvenanceModel,
    StrategyModel
} from '../model/workspace-model.js';
import { anchor, type RenderContext } from './context.js';
import { html, join, textWithLinks, type Html } from './html.js';

/** The marker of an interpretation: the same sign in the views, the documents and the legend. */
export const INTERPRETATION_MARK = '◇';
const MARK = INTERPRETATION_MARK;

/** What an element's interpretation mark says: of the element or its title, with the author's note. */
export function interpretationText(ctx: RenderContext, element: Fidelity): string {
    const what = element.interpretationOfTitle ? ctx.labels.interpretationOfTitle : ctx.labels.interpretation;
    return element.interpretationNote ? `${what}: ${element.interpretationNote}` : what;
}

/** Where in a document something comes from, in words: "Peer Review 2015, S. 14". */
export function provenanceText(ctx: RenderContext, provenance: ProvenanceModel): string {
    return `${ctx.sources.get(provenance.source)?.title || provenance.source}${locatorText(ctx, provenance)}`;
}

/** A document citation in words: "zitiert Onlinezugangsgesetz (OZG), § 1 (u. a.)". */
export function documentCitationText(ctx: RenderContext, citation: DocumentCitationModel): string {
    const title = ctx.sources.get(citation.document)?.title || citation.document;
    const others = citation.amongOthers ? ` (${ctx.labels.amongOthers})` : '';
    return `${ctx.labels.citationKinds[citation.kind]} ${title}${locatorText(ctx, citation)}${others}`;
}

/** The marker after an element's title when the element (or its title) is the author's reading. */
export function interpretationMark(ctx: RenderContext, element: Fidelity | undefined): Html {
    if (!element?.interpretation) {
        return html``;
    }
    const said = interpretationText(ctx, element);
    return html` <span class="interpretation-mark" role="img" title="${said}" aria-label="${ctx.labels.interpretationMark}: ${said}">${MARK}</span>`;
}

/** The words of a link, as the views name it. */
export function linkWords(ctx: RenderContext, kind: LinkKind): string {
    const l = ctx.labels;
    const words: Record<LinkKind, string> = {
        addresses: l.addresses,
        answers: l.answers,
        refines: l.refines,
        owner: l.owner,
        'contributes-to': l.contributesTo,
        level: l.level
    };
    return words[kind];
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

/** A page (", p. 14") or a section (", § 1") in words. */
export function locatorText(ctx: RenderContext, at: { page?: string; section?: string }): string {
    return at.page !== undefined
        ? `, ${ctx.labels.page} ${at.page}`
        : at.section !== undefined
          ? `, ${at.section}`
          : '';
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

/** Whether anything of the strategy is marked as the author's interpretation. */
export function hasInterpretation(strategy: StrategyModel): boolean {
    const seen = (value: unknown): boolean => {
        if (Array.isArray(value)) {
            return value.some(seen);
        }
        if (value && typeof value === 'object') {
            const record = value as Record<string, unknown>;
            if (record.interpretation === true || Array.isArray(record.interpretedLinks)) {
                return true;
            }
            return Object.values(record).some(seen);
        }
        return false;
    };
    return seen(strategy);
}

/** The legend of the interpretation marker, when the strategy marks any. */
export function interpretationLegend(ctx: RenderContext, strategy: StrategyModel): Html {
    if (!hasInterpretation(strategy)) {
        return html``;
    }
    return html`<p class="interpretation-legend"><span class="interpretation-mark" aria-hidden="true">${MARK}</span> ${ctx.labels.interpretation}</p>`;
}
