/**
 * A corpus of hostile content for every text and URL field of a workspace: script tags, event
 * handlers, attribute breakouts with either quote, `javascript:`/`data:`/`vbscript:` URLs (also
 * disguised), SVG and MathML payloads, CSS that breaks out of attributes and style elements.
 *
 * Shared by the static checks of test/fuzz/xss.test.ts and the real-Chromium checks in test/browser:
 * every payload that would run sets `window.__pwned`, so a browser test only has to ask whether it
 * is set. Import `XSS_TEXT_PAYLOADS`, `XSS_URL_PAYLOADS`, `XSS_COLOR_PAYLOADS` and `hostileWorkspace`.
 */

/** Text payloads: each would run `window.__pwned=1` if it became markup. */
export const XSS_TEXT_PAYLOADS: readonly string[] = [
    '<script>window.__pwned=1</script>',
    '<SCRIPT SRC=data:,window.__pwned=1></SCRIPT>',
    '<img src=x onerror=window.__pwned=1>',
    '<img src="x" onerror="window.__pwned=1">',
    '"><img src=x onerror=window.__pwned=1>',
    "'><img src=x onerror=window.__pwned=1>",
    '`><img src=x onerror=window.__pwned=1>',
    '" onmouseover="window.__pwned=1" x="',
    "' onmouseover='window.__pwned=1' x='",
    '" autofocus onfocus="window.__pwned=1" x="',
    '<svg onload=window.__pwned=1>',
    '<svg><script>window.__pwned=1</script></svg>',
    '<svg><a xlink:href="javascript:window.__pwned=1"><text y="20">x</text></a></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<a href="javascript:window.__pwned=1">klick</a>',
    '<details open ontoggle=window.__pwned=1>',
    '<body onload=window.__pwned=1>',
    '<object data="javascript:window.__pwned=1"></object>',
    '<embed src="javascript:window.__pwned=1">',
    '<form><button formaction="javascript:window.__pwned=1">x</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
    '<base href="javascript:window.__pwned=1//">',
    '<link rel="stylesheet" href="javascript:window.__pwned=1">',
    '</style><script>window.__pwned=1</script><style>',
    '</script><script>window.__pwned=1</script>',
    '</title><script>window.__pwned=1</script>',
    '</textarea><script>window.__pwned=1</script>',
    '</td></tr></table><script>window.__pwned=1</script>',
    '<!--<script>window.__pwned=1</script>-->',
    '--><script>window.__pwned=1</script><!--',
    ']]><script>window.__pwned=1</script>',
    '<style>@import "javascript:window.__pwned=1";</style>',
    '<div style="background:url(javascript:window.__pwned=1)">x</div>',
    '<div style="width:expression(window.__pwned=1)">x</div>',
    '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
    '&#60;script&#62;window.__pwned=1&#60;/script&#62;',
    '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
    '<<script>script>window.__pwned=1<</script>/script>',
    "{{constructor.constructor('window.__pwned=1')()}}",
    '${window.__pwned=1}',
    'javascript:window.__pwned=1',
    'https://example.org/"onmouseover="window.__pwned=1',
    "https://example.org/'onmouseover='window.__pwned=1",
    'https://example.org/<script>window.__pwned=1</script>',
    'mailto:x@example.org"><svg onload=window.__pwned=1>',
    'Siehe https://example.org/a?b=1&c=<img/src=x/onerror=window.__pwned=1> und mehr',
    '\u2028<script>window.__pwned=1</script>\u2029',
    '\u0000<script>window.__pwned=1</script>',
    '<scr\u0000ipt>window.__pwned=1</scr\u0000ipt>',
    '<img src=x onerror=&#119;indow.__pwned=1>',
    '<input value="x" onfocus="window.__pwned=1" autofocus>',
    '<video><source onerror="window.__pwned=1"></video>',
    '<marquee onstart=window.__pwned=1>',
    '<template><script>window.__pwned=1</script></template>'
];

