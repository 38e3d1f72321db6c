import {
    BorderStyle,
    Document,
    HeadingLevel,
    Packer,
    PageBreak,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType
} from 'docx';
import type { Locale } from '../i18n/locale.js';
import { strategyFileNames } from '../render/file-names.js';
import { REVIEW_LABELS } from '../i18n/review-labels.js';
import type {
    AssessmentModel,
    ProvenanceModel,
    StrategyModel,
    WorkspaceModel
} from '../model/workspace-model.js';
import { indicatorValues } from '../diff/workspace-diff.js';
import { amountText } from '../render/evidence.js';
import { documentCitationsOf } from './document-citations.js';
import { fidelityParagraphs, legendParagraphs, markedHeading, markRun, titleRuns } from './word-fidelity.js';
import {
    INTERPRETATION_MARK,
    actorName,
    createContext,
    documentCitationText,
    formatDate,
    formatNumber,
    locatorText,
    provenanceText,
    ratingRank,
    resolveRating,
    type RenderContext
} from '../render/context.js';

/** File names of the Word documents: `<name>.docx`, with the same safe names as the site's pages. */
export function wordFileNames(strategies: readonly StrategyModel[]): Map<string, string> {
    return new Map([...strategyFileNames(strategies)].map(([id, name]) => [id, `${name}.docx`]));
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const texts = (items: readonly string[]) => items.map(para);

function latest(assessments: readonly AssessmentModel[]): AssessmentModel | undefined {
    return assessments
        .filter(a => a.kind === 'assessment')
        .reduce<AssessmentModel | undefined>((x, a) => (!x || a.year > x.year ? a : x), undefined);
}

/** An assessment in words and symbols, each symbol in the value's colour: "▲ Status: kritisch". */
function assessmentParagraphs(ctx: RenderContext, a: AssessmentModel): Paragraph[] {
    const r = REVIEW_LABELS[ctx.locale];
    const out: Paragraph[] = [
        new Paragraph({
            children: [
                new TextRun({ text: r.latestAssessment(a.year), bold: true }),
                ...(a.interpretation ? [markRun()] : [])
            ]
        }),
        ...fidelityParagraphs(ctx, a)
    ];
    for (const rating of [...a.ratings].sort((x, y) => ratingRank(x) - ratingRank(y))) {
        const resolved = resolveRating(ctx, rating);
        const symbol = resolved.value?.symbol;
        const color = resolved.value?.color?.replace('#', '');
        out.push(
            new Paragraph({
                indent: { left: 360 },
                children: [
                    ...(symbol ? [new TextRun({ text: `${symbol} `, color })] : []),
                    new TextRun(`${resolved.scaleName}: `),
                    new TextRun({ text: resolved.label, bold: rating.scale === 'status' })
                ]
            })
        );
    }
    if (a.urgent) {
        out.push(
            new Paragraph({
                indent: { left: 360 },
                children: [new TextRun({ text: `! ${ctx.labels.urgent}`, bold: true, color: 'B3261E' })]
            })
        );
    } else {
        const said = a.urgent === false ? ctx.labels.notUrgent : ctx.labels.urgencyNotRecorded;
        const line = new TextRun({ text: said, italics: true });
        out.push(new Paragraph({ indent: { left: 360 }, children: [line] }));
    }
    if (a.rationale) {
        out.push(
            new Paragraph({
                children: [
                    new TextRun({ text: `${ctx.labels.rationale}: `, italics: true }),
                    new TextRun(a.rationale)
                ]
            })
        );
    }
    return out;
}

function cell(text: string, header = false): TableCell {
    return new TableCell({
        children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
        shading: header ? { fill: 'EEF2F6' } : undefined
    });
}

function table(columns: string[], rows: string[][]): Table {
    const border = { style: BorderStyle.SINGLE, size: 4, color: 'D0D7DE' };
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: {
            top: border,
            bottom: border,
            left: border,
            right: border,
            insideHorizontal: border,
            insideVertical: border
        },
        rows: [
            new TableRow({ tableHeader: true, children: columns.map(c => cell(c, true)) }),
            ...rows.map(r => new TableRow({ children: r.map(c => cell(c)) }))
        ]
    });
}

