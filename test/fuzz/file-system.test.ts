import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { assertNoControlCharacters, assertNoStackTrace, NOBODY, runStrat } from '../cli/cli-harness.js';
import { countCase, property } from './fuzz-support.js';

/**
 * The command line on folders as they are found in the wild: links to devices and named pipes,
 * files too large, binary files, files without read permission, links (symbolic and hard) to files
 * elsewhere, dangling links, links in a loop, folders named like source files, thousands of files
 * under a low limit of open files, control characters in titles and in file names. Whatever the
 * folder holds, every command ends in bounded time with a documented exit code and no crash; text
 * output holds no control character; a JSON or SARIF report is one complete document that names
 * every unreadable file; a command that stops at an unreadable file changes nothing; formatting
 * changes a linked file in place.
 */

/** Control characters and other text a terminal interprets. */
const CONTROL = fc.constantFrom(
    '\u001b]0;pwned\u0007',
    '\u001b[2J',
    '\u0007',
    '\r',
    '\n',
    '\u0008',
    '\u009b1m',
    '\u202e',
    '\u0000'.slice(1), // nothing: also plain names
    'strat: '
);

const nameText = fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('plan', 'Ämter', 'x', ' ', '-') }, CONTROL), {
        minLength: 1,
        maxLength: 4
    })
    .map(parts => parts.join('').replace(/[/\0]/g, '_'));

type Entry =
    | { kind: 'document'; name: string; title: string; formatted: boolean }
    /** A document elsewhere, reached through a symbolic or a hard link in the folder. */
    | { kind: 'symlink' | 'hardlink'; name: string; title: string; formatted: boolean }
    /** A file its reader may not read (run as `nobody`, since root may read anything). */
    | { kind: 'unreadable'; name: string }
    /** Not a file, and not to be read: a dangling link, a link to itself, a folder named `x.strat`. */
    | { kind: 'dangling' | 'loop' | 'folder'; name: string }
    | { kind: 'device'; name: string; target: '/dev/zero' | '/dev/urandom' | '/dev/null' }
    | { kind: 'pipe'; name: string }
    | { kind: 'huge'; name: string }
    | { kind: 'binary'; name: string };

const entry: fc.Arbitrary<Entry> = fc.oneof(
    {
        weight: 5,
        arbitrary: fc.record({
            kind: fc.constant('document' as const),
            name: nameText,
            title: nameText,
            formatted: fc.boolean()
        })
    },
    {
        weight: 1,
        arbitrary: fc.record({
            kind: fc.constant('device' as const),
            name: nameText,
            target: fc.constantFrom('/dev/zero' as const, '/dev/urandom' as const, '/dev/null' as const)
        })
    },
    {
        weight: 2,
        arbitrary: fc.record({
            kind: fc.constantFrom('symlink' as const, 'hardlink' as const),
            name: nameText,
            title: nameText,
            formatted: fc.boolean()
        })
    },
    {
        weight: 1,
        arbitrary: fc.record({
            kind: fc.constantFrom('dangling' as const, 'loop' as const, 'folder' as const),
            name: nameText
        })
    },
    ...(NOBODY
        ? [{ weight: 1, arbitrary: fc.record({ kind: fc.constant('unreadable' as const), name: nameText }) }]
        : []),
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('pipe' as const), name: nameText }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const), name: nameText }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('binary' as const), name: nameText }) }
);

const COMMANDS: ReadonlyArray<readonly string[]> = [
    ['validate', '.'],
    ['validate', '--format', 'json', '.'],
    ['validate', '--format', 'sarif', '.'],
    ['decisions', '.'],
    ['format', '--check', '.'],
    ['format', '.'],
    ['export', '--format', 'html', '--out', '../site', '.']
];

const workspaceCase = fc.record({
    entries: fc.array(entry, { minLength: 1, maxLength: 6 }),
    decisionTitle: nameText,
    /** Now and then a workspace of over a thousand files under a low limit of open files. */
    many: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1200) }),
    command: fc.constantFrom(...COMMANDS)
});

