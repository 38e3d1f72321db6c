// Bundles the VS Code extension (client) and the language server into dist/ with esbuild.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning'
};

await Promise.all([
    esbuild.build({
        ...common,
        entryPoints: ['client/extension.ts'],
        outfile: 'dist/extension.cjs',
        external: ['vscode']
    }),
    esbuild.build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server.cjs' }),
    // The VS Code suite (test/vscode/), as CommonJS for the extension host: the project's own output is
    // ESM. Not part of the packaged extension; mocha is loaded from node_modules at run time.
    ...(production
        ? []
        : [
              esbuild.build({
                  ...common,
                  entryPoints: ['test/vscode/suite/index.ts'],
                  outfile: 'out/test/vscode/suite.cjs',
                  external: ['vscode', 'mocha']
              })
          ])
]);
