import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { copyOfExamples } from '../support/lsp-session.js';
import { property } from './fuzz-support.js';
import { FILES, opArbitrary, runSequence } from './lsp-editor.js';

describe('fuzz: language server over LSP', function () {
    let workspace: string;
    const disk = new Map<string, string | undefined>();

    before(async () => {
        workspace = await copyOfExamples();
        for (const file of FILES) {
            disk.set(file, await fs.readFile(path.join(workspace, file), 'utf8').catch(() => undefined));
        }
    });

    after(async () => {
        await fs.rm(workspace, { recursive: true, force: true });
    });

    property('random edits and requests: every request is answered, the server lives, its diagnostics equal a fresh build',
        fc.array(opArbitrary, { minLength: 5, maxLength: 40 }),
        ops => runSequence(workspace, disk, ops),
        { runs: 4, cost: 40, shrink: false, timeout: 120_000, timing: true });
});
