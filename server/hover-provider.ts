import { AstNodeHoverProvider } from 'langium/lsp';
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isDecision,
    isDecisionReference,
    isGoal,
    isLevel,
    isMeasure,
    isScale,
    isScaleValue,
    isStrategy,
    type Decision,
    type Goal,
    type ScaleValue
} from '../language/generated/ast.js';
import { LABELS } from '../language/i18n/labels.js';
import { parseDecisionNumber } from '../language/references/decision-numbers.js';
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
            const written = leaf.astNode.decision.$refText;
            const parsed = parseDecisionNumber(written);
            const labels = this.labels();
            const parts: string[] = [];
            if (parsed.form === 'legacy') {
                parts.push(`*${labels.legacy(written, parsed.canonical)}*`);
            }
            const decision = leaf.astNode.decision.ref;
            parts.push(
                decision
                    ? this.decisionContent(decision)
                    : `**${labels.decision} ${parsed.canonical}** — ${labels.notDeclared}`
            );
            return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: leaf.range };
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        if (isDecision(node)) {
            return this.decisionContent(node);
        }
        if (isGoal(node)) {
            return this.goalContent(node);
        }
        if (isScaleValue(node)) {
            return this.valueContent(node);
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

    private decisionContent(decision: Decision): string {
        const labels = this.labels();
        const id = parseDecisionNumber(decision.name).canonical;
        const lines = [
            `**${labels.decision} ${id}** — ${decision.title ? escape(decision.title) : `*${labels.noTitle}*`}`
        ];
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
        if (decision.url && /^(https?:|mailto:)/i.test(decision.url)) {
            lines.push(`[${labels.link}](${decision.url})`);
        }
        lines.push(labels.cited(countCitations(this.services, decision)));
        return lines.join('\n\n');
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

    private locale() {
        return this.services.editor.Settings.locale;
    }

    private labels() {
        return LABELS[this.locale()];
    }
}

/** Markdown-escapes text from the document so that it shows as written. */
export function escape(text: string): string {
    return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}
