// Bundles with esbuild into dist/: the VS Code extension (client), the language server, and the CLI
// (dist/cli.mjs and its chunks, started by bin/strat.js; they load much faster than the compiled
// modules); and for the browser (vscode.dev, github.dev, GitLab's Web IDE) the extension's browser entry
// (dist/extension.web.cjs) and the language server as a web worker (dist/server.web.js). The browser
// builds have no Node built-ins: esbuild fails on any `node:` import that reaches them.
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
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

/**
 * Langium's core takes four names from vscode-languageserver-protocol, whose Node entry loads the whole
 * protocol and JSON-RPC transport. The CLI's commands need only those four: they come from the
 * protocol's own JSON-RPC modules (the same files, so `strat lsp`, which loads the protocol, shares
 * them) and the protocol loads only with the language server.
 */
const langiumCoreProtocol = {
    name: 'langium-core-protocol',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args =>
            /[\\/]langium[\\/]lib[\\/](utils|workspace)[\\/]/.test(args.importer)
                ? { path: 'langium-core-protocol', namespace: 'langium-core-protocol' }
                : undefined
        );
        build.onLoad({ filter: /.*/, namespace: 'langium-core-protocol' }, () => {
            const require = createRequire(import.meta.url);
            const protocol = require.resolve('vscode-languageserver-protocol');
            const jsonRpc = path.resolve(
                path.dirname(createRequire(protocol).resolve('vscode-jsonrpc')),
                '..'
            );
            const module = name => JSON.stringify(path.join(jsonRpc, name));
            return {
                contents: [
                    // JSON-RPC's runtime layer (timers, console), loaded when first used
                    `import RAL from ${module('common/ral.js')};`,
                    'RAL.install(new Proxy({}, {',
                    `    get: (_, key) => (require(${module('node/ril.js')}).default.install(), RAL()[key])`,
                    '}));',
                    `export { CancellationToken, CancellationTokenSource } from ${module('common/cancellation.js')};`,
                    `export { Emitter } from ${module('common/events.js')};`,
                    `export { ResponseError } from ${module('common/messages.js')};`,
                    // the codes of the Language Server Protocol's specification
                    'export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802 };'
                ].join('\n'),
                loader: 'js',
                resolveDir: jsonRpc
            };
        });
    }
};

/**
 * fdir (under tinyglobby) looks for an optional picomatch at load time and loads it if one is
 * installed anywhere up the folder tree, though tinyglobby never uses it: a second picomatch, read at
 * every start. The probe is left out; the build warns if fdir's code no longer has it.
 */
const withoutFdirPicomatchProbe = {
    name: 'without-fdir-picomatch-probe',
    setup(build) {
        build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async args => {
            const source = await readFile(args.path, 'utf8');
            const probe = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
            return {
                contents: source.replace(probe, ''),
                loader: 'js',
                warnings: probe.test(source)
                    ? []
                    : [{ text: 'fdir no longer probes for picomatch as expected: check this plugin' }]
            };
        });
    }
};

/**
 * Node's own modules in the ES module build of the CLI, each loaded when one of its exports is first
 * read. An `import` of a Node module makes Node build an ES module view of it, reading every export
 * (`process.allowedNodeEnvironmentFlags` and `fs.promises` are getters that do real work), and
 * commander imports child_process, which loads the network and stream modules: together a large part
 * of `strat --version`. Each module becomes an object of the same export names whose accessors load
 * it; `process` is the global one.
 */
const nodeModulesOnFirstUse = {
    name: 'node-modules-on-first-use',
    setup(build) {
        build.onResolve({ filter: /^[a-z_:/]+$/ }, args =>
            isBuiltin(args.path) && args.namespace !== 'node-module'
                ? { path: args.path, namespace: 'node-module' }
                : undefined
        );
        build.onResolve({ filter: /.*/, namespace: 'node-module' }, args => ({
            path: args.path,
            external: true
        }));
        build.onLoad({ filter: /.*/, namespace: 'node-module' }, args => {
            if (args.path.replace(/^node:/, '') === 'process') {
                return { contents: 'module.exports = process;', loader: 'js' };
            }
            const name = JSON.stringify(args.path);
            const exports = Object.getOwnPropertyNames(createRequire(import.meta.url)(args.path)).filter(
                key => key !== 'default' && key !== '__esModule'
            );
            const accessors = exports.map(key => {
                const k = JSON.stringify(key);
                return `get ${k}() { return load()[${k}]; }, set ${k}(value) { load()[${k}] = value; }`;
            });
            return {
                contents: [
                    'let loaded;',
                    `const load = () => (loaded ??= require(${name}));`,
                    `module.exports = { ${accessors.join(',\n')} };`
                ].join('\n'),
                loader: 'js'
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

// the chunks of earlier builds (named by their content) would pile up beside the new ones
rmSync(path.join(outdir, 'cli-chunks'), { recursive: true, force: true });

await Promise.all([
    esbuild.build({
        ...commonJs,
        entryPoints: ['client/extension.ts'],
        outfile: `${outdir}/extension.cjs`,
        external: ['vscode']
    }),
    esbuild.build({
        ...commonJs,
        entryPoints: ['server/main.ts'],
        outfile: `${outdir}/server.cjs`,
        plugins: [withoutFdirPicomatchProbe]
    }),
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
        plugins: [nodeModulesOnFirstUse, langiumCoreProtocol, withoutFdirPicomatchProbe],
        outdir,
        outExtension: { '.js': '.mjs' },
        chunkNames: 'cli-chunks/[name]-[hash]',
        format: 'esm',
        splitting: true,
        // Minified for the package, with the names of functions and classes kept: the stack trace of
        // an internal error (STRAT_DEBUG=1) still names where it happened.
        keepNames: production,
        // The CommonJS dependencies bundled into the ES modules call require() for Node's own modules;
        // each chunk makes its require when first called (making one takes a while, and most chunks of a
        // run never call it).
        banner: {
            js: [
                "import { createRequire as __createRequire } from 'node:module';",
                'let __chunkRequire;',
                'const __requireOfChunk = () => (__chunkRequire ??= __createRequire(import.meta.url));',
                'function require(id) { return __requireOfChunk()(id); }',
                'require.resolve = (id, options) => __requireOfChunk().resolve(id, options);'
            ].join('\n')
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
