// `npm run bench` (builds first) or `node --expose-gc bench/run.mjs [--quick] [--out FILE] [--keep]`.
//
// Measures the speed of strat on generated workspaces (bench/generate-workspace.mjs) and writes
// bench/results.json (or FILE):
//   - per size (1k, 10k, 100k lines; --quick: 1k, 10k), in this process, medians over repeated runs:
//     the floor (read the files, run only the lexer), parse alone, the full build (parse, index,
//     link, validate through the language services, with the time of each phase), and
//     `strat validate` as a cold subprocess; times per 1,000 lines; the ratio of the largest to the
//     second largest size;
//   - over real LSP on the 200-file workspace (--quick: 20 files): loading it, a one-character edit
//     until fresh diagnostics arrive (and how many other files were checked again), hover,
//     definition, completion and references (p50, p95), and the server's peak memory;
//   - one strategy of many goals without levels (5,000 and 20,000; --quick: 2,000 and 8,000): build
//     time per goal;
//   - files of millions of characters at which no token starts (one run, and scattered): build and
//     `strat validate`;
//   - the preview of the largest strategy and `strat export --format html`, where they exist;
//   - the cold start of `strat --version` and of `strat validate` of a one-file project, each as a
//     ratio to `node -e 0` measured in the same run;
//   - the targets, each as a ratio measured in this run.
// Nothing here asserts a time: the targets are reported, met or missed.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import {
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    statSync,
    writeFileSync
} from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateWorkspace } from './generate-workspace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const KEEP = args.includes('--keep');
const OUT = path.resolve(
    args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(ROOT, 'bench/results.json')
);
const started = performance.now();
const LOAD_AT_START = loadavg();

const SIZES = QUICK
    ? [
          { name: '1k', lines: 1_000, reps: 9, cli: 3 },
          { name: '10k', lines: 10_000, reps: 5, cli: 2 }
      ]
    : [
          { name: '1k', lines: 1_000, reps: 15, cli: 5 },
          { name: '10k', lines: 10_000, reps: 9, cli: 3 },
          { name: '100k', lines: 100_000, reps: 5, cli: 3 }
      ];
const LSP_WORKSPACE = QUICK
    ? { name: '20-files', lines: 4_000, files: 20 }
    : { name: '200-files', lines: 40_000, files: 200 };
const LSP_REPS = QUICK ? { edits: 10, requests: 10 } : { edits: 40, requests: 30 };

const imported = async relative => import(pathToFileURL(path.join(ROOT, relative)).href);
const langium = await import(pathToFileURL(path.join(ROOT, 'node_modules/langium/lib/index.js')).href);
const { NodeFileSystem } = await import(
    pathToFileURL(path.join(ROOT, 'node_modules/langium/lib/node/index.js')).href
);
const { createStratCoreServices } = await imported('out/language/strat-module.js');
const { loadWorkspace } = await imported('out/language/workspace/load-workspace.js');
const { findSourceFiles } = await imported('out/language/workspace/source-files.js');
const { buildWorkspaceModel } = await imported('out/language/model/build-workspace-model.js');
const { LspSession } = await imported('out/test/support/lsp-session.js');
const { positionAt } = await imported('out/test/support/lsp-text.js');
const { goalRing } = await imported('out/test/support/goal-ring.js');
const { packOnce, installPackage, removeInstalled } = await imported('out/test/support/packed-cli.js');
const { NPM_NAME } = await imported('scripts/pack.mjs');
const { DocumentState, URI } = langium;

// ------------------------------------------------------------------ helpers

const log = message => process.stderr.write(`bench: ${message}\n`);
const round = (value, digits = 1) =>
    value === undefined || value === null || Number.isNaN(value) ? null : Number(value.toFixed(digits));
const median = values => quantile(values, 0.5);
function quantile(values, q) {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
const stats = values => ({
    p50: round(quantile(values, 0.5)),
    p95: round(quantile(values, 0.95)),
    n: values.length
});
const gc = () => globalThis.gc?.();

/** Median time of `reps` runs of `run` (after one untimed warm-up run). */
async function timed(reps, run, { warmup = true } = {}) {
    if (warmup) {
        await run();
    }
    const times = [];
    for (let i = 0; i < reps; i++) {
        gc();
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
    }
    return { median: median(times), times };
}

function cpuModel() {
    try {
        const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
        if (match) {
            return match[1].trim();
        }
    } catch {
        // not Linux
    }
    return cpus()[0]?.model ?? 'unknown';
}

function runCli(cliArgs, cwd = ROOT, nodeArgs = []) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [...nodeArgs, path.join(ROOT, 'bin/strat.js'), ...cliArgs], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' }
    });
    return {
        ms: performance.now() - start,
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr
    };
}

/** The language services once for all in-process runs (warm, like a running server). */
const services = createStratCoreServices(NodeFileSystem);
const { Lexer, LangiumParser } = services.Strat.parser;
const documents = services.shared.workspace.LangiumDocuments;
const builder = services.shared.workspace.DocumentBuilder;