function titlePage(ctx: RenderContext, s: StrategyModel): Paragraph[] {
    const l = ctx.labels;
    const facts: Array<[string, string | undefined]> = [
        [l.status, s.status ? l.strategyStatus[s.status] : undefined],
        [l.asOf, s.asOf ? formatDate(ctx, s.asOf) : undefined],
        [l.owner, actorName(ctx, s.owner)],
        [l.horizon, s.horizon !== undefined ? String(s.horizon) : undefined]
    ];
    return [
        new Paragraph({
            children: [new TextRun({ text: l.strategy.toUpperCase(), color: '57606A' })],
            spacing: { before: 2400 }
        }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: titleRuns(s) }),
        ...facts
            .filter((f): f is [string, string] => f[1] !== undefined)
            .map(
                ([k, v]) =>
                    new Paragraph({
                        children: [
                            new TextRun({ text: `${k}: `, color: '57606A' }),
                            new TextRun({ text: v, bold: true })
                        ]
                    })
            ),
        ...fidelityParagraphs(ctx, s),
        ...legendParagraphs(ctx, s),
        ...(s.vision
            ? [
                  new Paragraph({
                      spacing: { before: 480 },
                      children: [new TextRun({ text: l.vision, bold: true })]
                  }),
                  new Paragraph({ children: [new TextRun({ text: s.vision, italics: true, size: 28 })] })
              ]
            : []),
        new Paragraph({ children: [new PageBreak()] })
    ];
}

function goals(ctx: RenderContext, s: StrategyModel): Array<Paragraph | Table> {
    const l = ctx.labels;
    if (s.goals.length === 0 && s.levels.length === 0) {
        return [];
    }
    const out: Array<Paragraph | Table> = [heading(l.goals, HeadingLevel.HEADING_1)];
    const groups = [
        ...s.levels.map(level => ({ level, goals: s.goals.filter(g => g.level === level.id) })),
        { level: undefined, goals: s.goals.filter(g => !g.level || !s.levels.some(x => x.id === g.level)) }
    ].filter(g => g.level || g.goals.length > 0);
    for (const group of groups) {
        out.push(
            group.level
                ? markedHeading(group.level, HeadingLevel.HEADING_2)
                : heading(l.noLevel, HeadingLevel.HEADING_2),
            ...(group.level ? fidelityParagraphs(ctx, group.level) : [])
        );
        if (group.level?.targetPicture) {
            out.push(
                new Paragraph({
                    children: [
                        new TextRun({ text: `${l.targetPicture}: `, bold: true }),
                        new TextRun({ text: group.level.targetPicture, italics: true })
                    ]
                })
            );
        }
        out.push(...texts(group.level?.texts ?? []));
        const levelAssessment = latest(group.level?.assessments ?? []);
        if (levelAssessment) {
            out.push(...assessmentParagraphs(ctx, levelAssessment));
        }
        for (const g of group.goals) {
            out.push(markedHeading(g, HeadingLevel.HEADING_3), ...fidelityParagraphs(ctx, g));
            if (g.targetPicture) {
                out.push(
                    new Paragraph({
                        children: [
                            new TextRun({ text: `${l.targetPicture}: `, bold: true }),
                            new TextRun({ text: g.targetPicture, italics: true })
                        ]
                    })
                );
            }
            out.push(...texts(g.texts));
            const a = latest(g.assessments);
            out.push(
                ...(a
                    ? assessmentParagraphs(ctx, a)
                    : [
                          new Paragraph({
                              children: [
                                  new TextRun({ text: REVIEW_LABELS[ctx.locale].noAssessment, italics: true })
                              ]
                          })
                      ])
            );
        }
    }
    return out;
}

function measures(ctx: RenderContext, s: StrategyModel): Array<Paragraph | Table> {
    const l = ctx.labels;
    if (s.measures.length === 0) {
        return [];
    }
    const out: Array<Paragraph | Table> = [heading(l.measures, HeadingLevel.HEADING_1)];
    for (const m of s.measures) {
        out.push(markedHeading(m, HeadingLevel.HEADING_2), ...fidelityParagraphs(ctx, m));
        const mark = (kind: 'owner' | 'addresses') =>
            m.interpretedLinks?.includes(kind) ? ` ${INTERPRETATION_MARK}` : '';
        const facts = [
            m.status ? `${l.implementationStatus}: ${l.measureStatus[m.status]}` : undefined,
            m.owner ? `${l.owner}: ${actorName(ctx, m.owner)}${mark('owner')}` : undefined,
            m.addresses.length > 0
                ? `${l.addresses}: ${m.addresses.map(q => s.goals.find(g => g.qualifiedId === q)?.title ?? q).join('; ')}${mark('addresses')}`
                : undefined
        ].filter((f): f is string => f !== undefined);
        out.push(...facts.map(para), ...texts(m.texts));
        if (m.milestones.length > 0) {
            out.push(new Paragraph({ children: [new TextRun({ text: l.milestones, bold: true })] }));
            out.push(
                table(
                    [ctx.labels.date, ctx.labels.title],
                    m.milestones.map(ms => [
                        formatDate(ctx, ms.date),
                        `${ms.title}${ms.interpretation ? ` ${INTERPRETATION_MARK}` : ''}${
                            ms.provenance ? ` (${l.fromSource}: ${provenanceText(ctx, ms.provenance)})` : ''
                        }`
                    ])
                )
            );
        }
    }
    return out;
}

