// `npm run test:desktop [-- options]`: the VS Code suite in a desktop VS Code (see run-desktop.ts; the
// README's Tests section for Linux, macOS and Windows). `--help` lists the options.
import { runTests } from '@vscode/test-electron';
import { runDesktop } from './run-desktop.js';

process.exitCode = await runDesktop({
    args: process.argv.slice(2),
    env: process.env,
    platform: process.platform,
    runTests,
    out: line => console.log(line),
    err: line => console.error(line)
});