/** Time spent in each build phase, for the builds that are being watched. */
const PHASES = [
    [DocumentState.Parsed, 'parse'],
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'references'],
    [DocumentState.Validated, 'validate']
];
let phaseClock;
let phaseTimes;
for (const [state, name] of PHASES) {
    builder.onBuildPhase(state, () => {
        if (phaseTimes) {
            const now = performance.now();
            (phaseTimes[name] ??= []).push(now - phaseClock);
            phaseClock = now;
        }
    });
}

function unloadAll() {
    for (const document of documents.all.toArray()) {
        documents.deleteDocument(document.uri);
        services.shared.workspace.IndexManager.remove(document.uri);
    }
}

/** Loads and builds a workspace (read, parse, index, link, validate) into the shared services. */
async function loadInto(folder) {
    unloadAll();
    return loadWorkspace(services, [folder], folder);
}

// ------------------------------------------------------------------ workspaces

const scratch = mkdtempSync(path.join(tmpdir(), 'strat-bench-'));
if (!KEEP) {
    process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
}
const workspaces = {};
for (const size of SIZES) {
    workspaces[size.name] = generateWorkspace(path.join(scratch, size.name), { lines: size.lines });
}
workspaces[LSP_WORKSPACE.name] = generateWorkspace(path.join(scratch, LSP_WORKSPACE.name), {
    lines: LSP_WORKSPACE.lines,
    files: LSP_WORKSPACE.files
});
for (const [name, w] of Object.entries(workspaces)) {
    log(`generated ${name}: ${w.files} files, ${w.lines} lines, ${w.decisions} decisions`);
}

// ------------------------------------------------------------------ sizes, in process and cold

const sizes = [];
const cliChecks = {};
for (const size of [
    ...SIZES,
    { name: LSP_WORKSPACE.name, reps: QUICK ? 3 : 5, cli: QUICK ? 1 : 3, lspOnly: true }
]) {
    const workspace = workspaces[size.name];
    const files = await findSourceFiles([workspace.folder], workspace.folder);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    log(`${size.name}: lexer, parser, build (${size.reps} runs each)`);
    unloadAll();
    let tokens = 0;
    const lex = await timed(size.reps, () => {
        tokens = 0;
        for (const file of files) {
            tokens += Lexer.tokenize(readFileSync(file, 'utf8')).tokens.length;
        }
    });
    const parse = await timed(size.reps, () => {
        for (const file of files) {
            const result = LangiumParser.parse(readFileSync(file, 'utf8'));
            if (result.parserErrors.length > 0) {
                throw new Error(`${file}: syntax errors in a generated file`);
            }
        }
    });
    await loadInto(workspace.folder);
    phaseTimes = {};
    const build = await timed(
        size.reps,
        async () => {
            phaseClock = performance.now();
            await loadInto(workspace.folder);
        },
        { warmup: false }
    );
    const phases = Object.fromEntries(
        Object.entries(phaseTimes).map(([name, times]) => [name, round(median(times))])
    );
    phaseTimes = undefined;
    const diagnostics = documents.all.toArray().flatMap(d => d.diagnostics ?? []);
    log(`${size.name}: strat validate, cold (${size.cli} runs)`);
    const cli = [];
    let check;
    for (let i = 0; i < size.cli; i++) {
        const run = runCli(['validate', '.', '--format', 'json'], workspace.folder);
        cli.push(run.ms);
        check = run;
    }
    const report = JSON.parse(check.stdout);
    cliChecks[size.name] = {
        files: report.files,
        errors: report.errors,
        warnings: report.warnings,
        exitCode: check.status
    };
    if (report.errors !== 0 || check.status !== 0) {
        throw new Error(
            `the generated workspace ${size.name} does not validate: ${report.errors} errors (exit code ${check.status})`
        );
    }
    // the same with a larger young generation: the cost of garbage collection while the ASTs grow
    let cliColdSemiSpace16Ms = null;
    if (size === SIZES[SIZES.length - 1]) {
        const tuned = [];
        for (let i = 0; i < size.cli; i++) {
            tuned.push(
                runCli(['validate', '.', '--format', 'json'], workspace.folder, ['--max-semi-space-size=16'])
                    .ms
            );
        }
        cliColdSemiSpace16Ms = round(median(tuned));
    }
    const perK = ms => round(ms / (workspace.lines / 1000), 2);
    const cliMedian = median(cli);
    sizes.push({
        name: size.name,
        files: workspace.files,
        lines: workspace.lines,
        bytes,
        tokens,
        decisions: workspace.decisions,
        lspWorkspace: Boolean(size.lspOnly),
        lexMs: round(lex.median),
        parseMs: round(parse.median),
        buildMs: round(build.median),
        buildRuns: build.times.map(t => round(t)),
        phasesMs: phases,
        cliColdMs: round(cliMedian),
        ...(cliColdSemiSpace16Ms === null ? {} : { cliColdSemiSpace16Ms }),
        perThousandLinesMs: {
            lex: perK(lex.median),
            parse: perK(parse.median),
            build: perK(build.median),
            cliCold: perK(cliMedian)
        },
        parseOverLex: round(parse.median / lex.median, 2),
        buildOverLex: round(build.median / lex.median, 2),
        inProcessDiagnostics: {
            errors: diagnostics.filter(d => d.severity === 1).length,
            warnings: diagnostics.filter(d => d.severity === 2).length
        },
        cli: cliChecks[size.name]
    });
}
const bySize = name => sizes.find(s => s.name === name);
const [smaller, larger] = SIZES.slice(-2).map(s => bySize(s.name));
const scaling = {
    from: smaller.name,
    to: larger.name,
    linesRatio: round(larger.lines / smaller.lines, 2),
    buildRatio: round(larger.buildMs / smaller.buildMs, 2),
    lexRatio: round(larger.lexMs / smaller.lexMs, 2),
    parseRatio: round(larger.parseMs / smaller.parseMs, 2),
    cliColdRatio: round(larger.cliColdMs / smaller.cliColdMs, 2),
    /** The build ratio as if the sizes were exactly 10 × apart. */
    buildRatioPerTenfoldLines: round(
        (larger.buildMs / smaller.buildMs) * (10 / (larger.lines / smaller.lines)),
        2
    )
};

