import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildWorkspaceModel } from '../../language/model/build-workspace-model.js';
import { renderPreview } from '../../language/render/preview.js';
import { renderSite } from '../../language/render/site.js';
import { STRAT_BIN } from '../cli/cli-harness.js';
import { countCase, countPayloads, property } from './fuzz-support.js';
import { buildFiles } from './workspace.js';
import { hostileWorkspace, XSS_COLOR_PAYLOADS, XSS_TEXT_PAYLOADS, XSS_URL_PAYLOADS } from './xss-corpus.js';

/**
 * Hostile content in every text, URL and colour field, through the editor preview (renderPreview)
 * and the static site (renderSite, `strat export`): statically, no payload survives as markup. The
 * same corpus runs in real Chromium in test/browser.
 */

interface Tag {
    name: string;
    end: boolean;
    attributes: Array<[string, string | undefined]>;
}
interface Scanned {
    tags: Tag[];
    raw: Array<{ name: string; content: string }>;
    comments: string[];
}

/**
 * A small HTML tokenizer: tags with their attributes, the contents of script and style elements, comments.
 */
function scan(html: string): Scanned {
    const result: Scanned = { tags: [], raw: [], comments: [] };
    let i = 0;
    while (i < html.length) {
        const lt = html.indexOf('<', i);
        if (lt < 0) {
            break;
        }
        if (html.startsWith('<!--', lt)) {
            const end = html.indexOf('-->', lt + 4);
            result.comments.push(html.slice(lt + 4, end < 0 ? html.length : end));
            i = end < 0 ? html.length : end + 3;
            continue;
        }
        if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
            const end = html.indexOf('>', lt);
            i = end < 0 ? html.length : end + 1;
            continue;
        }
        const nameMatch = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 100));
        if (!nameMatch) {
            i = lt + 1;
            continue;
        }
        const tag: Tag = { name: nameMatch[2].toLowerCase(), end: nameMatch[1] === '/', attributes: [] };
        let j = lt + nameMatch[0].length;
        while (j < html.length && html[j] !== '>') {
            if (/[\s/]/.test(html[j])) {
                j++;
                continue;
            }
            const attribute = /^[^\s"'>/=]+/.exec(html.slice(j, j + 200));
            if (!attribute) {
                j++;
                continue;
            }
            j += attribute[0].length;
            let value: string | undefined;
            if (html[j] === '=') {
                j++;
                const quote = html[j];
                if (quote === '"' || quote === "'") {
                    const close = html.indexOf(quote, j + 1);
                    value = html.slice(j + 1, close < 0 ? html.length : close);
                    j = close < 0 ? html.length : close + 1;
                } else {
                    const unquoted = /^[^\s>]*/.exec(html.slice(j))![0];
                    value = unquoted;
                    j += unquoted.length;
                }
            }
            tag.attributes.push([attribute[0].toLowerCase(), value]);
        }
        result.tags.push(tag);
        i = j + 1;
        if (!tag.end && (tag.name === 'script' || tag.name === 'style')) {
            const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
            result.raw.push({ name: tag.name, content: html.slice(i, close < 0 ? html.length : close) });
            i = close < 0 ? html.length : close;
        }
    }
    return result;
}

function decodeEntities(value: string): string {
    return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, entity: string) => {
        if (entity[0] === '#') {
            const code =
                entity[1] === 'x' || entity[1] === 'X'
                    ? parseInt(entity.slice(2), 16)
                    : parseInt(entity.slice(1), 10);
            return Number.isFinite(code) ? String.fromCodePoint(Math.min(code, 0x10ffff)) : all;
        }
        return (
            (
                {
                    amp: '&',
                    lt: '<',
                    gt: '>',
                    quot: '"',
                    apos: "'",
                    colon: ':',
                    tab: '\t',
                    newline: '\n'
                } as Record<string, string>
            )[entity.toLowerCase()] ?? all
        );
    });
}

