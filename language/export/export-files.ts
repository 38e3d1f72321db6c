import type { Locale } from '../i18n/locale.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { tableCsv, workspaceTables } from './tables.js';
import { tablesXlsx } from './workbook.js';
import { strategyDocx, wordFileNames } from './word-document.js';

/** A file of an export: a path relative to the output folder (with `/`) and its content. */
export interface ExportFile {
    path: string;
    content: string | Uint8Array;
}

export type DocumentFormat = 'docx' | 'xlsx' | 'csv';

/** The files of the document exports: a Word document per strategy, one workbook, or a CSV per table. */
export async function documentFiles(
    model: WorkspaceModel,
    format: DocumentFormat,
    locale: Locale
): Promise<ExportFile[]> {
    if (format === 'docx') {
        const names = wordFileNames(model.strategies);
        const files: ExportFile[] = [];
        for (const [id, name] of names) {
            const strategy = model.strategies.find(s => s.id === id)!;
            files.push({ path: name, content: await strategyDocx(model, strategy, locale) });
        }
        return files;
    }
    const tables = workspaceTables(model, locale);
    if (format === 'xlsx') {
        return [{ path: 'strategies.xlsx', content: await tablesXlsx(tables) }];
    }
    return tables.map(t => ({ path: t.file, content: tableCsv(t) }));
}
