import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { AstUtils, CstUtils, URI, type AstNode, type LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { isDecision } from '../../language/generated/ast.js';
import { parseDecisionNumber } from '../../language/references/decision-numbers.js';
import { tokenTexts } from '../../language/formatting/format-text.js';
import { countCase, countEdits, property } from './fuzz-support.js';
import { identifier } from './generators.js';
import { applyTextEdits, offsetAt } from '../support/lsp-text.js';
import { buildInServer, EXAMPLE_NAMES, EXAMPLES, type ServerWorkspace } from './workspace.js';

/**
 * Every code action and rename, applied to the examples, changes only what it says it changes: the
 * targeted tokens differ and nothing else, no finding appears that was not there, and every other
 * reference still points where it pointed.
 */

const ROOT = '/fuzz-edits';
const nameOf = (uri: string) => decodeURIComponent(uri).replace(`file://${ROOT}/`, '');
const build = (files: Readonly<Record<string, string>>) => buildInServer(files, ROOT);
type Workspace = ServerWorkspace;

/** A workspace edit applied to the texts (only `changes`, and a `create` + insert of a new file). */
function applyWorkspaceEdit(
    files: Readonly<Record<string, string>>,
    edit: WorkspaceEdit
): Record<string, string> {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = nameOf(uri);
        assert.ok(name in result, `an edit of a file that is not in the workspace: ${uri}`);
        result[name] = applyTextEdits(result[name], edits);
        countEdits(edits.length);
    }
    for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
            assert.equal(change.kind, 'create');
            result[nameOf(change.uri)] ??= '';
        } else {
            const name = nameOf(change.textDocument.uri);
            result[name] = applyTextEdits(result[name] ?? '', change.edits as TextEdit[]);
            countEdits(change.edits.length);
        }
    }
    return result;
}

function tokensOf(ws: Workspace, text: string): string[] {
    return tokenTexts(
        ws.services.shared.workspace.LangiumDocumentFactory.fromString(
            text,
            URI.parse('memory:///tokens.strat')
        )
    );
}

/** The offsets of the tokens of a text, as [start, text] pairs. */
function tokenSpans(ws: Workspace, text: string): Array<[number, string]> {
    const document = ws.services.shared.workspace.LangiumDocumentFactory.fromString(
        text,
        URI.parse('memory:///tokens.strat')
    );
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    return CstUtils.flattenCst(root)
        .map(leaf => [leaf.offset, leaf.text] as [number, string])
        .toArray();
}

/**
 * Asserts that `after` is `before` with exactly the tokens at `edits` replaced by their new texts,
 * and returns the replaced texts.
 */
function assertOnlyTokensReplaced(
    ws: Workspace,
    before: string,
    after: string,
    edits: readonly TextEdit[]
): string[] {
    const spans = tokenSpans(ws, before);
    const replaced = new Map<number, string>();
    const old: string[] = [];
    for (const edit of edits) {
        const start = offsetAt(before, edit.range.start);
        const end = offsetAt(before, edit.range.end);
        const index = spans.findIndex(([offset, text]) => offset === start && offset + text.length === end);
        assert.ok(
            index >= 0,
            `an edit that does not cover exactly one token: ${JSON.stringify(before.slice(start, end))} at ${start}`
        );
        replaced.set(index, edit.newText);
        old.push(spans[index][1]);
    }
    const expected = spans.map(([, text], i) => replaced.get(i) ?? text);
    assert.deepEqual(tokensOf(ws, after), expected, 'tokens other than the targeted ones changed');
    return old;
}

/** Where every reference of the workspace points: a key per reference, the target as file and AST path. */
function referenceMap(ws: Workspace): Map<string, string> {
    const locator = ws.services.Strat.workspace.AstNodeLocator;
    const map = new Map<string, string>();
    for (const [name, document] of ws.documents) {
        document.references.forEach((reference, i) => {
            const container = reference.$refNode?.astNode;
            const key = `${name}#${i}@${container ? locator.getAstNodePath(container) : '?'}`;
            const target = (reference as { ref?: AstNode }).ref;
            map.set(
                key,
                target
                    ? `${AstUtils.getDocument(target).uri.toString()}${locator.getAstNodePath(target)}`
                    : 'unresolved'
            );
        });
    }
    return map;
}

function codesOf(ws: Workspace): Map<string, number> {
    const counts = new Map<string, number>();
    for (const document of ws.documents.values()) {
        for (const d of document.diagnostics ?? []) {
            counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
        }
    }
    return counts;
}

/** No finding appears that was not there before (per code, counted), except the `expected` ones. */
function assertNoNewFindings(
    before: Map<string, number>,
    after: Map<string, number>,
    what: string,
    expected: Record<string, number> = {}
): void {
    for (const [code, count] of after) {
        const allowed = (before.get(code) ?? 0) + (expected[code] ?? 0);
        assert.ok(count <= allowed, `${what}: ${count - (before.get(code) ?? 0)} new ${code} finding(s)`);
    }
}

