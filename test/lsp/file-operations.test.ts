import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspSession } from '../support/lsp-session.js';

const CATALOGUE = 'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR\n';
const STRATEGY = 'strategy S "Titel" {\n    cites 2023/42, 2024/07\n}\n';
const DRAFT = 'decision 2024/07 by ITPLR\ndecision 07/2024 by ITPLR\n';

/** Files deleted or renamed in the editor (LSP's file operations), told to the Node server. */
describe('language server: files deleted or renamed in the editor', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession | undefined;

    beforeEach(async () => {
        workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-file-operations-'));
        await fs.mkdir(path.join(workspace, 'drafts'));
        await fs.writeFile(path.join(workspace, 'catalogue.strat'), CATALOGUE);
        await fs.writeFile(path.join(workspace, 'strategy.strat'), STRATEGY);
        await fs.writeFile(path.join(workspace, 'drafts', 'draft.strat'), DRAFT);
        session = await LspSession.start(workspace);
    });

    afterEach(async () => {
        await session?.stop();
        session = undefined;
        await fs.rm(workspace, { recursive: true, force: true });
    });

    it('forgets a deleted folder: its findings are cleared and its decisions no longer resolve', async () => {
        const draft = session!.uri('drafts/draft.strat');
        await session!.diagnosticsFor(draft, d => d.length > 0);
        const strategy = session!.uri('strategy.strat');
        await session!.diagnosticsFor(strategy, d => d.length === 0);
        await fs.rm(path.join(workspace, 'drafts'), { recursive: true });
        await session!.connection.sendNotification('workspace/didDeleteFiles', {
            files: [{ uri: session!.uri('drafts') }]
        });
        await session!.diagnosticsFor(draft, d => d.length === 0);
        const after = await session!.diagnosticsFor(strategy, d => d.length > 0);
        assert.deepEqual(
            after.map(d => d.code),
            ['unresolved-decision']
        );
        assert.match(String(after[0].message), /2024\/07/);
    });

    it('checks a renamed catalogue under its new name: its decisions still resolve', async () => {
        const strategy = session!.uri('strategy.strat');
        await session!.diagnosticsFor(strategy, d => d.length === 0);
        await fs.rename(path.join(workspace, 'catalogue.strat'), path.join(workspace, 'decisions.strat'));
        await session!.connection.sendNotification('workspace/didRenameFiles', {
            files: [{ oldUri: session!.uri('catalogue.strat'), newUri: session!.uri('decisions.strat') }]
        });
        await session!.diagnosticsFor(session!.uri('decisions.strat'));
        await session!.quiet();
        assert.deepEqual(session!.latestDiagnostics(strategy), []);
        const symbols = await session!.connection.sendRequest<Array<{ location: { uri: string } }>>(
            'workspace/symbol',
            { query: '2023/42' }
        );
        const files = new Set(symbols.map(s => path.basename(s.location.uri)));
        assert.ok(files.has('decisions.strat') && !files.has('catalogue.strat'), [...files].join(', '));
    });
});