// ------------------------------------------------------------------ long cycles

/**
 * Writes the two files of a ring of `goals` goals (every goal on a cycle and reported) into a folder of its
 * own.
 */
function writeRing(goals) {
    const folder = path.join(scratch, `ring-${goals}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of Object.entries(goalRing(goals))) {
        writeFileSync(path.join(folder, file), text);
    }
    return folder;
}

const RINGS = QUICK ? [1_000, 4_000] : [1_000, 8_000];
const rings = [];
for (const goals of RINGS) {
    log(`cycles: a ring of ${goals} goals`);
    const folder = writeRing(goals);
    const build = await timed(QUICK ? 3 : 5, () => loadInto(folder));
    const reported = documents.all
        .toArray()
        .flatMap(d => d.diagnostics ?? [])
        .filter(d => d.code === 'contributes-cycle').length;
    if (reported !== goals) {
        throw new Error(`a ring of ${goals} goals: ${reported} contributes-cycle findings`);
    }
    rings.push({ goals, buildMs: round(build.median), perGoalMs: round(build.median / goals, 3) });
}
const cycles = { rings, perGoalRatio: round(rings[1].perGoalMs / rings[0].perGoalMs, 2) };

// ------------------------------------------------------------------ many goals without levels

/** One strategy without levels holding `goals` goals, in a folder of its own (checked per goal). */
function writeFlatStrategy(goals) {
    const folder = path.join(scratch, `flat-${goals}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    let text = 'strategy S "S" {\n';
    for (let i = 0; i < goals; i++) {
        text += `    goal g${i} "Ziel" {\n    }\n`;
    }
    writeFileSync(path.join(folder, 'flat.strat'), text + '}\n');
    return folder;
}

const FLAT = QUICK ? [2_000, 8_000] : [5_000, 20_000];
const flatStrategies = [];
for (const goals of FLAT) {
    log(`many goals: a strategy of ${goals} goals without levels`);
    const folder = writeFlatStrategy(goals);
    const build = await timed(QUICK ? 3 : 5, () => loadInto(folder));
    const findings = documents.all.toArray().flatMap(d => d.diagnostics ?? []).length;
    if (findings !== 0) {
        throw new Error(`a strategy of ${goals} goals without levels: ${findings} findings`);
    }
    flatStrategies.push({ goals, buildMs: round(build.median), perGoalMs: round(build.median / goals, 3) });
}
const flat = {
    strategies: flatStrategies,
    perGoalRatio: round(flatStrategies[1].perGoalMs / flatStrategies[0].perGoalMs, 2)
};

// ------------------------------------------------------------------ characters that start nothing

/**
 * Files of characters at which no token can start: one long run (one error), and the same characters
 * each followed by a space (an error each, of which the first hundred are listed). The full build and
 * `strat validate` (cold) of each; the build per MB against that of the largest generated workspace.
 */
const UNEXPECTED_CHARACTERS = QUICK ? 200_000 : 2_000_000;
const unexpected = { characters: UNEXPECTED_CHARACTERS, files: [] };
for (const [name, text] of [
    ['run', '§'.repeat(UNEXPECTED_CHARACTERS)],
    ['scattered', '§ '.repeat(UNEXPECTED_CHARACTERS / 2)]
]) {
    log(`characters that start nothing: ${name}`);
    const folder = path.join(scratch, `unexpected-${name}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const content = `strategy S "T" {\n${text}\n}\n`;
    writeFileSync(path.join(folder, 'zeichen.strat'), content);
    const build = await timed(QUICK ? 1 : 3, () => loadInto(folder));
    const syntaxErrors = documents.all
        .toArray()
        .flatMap(d => d.diagnostics ?? [])
        .filter(d => d.code === 'syntax-error').length;
    const cli = runCli(['validate', '.', '--format', 'json'], folder);
    const mb = Buffer.byteLength(content) / 1024 / 1024;
    unexpected.files.push({
        name,
        mb: round(mb, 2),
        buildMs: round(build.median),
        buildMsPerMb: round(build.median / mb),
        cliColdMs: round(cli.ms),
        syntaxErrors
    });
}
{
    const largestBytes = larger.bytes / 1024 / 1024;
    unexpected.perMbRatio = round(
        Math.max(...unexpected.files.map(f => f.buildMsPerMb)) / (larger.buildMs / largestBytes),
        2
    );
}

// ------------------------------------------------------------------ preview of the largest strategy

async function measureRender() {
    const workspace = workspaces[larger.name];
    const result = {
        strategy: workspace.largest.strategy,
        file: workspace.largest.file,
        lines: workspace.largest.lines,
        workspace: larger.name
    };
    const loaded = await loadInto(workspace.folder);
    const document = documents.getDocument(URI.file(path.join(workspace.folder, workspace.largest.file)));
    const validateFile = async () => {
        // the validate time of that file: parse, index, link and validate it, in its workspace
        builder.resetToState(document, DocumentState.Changed);
        await builder.build([document], { validation: true });
    };
    const previewPath = path.join(ROOT, 'out/language/render/preview.js');
    const renderPreview = existsSync(previewPath)
        ? (await import(pathToFileURL(previewPath).href)).renderPreview
        : undefined;
    if (typeof renderPreview !== 'function') {
        result.fileValidateMs = round((await timed(QUICK ? 5 : 9, validateFile)).median, 2);
        return {
            available: false,
            reason: 'not available: language/render/preview (renderPreview) does not exist in this build',
            ...result
        };
    }
    // what the preview does on each change (server/preview-service.ts): the model of the workspace, then the
    // page
    const modelOf = () => buildWorkspaceModel(loaded.all, { fileName: loaded.displayPath });
    const page = model =>
        renderPreview(model, { locale: 'de', nonce: 'YmVuY2htYXJr', file: workspace.largest.file });
    try {
        const start = performance.now();
        const first = page(modelOf());
        result.firstModelAndRenderMs = round(performance.now() - start, 2);
        result.outputChars = first.length;
        if (!first.includes(workspace.largest.strategy)) {
            return {
                available: false,
                reason: `not available: the rendered page does not show ${workspace.largest.strategy}`,
                ...result
            };
        }
        const validate = [];
        const rerender = [];
        const renderOnly = [];
        for (let i = 0; i < (QUICK ? 6 : 15); i++) {
            gc();
            let t = performance.now();
            await validateFile();
            validate.push(performance.now() - t);
            t = performance.now();
            const model = modelOf();
            page(model);
            rerender.push(performance.now() - t);
            t = performance.now();
            page(model);
            renderOnly.push(performance.now() - t);
        }
        result.fileValidateMs = round(median(validate.slice(1)), 2);
        result.rerenderMs = round(median(rerender.slice(1)), 2);
        result.renderOnlyMs = round(median(renderOnly.slice(1)), 2);
        return { available: true, renderer: 'renderPreview', ...result };
    } catch (error) {
        return {
            available: false,
            reason: `not available: rendering failed (${error?.message ?? error})`,
            ...result
        };
    }
}
log('preview of the largest strategy');
const render = await measureRender();

// ------------------------------------------------------------------ export of the 200-file workspace

function measureExport() {
    const workspace = workspaces[LSP_WORKSPACE.name];
    const help = runCli(['export', '--help']);
    if (help.status !== 0) {
        return {
            available: false,
            reason: 'not available: the CLI has no export command in this build',
            workspace: LSP_WORKSPACE.name
        };
    }
    const times = [];
    let last;
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
        const out = path.join(scratch, `export-${i}`);
        last = runCli(['export', '.', '--format', 'html', '--out', out], workspace.folder);
        times.push(last.ms);
        if (last.status !== 0) {
            return {
                available: false,
                reason: `not available: strat export --format html exited with ${last.status}: ${last.stderr.trim().split('\n')[0] ?? ''}`,
                workspace: LSP_WORKSPACE.name
            };
        }
    }
    return {
        available: true,
        workspace: LSP_WORKSPACE.name,
        files: workspace.files,
        lines: workspace.lines,
        coldMs: round(median(times))
    };
}
log('strat export --format html');
const exported = measureExport();

// ------------------------------------------------------------------ the language server

async function measureLsp() {
    const workspace = workspaces[LSP_WORKSPACE.name];
    const loadStart = performance.now();
    const client = await LspSession.start(workspace.folder);
    try {
        // loaded: every file's diagnostics published (the server checks the workspace at start, or
        // once the first file is opened; Langium's default is the latter)
        const edit = workspace.edit;
        const text = readFileSync(path.join(workspace.folder, edit.file), 'utf8');
        const uri = await client.open(edit.file, text);
        const expected = workspace.files;
        const seen = new Set();
        await new Promise((resolve, reject) => {
            const timer = setTimeout(
                () =>
                    reject(
                        new Error(`the server published diagnostics for ${seen.size} of ${expected} files`)
                    ),
                120_000
            );
            const poll = setInterval(() => {
                for (const entry of client.published) {
                    seen.add(entry.uri);
                }
                if ([...seen].filter(u => u.startsWith('file:')).length >= expected) {
                    clearInterval(poll);
                    clearTimeout(timer);
                    resolve();
                }
            }, 5);
        });
        const loadMs = performance.now() - loadStart;
        const loadErrors = client.published.filter(e => e.diagnostics.some(d => d.severity === 1)).length;
        await client.quiet(300);
        const memory = client.memory();

        const catalogueUri = client.uri(workspace.catalogue);

        // one-character edits: insert a character into a text, then take it out again
        const anchor = text.indexOf('text "', text.indexOf(`goal ${edit.goal} `)) + 'text "'.length;
        const edited = text.slice(0, anchor) + 'x' + text.slice(anchor);
        const editTimes = [];
        const otherFiles = [];
        for (let i = 0; i < LSP_REPS.edits; i++) {
            const since = performance.now();
            const waiting = client.next(entry => entry.uri === uri, since);
            await client.change(uri, i % 2 === 0 ? edited : text);
            const published = await waiting;
            editTimes.push(published.at - since);
            await client.quiet(QUICK ? 150 : 250);
            otherFiles.push(
                new Set(client.published.filter(e => e.at >= since && e.uri !== uri).map(e => e.uri)).size
            );
        }
        if (LSP_REPS.edits % 2 === 1) {
            await client.change(uri, text);
            await client.quiet(250);
        }

        // requests at a citation of the edited file, and at a goal's level
        const citation = text.indexOf('evolves ', text.indexOf(`goal ${edit.goal} `)) + 'evolves '.length;
        const citationPosition = positionAt(text, citation + 1);
        const levelAt =
            text.indexOf('        level ', text.indexOf(`goal ${edit.goal} `)) + '        level '.length;
        const levelPosition = positionAt(text, levelAt);
        const textDocument = { uri };
        const requests = {};
        const measure = async (name, method, params, check) => {
            const times = [];
            let result;
            for (let i = 0; i < LSP_REPS.requests + 1; i++) {
                const start = performance.now();
                result = await client.request(method, params);
                if (i > 0) {
                    times.push(performance.now() - start);
                }
            }
            requests[name] = { ...stats(times), result: check(result) };
            return result;
        };
        await measure('hover', 'textDocument/hover', { textDocument, position: citationPosition }, r =>
            r?.contents ? 'a hover' : 'no hover'
        );
        const definition = await measure(
            'definition',
            'textDocument/definition',
            { textDocument, position: citationPosition },
            r => `${Array.isArray(r) ? r.length : r ? 1 : 0} locations`
        );
        await measure(
            'completion',
            'textDocument/completion',
            { textDocument, position: levelPosition },
            r => `${(Array.isArray(r) ? r : (r?.items ?? [])).length} items`
        );
        const target = Array.isArray(definition) ? definition[0] : definition;
        const targetUri = target?.targetUri ?? target?.uri ?? catalogueUri;
        const targetRange = target?.targetSelectionRange ?? target?.range;
        await measure(
            'references',
            'textDocument/references',
            {
                textDocument: { uri: targetUri },
                position: targetRange?.start ?? { line: 0, character: 0 },
                context: { includeDeclaration: true }
            },
            r => `${(r ?? []).length} locations`
        );
        const after = client.memory();
        return {
            workspace: LSP_WORKSPACE.name,
            files: workspace.files,
            lines: workspace.lines,
            editedFile: edit.file,
            loadMs: round(loadMs),
            filesWithErrorsAtLoad: loadErrors,
            peakRssMiB: round(memory?.peakRssMiB),
            rssAfterLoadMiB: round(memory?.rssMiB),
            peakRssAfterRequestsMiB: round(after?.peakRssMiB),
            edit: {
                ...stats(editTimes),
                otherFilesCheckedAgain: { median: median(otherFiles), max: Math.max(...otherFiles) }
            },
            ...requests
        };
    } finally {
        await client.stop();
    }
}
log(`language server on ${LSP_WORKSPACE.name}`);
const lsp = await measureLsp();

// ------------------------------------------------------------------ dependents of the edited file

/** How many files refer to the edited file (and so are linked again when it changes). */
async function dependentsOfEditedFile() {
    const workspace = workspaces[LSP_WORKSPACE.name];
    await loadInto(workspace.folder);
    const target = URI.file(path.join(workspace.folder, workspace.edit.file)).toString();
    const index = services.shared.workspace.IndexManager;
    const changed = new Set([target]);
    const others = documents.all.filter(d => d.uri.toString() !== target).toArray();
    return others.filter(d => index.isAffected(d, changed)).length;
}
lsp.dependentsOfEditedFile = await dependentsOfEditedFile();
unloadAll();

// ------------------------------------------------------------------ cold start

/**
 * The CLI's cold start as a user meets it: the package as published (packed by scripts/pack.mjs and
 * installed into an empty folder), a new process each time, against `node -e 0` measured in the same
 * run (interleaved, so that the machine's load hits all three alike). The first run of each starts
 * with an empty compile cache (NODE_COMPILE_CACHE in a fresh folder); the medians are of the runs
 * after it, which find the cache filled as every later run on a machine does.
 */
async function measureColdStart() {
    const { tarball } = await packOnce();
    const installed = await installPackage(tarball);
    const strat = path.join(installed.folder, 'node_modules', ...NPM_NAME.split('/'), 'bin/strat.js');
    const reps = QUICK ? 5 : 15;
    const project = mkdtempSync(path.join(tmpdir(), 'strat-bench-cold-'));
    const cache = mkdtempSync(path.join(tmpdir(), 'strat-bench-cache-'));
    writeFileSync(
        path.join(project, 'strategie.strat'),
        readFileSync(path.join(ROOT, 'examples/intelligente-verwaltungsnetze.strat'))
    );
    const env = { ...process.env, NO_COLOR: '1', NODE_COMPILE_CACHE: cache };
    const time = (nodeArgs, cwd = ROOT) => {
        const start = performance.now();
        const result = spawnSync(process.execPath, nodeArgs, { cwd, env, encoding: 'utf8' });
        return { ms: performance.now() - start, status: result.status, stderr: result.stderr };
    };
    const runs = { node: [], version: [], validate: [] };
    const first = {};
    const commands = {
        node: [['-e', '0']],
        version: [[strat, '--version']],
        validate: [[strat, 'validate', '.'], project]
    };
    for (let i = 0; i <= reps; i++) {
        for (const [name, [args, cwd]] of Object.entries(commands)) {
            const run = time(args, cwd);
            if (run.status !== 0 && !(name === 'validate' && run.status === 1)) {
                throw new Error(`cold start: ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
            }
            if (i === 0) {
                first[name] = round(run.ms);
            } else {
                runs[name].push(run.ms);
            }
        }
    }
    rmSync(project, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    await removeInstalled(installed);
    const nodeMs = median(runs.node);
    return {
        runs: reps,
        nodeMs: round(nodeMs),
        versionMs: round(median(runs.version)),
        validateOneFileMs: round(median(runs.validate)),
        versionRatio: round(median(runs.version) / nodeMs, 2),
        validateOneFileRatio: round(median(runs.validate) / nodeMs, 2),
        emptyCompileCacheMs: first
    };
}
log('cold start of the installed package: node -e 0, strat --version, strat validate of one file');
const coldStart = await measureColdStart();