/** URL payloads for `url` fields: none may become a link target other than http(s) or mailto. */
export const XSS_URL_PAYLOADS: readonly string[] = [
    'javascript:window.__pwned=1',
    'JaVaScRiPt:window.__pwned=1',
    ' javascript:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'java\nscript:window.__pwned=1',
    '\u0001javascript:window.__pwned=1',
    'javascript&colon;window.__pwned=1',
    '&#106;avascript:window.__pwned=1',
    '&#x6A;avascript:window.__pwned=1',
    'javascript://example.org/%0Awindow.__pwned=1',
    'vbscript:msgbox(1)',
    'data:text/html,<script>window.__pwned=1</script>',
    'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
    'DATA:text/html,<script>window.__pwned=1</script>',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://example.org/"onmouseover="window.__pwned=1',
    "https://example.org/'onmouseover='window.__pwned=1",
    'https://example.org/"><script>window.__pwned=1</script>',
    'https://example.org/ onmouseover=window.__pwned=1',
    'http://example.org\\@evil.example/',
    'mailto:x@example.org"><svg onload=window.__pwned=1>',
    'https://example.org/#"><img src=x onerror=window.__pwned=1>',
    'https://example.org/\u2028javascript:window.__pwned=1'
];

/** Colour payloads for `color` fields (they end up in style attributes, if anywhere). */
export const XSS_COLOR_PAYLOADS: readonly string[] = [
    'red;background:url(javascript:window.__pwned=1)',
    'red" onmouseover="window.__pwned=1',
    "red' onmouseover='window.__pwned=1",
    'expression(window.__pwned=1)',
    'url(javascript:window.__pwned=1)',
    '#fff;}</style><script>window.__pwned=1</script>',
    'red</style><script>window.__pwned=1</script>',
    'var(--x);background-image:url("javascript:window.__pwned=1")',
    '#12345g'
];

/** A text as a .strat string literal. */
export function stratString(text: string): string {
    return `"${text.replace(/[\\"]/g, c => `\\${c}`)}"`;
}

/**
 * A workspace (file name → text) in which every text field holds `text`, every URL field `url` and
 * every colour `color`: bodies, actors, decisions, scales and values, a strategy with vision, texts,
 * levels, goals with assessments, measures with milestones, areas, principles, ideas, questions,
 * stakeholders with needs, cornerstones, indicators with measurements and sections.
 */
export function hostileWorkspace(
    text: string,
    url: string,
    color: string = XSS_COLOR_PAYLOADS[0]
): Record<string, string> {
    const t = stratString(text);
    const u = stratString(url);
    const c = stratString(color);
    const catalogue = `body B ${t} {
    url ${u}
    text ${t}
}

actor A ${t} {
    part-of B
    url ${u}
    text ${t}
}

decision 2023/42 by B {
    session 42
    date 2023-11
    title ${t}
    url ${u}
    summary ${t}
}

decision 2023/43 by B {
    url ${u}
}
`;
    const strategy = `strategy S ${t} {
    status adopted
    as-of 2024-03
    owner A
    horizon 2028
    vision ${t}
    text ${t}
    adopted-by 2023/42
    cites 2023/43, 2099/99

    scale evil ${t} english ${t} {
        value bad ${t} english ${t} color ${c} symbol ${t} meaning ${t}
        value worse ${t} color ${c} symbol ${t}
    }

    level l ${t} {
        target-picture ${t}
        text ${t}
        cites 2023/42
    }

    goal g ${t} {
        level l
        target-picture ${t}
        text ${t}
        assessment 2024 {
            status critical
            progress beginning
            evil bad
            urgent
            rationale ${t}
            assessor A
        }
        outlook 2026 {
            status uncritical
            evil worse
        }
        evolves 2023/42
    }

    goal h ${t} {
        level l
        refines g
        contributes-to T.z
    }

    measure m ${t} {
        addresses g
        status in-progress
        owner A
        text ${t}
        milestone 2025-09 ${t} {
            text ${t}
            cites 2023/42
        }
    }

    indicator i ${t} {
        unit ${t}
        direction higher-is-better
        measures g
        baseline 1 at 2023
        target 5 at 2028
        measured 2 at 2024-06 source ${t}
        text ${t}
    }

    area a ${t} {
        text ${t}
        principle p ${t} {
            binding mandatory
            text ${t}
        }
        idea i1 ${t} {
            text ${t}
        }
        question q1 ${t}
    }

    stakeholder st ${t} {
        text ${t}
        need n ${t} {
            text ${t}
        }
    }

    cornerstone cs ${t} {
        answers st.n
        text ${t}
    }

    question ${t} {
        text ${t}
    }

    idea i2 ${t}

    section sec ${t} {
        text ${t}
        question ${t}
    }

    milestone 2026 ${t}
}
`;
    const other = `strategy T ${t} {
    part-of S
    goal z ${t} {
    }
}
`;
    return { 'katalog.strat': catalogue, 'strategie.strat': strategy, 'teil.strat': other };
}
