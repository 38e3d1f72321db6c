import { AstNodeHoverProvider } from 'langium/lsp';
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isDecision,
    isDecisionReference,
    isDimension,
    isGroup,
    isIndicatorValue,
    isSource,
    type IndicatorValue,
    type Source,
    isGoal,
    isLevel,
    isMeasure,
    isScale,
    isScaleValue,
    isStrategy,
    type Decision,
    type Goal,
    type ScaleValue,
    isInterpretation,
    type DocumentKind
} from '../language/generated/ast.js';
import { LABELS } from '../language/i18n/labels.js';
import {
    decisionKey,
    normalizedNumber,
    parseDecisionNumber
} from '../language/references/decision-numbers.js';
import { declarationComment } from '../language/references/declaration-comment.js';
import { changesDeclaredBy, decisionChanges } from '../language/references/decision-relations.js';
import { assessmentText, latestAssessment, scaleTitle, valueLabel } from '../language/model/ratings.js';
import type { StratLspServices } from './strat-lsp-module.js';
import { countCitations } from './citations.js';

/**
 * Hover: a decision with its record and how often it is cited (and, on a legacy number, what it
 * stands for); a goal with its level and latest assessment; a rating value with its meaning.
 */
export class StratHoverProvider extends AstNodeHoverProvider {
    private readonly services: StratLspServices;

    constructor(services: StratLspServices) {
        super(services);
        this.services = services;
    }

