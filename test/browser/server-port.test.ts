import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { ServerStart } from '../../client/server-port.js';
import { launchChromium, ROOT } from './support.js';
import { SERVER_WEB } from './worker-session.js';

/** What a start in the page reports: where the server runs, its answer to `initialize`, the fallbacks. */
interface PageStart {
    started: ServerStart;
    answered: boolean;
    fallbacks: string[];
}

/**
 * The browser entry's channel to its server (client/server-port.ts, bundled for the page) with the real
 * worker bundle, in headless Chromium: the worker counts as started when it answers `initialize`, and
 * only a worker that fails to load is replaced by the server in the page itself (as in the extension
 * host), which then answers the same `initialize`.
 */
describe('the browser entry starts its language server (client/server-port.ts in Chromium)', function () {
    this.timeout(180_000);
    let http: Server;
    let browser: Browser;
    let page: Page;

    before(async () => {
        const bundle = await esbuild.build({
            entryPoints: [path.join(ROOT, 'client', 'server-port.ts')],
            bundle: true,
            write: false,
            format: 'iife',
            globalName: 'stratServerPort',
            platform: 'browser'
        });
        const scripts: Record<string, Buffer | string> = {
            '/server-port.js': Buffer.from(bundle.outputFiles[0].contents),
            '/server.web.js': await fs.readFile(SERVER_WEB),
            '/refused.js': "throw new Error('refused by the workbench');"
        };
        http = createServer((request, response) => {
            const script = scripts[request.url ?? ''];
            if (script !== undefined) {
                response.writeHead(200, { 'content-type': 'text/javascript' });
                response.end(script);
            } else {
                response.writeHead(200, { 'content-type': 'text/html' });
                response.end('<!DOCTYPE html><title>strat</title><script src="/server-port.js"></script>');
            }
        });
        await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
        browser = await launchChromium();
        page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
    });

    after(async () => {
        await browser?.close();
        await new Promise(resolve => http?.close(resolve));
    });

    /** Starts the server from `workerUrl` as the browser entry does and sends it `initialize`. */
    function start(workerUrl: string): Promise<PageStart> {
        return page.evaluate(async url => {
            interface Port {
                postMessage(message: unknown): void;
                onmessage: ((event: { data: unknown }) => void) | null;
            }
            const host = globalThis as unknown as {
                stratServerPort: typeof import('../../client/server-port.js');
                Worker: new (url: string) => import('../../client/server-port.js').WorkerLike;
                MessageChannel: new () => { port1: Port; port2: Port };
                fetch(url: string): Promise<{ text(): Promise<string> }>;
            };
            const fallbacks: string[] = [];
            const server = host.stratServerPort.serverPort(
                () => new host.Worker(url),
                async reason => {
                    fallbacks.push(reason);
                    const channel = new host.MessageChannel();
                    const script = await (await host.fetch('/server.web.js')).text();
                    new Function('self', script)(channel.port1);
                    return channel.port2 as unknown as import('../../client/server-port.js').ServerPort;
                }
            );
            const answer = new Promise<boolean>(resolve => {
                server.port.onmessage = event => {
                    const message = event.data as { id?: number; result?: { capabilities?: unknown } };
                    if (message.id === 1) {
                        resolve(message.result?.capabilities !== undefined);
                    }
                };
            });
            server.port.postMessage({
                jsonrpc: '2.0',
                id: 1,
                method: 'initialize',
                params: { processId: null, rootUri: null, capabilities: {} }
            });
            const [started, answered] = await Promise.all([server.started, answer]);
            return { started, answered, fallbacks };
        }, workerUrl);
    }

    it('counts the worker as started when it answers initialize, without a fallback', async () => {
        const result = await start('/server.web.js');
        assert.deepEqual(result, { started: { host: 'web-worker' }, answered: true, fallbacks: [] });
    });

    it('runs the server in the extension host when the worker fails to load, which answers instead', async () => {
        const result = await start('/refused.js');
        assert.equal(result.started.host, 'extension-host');
        assert.match(result.started.reason ?? '', /refused by the workbench/);
        assert.equal(result.answered, true, 'the initialize sent to the failed worker reached the fallback');
        assert.equal(result.fallbacks.length, 1);
    });

    it('runs the server in the extension host when the workbench refuses to create the worker', async () => {
        const result = await start('http://example.invalid/server.web.js');
        assert.equal(result.started.host, 'extension-host');
        assert.ok(result.started.reason, 'the reason is reported');
        assert.equal(result.answered, true);
    });
});