const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'srcset',
    'background',
    'cite',
    'ping'
]);
const COUNTED_TAGS = [
    'script',
    'style',
    'meta',
    'base',
    'iframe',
    'frame',
    'object',
    'embed',
    'link',
    'form',
    'math',
    'template',
    'img',
    'input',
    'button',
    'textarea',
    'video',
    'audio',
    'source'
];

interface Shape {
    tags: Set<string>;
    attributes: Set<string>;
    counts: Map<string, Set<number>>;
    comments: Set<number>;
}

function shapeOf(scanned: Scanned): Shape {
    const counts = new Map<string, number>();
    for (const tag of scanned.tags.filter(t => !t.end)) {
        counts.set(tag.name, (counts.get(tag.name) ?? 0) + 1);
    }
    return {
        tags: new Set(scanned.tags.map(t => t.name)),
        attributes: new Set(scanned.tags.flatMap(t => t.attributes.map(([name]) => name))),
        counts: new Map(COUNTED_TAGS.map(name => [name, new Set([counts.get(name) ?? 0])])),
        comments: new Set([scanned.comments.length])
    };
}

/** What either of two shapes admits. */
function merge(a: Shape, b: Shape): Shape {
    return {
        tags: new Set([...a.tags, ...b.tags]),
        attributes: new Set([...a.attributes, ...b.attributes]),
        counts: new Map(
            COUNTED_TAGS.map(name => [name, new Set([...a.counts.get(name)!, ...b.counts.get(name)!])])
        ),
        comments: new Set([...a.comments, ...b.comments])
    };
}

/**
 * Problems with a page rendered from hostile content, measured against the same page from harmless content.
 */