/** The year of the date of the decision declared with this canonical number, if it has one. */
function decisionDateYear(
    ws: { documents: Map<string, LangiumDocument> },
    canonical: string
): number | undefined {
    for (const document of ws.documents.values()) {
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (isDecision(node) && node.date && parseDecisionNumber(node.name).canonical === canonical) {
                return Number(String(node.date).slice(0, 4));
            }
        }
    }
    return undefined;
}

// ---------------------------------------------------------------- damage that the quick fixes repair

const STRATEGY_FILES = EXAMPLE_NAMES.filter(name => !name.startsWith('catalogue/'));

interface Damage {
    file: string;
    legacy: number[];
    typos: number[];
    undeclared: number;
}

const damageArbitrary: fc.Arbitrary<Damage> = fc.record({
    file: fc.constantFrom(...STRATEGY_FILES),
    legacy: fc.uniqueArray(fc.nat(400), { maxLength: 4 }),
    typos: fc.uniqueArray(fc.nat(400), { maxLength: 3 }),
    undeclared: fc.nat(3)
});

/** Writes some cited numbers in the legacy form, misspells some rating values, cites undeclared decisions. */
function damage(d: Damage): Record<string, string> {
    let text = EXAMPLES[d.file];
    const citations = [
        ...text.matchAll(
            /(?<=(?:evolves|covered-by|commissioned-by|adopted-by|cites)[ ,0-9/]*)\b(\d{4})\/(\d{2})\b/g
        )
    ];
    for (const i of [...new Set(d.legacy.map(n => n % Math.max(1, citations.length)))].sort(
        (a, b) => b - a
    )) {
        const match = citations[i];
        if (match?.index !== undefined && Number(match[2]) > 0) {
            text =
                text.slice(0, match.index) +
                `${Number(match[2])}/${match[1]}` +
                text.slice(match.index + match[0].length);
        }
    }
    const ratings = [
        ...text.matchAll(
            /(?<=\n\s+(?:status|progress) )(critical|needs-action|uncritical|beginning|advanced|completed)\b/g
        )
    ];
    for (const i of [...new Set(d.typos.map(n => n % Math.max(1, ratings.length)))].sort((a, b) => b - a)) {
        const match = ratings[i];
        if (match?.index !== undefined) {
            const value = match[0];
            const typo = value.slice(0, 2) + value.slice(3); // one letter dropped
            text = text.slice(0, match.index) + typo + text.slice(match.index + value.length);
        }
    }
    const strategyOpen = text.search(/\nstrategy [^\n]*\{\n/);
    if (strategyOpen >= 0 && d.undeclared > 0) {
        const at = text.indexOf('{\n', strategyOpen) + 2;
        const lines = Array.from(
            { length: d.undeclared },
            (_, i) => `    cites 2099/${String(i + 11)}\n`
        ).join('');
        text = text.slice(0, at) + lines + text.slice(at);
    }
    return { ...EXAMPLES, [d.file]: text };
}

describe('fuzz: edits are lossless', function () {
    property(
        'every quick fix on damaged examples changes only the tokens it names, and only removes findings',
        damageArbitrary,
        async d => {
            const files = damage(d);
            const ws = await build(files);
            const findings = codesOf(ws);
            const references = referenceMap(ws);
            const provider = ws.services.Strat.lsp.CodeActionProvider!;
            for (const [name, document] of ws.documents) {
                for (const diagnostic of document.diagnostics ?? []) {
                    const actions = (await provider.getCodeActions(document, {
                        textDocument: { uri: document.uri.toString() },
                        range: diagnostic.range,
                        context: { diagnostics: [diagnostic] }
                    })) as CodeAction[] | undefined;
                    for (const action of actions ?? []) {
                        countCase();
                        const what = `"${action.title}" for ${diagnostic.code} in ${name}`;
                        assert.ok(action.edit, `${what}: no edit`);
                        const after = applyWorkspaceEdit(files, action.edit);
                        const changed = Object.keys(after).filter(f => after[f] !== files[f]);
                        if (diagnostic.code === 'legacy-decision-id') {
                            assert.deepEqual(changed, [name], `${what} changed other files`);
                            const edits = action.edit.changes![document.uri.toString()];
                            const old = assertOnlyTokensReplaced(ws, files[name], after[name], edits);
                            old.forEach((text, i) => {
                                const parsed = parseDecisionNumber(text);
                                assert.equal(
                                    parsed.form,
                                    'legacy',
                                    `${what} rewrote ${text}, which is not a legacy number`
                                );
                                assert.equal(edits[i].newText, parsed.canonical);
                            });
                            const legacyInFile = (document.diagnostics ?? []).filter(
                                x => x.code === 'legacy-decision-id'
                            ).length;
                            assert.ok(
                                edits.length === 1 || edits.length === legacyInFile,
                                `${what}: ${edits.length} edits for ${legacyInFile} legacy numbers`
                            );
                        } else if (diagnostic.code === 'value-not-in-scale') {
                            assert.deepEqual(changed, [name], `${what} changed other files`);
                            const edits = action.edit.changes![document.uri.toString()];
                            assert.equal(edits.length, 1);
                            const [old] = assertOnlyTokensReplaced(ws, files[name], after[name], edits);
                            assert.ok(
                                action.title.includes(old) && action.title.includes(edits[0].newText),
                                `${what}: the title does not name the change ${old} → ${edits[0].newText}`
                            );
                        } else if (diagnostic.code === 'unresolved-decision') {
                            assert.equal(changed.length, 1, `${what} changed ${changed.join(', ')}`);
                            const [target] = changed;
                            assert.ok(
                                after[target].startsWith(files[target]),
                                `${what}: the catalogue was changed, not only appended to`
                            );
                            const added = tokensOf(ws, after[target]).slice(
                                tokensOf(ws, files[target]).length
                            );
                            const number = parseDecisionNumber(
                                document.textDocument.getText(diagnostic.range)
                            ).canonical;
                            assert.deepEqual(
                                added.slice(0, 2),
                                ['decision', number],
                                `${what} appended ${JSON.stringify(added)}`
                            );
                            assert.ok(
                                added.length === 2 || (added.length === 4 && added[2] === 'by'),
                                `${what} appended ${JSON.stringify(added)}`
                            );
                        } else {
                            assert.fail(`${what}: a code action for a finding that has none documented`);
                        }
                        const rebuilt = await build(after);
                        const afterFindings = codesOf(rebuilt);
                        assertNoNewFindings(findings, afterFindings, what);
                        assert.ok(
                            (afterFindings.get(String(diagnostic.code)) ?? 0) <
                                (findings.get(String(diagnostic.code)) ?? 0),
                            `${what}: the finding is still there`
                        );
                        if (
                            diagnostic.code !== 'unresolved-decision' &&
                            diagnostic.code !== 'value-not-in-scale'
                        ) {
                            assert.deepEqual(
                                referenceMap(rebuilt),
                                references,
                                `${what}: a reference points elsewhere now`
                            );
                        }
                    }
                }
            }
        },
        { runs: 8, cost: 10 }
    );

    property(
        'a rename anywhere in the examples changes exactly the name and its references, and every reference still points where it did',
        fc.tuple(
            fc.constantFrom(...EXAMPLE_NAMES),
            fc.integer({ min: 0, max: 1_000_000 }),
            fc.oneof(identifier, fc.constantFrom('ITPLR', 'online', 'l', 'society', 'status', 'MLO')),
            fc.integer({ min: 1, max: 99 })
        ),
        async ([name, at, newIdentifier, number]) => {
            const files = { ...EXAMPLES };
            const ws = await build(files);
            const document = ws.documents.get(name)!;
            const text = files[name];
            const position = document.textDocument.positionAt(Math.floor((at / 1_000_000) * text.length));
            const provider = ws.services.Strat.lsp.RenameProvider!;
            const params = { textDocument: { uri: document.uri.toString() }, position };
            const range = await provider.prepareRename(document, params);
            if (!range) {
                return;
            }
            countCase();
            const oldText = document.textDocument.getText(range);
            const isDecision = parseDecisionNumber(oldText).form !== 'invalid';
            const newName = isDecision ? `2098/${String(number).padStart(2, '0')}` : newIdentifier;
            let edit: WorkspaceEdit | undefined;
            try {
                edit = await provider.rename(document, { ...params, newName });
            } catch (error) {
                assert.ok(error instanceof ResponseError, `rename threw ${(error as Error).stack}`);
                return; // refused, with a message
            }
            assert.ok(edit?.changes, 'no edit');
            const after = applyWorkspaceEdit(files, edit);
            const oldKey = isDecision ? parseDecisionNumber(oldText).canonical : oldText;
            for (const [uri, edits] of Object.entries(edit.changes)) {
                const file = nameOf(uri);
                const old = assertOnlyTokensReplaced(ws, files[file], after[file], edits);
                old.forEach((token, i) => {
                    assert.equal(
                        isDecision ? parseDecisionNumber(token).canonical : token,
                        oldKey,
                        `an edit in ${file} replaced ${token}, not ${oldText}`
                    );
                    assert.equal(edits[i].newText, newName);
                });
            }
            const rebuilt = await build(after);
            assert.deepEqual(
                referenceMap(rebuilt),
                referenceMap(ws),
                `renaming ${oldText} to ${newName}: a reference points elsewhere now`
            );
            // a decision dated in another year than its new number's is rightly reported
            const dateYear = isDecision ? decisionDateYear(ws, oldKey) : undefined;
            const expected: Record<string, number> =
                dateYear !== undefined && dateYear !== 2098 ? { 'decision-date-mismatch': 1 } : {};
            assertNoNewFindings(codesOf(ws), codesOf(rebuilt), `renaming ${oldText} to ${newName}`, expected);
        },
        { runs: 40, cost: 3 }
    );
});
