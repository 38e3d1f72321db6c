import fc from 'fast-check';
import { property } from './fuzz-support.js';
import { exampleCopy, opArbitrary, runSequence } from './lsp-editor.js';

describe('fuzz: language server over LSP', function () {
    const { folder, disk } = exampleCopy();

    property(
        'random edits and requests: every request is answered, the server lives, its diagnostics equal a fresh build',
        fc.array(opArbitrary, { minLength: 5, maxLength: 40 }),
        ops => runSequence(folder(), disk, ops),
        { runs: 4, cost: 40, shrink: false, timeout: 120_000, timing: true }
    );
});