function problemsOf(page: string, html: string, baseline: Shape): string[] {
    const scanned = scan(html);
    const problems: string[] = [];
    for (const tag of scanned.tags) {
        if (!baseline.tags.has(tag.name)) {
            problems.push(`${page}: an element <${tag.name}> that harmless content does not produce`);
        }
        for (const [name, value] of tag.attributes) {
            if (name.startsWith('on')) {
                problems.push(`${page}: an event handler ${name}=${JSON.stringify(value)} on <${tag.name}>`);
            } else if (!baseline.attributes.has(name)) {
                problems.push(
                    `${page}: an attribute ${name} on <${tag.name}> that harmless content does not produce`
                );
            }
            if (value === undefined) {
                continue;
            }
            const decoded = decodeEntities(value);
            if (URL_ATTRIBUTES.has(name)) {
                const cleaned = decoded
                    .replace(/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/g, '')
                    .toLowerCase();
                const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
                if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) {
                    problems.push(`${page}: <${tag.name} ${name}="${value}"> (a ${scheme}: URL)`);
                }
                if (cleaned.startsWith('//')) {
                    problems.push(
                        `${page}: <${tag.name} ${name}="${value}"> (a URL without scheme to another host)`
                    );
                }
            }
            if (name === 'style' && /__pwned|url\(|expression\(|javascript|@import|behavior/i.test(decoded)) {
                problems.push(`${page}: a style attribute carries a payload: ${JSON.stringify(decoded)}`);
            }
            if (
                name === 'srcdoc' ||
                (name === 'http-equiv' && decoded.toLowerCase() !== 'content-security-policy')
            ) {
                problems.push(`${page}: an attribute ${name}="${decoded}"`);
            }
        }
    }
    for (const { name, content } of scanned.raw) {
        if (/__pwned|<\/?(script|style)/i.test(content)) {
            problems.push(
                `${page}: a payload inside a <${name}> element: ${JSON.stringify(content.slice(0, 200))}`
            );
        }
    }
    const shape = shapeOf(scanned);
    for (const name of COUNTED_TAGS) {
        const [count] = shape.counts.get(name)!;
        if (!baseline.counts.get(name)!.has(count)) {
            problems.push(
                `${page}: ${count} <${name}> elements, harmless content gives ${[...baseline.counts.get(name)!].join(' or ')}`
            );
        }
    }
    const [comments] = shape.comments;
    if (!baseline.comments.has(comments)) {
        problems.push(
            `${page}: ${comments} comments, harmless content gives ${[...baseline.comments].join(' or ')}`
        );
    }
    return problems;
}

/** All pages of the preview and the site for a workspace, by name. */
async function render(files: Record<string, string>, locale: 'de' | 'en'): Promise<Map<string, string>> {
    const built = await buildFiles(files, '/xss', locale);
    const model = buildWorkspaceModel(built.services.shared.workspace.LangiumDocuments.all.toArray(), {
        fileName: d => path.posix.basename(d.uri.path)
    });
    const pages = new Map<string, string>();
    for (const file of renderSite(model, { locale })) {
        if (file.path.endsWith('.html')) {
            pages.set(`site:${file.path}`, file.content);
        }
    }
    for (const file of [undefined, ...Object.keys(files)]) {
        pages.set(
            `preview:${file ?? '(all)'}`,
            renderPreview(model, { locale, nonce: 'Tm9uY2UxMjM0NTY3OA', file, errors: 2 })
        );
    }
    return pages;
}

const baselines = new Map<string, Map<string, Shape>>();

async function baselineOf(locale: 'de' | 'en'): Promise<Map<string, Shape>> {
    let baseline = baselines.get(locale);
    if (!baseline) {
        // harmless content with every construct the payloads may create legitimately: a link in a
        // text; and the same with a URL that is not allowed (an error, so the pages carry a banner)
        const valid = await render(
            hostileWorkspace(
                'Harmloser Text mit https://example.org/ darin',
                'https://example.org/',
                '#336699'
            ),
            locale
        );
        const invalid = await render(
            hostileWorkspace('Harmlos', 'ftp://example.org/', 'keine Farbe'),
            locale
        );
        baseline = new Map(
            [...valid].map(([page, html]) => [
                page,
                merge(shapeOf(scan(html)), shapeOf(scan(invalid.get(page) ?? html)))
            ])
        );
        baselines.set(locale, baseline);
    }
    return baseline;
}

async function assertNoPayloadSurvives(
    text: string,
    url: string,
    color: string,
    locale: 'de' | 'en'
): Promise<void> {
    const baseline = await baselineOf(locale);
    const pages = await render(hostileWorkspace(text, url, color), locale);
    const problems: string[] = [];
    for (const [page, html] of pages) {
        const shape = baseline.get(page);
        assert.ok(shape, `a page that harmless content does not produce: ${page}`);
        problems.push(...problemsOf(page, html, shape));
    }
    countPayloads();
    assert.deepEqual(problems.slice(0, 10), [], `payloads ${JSON.stringify({ text, url, color })} survived`);
}

/** Random payloads: fragments of markup, quotes, schemes and entities strung together. */
const FRAGMENTS = [
    '<',
    '>',
    '"',
    "'",
    '`',
    '=',
    '/',
    ' ',
    'script',
    'svg',
    'img',
    'style',
    'onerror',
    'onload',
    'src',
    'href',
    'javascript:',
    'data:',
    '&#',
    '&lt;',
    ';',
    '</',
    '<!--',
    '-->',
    ']]>',
    '\u0000',
    '\u2028',
    'window.__pwned=1',
    'https://example.org/',
    'x',
    '(',
    ')',
    '{',
    '}',
    '\\'
];
const randomPayload = fc
    .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 24 })
    .map(parts => parts.join(''));