function principles(ctx: RenderContext, s: StrategyModel): Paragraph[] {
    const l = ctx.labels;
    const areas = s.areas.filter(a => a.principles.length > 0);
    if (areas.length === 0) {
        return [];
    }
    const out = [heading(l.principles, HeadingLevel.HEADING_1)];
    for (const area of areas) {
        out.push(
            markedHeading(area, HeadingLevel.HEADING_2),
            ...fidelityParagraphs(ctx, area),
            ...texts(area.texts)
        );
        for (const p of area.principles) {
            out.push(
                new Paragraph({
                    bullet: { level: 0 },
                    children: [
                        new TextRun({ text: p.title || p.id, bold: true }),
                        ...(p.interpretation ? [markRun()] : []),
                        ...(p.binding
                            ? [
                                  new TextRun({
                                      text: ` (${l.binding?.[p.binding] ?? p.binding})`,
                                      color: '57606A'
                                  })
                              ]
                            : [])
                    ]
                }),
                ...fidelityParagraphs(ctx, p),
                ...texts(p.texts)
            );
        }
    }
    return out;
}

function stakeholders(ctx: RenderContext, s: StrategyModel): Paragraph[] {
    const l = ctx.labels;
    if (s.stakeholders.length === 0) {
        return [];
    }
    const out = [heading(l.stakeholders, HeadingLevel.HEADING_1)];
    for (const st of s.stakeholders) {
        out.push(
            markedHeading(st, HeadingLevel.HEADING_2),
            ...fidelityParagraphs(ctx, st),
            ...texts(st.texts)
        );
        for (const n of st.needs) {
            out.push(
                new Paragraph({
                    bullet: { level: 0 },
                    children: [
                        new TextRun({ text: n.title || n.id, bold: true }),
                        ...(n.interpretation ? [markRun()] : [])
                    ]
                }),
                ...fidelityParagraphs(ctx, n),
                ...texts(n.texts)
            );
        }
    }
    return out;
}

function indicators(ctx: RenderContext, s: StrategyModel): Array<Paragraph | Table> {
    const l = ctx.labels;
    if (s.indicators.length === 0) {
        return [];
    }
    const out: Array<Paragraph | Table> = [heading(l.indicators, HeadingLevel.HEADING_1)];
    const kindWord = (k: unknown) => l.valueKinds[String(k)] ?? String(k ?? '');
    const show = (v: unknown): string =>
        v === undefined || v === null
            ? ''
            : typeof v === 'number'
              ? formatNumber(ctx, v)
              : typeof v === 'string'
                ? /^\d{4}(-\d{2}){0,2}$|^\d{4}-(Q[1-4]|H[12]|spring|summer|autumn|winter)$/.test(v)
                    ? formatDate(ctx, v)
                    : v
                : JSON.stringify(v);
    for (const i of s.indicators) {
        out.push(markedHeading(i, HeadingLevel.HEADING_2), ...fidelityParagraphs(ctx, i));
        const facts = [
            i.unit ? `${l.unit}: ${i.unit}` : undefined,
            i.direction
                ? `${l.direction}: ${i.direction === 'lower-is-better' ? l.lowerIsBetter : l.higherIsBetter}`
                : undefined
        ].filter((f): f is string => f !== undefined);
        out.push(...facts.map(para), ...texts(i.texts));
        const values = indicatorValues(i);
        if (values.length === 0) {
            out.push(new Paragraph({ children: [new TextRun({ text: l.noValues, italics: true })] }));
            continue;
        }
        // the value as the report states it (qualifier, range, %, shares) in one column; every other
        // field any value has is a column of its own: kind, date, until, group first
        const first = ['kind', 'date', 'until', 'group', 'value'];
        const inValue = new Set(['upper', 'qualifier', 'percent', 'shares', 'note', 'provenance']);
        const fields = [
            ...first.filter(k => k === 'kind' || k === 'value' || values.some(v => v[k] !== undefined)),
            ...[...new Set(values.flatMap(v => Object.keys(v)))].filter(
                k => !first.includes(k) && !inValue.has(k)
            )
        ];
        const r = REVIEW_LABELS[ctx.locale].columns;
        const names: Record<string, string> = {
            kind: l.kind,
            date: l.date,
            until: r.until,
            group: r.group,
            value: l.value,
            source: l.source,
            unit: l.unit,
            condition: r.condition,
            partial: l.partial,
            interpretation: l.interpretationMark
        };
        const cellOf = (v: Record<string, unknown>, f: string): string => {
            if (f === 'kind') return kindWord(v.kind);
            if (f === 'source') {
                const at = v.provenance as ProvenanceModel | undefined;
                return `${show(v.source ?? v.note)}${at ? locatorText(ctx, at) : ''}`;
            }
            if (f === 'interpretation') return v.interpretation ? INTERPRETATION_MARK : '';
            if (f !== 'value') return show(v[f]);
            const shares = v.shares as { value: string; percent: number }[] | undefined;
            return shares
                ? shares.map(s => `${s.value} ${formatNumber(ctx, s.percent)} %`).join(', ')
                : amountText(ctx, v as never);
        };
        if (values.some(v => v.note !== undefined) && !fields.includes('source')) fields.push('source');
        out.push(
            table(
                fields.map(f => names[f] ?? f),
                values.map(v => fields.map(f => cellOf(v, f)))
            )
        );
    }
    return out;
}

