import type { Locale } from '../i18n/locale.js';
import { PROJECT_FILE } from './project-config.js';

/**
 * The files of a new project as `strat init` writes them (relative path → text): the project
 * file, a catalogue of the council and its decision, and a strategy that cites it. They validate
 * clean and are formatted.
 */
export function starterFiles(locale: Locale): Record<string, string> {
    const de = locale === 'de';
    const config = {
        include: ['**/*.strat'],
        exclude: [],
        language: locale,
        checks: { 'unresolved-decision': 'error' },
        maxWarnings: 0
    };
    return {
        [PROJECT_FILE]: JSON.stringify(config, null, 4) + '\n',
        'catalogue/decisions.strat': de
            ? `// Die Gremien und ihre Beschlüsse, auf die sich die Strategien berufen.

body RAT "Musterrat"

decision 2025/01 by RAT {
    date 2025-03-12
    title "Beschluss der Digitalstrategie"
}
`
            : `// The bodies and their decisions that the strategies cite.

body COUNCIL "Example Council"

decision 2025/01 by COUNCIL {
    date 2025-03-12
    title "Adoption of the digital strategy"
}
`,
        'strategy.strat': de
            ? `strategy DS "Digitalstrategie" {
    status adopted
    as-of 2025-03
    owner RAT
    horizon 2028
    vision "2028 sind alle Verwaltungsleistungen online nutzbar."
    adopted-by 2025/01

    goal online "Verwaltungsleistungen online" {
        assessment 2025 {
            status needs-action
            progress beginning
            rationale "Ein Viertel der Leistungen ist online verfügbar."
        }
    }
}
`
            : `strategy DS "Digital strategy" {
    status adopted
    as-of 2025-03
    owner COUNCIL
    horizon 2028
    vision "By 2028 every administrative service can be used online."
    adopted-by 2025/01

    goal online "Administrative services online" {
        assessment 2025 {
            status needs-action
            progress beginning
            rationale "A quarter of the services is available online."
        }
    }
}
`
    };
}