function quoted(text: string): string {
    return `"${text.replace(/[\\"]/g, c => `\\${c}`)}"`;
}

function documentText(id: number, title: string, formatted: boolean): string {
    return formatted
        ? `strategy S${id} ${quoted(title)} {\n    cites 2023/42\n}\n`
        : `strategy   S${id} ${quoted(title)} { cites 2023/42 }\n`;
}

/** Unreadable: what strat must refuse by name. Names are made unique by a numbered prefix. */
async function makeWorkspace(
    root: string,
    entries: readonly Entry[],
    many: number,
    decisionTitle: string
): Promise<{ unreadable: string[]; documents: string[]; links: Link[]; asNobody: boolean }> {
    const folder = path.join(root, 'w');
    await fs.mkdir(folder);
    await fs.writeFile(
        path.join(folder, '0-katalog.strat'),
        `body ITPLR "IT-Planungsrat"\ndecision 2023/42 by ITPLR {\n    title ${quoted(decisionTitle)}\n}\n`
    );
    const unreadable: string[] = [];
    const documents: string[] = ['0-katalog.strat'];
    const devices = new Set<string>();
    const links: Link[] = [];
    for (const [i, e] of entries.entries()) {
        const name = `${i + 1}-${e.name}.strat`;
        const file = path.join(folder, name);
        switch (e.kind) {
            case 'document':
                await fs.writeFile(file, documentText(i + 1, e.title, e.formatted));
                documents.push(name);
                break;
            case 'device':
                await fs.symlink(e.target, file);
                // two links to one device are one file (strat reads a file reached twice once)
                if (!devices.has(e.target)) {
                    devices.add(e.target);
                    unreadable.push(name);
                }
                break;
            case 'pipe':
                execFileSync('mkfifo', [path.join(root, `pipe-${i}`)]);
                await fs.symlink(path.join(root, `pipe-${i}`), file);
                unreadable.push(name);
                break;
            case 'huge':
                await fs.writeFile(file, 'body B "b"\n');
                await fs.truncate(file, 33 * 1024 * 1024);
                unreadable.push(name);
                break;
            case 'binary':
                await fs.writeFile(file, Buffer.from([0x62, 0, 0x0a]));
                unreadable.push(name);
                break;
            case 'symlink':
            case 'hardlink': {
                const target = path.join(root, `elsewhere-${i + 1}.strat`);
                const formattedText = documentText(i + 1, e.title, true);
                await fs.writeFile(target, e.formatted ? formattedText : documentText(i + 1, e.title, false));
                await (e.kind === 'symlink' ? fs.symlink(target, file) : fs.link(target, file));
                links.push({ kind: e.kind, name, target, formattedText });
                documents.push(name);
                break;
            }
            case 'unreadable':
                await fs.writeFile(file, documentText(i + 1, 'geheim', true));
                await fs.chmod(file, 0o000);
                unreadable.push(name);
                break;
            case 'dangling':
                await fs.symlink(path.join(root, 'fehlt.strat'), file);
                break;
            case 'loop':
                await fs.symlink(name, file);
                break;
            case 'folder':
                await fs.mkdir(file);
                await fs.writeFile(path.join(file, 'README'), 'kein Quelltext');
                break;
        }
    }
    if (many > 0) {
        await fs.mkdir(path.join(folder, 'viele'));
        for (let i = 0; i < many; i++) {
            await fs.writeFile(
                path.join(folder, 'viele', `v${i}.strat`),
                documentText(10_000 + i, 'v', true)
            );
        }
    }
    // a file without read permission is unreadable only to a user other than root
    const asNobody = entries.some(e => e.kind === 'unreadable');
    if (asNobody && NOBODY) {
        await chownTree(root, NOBODY);
    }
    return { unreadable, documents, links, asNobody };
}

interface Link {
    kind: 'symlink' | 'hardlink';
    name: string;
    /** The file the link reaches, outside the folder. */
    target: string;
    /** The target's text once formatted. */
    formattedText: string;
}

async function chownTree(root: string, user: { uid: number; gid: number }): Promise<void> {
    await fs.lchown(root, user.uid, user.gid);
    for (const name of await fs.readdir(root, { recursive: true })) {
        await fs.lchown(path.join(root, name), user.uid, user.gid);
    }
}

