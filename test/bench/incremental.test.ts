import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspSession, type Published } from '../support/lsp-session.js';

const FILES: Record<string, string> = {
    'catalogue.strat': 'body RAT "Rat"\n\ndecision 2024/01 by RAT\n',
    'a.strat':
        'actor StabA "Stab A"\n\nstrategy A "A" {\n    owner StabA\n    goal ga "Ziel A" {\n        text "Text"\n    }\n}\n',
    'b.strat': 'strategy B "B" {\n    goal gb "Ziel B" {\n        contributes-to A.ga\n    }\n}\n',
    'c.strat': 'strategy C "C" {\n    cites 2024/01\n}\n'
};

const codes = (entry: Published) => entry.diagnostics.map(d => String(d.code));

/**
 * What the language server checks again after a change: the changed file and the files that refer
 * to it or declare a name it declares differently now, and nothing else; and the findings that
 * depend on other files are right after the change, in the changed file and in those others.
 */
describe('incremental checking over LSP', function () {
    this.timeout(60_000);
    let folder: string;
    let client: LspSession;
    let a: string;
    let text: string;

    before(async () => {
        folder = await fs.mkdtemp(path.join(tmpdir(), 'strat-incremental-'));
        for (const [file, content] of Object.entries(FILES)) {
            await fs.writeFile(path.join(folder, file), content);
        }
        client = await LspSession.start(folder);
        text = FILES['a.strat'];
        a = await client.open('a.strat', text);
        // the whole workspace is checked (at start, or once a file is opened)
        for (const file of Object.keys(FILES)) {
            await client.next(entry => entry.uri === client.uri(file), 0);
        }
        await client.quiet(300);
    });

    after(async () => {
        await client?.stop();
        await fs.rm(folder, { recursive: true, force: true });
    });

    /**
     * Changes a.strat and returns its next diagnostics and the other files checked again (after a quiet
     * moment).
     */
    async function edit(newText: string): Promise<{ own: Published; others: string[] }> {
        const since = performance.now();
        const own = client.next(entry => entry.uri === a, since);
        await client.change(a, newText);
        const published = await own;
        await client.quiet(400);
        const others = [
            ...new Set(
                client.published
                    .filter(e => e.at >= since && e.uri !== a)
                    .map(e => path.basename(new URL(e.uri).pathname))
            )
        ].sort();
        return { own: published, others };
    }

    it('a keystroke in a text checks the file and the file that refers to it, not the catalogue or others', async () => {
        const typed = text.replace('"Text"', '"Textx"');
        const { own, others } = await edit(typed);
        assert.deepEqual(codes(own), []);
        assert.deepEqual(others, ['b.strat']);
        const back = await edit(text);
        assert.deepEqual(back.others, ['b.strat']);
    });

    it('a decision declared, moved and removed again: the catalogue that declares it too is checked each time', async () => {
        const catalogue = client.uri('catalogue.strat');
        const declared = `decision 2024/01\n${text}`;
        let since = performance.now();
        let waiting = client.next(
            e =>
                e.uri === catalogue &&
                e.diagnostics.some(
                    d => d.code === 'duplicate-decision' && String(d.message).includes('a.strat:1')
                ),
            since
        );
        const first = await edit(declared);
        assert.ok(codes(first.own).includes('duplicate-decision'), JSON.stringify(first.own.diagnostics));
        await waiting;

        since = performance.now();
        waiting = client.next(
            e =>
                e.uri === catalogue &&
                e.diagnostics.some(
                    d => d.code === 'duplicate-decision' && String(d.message).includes('a.strat:2')
                ),
            since
        );
        await edit(`\n${declared}`);
        await waiting;

        since = performance.now();
        waiting = client.next(
            e => e.uri === catalogue && !e.diagnostics.some(d => d.code === 'duplicate-decision'),
            since
        );
        const removed = await edit(text);
        assert.deepEqual(codes(removed.own), []);
        await waiting;
        assert.ok(removed.others.includes('catalogue.strat'));
        assert.ok(!removed.others.includes('c.strat'), 'c.strat cites the decision but does not declare it');
    });

    it('a contribution that closes a cycle through another file is found in both files at once', async () => {
        const b = client.uri('b.strat');
        const cyclic = text.replace('        text "Text"', '        contributes-to B.gb');
        const since = performance.now();
        const inB = client.next(e => e.uri === b && codes(e).includes('contributes-cycle'), since);
        const { own } = await edit(cyclic);
        assert.ok(codes(own).includes('contributes-cycle'), JSON.stringify(own.diagnostics));
        await inB;

        const after = performance.now();
        const cleanB = client.next(e => e.uri === b && !codes(e).includes('contributes-cycle'), after);
        const back = await edit(text);
        assert.deepEqual(codes(back.own), []);
        await cleanB;
    });
});