describe('fuzz: hostile content in previews and exports', function () {
    it('the static check itself finds payloads that became markup', async () => {
        const pages = await render(hostileWorkspace('Harmlos', 'https://example.org/'), 'en');
        const baseline = await baselineOf('en');
        const page = pages.get('site:index.html')!;
        const injected = [
            page.replace('</body>', '<img src=x onerror=window.__pwned=1></body>'),
            page.replace('</body>', '<a href="jav&#x61;script:window.__pwned=1">x</a></body>'),
            page.replace('</body>', '<script>window.__pwned=1</script></body>'),
            page.replace(/<p class="meta">/, '<p class="meta" onclick="window.__pwned=1">'),
            page.replace('</body>', '<div style="background:url(javascript:window.__pwned=1)"></div></body>'),
            page.replace('</body>', '<meta http-equiv="refresh" content="0"></body>')
        ];
        for (const html of injected) {
            assert.notEqual(html, page, 'the injection did not apply');
            assert.ok(
                problemsOf('index.html', html, baseline.get('site:index.html')!).length > 0,
                `not caught: ${html.slice(-200)}`
            );
        }
        assert.deepEqual(problemsOf('index.html', page, baseline.get('site:index.html')!), []);
    });

    it('no payload of the corpus survives as markup, in any text, URL or colour field, in the preview or the site', async function () {
        this.timeout(120_000);
        const count = Math.max(XSS_TEXT_PAYLOADS.length, XSS_URL_PAYLOADS.length, XSS_COLOR_PAYLOADS.length);
        for (let i = 0; i < count; i++) {
            await assertNoPayloadSurvives(
                XSS_TEXT_PAYLOADS[i % XSS_TEXT_PAYLOADS.length],
                XSS_URL_PAYLOADS[i % XSS_URL_PAYLOADS.length],
                XSS_COLOR_PAYLOADS[i % XSS_COLOR_PAYLOADS.length],
                i % 2 === 0 ? 'de' : 'en'
            );
            countCase();
        }
    });

    property(
        'random strings of markup fragments survive nowhere as markup',
        fc.tuple(
            randomPayload,
            fc.oneof(randomPayload, fc.constantFrom(...XSS_URL_PAYLOADS)),
            fc.oneof(randomPayload, fc.constantFrom(...XSS_COLOR_PAYLOADS)),
            fc.constantFrom('de' as const, 'en' as const)
        ),
        ([text, url, color, locale]) => assertNoPayloadSurvives(text, url, color, locale),
        { runs: 25, cost: 2 }
    );

    it('strat export --format html --force writes no payload as markup into any page', async function () {
        this.timeout(120_000);
        const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'strat-fuzz-xss-'));
        try {
            const files = hostileWorkspace(XSS_TEXT_PAYLOADS[4], XSS_URL_PAYLOADS[0], XSS_COLOR_PAYLOADS[1]);
            await fs.mkdir(path.join(folder, 'in'));
            for (const [name, text] of Object.entries(files)) {
                await fs.writeFile(path.join(folder, 'in', name), text);
            }
            const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
                const child = spawn(
                    process.execPath,
                    [STRAT_BIN, 'export', '--format', 'html', '--force', '--out', '../site', '.'],
                    { cwd: path.join(folder, 'in'), stdio: ['ignore', 'ignore', 'pipe'] }
                );
                let stderr = '';
                child.stderr.on('data', chunk => {
                    stderr += String(chunk);
                });
                child.on('error', reject);
                child.on('close', code => resolve({ code, stderr }));
            });
            assert.equal(result.code, 0, result.stderr);
            const baseline = await baselineOf('en');
            const pages = (await fs.readdir(path.join(folder, 'site'), { recursive: true })).filter(f =>
                f.endsWith('.html')
            );
            assert.ok(pages.length >= 3, `pages: ${pages.join(', ')}`);
            const problems: string[] = [];
            for (const page of pages) {
                const shape =
                    baseline.get(`site:${page.split(path.sep).join('/')}`) ??
                    baseline.get('site:index.html')!;
                problems.push(
                    ...problemsOf(page, await fs.readFile(path.join(folder, 'site', page), 'utf8'), shape)
                );
            }
            countPayloads();
            countCase();
            assert.deepEqual(problems.slice(0, 10), []);
        } finally {
            await fs.rm(folder, { recursive: true, force: true });
        }
    });
});
