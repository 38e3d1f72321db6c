/** Where Debian's Chromium lives (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.STRAT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The flags of every headless Chromium the tests start (the browser tests, test/browser/support.ts, and
 * the VS Code harness, test/vscode/run.mjs): no sandbox (tests run as root in containers), no GPU, no
 * traffic of its own, and temporary files outside the small /dev/shm of a container.
 */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage'
];
