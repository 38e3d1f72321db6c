import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { copyOfExamples, LspSession, positionOf } from '../support/lsp-session.js';
import { applyTextEdits } from '../support/lsp-text.js';

const HUGE = `strategy Gross "T" {\n    vision "${'Text '.repeat(860_000)}"\n    text "C:\\Daten"\n}\n`;

/** The server still answers a request about another file, and its answer is right. */
async function answersHover(session: LspSession): Promise<void> {
    const file = 'intelligente-verwaltungsnetze.strat';
    const text = await fs.readFile(path.join(session.workspace, file), 'utf8');
    const uri = session.uri(file);
    assert.match(
        await session.hoverText(uri, positionOf(text, 'level society', 7)),
        /Gesellschaftliche Ebene/
    );
}

describe('language server with hostile syntax', function () {
    this.timeout(120_000);
    let workspace: string;
    let session: LspSession | undefined;

    beforeEach(async () => {
        workspace = await copyOfExamples();
    });

    afterEach(async () => {
        await session?.stop();
        session = undefined;
        await fs.rm(workspace, { recursive: true, force: true });
    });

    it('a text of millions of characters in the workspace at start: checked, and the server answers', async () => {
        await fs.writeFile(path.join(workspace, 'gross.strat'), HUGE);
        session = await LspSession.start(workspace);
        const diagnostics = await session.diagnosticsFor(
            session.uri('gross.strat'),
            d => d.length > 0,
            60_000
        );
        assert.deepEqual(
            diagnostics.map(d => d.code),
            ['invalid-escape']
        );
        await answersHover(session);
        assert.equal(session.process.exitCode, null, 'the server is still running');
    });

    it('a text of millions of characters opened later: checked, outline given, and the server answers', async () => {
        session = await LspSession.start(workspace);
        await answersHover(session);
        const uri = await session.open('neu.strat', HUGE);
        const diagnostics = await session.diagnosticsFor(uri, d => d.length > 0, 60_000);
        assert.deepEqual(
            diagnostics.map(d => d.code),
            ['invalid-escape']
        );
        const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', {
            textDocument: { uri }
        });
        assert.equal(symbols[0]?.name, 'Gross');
        await answersHover(session);
    });

    it('a misspelled keyword: one error, and the quick fixes of the rest still work', async () => {
        session = await LspSession.start(workspace);
        const text =
            'strategy S "T" {\n    level society "L"\n    goal g "G" {\n        levl society\n' +
            '        target-picture "Ablage C:\\Users"\n    }\n}\n';
        const uri = await session.open('tippfehler.strat', text);
        const diagnostics = await session.diagnosticsFor(uri, d => d.some(x => x.code === 'invalid-escape'));
        assert.deepEqual(
            diagnostics.filter(d => d.severity === 1).map(d => d.code),
            ['syntax-error', 'invalid-escape']
        );
        assert.match(String(diagnostics[0].message), /did you mean `level`\?/);
        const typoFixes = await session.codeActionsFor(uri, diagnostics[0]);
        const typoFix = typoFixes.find(a => a.title === 'Replace "levl" with "level"');
        assert.ok(typoFix, JSON.stringify(typoFixes.map(a => a.title)));
        assert.equal(applyTextEdits(text, typoFix.edit!.changes![uri]), text.replace('levl', 'level'));
        const escape = diagnostics.find(d => d.code === 'invalid-escape')!;
        const actions = await session.codeActionsFor(uri, escape);
        const fix = actions.find(a => a.isPreferred)!;
        assert.equal(fix.title, 'Write \\U as \\\\U (a backslash as itself)');
        assert.equal(applyTextEdits(text, fix.edit!.changes![uri]), text.replace('C:\\Users', 'C:\\\\Users'));
    });

    it('an undeclared name close to a declared one: the quick fix writes the declared one', async () => {
        session = await LspSession.start(workspace);
        const text =
            'strategy S "T" {\n    level society "L"\n    goal g "G" {\n        level socity\n    }\n}\n';
        const uri = await session.open('name.strat', text);
        const unresolved = await session.findingOf(uri, 'unresolved-reference');
        const actions = await session.codeActionsFor(uri, unresolved);
        const fix = actions.find(a => a.title === 'Replace "socity" with "society"');
        assert.ok(fix, JSON.stringify(actions.map(a => a.title)));
        assert.equal(applyTextEdits(text, fix.edit!.changes![uri]), text.replace('socity', 'society'));
    });
});
