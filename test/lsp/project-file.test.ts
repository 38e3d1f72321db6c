import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspSession } from '../support/lsp-session.js';

const CATALOGUE = 'body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR\n';
const STRATEGY = 'strategy S "Titel" {\n    cites 2023/42, 2024/07\n}\n';
const DRAFT = 'decision 2024/07 by ITPLR\n';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${String(d.code)}:${d.severity}`);

/** The language server reads strat.json: check levels, language and files, and again when it changes. */
describe('language server with a project file (strat.json)', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession | undefined;

    beforeEach(async () => {
        workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-project-'));
        await fs.mkdir(path.join(workspace, 'drafts'));
        await fs.writeFile(path.join(workspace, 'catalogue.strat'), CATALOGUE);
        await fs.writeFile(path.join(workspace, 'strategy.strat'), STRATEGY);
        await fs.writeFile(path.join(workspace, 'drafts', 'draft.strat'), DRAFT);
    });

    afterEach(async () => {
        await session?.stop();
        session = undefined;
        await fs.rm(workspace, { recursive: true, force: true });
    });

    async function writeProject(config: object): Promise<void> {
        await fs.writeFile(path.join(workspace, 'strat.json'), JSON.stringify(config, null, 4));
    }

    async function projectChanged(type: 1 | 2 | 3): Promise<void> {
        await session!.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [{ uri: pathToFileURL(path.join(workspace, 'strat.json')).toString(), type }]
        });
    }

    it('leaves out the files the project excludes and gives checks the severity it sets', async () => {
        await writeProject({ exclude: ['drafts/**'], checks: { 'unresolved-decision': 'error' } });
        session = await LspSession.start(workspace);
        const uri = session.uri('strategy.strat');
        const diagnostics = await session.diagnosticsFor(uri, d => d.length > 0);
        // 2024/07 is declared only in the excluded draft
        assert.deepEqual(codes(diagnostics), ['unresolved-decision:1']);
        assert.match(String(diagnostics[0].message), /2024\/07/);
    });

    it('speaks the language of the project file, unless strat.language says otherwise', async () => {
        await writeProject({ language: 'de', exclude: ['drafts/**'] });
        session = await LspSession.start(workspace, { locale: 'en' });
        const german = await session.diagnosticsFor(session.uri('strategy.strat'), d => d.length > 0);
        assert.match(String(german[0].message), /ist in keinem Katalog/);
        await session.stop();
        session = await LspSession.start(workspace, { locale: 'de', settings: { language: 'en' } });
        const english = await session.diagnosticsFor(session.uri('strategy.strat'), d => d.length > 0);
        assert.match(String(english[0].message), /is not declared in any catalogue/);
    });

    it('reads strat.json again when it changes: check levels and files follow at once', async () => {
        await writeProject({ exclude: ['drafts/**'] });
        session = await LspSession.start(workspace);
        const uri = session.uri('strategy.strat');
        assert.deepEqual(codes(await session.diagnosticsFor(uri, d => d.length > 0)), [
            'unresolved-decision:2'
        ]);

        await writeProject({ exclude: ['drafts/**'], checks: { 'unresolved-decision': 'info' } });
        await projectChanged(2);
        assert.deepEqual(codes(await session.diagnosticsFor(uri, d => d.some(x => x.severity === 3))), [
            'unresolved-decision:3'
        ]);

        // the draft now belongs to the project: its declaration resolves the citation
        await writeProject({});
        await projectChanged(2);
        assert.deepEqual(await session.diagnosticsFor(uri, d => d.length === 0), []);

        // the draft left out again, the check an error: the citation is unresolved again
        await writeProject({ exclude: ['drafts/**'], checks: { 'unresolved-decision': 'error' } });
        await projectChanged(2);
        assert.deepEqual(codes(await session.diagnosticsFor(uri, d => d.some(x => x.severity === 1))), [
            'unresolved-decision:1'
        ]);

        // the project file deleted: the defaults again
        await fs.rm(path.join(workspace, 'drafts'), { recursive: true });
        await fs.rm(path.join(workspace, 'strat.json'));
        await projectChanged(3);
        assert.deepEqual(codes(await session.diagnosticsFor(uri, d => d.some(x => x.severity === 2))), [
            'unresolved-decision:2'
        ]);
    });

    it('ignores a project file with errors (the editor marks them from the schema)', async () => {
        await fs.rm(path.join(workspace, 'drafts'), { recursive: true });
        await fs.writeFile(
            path.join(workspace, 'strat.json'),
            '{ "checks": { "unresolved-decision": "off", "duplicate-citation": "loud" } }'
        );
        session = await LspSession.start(workspace);
        const diagnostics = await session.diagnosticsFor(session.uri('strategy.strat'), d => d.length > 0);
        assert.deepEqual(codes(diagnostics), ['unresolved-decision:2']);
    });

    it('a folder named strat.json is no project file, nor is anything in it', async () => {
        await fs.rm(path.join(workspace, 'drafts'), { recursive: true });
        await fs.mkdir(path.join(workspace, 'notizen', 'strat.json'), { recursive: true });
        await fs.writeFile(
            path.join(workspace, 'notizen', 'strat.json', 'entwurf'),
            JSON.stringify({ language: 'de', checks: { 'unresolved-decision': 'error' } })
        );
        session = await LspSession.start(workspace, { locale: 'en' });
        const diagnostics = await session.diagnosticsFor(session.uri('strategy.strat'), d => d.length > 0);
        assert.deepEqual(codes(diagnostics), ['unresolved-decision:2']);
        assert.match(String(diagnostics[0].message), /is not declared in any catalogue/);
    });
});
