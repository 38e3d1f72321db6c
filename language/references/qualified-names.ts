import { AstUtils, type AstNode } from 'langium';
import { isStakeholder, isStrategy } from '../generated/ast.js';

/**
 * Qualified names: how an element is named from outside its block (`Dach.souveraen`,
 * `Dach.buerger.support`). Built and split here only, for the scopes, the checks, the model and
 * the editor.
 */
const SEPARATOR = '.';

/** Joins name segments: `qualify('Dach', 'souveraen')` → `Dach.souveraen`. */
export function qualify(...segments: string[]): string {
    return segments.join(SEPARATOR);
}

export function isQualified(text: string): boolean {
    return text.includes(SEPARATOR);
}

/** The segments of a qualified name, outermost first. */
export function segments(text: string): string[] {
    return text.split(SEPARATOR);
}

/** The last segment: the element's own name. */
export function simpleName(text: string): string {
    return text.slice(text.lastIndexOf(SEPARATOR) + 1);
}

/** `Dach.souveraen` → [`Dach.`, `souveraen`]; an unqualified name has an empty qualifier. */
export function splitQualifier(text: string): [string, string] {
    const dot = text.lastIndexOf(SEPARATOR);
    return [text.slice(0, dot + 1), text.slice(dot + 1)];
}

/**
 * The qualifier segments of a name, nearest first: for `Dach.buerger.support`, `buerger` (the
 * container of the named need) and then `Dach` (its strategy), each with its offset in the text.
 */
export function qualifierSegments(text: string): Array<{ text: string; start: number }> {
    const found: Array<{ text: string; start: number }> = [];
    let start = 0;
    for (const part of segments(text)) {
        found.push({ text: part, start });
        start += part.length + SEPARATOR.length;
    }
    return found.slice(0, -1).reverse();
}

type Named = AstNode & { name?: string };

/**
 * The name of an element relative to its strategy: a need is `stakeholder.need`, any other member
 * its own name.
 */
export function nameInStrategy(node: Named): string {
    const container = node.$container;
    return isStakeholder(container) ? qualify(container.name, node.name ?? '') : (node.name ?? '');
}

/**
 * The name of an element in the whole workspace: a member of a strategy is qualified by the
 * strategy (`Dach.souveraen`), a top-level element is known by its own name.
 */
export function qualifiedName(node: Named): string {
    const strategy = AstUtils.getContainerOfType(node.$container, isStrategy);
    return strategy ? qualify(strategy.name, nameInStrategy(node)) : (node.name ?? '');
}
