import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { isStrategy, type Model } from '../../language/generated/ast.js';
import { createStratCoreServices } from '../../language/strat-module.js';
import type { Diagnostic } from '../../language/workspace/diagnostic.js';
import { buildWorkspace } from '../support/build-workspace.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');
const parser = createStratCoreServices(EmptyFileSystem).Strat.parser.LangiumParser;

const syntaxErrors = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'syntax-error');

/** The one syntax error of a text, with the text it is located on, in English and in German. */
interface OneError {
    en: string;
    de: string;
    at: string;
    all: Diagnostic[];
}

async function oneSyntaxError(text: string): Promise<OneError> {
    const english = await buildWorkspace(text, 'en');
    const german = await buildWorkspace(text, 'de');
    const [en, ...moreEn] = syntaxErrors(english.diagnostics());
    const [de] = syntaxErrors(german.diagnostics());
    assert.ok(en && de, 'no syntax error');
    assert.deepEqual(
        moreEn.map(d => d.message),
        [],
        `more than one syntax error; the first: ${String(en.message)}`
    );
    const all = english.diagnostics();
    return { en: String(en.message), de: String(de.message), at: english.textOf(en), all };
}

const goal = (entries: string) =>
    `strategy S "T" {\n    level society "L"\n    goal g "G" {\n${entries}\n    }\n    goal h "" {\n    }\n}\n`;

describe('syntax errors: one typo, one error, the rest still checked', () => {
    it('a misspelled entry in a goal: one error on it, with "did you mean", and later findings stay', async () => {
        const { en, de, at, all } = await oneSyntaxError(
            goal('        levl society\n        target-picture "Bild"\n        evolves 2023/42')
        );
        assert.equal(at, 'levl');
        assert.match(en, /`levl` does not belong in this block \(Goal\): did you mean `level`\?/);
        assert.match(de, /`levl` gehört nicht in diesen Block \(Ziel\): meinten Sie `level`\?/);
        assert.ok(
            all.some(d => d.code === 'empty-title'),
            'the empty title of the next goal is still reported'
        );
        assert.ok(
            all.some(d => d.code === 'unresolved-decision'),
            'the citation after the typo is still read'
        );
    });

    it('the entries after the broken one still belong to their block', () => {
        const result = parser.parse(goal('        levl society\n        target-picture "Bild"'));
        const strategy = (result.value as Model).elements.find(isStrategy)!;
        const g = strategy.members.find(m => m.name === 'g') as { targetPicture?: string };
        assert.equal(g.targetPicture, 'Bild');
    });

    it('a misspelled block keyword skips the whole block, however it is nested', async () => {
        const { en, at, all } = await oneSyntaxError(
            'strategy S "T" {\n    level l "L"\n    gol g "G" {\n        level l\n        assessment 2020 {\n' +
                '            status green\n        }\n    }\n    goal h "" {\n        level l\n    }\n}\n'
        );
        assert.equal(at, 'gol');
        assert.match(en, /did you mean `goal`\?/);
        assert.ok(all.some(d => d.code === 'empty-title'));
    });

    it('a misspelled top-level keyword: one error, suggesting the keyword', async () => {
        const { en, de, at } = await oneSyntaxError(
            'stratgy S "T" {\n    level l "L"\n}\nstrategy R "R" {\n}\n'
        );
        assert.equal(at, 'stratgy');
        assert.match(en, /`stratgy` cannot stand at the top level of a file: did you mean `strategy`\?/);
        assert.match(de, /meinten Sie `strategy`\?/);
    });

    it('a word that is close to nothing lists what may stand there instead', async () => {
        const { en, at } = await oneSyntaxError(
            'strategy S "T" {\n    goal g "G" {\n        xyzzy 3\n    }\n}\n'
        );
        assert.equal(at, 'xyzzy');
        assert.match(en, /expected `evolves`, .*`text`, `level`.* or \d+ more$/);
        assert.doesNotMatch(en, /did you mean/);
    });

    it('every keyword of the examples, misspelled where it starts an entry, gives at most one error', () => {
        const files = readdirSync(EXAMPLES, { recursive: true })
            .map(String)
            .filter(file => file.endsWith('.strat'));
        let tried = 0;
        for (const file of files) {
            const lines = readFileSync(path.join(EXAMPLES, file), 'utf8').split('\n');
            const seen = new Set<string>();
            lines.forEach((line, index) => {
                const keyword = /^\s*([a-z][a-z-]{2,})(\s|$)/.exec(line)?.[1];
                if (!keyword || seen.has(keyword)) {
                    return;
                }
                seen.add(keyword);
                const typo = keyword.slice(0, 1) + keyword.slice(2);
                const text = [...lines];
                text[index] = line.replace(keyword, typo);
                const result = parser.parse(text.join('\n'));
                const errors = [...result.lexerErrors, ...result.parserErrors];
                assert.ok(
                    errors.length <= 1,
                    `${file}:${index + 1} ${keyword} → ${typo}: ${errors.map(e => e.message).join(' | ')}`
                );
                tried++;
            });
        }
        assert.ok(tried > 30, `only ${tried} keywords tried`);
    });
});