/** Formatting changes a linked file in place: the link stays a link, the hard link keeps its partner. */
async function assertLinksFormattedInPlace(cwd: string, links: readonly Link[]): Promise<void> {
    for (const link of links) {
        const file = path.join(cwd, link.name);
        const stat = await fs.lstat(file);
        if (link.kind === 'symlink') {
            assert.ok(stat.isSymbolicLink(), `${JSON.stringify(link.name)} is no longer a symbolic link`);
        } else {
            assert.equal(stat.nlink, 2, `${JSON.stringify(link.name)}: the hard link was split`);
        }
        assert.equal(
            await fs.readFile(link.target, 'utf8'),
            link.formattedText,
            `the file ${JSON.stringify(link.name)} links to was not formatted in place`
        );
    }
}

async function snapshot(folder: string): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (const name of await fs.readdir(folder)) {
        const stat = await fs.lstat(path.join(folder, name));
        if (stat.isFile()) {
            result.set(name, `${stat.size}:${stat.mtimeMs}`);
        }
    }
    return result;
}

describe('fuzz: the command line on file-system oddities and control characters', function () {
    property(
        'every command ends with a documented exit code, names every unreadable file, prints no control character, writes nothing when it refuses',
        workspaceCase,
        async ({ entries, many, command, decisionTitle }) => {
            const root = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-fuzz-fs-'));
            try {
                const { unreadable, links, asNobody } = await makeWorkspace(
                    root,
                    entries,
                    many,
                    decisionTitle
                );
                const cwd = path.join(root, 'w');
                const before = await snapshot(cwd);
                const started = Date.now();
                const result = await runStrat(command, {
                    cwd,
                    openFiles: many > 0 ? 128 : undefined,
                    timeoutMs: 280_000,
                    ...(asNobody && NOBODY ? { user: NOBODY } : {})
                });
                countCase();
                const seconds = (Date.now() - started) / 1000;
                assert.notEqual(result.code, null, `${command.join(' ')} was killed after ${seconds} s`);
                assertNoStackTrace(result);
                assert.doesNotMatch(result.stderr, /internal error|EMFILE/);
                assertNoControlCharacters(
                    result,
                    command.join(' '),
                    command.includes('json') || command.includes('sarif') ? ['stderr'] : ['stdout', 'stderr']
                );
                if (unreadable.length > 0) {
                    assert.equal(
                        result.code,
                        2,
                        `${command.join(' ')}: exit code; ${result.stderr.slice(0, 500)}`
                    );
                    const named = result.stderr.split('\n').filter(line => line.startsWith('strat: ')).length;
                    assert.ok(
                        named >= unreadable.length,
                        `${unreadable.length} unreadable files, ${named} named: ${result.stderr}`
                    );
                    if (command[0] === 'format' || command[0] === 'export') {
                        assert.deepEqual(await snapshot(cwd), before, `${command.join(' ')} changed a file`);
                        await assert.rejects(fs.stat(path.join(root, 'site')), 'a site was exported');
                    }
                } else {
                    assert.ok([0, 1].includes(result.code ?? -1), `exit ${result.code}: ${result.stderr}`);
                    if (command[0] === 'format' && command[1] !== '--check') {
                        await assertLinksFormattedInPlace(cwd, links);
                    }
                }
                if (command.includes('json') || command.includes('sarif')) {
                    const report = JSON.parse(result.stdout) as {
                        diagnostics?: Array<{ code: string }>;
                        runs?: Array<{ results: Array<{ ruleId: string }> }>;
                    };
                    const codes = report.diagnostics
                        ? report.diagnostics.map(d => d.code)
                        : report.runs![0].results.map(r => r.ruleId);
                    assert.equal(codes.filter(code => code === 'unreadable-file').length, unreadable.length);
                }
            } finally {
                await fs.rm(root, { recursive: true, force: true });
            }
        },
        { runs: 6, cost: 40, shrink: false, timeout: 300_000 }
    );
});
