import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { globSync } from 'tinyglobby';
import { createStratCoreServices } from '../../language/strat-module.js';
import { formatText, tokenTexts } from '../../language/formatting/format-text.js';

const { shared } = createStratCoreServices(EmptyFileSystem);

function format(text: string): string {
    const result = formatText(shared, text);
    assert.equal(result.status, 'formatted');
    return (result as { text: string }).text;
}

const MESSY = `// Katalog
body ITPLR "IT-Planungsrat"   // das Gremium
decision 2023/42 by ITPLR { session 42 date 2023-11 title "Entwicklung" }
decision 2022/27 by ITPLR


strategy IVN "Intelligente Verwaltungsnetze" { status draft
  as-of 2015-11 horizon 2020
  level society "Gesellschaftliche Ebene" { target-picture "2020 besteht" }
  level law "Recht"
  /* Zielbildbausteine */
  goal infrastructure "Veränderte Infrastrukturverantwortung" {
    level society
    contributes-to X.y , X.z
    assessment 2015 { status critical progress beginning urgent rationale "Aufgrund
      struktureller Schwächen" }
    evolves 27/2014,2023/42
  }
}`;

const CANONICAL = `// Katalog
body ITPLR "IT-Planungsrat" // das Gremium

decision 2023/42 by ITPLR {
    session 42
    date 2023-11
    title "Entwicklung"
}

decision 2022/27 by ITPLR

strategy IVN "Intelligente Verwaltungsnetze" {
    status draft
    as-of 2015-11
    horizon 2020

    level society "Gesellschaftliche Ebene" {
        target-picture "2020 besteht"
    }

    level law "Recht"

    /* Zielbildbausteine */
    goal infrastructure "Veränderte Infrastrukturverantwortung" {
        level society
        contributes-to X.y, X.z
        assessment 2015 {
            status critical
            progress beginning
            urgent
            rationale "Aufgrund
      struktureller Schwächen"
        }
        evolves 27/2014, 2023/42
    }
}
`;

describe('formatter', () => {
    it('lays a document out canonically: one entry per line, indented blocks, blank lines around declarations', () => {
        assert.equal(format(MESSY), CANONICAL);
    });

    it('is idempotent', () => {
        assert.equal(format(CANONICAL), CANONICAL);
    });

    it('keeps every token and comment, and the text inside strings, exactly', () => {
        const before = tokenTexts(
            shared.workspace.LangiumDocumentFactory.fromString(MESSY, URI.parse('file:///a.strat'))
        );
        const after = tokenTexts(
            shared.workspace.LangiumDocumentFactory.fromString(format(MESSY), URI.parse('file:///b.strat'))
        );
        assert.deepEqual(after, before);
    });

    it('keeps CRLF line ends', () => {
        const formatted = format('strategy S "T" {\r\n  horizon 2020 }\r\n');
        assert.equal(formatted, 'strategy S "T" {\r\n    horizon 2020\r\n}\r\n');
    });

    it('keeps a comment on its own line, whatever the line ends (LF, CRLF, CR alone)', () => {
        for (const eol of ['\n', '\r\n', '\r']) {
            const text = [
                'strategy S "T" {',
                '    goal g "G" {',
                '    }',
                '// Kommentar',
                '    horizon 2020',
                '}',
                ''
            ];
            const formatted = format(text.join(eol));
            assert.equal(
                formatted,
                [
                    'strategy S "T" {',
                    '    goal g "G" {',
                    '    }',
                    '',
                    '    // Kommentar',
                    '    horizon 2020',
                    '}',
                    ''
                ].join(eol),
                JSON.stringify(eol)
            );
        }
    });

    it('leaves a document with syntax errors untouched', () => {
        const result = formatText(shared, 'strategy S "T" {\n  bogus   horizon 2020\n');
        assert.equal(result.status, 'syntax-errors');
    });

    it('lays evidence out canonically: `12%` as `12 %`, a minus kept, shares one per line; idempotent', () => {
        const messy =
            'source s "S" { fieldwork 2024-05-03 to 2024-06-28 margin-of-error 2.5% }\n' +
            'strategy S "T" { indicator i "I" { unit "%" measured -15 at 2024 source s\n' +
            '  target up-to -30% when "x"   measured 10   to 25 from 2023-03 to 2023-06 measured shares { a 18% b 82 % } partial at 2024\n' +
            '} quote "Wort" by "Rolle" source s }\n';
        const canonical =
            'source s "S" {\n    fieldwork 2024-05-03 to 2024-06-28\n    margin-of-error 2.5 %\n}\n\n' +
            'strategy S "T" {\n    indicator i "I" {\n        unit "%"\n        measured -15 at 2024 source s\n' +
            '        target up-to -30 % when "x"\n        measured 10 to 25 from 2023-03 to 2023-06\n' +
            '        measured shares {\n            a 18 %\n            b 82 %\n        } partial at 2024\n    }\n\n' +
            '    quote "Wort" by "Rolle" source s\n}\n';
        assert.equal(format(messy), canonical);
        assert.equal(format(canonical), canonical);
    });

    for (const file of globSync('examples/**/*.strat')) {
        it(`finds ${file} already formatted`, () => {
            const text = readFileSync(file, 'utf8');
            assert.equal(format(text), text);
        });
    }
});
