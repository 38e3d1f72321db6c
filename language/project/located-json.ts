import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A position in a text, 1-based as editors and compilers print it. */
export interface TextPosition {
    line: number;
    column: number;
}

/** JSON text parsed into a value and a tree that knows where each value stands. */
export interface LocatedJson {
    value: unknown;
    tree: Node | undefined;
    /** Syntax errors, each with its position. */
    syntaxErrors: Array<{ position: TextPosition; code: string }>;
    positionAt(offset: number): TextPosition;
    /** Where the value at a JSON pointer path stands (its key when `key` is set), or the start. */
    locate(path: ReadonlyArray<string | number>, key?: boolean): TextPosition;
}

/**
 * Parses JSON as tsconfig.json is read: comments and trailing commas are allowed, everything else
 * must be JSON.
 */
export function parseLocatedJson(text: string): LocatedJson {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
            lineStarts.push(i + 1);
        }
    }
    const positionAt = (offset: number): TextPosition => {
        let line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        return { line: line + 1, column: offset - lineStarts[line] + 1 };
    };
    const locate = (path: ReadonlyArray<string | number>, key = false): TextPosition => {
        const node = tree ? findNodeAtLocation(tree, [...path]) : undefined;
        if (!node) {
            return positionAt(tree?.offset ?? 0);
        }
        const keyNode = key && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return positionAt((keyNode ?? node).offset);
    };
    return {
        value: tree ? toValue(tree) : undefined,
        tree,
        syntaxErrors: errors.map(error => ({
            position: positionAt(error.offset),
            code: printParseErrorCode(error.error)
        })),
        positionAt,
        locate
    };
}

function toValue(node: Node): unknown {
    switch (node.type) {
        case 'object': {
            const object: Record<string, unknown> = {};
            for (const property of node.children ?? []) {
                const [key, value] = property.children ?? [];
                if (key && value) {
                    object[String(key.value)] = toValue(value);
                }
            }
            return object;
        }
        case 'array':
            return (node.children ?? []).map(toValue);
        default:
            return node.value;
    }
}