describe('syntax errors: names', () => {
    it('an undeclared name close to a declared one: "did you mean" in both languages', async () => {
        const text =
            'strategy S "T" {\n    level society "L"\n    goal g "G" {\n        level socity\n    }\n}\n';
        const en = (await buildWorkspace(text, 'en'))
            .diagnostics()
            .find(d => d.code === 'unresolved-reference');
        const de = (await buildWorkspace(text, 'de'))
            .diagnostics()
            .find(d => d.code === 'unresolved-reference');
        assert.equal(String(en?.message), 'Cannot find Level "socity"; did you mean "society"?');
        assert.equal(String(de?.message), 'Strategieebene „socity“ nicht gefunden; meinten Sie „society“?');
        assert.equal((en?.data as { suggestion?: string }).suggestion, 'society');
    });

    it('a name of the wrong kind: says what the keyword takes and what the name is', async () => {
        const text =
            'strategy S "T" {\n    goal g "G" {\n    }\n    measure dup "M" {\n        addresses g\n    }\n' +
            '    indicator i "I" {\n        unit "x"\n        measures dup\n    }\n}\n';
        const english = await buildWorkspace(text, 'en');
        const en = english.diagnostics().find(d => d.code === 'unresolved-reference')!;
        const de = (await buildWorkspace(text, 'de'))
            .diagnostics()
            .find(d => d.code === 'unresolved-reference')!;
        assert.equal(english.textOf(en), 'dup');
        assert.equal(String(en.message), '`measures` takes the name of a Goal, but "dup" is a Measure.');
        assert.equal(
            String(de.message),
            '`measures` verlangt den Namen eines Elements vom Typ Ziel, „dup“ ist aber vom Typ Maßnahme.'
        );
    });

    it('duplicate-id across kinds: one namespace, and where the other one is', async () => {
        const text = 'strategy S "T" {\n    section k "A" {\n    }\n    goal k "Z" {\n    }\n}\n';
        const english = await buildWorkspace(text, 'en');
        const en = english.diagnostics().find(d => d.code === 'duplicate-id')!;
        const de = (await buildWorkspace(text, 'de')).diagnostics().find(d => d.code === 'duplicate-id')!;
        assert.equal(english.textOf(en), 'k');
        assert.equal(en.range.start.line, 3);
        assert.equal(
            String(en.message),
            'Goal "k" has the name of Section "k" in line 2: the elements of one block share one namespace.'
        );
        assert.match(
            String(de.message),
            /Abschnitt „k“ in Zeile 2: die Elemente eines Blocks teilen sich einen Namensraum/
        );
    });

    it('duplicate-id of the same kind says the line of the first', async () => {
        const text = 'strategy S "T" {\n    level l "A"\n    level l "B"\n}\n';
        const en = (await buildWorkspace(text, 'en')).diagnostics().find(d => d.code === 'duplicate-id')!;
        assert.equal(String(en.message), 'Level "l" is declared more than once (also in line 2).');
    });

    it('a decision number with trailing letters is an invalid number, not an undeclared decision', async () => {
        const workspace = await buildWorkspace('strategy S "T" {\n    cites 2023/4x\n}\n');
        const diagnostics = workspace.diagnostics();
        assert.deepEqual(
            diagnostics.map(d => d.code),
            ['invalid-decision-id']
        );
        assert.equal(workspace.textOf(diagnostics[0]), '2023/4x');
    });
});

