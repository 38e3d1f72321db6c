/**
 * A workspace whose every text carries an attack: script tags, attribute breakouts, event handlers,
 * `javascript:` URLs, `</style>` and SVG payloads. Rendered, none of it may become markup.
 */
export const HOSTILE_CATALOGUE = String.raw`
body B "<script>window.__pwned=1</script>" {
    url "javascript:window.__pwned=1"
    text "\"><img src=x onerror=\"window.__pwned=1\">"
}

actor A "\"><img src=x onerror=window.__pwned=1>" {
    url "JaVaScRiPt:window.__pwned=1"
}

decision 2023/42 by B {
    session 42
    date 2023-11
    title "</style><script>window.__pwned=1</script><style>"
    url "javascript:window.__pwned=1"
    summary "<svg onload=\"window.__pwned=1\"><img src=x onerror=\"window.__pwned=1\"></svg>"
}

decision 2023/43 by B {
    title "' onmouseover='window.__pwned=1' x='"
    url " javascript:window.__pwned=1"
}
`;

export const HOSTILE_STRATEGY = String.raw`
strategy S "<img src=x onerror=\"window.__pwned=1\">" {
    status draft
    as-of 2024-03
    owner A
    horizon 2028
    vision "</style><svg><script>window.__pwned=1</script></svg> javascript:window.__pwned=1"
    text "Siehe javascript:window.__pwned=1 und https://example.org/\"onmouseover=\"window.__pwned=1 sowie <a href=\"javascript:window.__pwned=1\">x</a>"
    text "data:text/html,<script>window.__pwned=1</script> vbscript:msgbox(1) <!-- --> ]]> {{constructor.constructor('window.__pwned=1')()}}"
    evolves 2023/42
    cites 2023/43, 2099/99

    scale evil "<b onmouseover=\"window.__pwned=1\">Evil</b>" english "</title><script>window.__pwned=1</script>" {
        value bad "<img src=x onerror=\"window.__pwned=1\">" english "<svg/onload=window.__pwned=1>" color "red\" onload=\"window.__pwned=1" symbol "<script>window.__pwned=1</script>" meaning "\" onmouseover=\"window.__pwned=1"
        value worse "<iframe src=\"javascript:window.__pwned=1\"></iframe>" color "url(javascript:window.__pwned=1)" symbol "◑"
    }

    level l "</td></tr></table><script>window.__pwned=1</script>" {
        target-picture "<iframe src=javascript:window.__pwned=1>"
        text "<style>body{display:none}</style>"
    }

    goal g "<script>window.__pwned=1</script>" {
        level l
        target-picture "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>"
        assessment 2024 {
            status critical
            evil bad
            urgent
            rationale "<img src=x onerror=\"window.__pwned=1\">"
            assessor A
        }
        outlook 2026 {
            status uncritical
            evil worse
            progress not-recorded
        }
        evolves 2023/42
    }

    measure m "<svg/onload=window.__pwned=1>" {
        addresses g
        status in-progress
        owner A
        milestone 2025-09 "<script>window.__pwned=1</script>" {
            text "<img src=x onerror=window.__pwned=1>"
            cites 2023/42
        }
    }

    indicator i "<script>window.__pwned=1</script>" {
        unit "</text><script>window.__pwned=1</script>"
        direction lower-is-better
        measures g
        baseline 10 at 2023
        target 5 at 2028
        measured 9 at 2024-06 source "javascript:window.__pwned=1"
        measured 8 at 2025-01-31 source "<img src=x onerror=window.__pwned=1>"
    }

    area a "<img src=x onerror=window.__pwned=1>" {
        principle p "<script>window.__pwned=1</script>" {
            binding mandatory
            text "<a href=\"javascript:window.__pwned=1\">klick</a>"
            covered-by 2023/42
        }
        idea ia "<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>" {
            text "<details open ontoggle=window.__pwned=1>"
        }
        question qa "<img src=x onerror=window.__pwned=1>?"
    }

    stakeholder st "<script>window.__pwned=1</script>" {
        need n "<img src=x onerror=window.__pwned=1>" {
            evolves 2023/42
        }
    }

    cornerstone c "<svg onload=window.__pwned=1>" {
        answers st.n
        text "<object data=javascript:window.__pwned=1>"
    }

    section sec "<script>window.__pwned=1</script>" {
        question "<img src=x onerror=window.__pwned=1>" {
            text "<base href=javascript:/a/>"
        }
    }

    idea top "<meta http-equiv=refresh content=0;url=javascript:window.__pwned=1>"

    milestone ms 2026 "<script>window.__pwned=1</script>"
}
`;

export const HOSTILE_FILES: Record<string, string> = {
    'catalogue/evil.strat': HOSTILE_CATALOGUE,
    'strategies/evil.strat': HOSTILE_STRATEGY
};