    override async getHoverContent(
        document: LangiumDocument,
        params: HoverParams
    ): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        if (leaf && isDecisionReference(leaf.astNode)) {
            const reference = leaf.astNode;
            const written = reference.decision.$refText;
            const parsed = parseDecisionNumber(written);
            const labels = this.labels();
            const parts: string[] = [];
            if (parsed.form === 'legacy') {
                parts.push(`*${labels.legacy(written, parsed.canonical)}*`);
            }
            const decision = reference.decision.ref;
            parts.push(
                decision
                    ? this.decisionContent(decision, reference.items)
                    : `**${labels.decision} ${escape(normalizedNumber(written) ?? written)}** — ${labels.notDeclared}`
            );
            const range = reference.$cstNode?.range ?? leaf.range;
            return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range };
        }
        // on `interpretation`: of the element, or of the link or value it ends
        if (leaf && leaf.text === 'interpretation' && !isReferenceLeaf(leaf.astNode, leaf.offset)) {
            return {
                contents: { kind: 'markdown', value: this.interpretationContent(leaf.astNode) },
                range: leaf.range
            };
        }
        // on a value's kind, number, qualifier or date; its group and source hover as themselves
        const value = leaf ? AstUtils.getContainerOfType(leaf.astNode, isIndicatorValue) : undefined;
        if (leaf && value && !isReferenceLeaf(leaf.astNode, leaf.offset)) {
            return {
                contents: { kind: 'markdown', value: this.indicatorValueContent(value) },
                range: value.$cstNode?.range
            };
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const content = this.elementContent(node);
        const interpretation = (node as { interpretation?: unknown }).interpretation;
        if (content !== undefined && isInterpretation(interpretation)) {
            return `${content}\n\n${this.interpretationContent(interpretation)}`;
        }
        return content;
    }

    /** What `interpretation` says: the element, its title, a link or a value is the author's. */
    private interpretationContent(node: AstNode): string {
        const labels = this.labels();
        if (isInterpretation(node)) {
            const what = node.ofTitle ? labels.interpretationOfTitle : labels.interpretation;
            return `◇ *${what}*${node.note ? `: ${escape(node.note)}` : ''}`;
        }
        return `◇ *${isIndicatorValue(node) ? labels.interpretation : labels.interpretedLink}*`;
    }

    private elementContent(node: AstNode): string | undefined {
        if (isDecision(node)) {
            return this.decisionContent(node);
        }
        if (isGoal(node)) {
            return this.goalContent(node);
        }
        if (isScaleValue(node)) {
            return this.valueContent(node);
        }
        if (isSource(node)) {
            return this.sourceContent(node);
        }
        if (isGroup(node)) {
            const dimension = node.$container;
            return `**${this.labels().group}** ${escape(node.label)} (${escape(dimension.title)})`;
        }
        if (isDimension(node)) {
            return `**${this.labels().dimensionOf}** ${escape(node.title)}: ${node.groups.map(g => escape(g.label)).join(' · ')}`;
        }
        const labels = this.labels();
        if (isLevel(node)) {
            return [
                `**${labels.level}** ${escape(node.title)}`,
                node.targetPicture ? `${labels.targetPicture}: ${escape(node.targetPicture)}` : ''
            ]
                .filter(Boolean)
                .join('\n\n');
        }
        if (isMeasure(node)) {
            return `**${labels.measure}** ${escape(node.title)}${node.status ? ` — ${labels.measureStatus[node.status]}` : ''}`;
        }
        if (isStrategy(node)) {
            return `**${labels.strategy}** ${escape(node.title)}${node.status ? ` — ${labels.strategyStatus[node.status]}` : ''}`;
        }
        if (isScale(node)) {
            const locale = this.locale();
            return `**${labels.scale}** ${escape(scaleTitle(node, locale))}: ${node.values.map(v => `${v.symbol ?? ''} ${escape(valueLabel(v, locale))}`.trim()).join(' · ')}`;
        }
        const title = (node as { title?: unknown }).title;
        return typeof title === 'string' ? `**${escape(title)}**` : undefined;
    }

    private decisionContent(decision: Decision, citedItems: readonly number[] = []): string {
        const labels = this.labels();
        const id = normalizedNumber(decision.name) ?? decision.name;
        const lines = [
            `**${labels.decision} ${escape(id)}** — ${decision.title ? escape(decision.title) : `*${labels.noTitle}*`}`
        ];
        const comment = declarationComment(decision);
        if (comment) {
            lines.push(`*${escape(comment)}*`);
        }
        const facts: string[] = [];
        if (decision.body?.ref) {
            facts.push(`${labels.body}: ${escape(decision.body.ref.title)}`);
        }
        if (decision.session !== undefined) {
            facts.push(`${labels.session}: ${decision.session}`);
        }
        if (decision.date !== undefined) {
            facts.push(`${labels.date}: ${decision.date}`);
        }
        if (facts.length > 0) {
            lines.push(facts.join(' · '));
        }
        if (decision.summary) {
            lines.push(escape(decision.summary));
        }
        for (const item of decision.items.filter(i => citedItems.includes(i.number))) {
            lines.push(`${capitalise(labels.items([item.number]))}: ${escape(item.text)}`);
        }
        lines.push(...this.relationLines(decision));
        const links = [
            decision.url && isWebLink(decision.url) ? `[${labels.decisionPage}](${decision.url})` : '',
            ...decision.sources
                .filter(isWebLink)
                .map((source, index) => `[${labels.sources} ${index + 1}](${source})`)
        ].filter(Boolean);
        if (links.length > 0) {
            lines.push(links.join(' · '));
        }
        lines.push(labels.cited(countCitations(this.services, decision)));
        return lines.join('\n\n');
    }

    /** "amended by …", "items 2 and 3 repealed by …", and what the decision itself changes. */
    private relationLines(decision: Decision): string[] {
        const labels = this.labels();
        const changes = decisionChanges(this.services.shared.workspace.LangiumDocuments.all).get(
            decisionKey(decision.name)
        );
        const lines: string[] = [];
        const when = (d: Decision) => (d.date !== undefined ? ` (${d.date})` : '');
        for (const change of changes ?? []) {
            const what = change.kind === 'amends' ? labels.amendedBy : labels.repealedBy;
            const items = change.items.length > 0 ? `${labels.items(change.items)} ` : '';
            const by = `${labels.decision} ${escape(change.byNumber)}${when(change.by)}`;
            lines.push(`**${capitalise(items + what)}** ${by}`);
        }
        for (const change of changesDeclaredBy(decision)) {
            const target = change.reference.decision.ref;
            const name = target ? (normalizedNumber(target.name) ?? target.name) : change.target;
            const items = change.items.length > 0 ? ` (${labels.items(change.items)})` : '';
            const what = change.kind === 'amends' ? labels.amends : labels.repeals;
            lines.push(`${capitalise(what)} ${labels.decision} ${escape(name)}${items}`);
        }
        return lines;
    }

    private goalContent(goal: Goal): string {
        const labels = this.labels();
        const locale = this.locale();
        const lines = [`**${labels.goal}** ${escape(goal.title)}`];
        const strategy = AstUtils.getContainerOfType(goal, isStrategy);
        const level = goal.level?.ref;
        const context = [
            strategy ? `${labels.strategy}: ${escape(strategy.title)}` : '',
            level ? `${labels.level}: ${escape(level.title)}` : ''
        ].filter(Boolean);
        if (context.length > 0) {
            lines.push(context.join(' · '));
        }
        const latest = latestAssessment(goal);
        lines.push(
            latest
                ? `${labels.latestAssessment} ${latest.year}: ${assessmentText(latest, locale)}`
                : labels.noAssessment
        );
        for (const outlook of goal.assessments.filter(a => a.kind === 'outlook')) {
            lines.push(`${labels.outlook} ${outlook.year}: ${assessmentText(outlook, locale)}`);
        }
        return lines.join('\n\n');
    }

    private valueContent(value: ScaleValue): string {
        const locale = this.locale();
        const scale = value.$container;
        const head = `**${value.symbol ? value.symbol + ' ' : ''}${escape(valueLabel(value, locale))}** (${escape(scaleTitle(scale, locale))})`;
        return value.meaning ? `${head}\n\n${escape(value.meaning)}` : head;
    }

    /** A value as the report states it: kind, amount (qualifier, range, %), date or period, group, source. */
    private indicatorValueContent(value: IndicatorValue): string {
        const labels = this.labels();
        const locale = this.locale();
        const number = (n: number) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB').format(n);
        const lines: string[] = [];
        const kind = labels.valueKinds[value.kind] ?? value.kind;
        const amount = value.amount;
        let what = '';
        if (amount && amount.value !== undefined) {
            const range =
                amount.upper !== undefined
                    ? labels.rangeText(number(amount.value), number(amount.upper))
                    : number(amount.value);
            const qualifier = amount.qualifier ? `${labels.qualifiers[amount.qualifier]} ` : '';
            const unit = amount.percent ? ' %' : value.$container?.unit ? ` ${value.$container.unit}` : '';
            what = `${qualifier}${range}${unit}`;
        } else if (value.distribution) {
            what = value.distribution.shares
                .map(s => `${escape(s.value?.ref?.label ?? s.value?.$refText ?? '')} ${number(s.percent)} %`)
                .join(', ');
        }
        lines.push(`**${kind}** ${escape(what)}`);
        if (value.date !== undefined) {
            lines.push(
                `${labels.date}: ${value.until !== undefined ? labels.periodText(String(value.date), String(value.until)) : value.date}`
            );
        }
        const group = value.group?.ref;
        if (value.group) {
            const label = !group
                ? value.group.$refText
                : isGroup(group)
                  ? group.label
                  : valueLabel(group, locale);
            lines.push(`${labels.group}: ${escape(label)}`);
        }
        if (value.condition) {
            lines.push(`${labels.condition}: ${escape(value.condition)}`);
        }
        const source = value.source?.ref;
        if (source) {
            lines.push(`${labels.source}: ${escape(source.title)}`);
        } else if (value.note) {
            lines.push(`${labels.source}: ${escape(value.note)}`);
        }
        return lines.join('\n\n');
    }

    private sourceContent(source: Source): string {
        const labels = this.labels();
        const kind = source.kind
            ? capitalise(labels.documentKinds[source.kind as DocumentKind])
            : labels.source;
        const lines = [`**${kind}** ${escape(source.title)}`];
        const facts: string[] = [];
        if (source.publisher?.ref) facts.push(`${labels.publisher}: ${escape(source.publisher.ref.title)}`);
        if (source.published !== undefined) {
            facts.push(`${labels.published}: ${dateWords(String(source.published), labels)}`);
        }
        if (source.fieldwork !== undefined) {
            facts.push(
                `${labels.fieldwork}: ${source.fieldworkUntil !== undefined ? labels.periodText(String(source.fieldwork), String(source.fieldworkUntil)) : source.fieldwork}`
            );
        }
        if (source.respondents !== undefined) facts.push(`${labels.respondents}: ${source.respondents}`);
        if (source.method) facts.push(`${labels.method}: ${escape(source.method)}`);
        if (source.marginOfError) {
            facts.push(
                `${labels.marginOfError}: ± ${source.marginOfError.value}${source.marginOfError.percent ? ' %' : ''}`
            );
        }
        if (facts.length > 0) {
            lines.push(facts.join(' · '));
        }
        if (source.url && /^(https?:|mailto:)/i.test(source.url)) {
            lines.push(`[${labels.link}](${source.url})`);
        }
        return lines.join('\n\n');
    }

    private locale() {
        return this.services.editor.Settings.locale;
    }

    private labels() {
        return LABELS[this.locale()];
    }
}

/** Markdown-escapes text from the document so that it shows as written. */
/** A quarter, half-year or season in words ("1. Quartal 2025", "spring 2025"); other dates as written. */
function dateWords(date: string, labels: { periods: Record<string, string> }): string {
    const period = /^(\d{4})-(Q[1-4]|H[12]|spring|summer|autumn|winter)$/.exec(date);
    return period ? `${labels.periods[period[2]]} ${period[1]}` : date;
}

export function escape(text: string): string {
    return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

function isWebLink(url: string): boolean {
    return /^(https?:|mailto:)/i.test(url);
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the text at `offset` is a cross-reference (a group or source named by a value). */
function isReferenceLeaf(node: AstNode, offset: number): boolean {
    type Ref = { $refNode?: { offset: number; end: number } };
    const value = node as { group?: Ref; source?: Ref };
    return [value.group?.$refNode, value.source?.$refNode].some(
        r => r !== undefined && r.offset <= offset && offset <= r.end
    );
}