// ------------------------------------------------------------------ the browser build

/**
 * The browser extension: the size of its production bundles (built here into a temporary folder, as
 * `npm run package` builds them), and the start of the web worker server (dist/server.web.js) in
 * headless Chromium on the examples: from creating the worker until every example file has its first
 * diagnostics (the workspace found and read through the workbench requests, checked, published).
 */
async function measureWeb() {
    const { gzipSync } = await import('node:zlib');
    const outdir = mkdtempSync(path.join(tmpdir(), 'strat-bench-web-'));
    const built = spawnSync(process.execPath, ['scripts/bundle.mjs', '--production', '--outdir', outdir], {
        cwd: ROOT,
        encoding: 'utf8'
    });
    if (built.status !== 0) {
        throw new Error(`the production bundle failed: ${built.stderr}`);
    }
    const size = file => {
        const bytes = readFileSync(path.join(outdir, file));
        return { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    };
    const bundles = { server: size('server.web.js'), extension: size('extension.web.cjs') };
    rmSync(outdir, { recursive: true, force: true });
    let startup = { available: false };
    if (!existsSync('/usr/bin/chromium') && !process.env.STRAT_CHROMIUM) {
        startup.reason = 'no Chromium';
    } else {
        const { WorkerSession } = await imported('out/test/browser/worker-session.js');
        const examples = findExampleFiles();
        const runs = [];
        for (let i = 0; i < (QUICK ? 2 : 5); i++) {
            const session = await WorkerSession.start({ folder: 'examples' });
            try {
                const uris = examples.map(file => session.uri(file));
                await Promise.all(uris.map(uri => session.diagnosticsFor(uri, () => true, 120_000)));
                runs.push(
                    Math.max(...uris.map(uri => session.firstPublished.get(uri))) - session.workerCreatedAt
                );
            } finally {
                await session.stop();
            }
        }
        startup = {
            available: true,
            files: examples.length,
            runs: runs.length,
            medianMs: round(median(runs))
        };
    }
    return { bundles, startup };
}

/** The example files, relative to examples/ with `/`. */
function findExampleFiles() {
    return readdirSync(path.join(ROOT, 'examples'), { recursive: true })
        .filter(name => name.endsWith('.strat'))
        .map(name => name.split(path.sep).join('/'));
}

log('the browser build: bundle sizes, start of the web worker server on the examples');
const web = await measureWeb();

// ------------------------------------------------------------------ targets

const lspBuild = bySize(LSP_WORKSPACE.name);
const targets = [
    {
        id: 'cold-start-version',
        description: 'cold start of `strat --version` ≤ 5 × `node -e 0`',
        value: coldStart.versionRatio,
        limit: 5
    },
    {
        id: 'cold-start-validate-one-file',
        description: 'cold start of `strat validate` of a one-file project ≤ 5 × `node -e 0`',
        value: coldStart.validateOneFileRatio,
        limit: 5
    },
    {
        id: 'build-vs-lexer',
        description: `full build (parse, link, validate) of ${larger.name} ≤ 4 × the lexer-only floor`,
        value: larger.buildOverLex,
        limit: 4
    },
    {
        id: 'scaling',
        description: `build time ${scaling.to} / ${scaling.from} ≤ 11 (lines ${scaling.linesRatio} × apart)`,
        value: scaling.buildRatio,
        limit: 11
    },
    {
        id: 'edit-vs-full-validate',
        description: `one-character edit → diagnostics (p50) ≤ 5 % of a full build of the ${LSP_WORKSPACE.name} workspace`,
        value: round(lsp.edit.p50 / lspBuild.buildMs, 4),
        limit: 0.05
    },
    {
        id: 'preview-vs-file-validate',
        description: 'preview re-render of the largest strategy ≤ the validate time of its file',
        value: render.available ? round(render.rerenderMs / render.fileValidateMs, 2) : null,
        limit: 1,
        ...(render.available ? {} : { note: render.reason })
    },
    {
        id: 'unexpected-characters-per-mb',
        description: `build time per MB of a file of ${UNEXPECTED_CHARACTERS} characters that start nothing ≤ that of the ${larger.name} workspace`,
        value: unexpected.perMbRatio,
        limit: 1
    },
    {
        id: 'cycle-per-goal',
        description: `build time per goal of a ring of ${RINGS[1]} goals ≤ 2 × that of a ring of ${RINGS[0]} (linear cycle checks)`,
        value: cycles.perGoalRatio,
        limit: 2
    },
    {
        id: 'flat-goals-per-goal',
        description: `build time per goal of a strategy of ${FLAT[1]} goals without levels ≤ 2 × that of ${FLAT[0]} (linear goal checks)`,
        value: flat.perGoalRatio,
        limit: 2
    },
    {
        id: 'web-server-bundle',
        description: 'the web worker server (dist/server.web.js, production) ≤ 1 MiB, gzip ≤ 256 KiB',
        value: round(
            Math.max(web.bundles.server.bytes / 1_048_576, web.bundles.server.gzipBytes / 262_144),
            2
        ),
        limit: 1
    },
    {
        id: 'web-extension-bundle',
        description: 'the browser entry (dist/extension.web.cjs, production) ≤ 512 KiB',
        value: round(web.bundles.extension.bytes / 524_288, 2),
        limit: 1
    }
].map(t => ({ ...t, met: t.value === null ? null : t.value <= t.limit }));

// ------------------------------------------------------------------ results

const results = {
    version: 1,
    mode: QUICK ? 'quick' : 'full',
    date: new Date().toISOString(),
    node: process.version,
    v8: process.versions.v8,
    cpu: cpuModel(),
    cores: cpus().length,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { atStart: LOAD_AT_START.map(l => round(l, 2)), atEnd: loadavg().map(l => round(l, 2)) },
    exposeGc: typeof globalThis.gc === 'function',
    workspaces: Object.fromEntries(
        Object.entries(workspaces).map(([name, w]) => [
            name,
            {
                files: w.files,
                lines: w.lines,
                decisions: w.decisions,
                strategies: w.strategies,
                largest: w.largest,
                cli: cliChecks[name]
            }
        ])
    ),
    sizes,
    scaling,
    cycles,
    flat,
    unexpected,
    lsp,
    render,
    export: exported,
    coldStart,
    web,
    targets,
    durationS: 0
};
results.durationS = round((performance.now() - started) / 1000);
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');

// ------------------------------------------------------------------ the table

const pad = (value, width) => String(value ?? '–').padStart(width);
const lines = [];
lines.push(
    `strat bench (${results.mode}) — node ${results.node}, ${results.cpu}, ${results.cores} cores, load average ${results.loadAverage.atStart[0]} at the start, ${results.loadAverage.atEnd[0]} at the end`
);
lines.push('');
lines.push(
    `${'size'.padEnd(10)}${pad('files', 6)}${pad('lines', 8)}${pad('lex ms', 9)}${pad('parse ms', 10)}${pad('build ms', 10)}${pad('cli ms', 9)}${pad('build/lex', 10)}  per 1k lines: lex / parse / build / cli ms`
);
for (const s of sizes) {
    const k = s.perThousandLinesMs;
    lines.push(
        `${s.name.padEnd(10)}${pad(s.files, 6)}${pad(s.lines, 8)}${pad(s.lexMs, 9)}${pad(s.parseMs, 10)}${pad(s.buildMs, 10)}${pad(s.cliColdMs, 9)}${pad(s.buildOverLex, 10)}  ${k.lex} / ${k.parse} / ${k.build} / ${k.cliCold}`
    );
}
lines.push(
    'build phases (ms): ' +
        sizes
            .map(
                s =>
                    `${s.name}: ${Object.entries(s.phasesMs)
                        .map(([k, v]) => `${k} ${v}`)
                        .join(', ')}`
            )
            .join(' | ')
);
if (larger.cliColdSemiSpace16Ms) {
    lines.push(
        `strat validate of ${larger.name}, cold, with node --max-semi-space-size=16: ${larger.cliColdSemiSpace16Ms} ms (default ${larger.cliColdMs} ms)`
    );
}
lines.push(
    `long cycles (every goal reported): ${cycles.rings.map(r => `${r.goals} goals ${r.buildMs} ms (${r.perGoalMs} ms per goal)`).join(', ')}; time per goal × ${cycles.perGoalRatio} for a ring × ${RINGS[1] / RINGS[0]} as long`
);
lines.push(
    `many goals without levels: ${flat.strategies.map(f => `${f.goals} goals ${f.buildMs} ms (${f.perGoalMs} ms per goal)`).join(', ')}; time per goal × ${flat.perGoalRatio} for × ${FLAT[1] / FLAT[0]} as many`
);
lines.push(
    `characters that start nothing (${UNEXPECTED_CHARACTERS}): ${unexpected.files.map(f => `${f.name} ${f.mb} MB build ${f.buildMs} ms, cli ${f.cliColdMs} ms, ${f.syntaxErrors} errors listed`).join('; ')}`
);
lines.push(
    `scaling ${scaling.to}/${scaling.from} (lines × ${scaling.linesRatio}): build × ${scaling.buildRatio}, lex × ${scaling.lexRatio}, parse × ${scaling.parseRatio}, cli × ${scaling.cliColdRatio}`
);
lines.push('');
lines.push(
    `LSP on ${lsp.workspace} (${lsp.files} files, ${lsp.lines} lines): load ${lsp.loadMs} ms, peak RSS ${lsp.peakRssMiB} MiB (${lsp.peakRssAfterRequestsMiB} MiB after the requests)`
);
lines.push(`${'request'.padEnd(12)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('n', 5)}`);
for (const name of ['edit', 'hover', 'definition', 'completion', 'references']) {
    const r = lsp[name];
    lines.push(
        `${name.padEnd(12)}${pad(r.p50, 9)}${pad(r.p95, 9)}${pad(r.n, 5)}${r.result ? `  ${r.result}` : ''}`
    );
}
lines.push(
    `edit: other files checked again per keystroke: median ${lsp.edit.otherFilesCheckedAgain.median}, max ${lsp.edit.otherFilesCheckedAgain.max} (files that refer to the edited one: ${lsp.dependentsOfEditedFile})`
);
lines.push('');
lines.push(
    render.available
        ? `preview of ${render.strategy} (${render.lines} lines, in ${render.workspace}): re-render (workspace model + page) ${render.rerenderMs} ms, page alone ${render.renderOnlyMs} ms, first ${render.firstModelAndRenderMs} ms; validate of its file ${render.fileValidateMs} ms`
        : `preview: ${render.reason} (validate of ${render.file}: ${render.fileValidateMs} ms)`
);
lines.push(
    exported.available
        ? `strat export --format html of ${exported.workspace}: ${exported.coldMs} ms (cold)`
        : `export: ${exported.reason}`
);
lines.push(
    `cold start (median of ${coldStart.runs}): node -e 0 ${coldStart.nodeMs} ms, strat --version ${coldStart.versionMs} ms (× ${coldStart.versionRatio}), strat validate of one file ${coldStart.validateOneFileMs} ms (× ${coldStart.validateOneFileRatio}); with an empty compile cache: --version ${coldStart.emptyCompileCacheMs.version} ms, validate ${coldStart.emptyCompileCacheMs.validate} ms`
);
const kib = bytes => `${round(bytes / 1024)} KiB`;
lines.push(
    `browser: server.web.js ${kib(web.bundles.server.bytes)} (gzip ${kib(web.bundles.server.gzipBytes)}), extension.web.cjs ${kib(web.bundles.extension.bytes)} (gzip ${kib(web.bundles.extension.gzipBytes)}); ` +
        (web.startup.available
            ? `web worker server on the examples (${web.startup.files} files): first diagnostics of every file ${web.startup.medianMs} ms after the worker was created (median of ${web.startup.runs}, in headless Chromium)`
            : `web worker start not measured: ${web.startup.reason}`)
);
lines.push('');
lines.push('targets:');
for (const t of targets) {
    const verdict = t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED';
    lines.push(
        `  ${verdict.padEnd(13)}${t.description}: ${t.value ?? '–'} (limit ${t.limit})${t.note ? ` — ${t.note}` : ''}`
    );
}
lines.push('');
lines.push(`results: ${path.relative(process.cwd(), OUT) || OUT} (${results.durationS} s)`);
console.log(lines.join('\n'));