describe('syntax errors: characters', () => {
    const cases: Array<[string, string, RegExp, RegExp]> = [
        [
            '§',
            '§',
            /^Syntax error: unexpected character `§` \(U\+00A7\)$/,
            /^Syntaxfehler: unerwartetes Zeichen `§`/
        ],
        [
            '\u200b',
            '\u200b',
            /^Syntax error: unexpected character U\+200B$/,
            /^Syntaxfehler: unerwartetes Zeichen U\+200B$/
        ],
        ['\u0007', '\u0007', /^Syntax error: unexpected character U\+0007$/, /U\+0007/],
        [
            '\u00ad\u202e',
            '\u00ad\u202e',
            /^Syntax error: unexpected 2 characters U\+00AD U\+202E$/,
            /unerwartete 2 Zeichen/
        ]
    ];
    for (const [inserted, at, english, german] of cases) {
        it(`names ${[...inserted].map(c => c.codePointAt(0)!.toString(16)).join(' ')} by code point where it cannot be seen, located by line and column`, async () => {
            const text = `strategy S "T" {\n    level l "L" ${inserted}\n}\n`;
            const en = await buildWorkspace(text, 'en');
            const de = await buildWorkspace(text, 'de');
            const [error] = syntaxErrors(en.diagnostics());
            const [fehler] = syntaxErrors(de.diagnostics());
            assert.equal(en.textOf(error), at);
            assert.deepEqual(error.range.start, { line: 1, character: 16 });
            assert.match(String(error.message), english);
            assert.match(String(fehler.message), german);
            for (const message of [String(error.message), String(fehler.message)]) {
                assert.doesNotMatch(message, /offset|skipped/);
                assert.ok(!/[\u200b\u0007\u00ad\u202e]/.test(message), 'the invisible character itself');
            }
        });
    }

    it('an unclosed quote says so', async () => {
        const en = await buildWorkspace('strategy S "T" {\n    text "offen\n}\n', 'en');
        const de = await buildWorkspace('strategy S "T" {\n    text "offen\n}\n', 'de');
        assert.match(String(syntaxErrors(en.diagnostics())[0].message), /a text in quotes is not closed/);
        assert.match(
            String(syntaxErrors(de.diagnostics())[0].message),
            /ein Text in Anführungszeichen ist nicht geschlossen/
        );
    });

    it('a title of only invisible characters is empty', async () => {
        for (const title of ['\u200b', ' \u2060 ', '\ufeff', '\u00a0']) {
            const workspace = await buildWorkspace(`strategy S "${title}" {\n}\n`);
            assert.deepEqual(
                workspace.diagnostics().map(d => d.code),
                ['empty-title'],
                JSON.stringify(title)
            );
        }
    });
});

describe('string literals', () => {
    const valueOf = (literal: string) => {
        const result = parser.parse(`strategy S "T" {\n    vision ${literal}\n}\n`);
        assert.deepEqual(result.lexerErrors, []);
        return ((result.value as Model).elements[0] as { vision?: string }).vision;
    };

    it('knows the escapes \\" and \\\\', () => {
        assert.equal(valueOf('"sagt \\"ja\\" \\\\ nein"'), 'sagt "ja" \\ nein');
    });

    it('keeps every other backslash as written, and reports it where it stands', async () => {
        assert.equal(valueOf('"C:\\Users\\neu\\tabelle"'), 'C:\\Users\\neu\\tabelle');
        assert.equal(valueOf('"\\d+"'), '\\d+');
        const text = 'strategy S "T" {\n    vision "C:\\Users\\neu\\tabelle \\d+"\n}\n';
        const workspace = await buildWorkspace(text);
        const findings = workspace.diagnostics().filter(d => d.code === 'invalid-escape');
        assert.deepEqual(
            findings.map(d => workspace.textOf(d)),
            ['\\U', '\\n', '\\t', '\\d']
        );
        assert.deepEqual((findings[0].data as { replacement?: string }).replacement, '\\\\U');
    });

    it('never gives a NUL or other control character to a value', async () => {
        assert.equal(valueOf('"a\\0b"'), 'a\\0b');
        assert.equal(valueOf('"a\u0000b\u001bc"'), 'a\ufffdb\ufffdc');
        const workspace = await buildWorkspace('strategy S "T" {\n    vision "a\u0000b"\n}\n', 'de');
        const [finding] = workspace.diagnostics().filter(d => d.code === 'control-character');
        assert.equal(workspace.textOf(finding), '\u0000');
        assert.equal(String(finding.message), 'Der Text enthält das Steuerzeichen U+0000; entfernen Sie es.');
    });

    it('keeps line breaks written in the text', () => {
        assert.equal(valueOf('"zwei\n    Zeilen"'), 'zwei\n    Zeilen');
    });

    it('reads a text of millions of characters, with or without escapes', () => {
        const plain = 'x'.repeat(4_300_000);
        assert.equal(valueOf(`"${plain}"`)?.length, plain.length);
        const escaped = '\\"'.repeat(2_150_000);
        assert.equal(valueOf(`"${escaped}"`)?.length, 2_150_000);
    });
});
