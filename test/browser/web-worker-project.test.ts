import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT } from './support.js';
import { WorkerSession } from './worker-session.js';

const STRATEGY = 'interfoederale-strategie.strat';
const LEGACY = 'intelligente-verwaltungsnetze.strat';
const CATALOGUE = 'catalogue/it-planungsrat.strat';
const ILLUSTRATIVE = 'illustrative/musterland-onlinedienste.strat';

/** A copy of the examples with a project file of its own, served as the workbench's repository. */
async function examplesWithProject(config: unknown): Promise<string> {
    const folder = await fs.mkdtemp(path.join(tmpdir(), 'strat-web-project-'));
    await fs.cp(path.join(ROOT, 'examples'), folder, { recursive: true });
    await writeProject(folder, config);
    return folder;
}

async function writeProject(folder: string, config: unknown): Promise<void> {
    const text = typeof config === 'string' ? config : JSON.stringify(config, null, 4);
    await fs.writeFile(path.join(folder, 'strat.json'), text);
}

const legacyOf = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'legacy-decision-id');

describe('the web worker server reads strat.json through the workbench', function () {
    this.timeout(180_000);
    let folder: string;
    let session: WorkerSession;

    before(async () => {
        folder = await examplesWithProject({
            exclude: ['illustrative/**'],
            checks: { 'legacy-decision-id': 'error' }
        });
        session = await WorkerSession.start({ folder });
    });

    after(async () => {
        await session?.stop();
        await fs.rm(folder, { recursive: true, force: true });
    });

    /** Tells the server that strat.json changed, as the extension's file watcher does. */
    async function projectChanged(config: unknown): Promise<void> {
        await writeProject(folder, config);
        await session.notify('workspace/didChangeWatchedFiles', {
            changes: [{ uri: session.uri('strat.json'), type: FileChangeType.Changed }]
        });
    }

    it('applies the check levels of strat.json: the legacy decision number is an error', async () => {
        const diagnostics = await session.diagnosticsFor(session.uri(LEGACY), d => legacyOf(d).length > 0);
        assert.equal(legacyOf(diagnostics).length, 2);
        assert.ok(
            legacyOf(diagnostics).every(d => d.severity === 1),
            JSON.stringify(diagnostics)
        );
        assert.ok(session.requested.includes(`readFile ${session.uri('strat.json')}`));
    });

    it('loads no file that strat.json excludes, though the workbench finds it', async () => {
        await session.diagnosticsFor(session.uri(STRATEGY));
        await session.diagnosticsFor(session.uri(CATALOGUE));
        assert.ok(session.requested.includes(`findFiles ${session.uri('').replace(/\/$/, '')}`));
        assert.deepEqual(
            session.checkedFiles().filter(uri => uri.includes('/illustrative/')),
            [],
            session.checkedFiles().join('\n')
        );
        assert.ok(!session.requested.some(r => r.includes('/illustrative/')), session.requested.join('\n'));
    });

    it('checks every file again when strat.json changes: the language and the files it includes', async () => {
        await projectChanged({ language: 'de' });
        const diagnostics = await session.diagnosticsFor(session.uri(LEGACY), d =>
            legacyOf(d).some(x => /alte Schreibweise/.test(String(x.message)))
        );
        assert.ok(
            legacyOf(diagnostics).every(d => d.severity === 2),
            'back to the default level, a warning'
        );
        await session.diagnosticsFor(session.uri(ILLUSTRATIVE));
    });

    it('drops the findings of a check strat.json turns off', async () => {
        await projectChanged({ checks: { 'legacy-decision-id': 'off' } });
        const diagnostics = await session.diagnosticsFor(session.uri(LEGACY), d => legacyOf(d).length === 0);
        assert.deepEqual(legacyOf(diagnostics), []);
    });

    it('ignores a strat.json with errors (the defaults apply) and says why', async () => {
        await projectChanged('{ "checks": { "legacy-decision-id": "loud" } }');
        const diagnostics = await session.diagnosticsFor(session.uri(LEGACY), d => legacyOf(d).length > 0);
        assert.ok(
            legacyOf(diagnostics).every(d => d.severity === 2 && /legacy form/.test(String(d.message)))
        );
        assert.ok(
            session.logs.some(
                log => /strat\.json ignored until its errors are fixed/.test(log) && /loud/.test(log)
            ),
            session.logs.join('\n')
        );
    });
});

describe('the web worker server forgets files deleted or renamed in the workbench', function () {
    this.timeout(180_000);
    let folder: string;
    let session: WorkerSession;

    before(async () => {
        folder = await examplesWithProject({ exclude: ['illustrative/**'] });
        session = await WorkerSession.start({ folder });
        await session.diagnosticsFor(session.uri(LEGACY), d => legacyOf(d).length > 0);
    });

    after(async () => {
        await session?.stop();
        await fs.rm(folder, { recursive: true, force: true });
    });

    it('checks a renamed file under its new name and clears the findings of the old one', async () => {
        const renamed = 'verwaltungsnetze-2014.strat';
        await fs.rename(path.join(folder, LEGACY), path.join(folder, renamed));
        await session.notify('workspace/didRenameFiles', {
            files: [{ oldUri: session.uri(LEGACY), newUri: session.uri(renamed) }]
        });
        await session.diagnosticsFor(session.uri(LEGACY), d => d.length === 0);
        const diagnostics = await session.diagnosticsFor(session.uri(renamed), d => legacyOf(d).length > 0);
        assert.equal(legacyOf(diagnostics).length, 2);
    });

    it('drops a deleted folder: the decisions of its catalogue no longer resolve', async () => {
        const strategy = await session.diagnosticsFor(session.uri(STRATEGY));
        assert.ok(!strategy.some(d => d.code === 'unresolved-decision'), JSON.stringify(strategy));
        const before = await session.request<unknown[]>('workspace/symbol', { query: '2022/02' });
        assert.ok(JSON.stringify(before).includes('/catalogue/'), JSON.stringify(before));
        await fs.rm(path.join(folder, 'catalogue'), { recursive: true });
        await session.notify('workspace/didDeleteFiles', { files: [{ uri: session.uri('catalogue') }] });
        const after = await session.diagnosticsFor(session.uri(STRATEGY), d =>
            d.some(x => x.code === 'unresolved-decision')
        );
        assert.ok(
            after.some(d => /2022\/02/.test(String(d.message))),
            JSON.stringify(after)
        );
        const requested = session.requested.length;
        const references = await session.request<unknown[]>('workspace/symbol', { query: '2022/02' });
        assert.ok(
            !JSON.stringify(references).includes('/catalogue/'),
            'no symbol of the deleted catalogue is left'
        );
        assert.equal(session.requested.length, requested, 'nothing deleted was read again');
    });
});
