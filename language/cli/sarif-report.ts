import type { Messages } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import { CHECK_CODES, CHECKS } from '../validation/codes.js';
import type { DiagnosticRecord } from './diagnostic-records.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** A SARIF 2.1.0 log of the findings, with one rule per check code. */
export function toSarif(records: readonly DiagnosticRecord[], messages: Messages, locale: Locale): object {
    const ruleIndex = new Map(CHECK_CODES.map((code, index) => [code as string, index]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'strat',
                    version: '0.1.0',
                    rules: CHECK_CODES.map(code => ({
                        id: code,
                        name: code,
                        shortDescription: { text: messages.rule(code, locale) },
                        defaultConfiguration: { level: LEVELS[CHECKS[code]] }
                    }))
                }
            },
            columnKind: 'utf16CodeUnits',
            results: records.map(record => ({
                ruleId: record.code,
                ...(ruleIndex.has(record.code) ? { ruleIndex: ruleIndex.get(record.code) } : {}),
                level: LEVELS[record.severity],
                message: { text: record.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(record.file) },
                        region: {
                            startLine: record.line,
                            startColumn: record.column,
                            endLine: record.endLine,
                            endColumn: record.endColumn
                        }
                    }
                }]
            }))
        }]
    };
}
