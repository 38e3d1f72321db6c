import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Assessment, Citation, StratAstType } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { reporter } from './report.js';

/** The words an element states: its title, texts, target picture, vision and rationale. */
function wordsOf(element: AstNode): string[] {
    const node = element as AstNode & {
        title?: string;
        texts?: { content?: string }[];
        targetPicture?: string;
        vision?: string;
        rationale?: string;
    };
    return [
        node.title,
        ...(node.texts ?? []).map(t => t.content),
        node.targetPicture,
        node.vision,
        node.rationale
    ].filter((text): text is string => typeof text === 'string');
}

/** Checks of transcription: citations that mark a passage, and urgency stated once. */
export function fidelityChecks(services: StratServices): ValidationChecks<StratAstType> {
    const messages = services.i18n.Messages;

    function checkCitationPassageFound(citation: Citation, accept: ValidationAcceptor): void {
        const passage = citation.passage;
        if (passage === undefined || passage === '') {
            return;
        }
        if (!wordsOf(citation.$container).some(text => text.includes(passage))) {
            reporter(messages, accept)(
                'citation-passage-not-found',
                citation,
                { passage },
                { property: 'passage' }
            );
        }
    }

    function checkUrgencyStatedOnce(assessment: Assessment, accept: ValidationAcceptor): void {
        if (assessment.urgent && assessment.notUrgent) {
            reporter(messages, accept)(
                'urgency-contradiction',
                assessment,
                { year: assessment.year },
                { keyword: 'not-urgent' }
            );
        }
    }

    return {
        Citation: [checkCitationPassageFound],
        Assessment: [checkUrgencyStatedOnce]
    };
}
