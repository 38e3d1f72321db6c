import ExcelJS from 'exceljs';
import type { Table } from './tables.js';

/** The tables as one Excel workbook, a sheet per table, with a frozen bold header row and filters. */
export async function tablesXlsx(tables: readonly Table[]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'strat';
    // a fixed date keeps the file the same for the same input
    workbook.created = new Date(0);
    workbook.modified = new Date(0);
    for (const table of tables) {
        const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
            views: [{ state: 'frozen', ySplit: 1 }]
        });
        sheet.addRow(table.columns);
        sheet.getRow(1).font = { bold: true };
        for (const row of table.rows) {
            sheet.addRow(row.map(v => (v === null ? undefined : v)));
        }
        table.columns.forEach((name, i) => {
            const longest = Math.max(
                name.length,
                ...table.rows.map(r =>
                    String(r[i] ?? '')
                        .split('\n')
                        .reduce((n, l) => Math.max(n, l.length), 0)
                )
            );
            sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
            sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: longest > 60 };
        });
        if (table.columns.length > 0) {
            sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
        }
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