function citedDecisions(ctx: RenderContext, s: StrategyModel): Array<Paragraph | Table> {
    const cited = ctx.model.decisions.filter(d => d.citations.some(c => c.strategy === s.id));
    if (cited.length === 0) {
        return [];
    }
    const l = ctx.labels;
    return [
        heading(l.decisionsCited, HeadingLevel.HEADING_1),
        table(
            [l.decision, l.title, l.citations],
            cited.map(d => [
                d.id,
                d.title ?? l.noTitle,
                [
                    ...new Set(d.citations.filter(c => c.strategy === s.id).map(c => l.citationKinds[c.kind]))
                ].join(', ')
            ])
        )
    ];
}

/** The latest assessment of the strategy as a whole, when it has one. */
function strategyAssessment(ctx: RenderContext, s: StrategyModel): Paragraph[] {
    const a = latest(s.assessments);
    return a
        ? [heading(ctx.labels.strategyAsWhole, HeadingLevel.HEADING_2), ...assessmentParagraphs(ctx, a)]
        : [];
}

/** The documents the strategy cites (laws, reports, pages), beside the decisions: how and where. */
function citedDocuments(ctx: RenderContext, s: StrategyModel): Array<Paragraph | Table> {
    const cited = documentCitationsOf(s);
    if (cited.length === 0) {
        return [];
    }
    const l = ctx.labels;
    return [
        heading(l.documentsCited, HeadingLevel.HEADING_1),
        table(
            [l.citations, l.citedIn],
            cited.map(({ citation, element }) => [
                documentCitationText(ctx, citation),
                `${l.elementTypes[element.type] ?? element.type} ${element.title || element.id || ''}`.trim()
            ])
        )
    ];
}

/** One strategy as a Word document that reviewers can comment on. */
export async function strategyDocx(
    model: WorkspaceModel,
    strategy: StrategyModel,
    locale: Locale
): Promise<Uint8Array> {
    const ctx = createContext(model, locale, 'site', '', new Map());
    const l = ctx.labels;
    const body: Array<Paragraph | Table> = [
        ...titlePage(ctx, strategy),
        ...(strategy.texts.length > 0
            ? [heading(l.description, HeadingLevel.HEADING_1), ...texts(strategy.texts)]
            : []),
        ...strategyAssessment(ctx, strategy),
        ...strategy.sections.flatMap(sec => [
            markedHeading(sec, HeadingLevel.HEADING_1),
            ...fidelityParagraphs(ctx, sec),
            ...texts(sec.texts)
        ]),
        ...goals(ctx, strategy),
        ...measures(ctx, strategy),
        ...principles(ctx, strategy),
        ...stakeholders(ctx, strategy),
        ...indicators(ctx, strategy),
        ...citedDecisions(ctx, strategy),
        ...citedDocuments(ctx, strategy)
    ];
    const document = new Document({
        creator: 'strat',
        title: strategy.title || strategy.id,
        description: strategy.vision,
        styles: { default: { document: { run: { font: 'Liberation Sans', size: 22 } } } },
        features: { updateFields: false },
        sections: [{ properties: {}, children: body }]
    });
    return new Uint8Array(await Packer.toBuffer(document));
}
