import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspSession } from '../support/lsp-session.js';

const CATALOGUE = `body PR "Planungsrat"

decision 2024/05 by PR {
    title "Förderbeschluss"
}
`;

const COMMITTED = `strategy alt "Digitale Verwaltung" {
    status draft

    goal online "Leistungen online" {
        text "Alle Leistungen sind online."
        assessment 2024 {
            status needs-action
        }
    }
}
`;

interface CompareResult {
    html: string;
    changes: number;
}

describe('strat/compare: a document against an earlier text of it (over LSP)', function () {
    this.timeout(60_000);
    let workspace: string;
    let session: LspSession;

    before(async () => {
        workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-compare-'));
        await fs.writeFile(path.join(workspace, 'katalog.strat'), CATALOGUE);
        session = await LspSession.start(workspace, { locale: 'de' });
    });

    after(async () => {
        await session?.stop();
        await fs.rm(workspace, { recursive: true, force: true });
    });

    const compare = (uri: string, baseText: string) =>
        session.request<CompareResult>('strat/compare', {
            uri,
            baseText,
            baseName: 'HEAD (3f2a1c9)',
            nonce: 'bm9uY2Vub25jZQ=='
        });

    it('lists the changes of the unsaved text in the words of strat diff, renames included', async () => {
        const edited = COMMITTED.replace('strategy alt', 'strategy neu')
            .replace('status needs-action', 'status uncritical')
            .replace(
                'text "Alle Leistungen sind online."',
                'text "Alle Leistungen sind online."\n        cites 2024/05'
            );
        const uri = await session.open('s.strat', edited);
        await session.diagnosticsFor(uri);
        const result = await compare(uri, COMMITTED);
        assert.equal(result.changes, 3);
        assert.ok(
            result.html.includes('<h1 class="page-title">Änderungen seit HEAD (3f2a1c9)</h1>'),
            result.html
        );
        assert.ok(result.html.includes('Kennung geändert: alt → neu'), result.html);
        assert.ok(
            result.html.includes('Status 2024: weitere Maßnahmen erforderlich → unkritisch'),
            result.html
        );
        assert.ok(result.html.includes('Zitat hinzugefügt: zitiert 2024/05'), result.html);
        assert.ok(!result.html.includes('entfernt') && !result.html.includes('hinzugefügt<'), result.html);
        assert.match(
            result.html,
            /<meta http-equiv="Content-Security-Policy" content="[^"]*nonce-bm9uY2Vub25jZQ==/
        );
        // the other files are the same on both sides: the catalogue shows no change
        assert.ok(!result.html.includes('Beschlusskatalog'), result.html);
    });

    it('says "no changes" for the committed text, and everything added for a text that was empty', async () => {
        const uri = await session.open('t.strat', COMMITTED.replace('strategy alt', 'strategy t'));
        await session.diagnosticsFor(uri);
        const same = await compare(uri, COMMITTED.replace('strategy alt', 'strategy t'));
        assert.equal(same.changes, 0);
        assert.ok(same.html.includes('<p class="empty">Keine Änderungen.</p>'), same.html);
        const fresh = await compare(uri, '');
        assert.equal(fresh.changes, 1);
        assert.ok(fresh.html.includes('Strategie t „Digitale Verwaltung“</span>: hinzugefügt'), fresh.html);
    });
});
