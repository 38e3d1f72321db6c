import * as assert from 'node:assert/strict';
import { runStrat, useTempFolders, VALID } from './cli-harness.js';

describe("the CLI's own words in German (--lang de or a German LANG)", () => {
    const temp = useTempFolders();
    const GERMAN = { LANG: 'de_DE.UTF-8' };

    it('the help: headings, commands and options in German with a German LANG', async () => {
        const folder = await temp();
        const top = await runStrat(['--help'], { cwd: folder, env: GERMAN });
        assert.equal(top.code, 0);
        assert.match(top.stdout, /^Aufruf: strat/m);
        assert.match(top.stdout, /^Optionen:/m);
        assert.match(top.stdout, /^Befehle:/m);
        top.stdout = unwrapped(top.stdout);
        assert.match(
            top.stdout,
            /validate \[options\] \[paths\.\.\.\]\s+\.strat-Dateien als einen Arbeitsbereich prüfen/
        );
        assert.match(top.stdout, /init \[options\] \[dir\]\s+ein Startprojekt anlegen: strat\.json/);
        const validate = await runStrat(['validate', '--help'], { cwd: folder, env: GERMAN });
        assert.match(validate.stdout, /^Argumente:/m);
        // The help wraps at the terminal's width: compare with the line breaks taken out.
        validate.stdout = unwrapped(validate.stdout);
        assert.match(
            validate.stdout,
            /--format <format>\s+Ausgabeformat \(github: Workflow-Annotationen; gitlab: ein Code-Quality-Bericht\) \(Werte: "text", "json", "sarif", "github", "gitlab", Vorgabe: "text"\)/
        );
        assert.match(
            validate.stdout,
            /--max-warnings <number>\s+mit 1 enden, wenn es mehr Warnungen als diese gibt \(Vorgabe: maxWarnings in strat\.json, sonst keine Grenze\)/
        );
        assert.match(
            validate.stdout,
            /--lang <lang>\s+Sprache der Meldungen \(Werte: "de", "en", Vorgabe: aus LANG, sonst en\)/
        );
    });

    it('the help stays English without a German LANG, and --lang de switches it for one run', async () => {
        const folder = await temp();
        const english = await runStrat(['validate', '--help'], { cwd: folder });
        assert.match(english.stdout, /^Usage: strat validate/m);
        english.stdout = unwrapped(english.stdout);
        assert.match(
            english.stdout,
            /output format \(github: workflow annotations; gitlab: a Code Quality report\) \(choices: "text", "json", "sarif", "github", "gitlab", default: "text"\)/
        );
        const german = await runStrat(['validate', '--lang', 'de', '--help'], { cwd: folder });
        assert.match(german.stdout, /^Aufruf: strat validate/m);
    });

    it('usage errors: an unknown command with a suggestion, an invalid choice or number, an unknown option', async () => {
        const folder = await temp({ 'a.strat': VALID });
        const command = await runStrat(['valdate'], { cwd: folder, env: GERMAN });
        assert.equal(command.code, 2);
        assert.match(command.stderr, /^Fehler: unbekannter Befehl 'valdate'\n\(Meinten Sie validate\?\)/);
        assert.match(command.stderr, /›strat --help‹ zeigt die Befehle/);
        const choice = await runStrat(['validate', '--lang=de', '--format', 'xml'], { cwd: folder });
        assert.equal(choice.code, 2);
        assert.match(
            choice.stderr,
            /^Fehler: 'xml' ist kein zulässiger Wert für die Option '--format <format>'\. Zulässig sind text, json, sarif, github, gitlab\./
        );
        const number = await runStrat(['validate', '--max-warnings', 'viele'], { cwd: folder, env: GERMAN });
        assert.equal(number.code, 2);
        assert.match(
            number.stderr,
            /^Fehler: 'viele' ist kein zulässiger Wert für die Option '--max-warnings <number>': eine ganze Zahl von Warnungen \(0 oder mehr; -1 für keine Grenze\)$/m
        );
        const option = await runStrat(['decisions', '--frmat', 'json'], { cwd: folder, env: GERMAN });
        assert.equal(option.code, 2);
        assert.match(option.stderr, /^Fehler: unbekannte Option '--frmat'/);
    });

    it('input errors: a missing path and a file that is not a .strat file', async () => {
        const folder = await temp({ 'notes.txt': 'x' });
        const missing = await runStrat(['validate', 'nirgends'], { cwd: folder, env: GERMAN });
        assert.equal(missing.code, 2);
        assert.match(
            missing.stderr,
            /^strat: nirgends: keine solche Datei und kein solcher Ordner \(gesucht in .+\); prüfen Sie den Pfad$/m
        );
        const wrong = await runStrat(['format', '--check', '--lang', 'de', 'notes.txt'], { cwd: folder });
        assert.equal(wrong.code, 2);
        assert.match(
            wrong.stderr,
            /^strat: notes\.txt: keine \.strat-Datei; strat liest nur Dateien, deren Namen auf \.strat enden$/m
        );
    });

    it("--lang en overrides a German LANG for the CLI's words too", async () => {
        const folder = await temp();
        const result = await runStrat(['validate', '--lang', 'en', 'nowhere'], { cwd: folder, env: GERMAN });
        assert.equal(result.code, 2);
        assert.match(result.stderr, /^strat: nowhere: no such file or folder/m);
    });
});

function unwrapped(help: string): string {
    return help.replace(/\s+/g, ' ');
}
