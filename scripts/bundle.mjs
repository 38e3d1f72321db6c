// Bundles with esbuild into dist/: the VS Code extension (client), the language server, and the CLI
// (dist/cli.mjs and its chunks, started by bin/strat.js; they load much faster than the compiled
// modules); and for the browser (vscode.dev, github.dev, GitLab's Web IDE) the extension's browser entry
// (dist/extension.web.cjs) and the language server as a web worker (dist/server.web.js). The browser
// builds have no Node built-ins: esbuild fails on any `node:` import that reaches them.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';

// node scripts/bundle.mjs [--production] [--outdir DIR]   (DIR defaults to dist)
const args = process.argv.slice(2);
const production = args.includes('--production');
const outdir = args.includes('--outdir') ? args[args.indexOf('--outdir') + 1] : 'dist';
const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow (the bundle
    // would fail at run time with "Cannot find module './impl/format'"); its ES module build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' }
};
/**
 * The CommonJS bundles: ES modules bundled into them (tinyglobby's fdir) read `import.meta.url`,
 * which CommonJS does not have; it is the bundle's own file URL.
 */
const commonJs = {
    ...common,
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' }
};
/** The schema's words for the editor: they do not change what is valid, and ajv's code would carry them. */
const ANNOTATIONS = new Set(['title', 'description', 'markdownDescription', 'enumDescriptions', 'examples']);

function withoutAnnotations(schema) {
    if (Array.isArray(schema)) return schema.map(withoutAnnotations);
    if (typeof schema !== 'object' || schema === null) return schema;
    return Object.fromEntries(
        Object.entries(schema)
            // a property that happens to be called "title" has a schema (an object) as its value
            .filter(
                ([key, value]) =>
                    !(ANNOTATIONS.has(key) && (typeof value === 'string' || Array.isArray(value)))
            )
            .map(([key, value]) => [key, withoutAnnotations(value)])
    );
}

/**
 * The project file's schema validator, compiled here (ajv's standalone code) for the browser builds:
 * ajv's compiler stays out of the bundle and no code is made at run time. Same schema, same options
 * (language/project/schema-validator.ts); the modules it needs are resolved from the project's root.
 */
const precompiledSchema = {
    name: 'precompiled-project-schema',
    setup(build) {
        build.onResolve({ filter: /[\\/]schema-validator\.js$/ }, args => ({
            path: path.resolve(args.resolveDir, args.path),
            namespace: 'precompiled-project-schema'
        }));
        build.onLoad({ filter: /.*/, namespace: 'precompiled-project-schema' }, () => {
            const schema = withoutAnnotations(
                JSON.parse(readFileSync('language/project/strat.schema.json', 'utf8'))
            );
            const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, code: { source: true } });
            ajv.addKeyword('enumDescriptions');
            const code = standaloneCode(ajv, ajv.compile(schema));
            return {
                contents: `${code}\nconst validate = module.exports;\nmodule.exports.schemaValidator = () => validate;`,
                loader: 'js',
                resolveDir: process.cwd()
            };
        });
    }
};

/** The browser builds: a web worker has no Node built-ins, so none may be bundled. */
const browser = {
    ...common,
    plugins: [precompiledSchema],
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' }
};

await Promise.all([
    esbuild.build({
        ...commonJs,
        entryPoints: ['client/extension.ts'],
        outfile: `${outdir}/extension.cjs`,
        external: ['vscode']
    }),
    esbuild.build({ ...commonJs, entryPoints: ['server/main.ts'], outfile: `${outdir}/server.cjs` }),
    esbuild.build({
        ...browser,
        entryPoints: ['client/extension-web.ts'],
        outfile: `${outdir}/extension.web.cjs`,
        format: 'cjs',
        external: ['vscode']
    }),
    esbuild.build({
        ...browser,
        entryPoints: ['server/web/main.ts'],
        outfile: `${outdir}/server.web.js`,
        format: 'iife'
    }),
    // The executable (dist/cli.mjs: the CLI and, for `strat lsp`, the language server) as ES modules
    // split into chunks (dist/cli-chunks/): each command loads only the modules it runs (validate
    // neither the Word and Excel writers nor the catalogue import nor the language server).
    esbuild.build({
        ...common,
        entryPoints: { cli: 'server/executable.ts' },
        outdir,
        outExtension: { '.js': '.mjs' },
        chunkNames: 'cli-chunks/[name]-[hash]',
        format: 'esm',
        splitting: true,
        // Minified for the package, with the names of functions and classes kept: the stack trace of
        // an internal error (STRAT_DEBUG=1) still names where it happened.
        keepNames: production,
        // The CommonJS dependencies bundled into the ES modules call require() for Node's own modules.
        banner: {
            js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
        }
    }),
    // The VS Code suite (test/vscode/), as CommonJS for the extension host: the project's own output is
    // ESM. Not part of the packaged extension; mocha is loaded from node_modules at run time.
    ...(production
        ? []
        : [
              esbuild.build({
                  ...commonJs,
                  entryPoints: ['test/vscode/suite/index.ts'],
                  outfile: 'out/test/vscode/suite.cjs',
                  external: ['vscode', 'mocha']
              }),
              // The browser workbench suite (test/vscode/web/), for the web worker extension host, which
              // loads no module but `vscode`: mocha's browser build is bundled in.
              esbuild.build({
                  ...browser,
                  entryPoints: ['test/vscode/web/index.ts'],
                  outfile: 'out/test/vscode/web-suite.cjs',
                  // Mocha's browser build is an UMD module that sets `module.exports` to itself: the suite
                  // is a script whose `run` is exported after it.
                  format: 'iife',
                  globalName: 'stratWebSuite',
                  footer: { js: 'module.exports = stratWebSuite;' },
                  external: ['vscode']
              })
          ])
]);
