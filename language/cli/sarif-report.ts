import { pathToFileURL } from 'node:url';
import type { Messages } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import { CHECK_CODES, CHECKS, type CheckCode } from '../validation/codes.js';
import { UNREADABLE_FILE, type DiagnosticRecord } from './diagnostic-records.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { PROJECT_MESSAGES } from '../i18n/project-messages.js';
import { PROJECT_FILE_CODE } from '../project/project-config.js';
import { helpUri, readmeAddress } from './reports/tool-info.js';
import { STRAT_VERSION } from '../version.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** Where the relative file paths of the results start: the folder strat ran in. */
const SOURCE_ROOT = '%SRCROOT%';

/** The key of strat's fingerprints among a result's partial fingerprints. */
export const FINGERPRINT_KEY = 'stratFindingHash/v1';

/**
 * A SARIF 2.1.0 log of the findings, with one rule per check code (and one for any other code
 * that a finding carries), file locations relative to `cwd`, and per result a fingerprint that
 * survives moved lines (code-scanning UIs match findings across runs with it).
 */
export function toSarif(
    records: readonly DiagnosticRecord[],
    messages: Messages,
    locale: Locale,
    cwd: string,
    fingerprints: readonly string[]
): object {
    const rules: object[] = CHECK_CODES.map(code => ({
        id: code,
        name: code,
        shortDescription: { text: messages.rule(code, locale) },
        helpUri: helpUri(code),
        defaultConfiguration: { level: LEVELS[CHECKS[code]] }
    }));
    rules.push({
        id: UNREADABLE_FILE,
        name: UNREADABLE_FILE,
        shortDescription: { text: CLI_MESSAGES[locale].unreadableRule },
        helpUri: helpUri(UNREADABLE_FILE),
        defaultConfiguration: { level: 'error' }
    });
    rules.push({
        id: PROJECT_FILE_CODE,
        name: PROJECT_FILE_CODE,
        shortDescription: { text: PROJECT_MESSAGES[locale].rule },
        helpUri: helpUri(PROJECT_FILE_CODE),
        defaultConfiguration: { level: 'error' }
    });
    const ruleIndex = new Map<string, number>(CHECK_CODES.map((code: CheckCode, index) => [code, index]));
    ruleIndex.set(UNREADABLE_FILE, CHECK_CODES.length);
    ruleIndex.set(PROJECT_FILE_CODE, CHECK_CODES.length + 1);
    for (const record of records) {
        if (!ruleIndex.has(record.code)) {
            ruleIndex.set(record.code, rules.length);
            rules.push({ id: record.code, name: record.code, shortDescription: { text: record.code } });
        }
    }
    const root = pathToFileURL(cwd).href.replace(/\/?$/, '/');
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'strat',
                        version: STRAT_VERSION,
                        informationUri: readmeAddress(),
                        language: locale,
                        rules
                    }
                },
                originalUriBaseIds: { [SOURCE_ROOT]: { uri: root } },
                columnKind: 'utf16CodeUnits',
                results: records.map((record, index) => ({
                    ruleId: record.code,
                    ruleIndex: ruleIndex.get(record.code),
                    level: LEVELS[record.severity],
                    message: { text: record.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: relativeUri(record.file), uriBaseId: SOURCE_ROOT },
                                region: {
                                    startLine: record.line,
                                    startColumn: record.column,
                                    endLine: record.endLine,
                                    endColumn: record.endColumn
                                }
                            }
                        }
                    ],
                    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] }
                }))
            }
        ]
    };
}

/** A relative path with `/` as a URI reference: each segment percent-encoded (spaces, umlauts, `#`). */
function relativeUri(file: string): string {
    return file
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
