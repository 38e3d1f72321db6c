import type { LangiumSharedCoreServices } from 'langium';
import picocolors from 'picocolors';
import { colourWanted } from './colours.js';
import type { StratServices } from '../strat-module.js';
import type { Locale } from '../i18n/locale.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { buildWorkspaceModel } from '../model/build-workspace-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { diagnosticRecords } from './diagnostic-records.js';
import { JSON_FILE } from './export-names.js';
import { renderSite, type SiteChanges } from '../render/site.js';
import { describeDiff } from '../diff/render-diff.js';
import { diffWorkspaces } from '../diff/workspace-diff.js';
import { modelOfVersion, versionOf } from './workspace-versions.js';
import { documentFiles, type ExportFile } from '../export/export-files.js';
import { checkOutputFolder, refuseInputsInside, writeFolder } from './export-folder.js';
import { terminalText } from './terminal-text.js';

export interface ExportOptions {
    format: 'json' | 'html' | 'docx' | 'xlsx' | 'csv';
    /** The output folder; without it the JSON goes to standard output (HTML needs it). */
    out?: string;
    force: boolean;
    /** The language of the messages and of the site's, the documents' and the tables' words. */
    lang: Locale;
    /** html: add a changes page with what changed since this version (a git revision or a folder). */
    since?: string;
}

export { EXPORT_MARKER, JSON_FILE } from './export-names.js';

/** Colours for what goes to standard error (the messages of this command). */
const pc = picocolors.createColors(colourWanted(process.stderr));

/**
 * `strat export`: the workspace model as one JSON document (to stdout or `DIR/strat-model.json`)
 * or as a static HTML site in DIR. Refuses (exit 1) when the workspace has errors, unless `force`.
 * The output folder is written completely or not at all: the files go into a temporary folder next
 * to it, which is renamed into place at the end.
 */
export async function runExport(
    services: { shared: LangiumSharedCoreServices; Strat: StratServices },
    paths: string[],
    options: ExportOptions
): Promise<number> {
    const cwd = process.cwd();
    const words = CLI_MESSAGES[options.lang].export;
    // a bad output folder is reported before the (slower) loading of the workspace
    const output = options.out === undefined ? undefined : await checkOutputFolder(options.out, cwd, words);
    const workspace = await loadWorkspace(services, paths, cwd, options.lang);
    if (output) {
        refuseInputsInside(
            output,
            workspace.documents
                .map(d => d.uri)
                .filter(u => u.scheme === 'file')
                .map(u => u.fsPath),
            words
        );
    }

    const errors = diagnosticRecords(workspace, options.lang).filter(record => record.severity === 'error');
    if (errors.length > 0) {
        const severity = CLI_MESSAGES[options.lang].severity.error;
        for (const record of errors) {
            process.stderr.write(
                `${terminalText(`${record.file}:${record.line}:${record.column}`)} ${severity} ${record.code} ${terminalText(record.message.trim())}\n`
            );
        }
        if (!options.force) {
            process.stderr.write(pc.red(words.refused(errors.length)) + '\n');
            return 1;
        }
        process.stderr.write(pc.yellow(words.forced(errors.length)) + '\n');
    }

    const model = buildWorkspaceModel(workspace.all, {
        fileName: document => workspace.displayPath(document)
    });
    if (!output) {
        process.stdout.write(modelJson(model));
        return 0;
    }
    const locale = options.lang;
    const files: ExportFile[] =
        options.format === 'json'
            ? [{ path: JSON_FILE, content: modelJson(model) }]
            : options.format === 'html'
              ? renderSite(model, {
                    locale,
                    changes: await changesSince(options.since, model, locale, options.lang)
                })
              : await documentFiles(model, options.format, locale);
    await writeFolder(output, files, words);
    process.stderr.write(terminalText(words.written(files.length, output.display)) + '\n');
    return 0;
}

async function changesSince(
    since: string | undefined,
    model: WorkspaceModel,
    locale: Locale,
    lang: Locale
): Promise<SiteChanges | undefined> {
    if (since === undefined) {
        return undefined;
    }
    const cwd = process.cwd();
    const version = await versionOf(since, cwd);
    const before = await modelOfVersion(version, cwd, lang);
    return { since, groups: describeDiff(diffWorkspaces(before, model), before, model, locale) };
}

function modelJson(model: WorkspaceModel): string {
    return JSON.stringify(model, null, 2) + '\n';
}
