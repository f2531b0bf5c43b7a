import ExcelJS from 'exceljs';

// Long text columns wrap at this width; the rest fit their content up to it.
const MAX_WIDTH = 60;

/**
 * An Excel workbook (exceljs) with one sheet: the header bold and frozen, a filter on every column,
 * widths that fit, long text wrapped. Every cell is text, as recorded: dates stay YYYY-MM-DD.
 */
export async function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rectrack';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((title, k) => {
    const longest = Math.max(title.length, ...rows.map((r) => (r[k] ?? '').length));
    const column = sheet.getColumn(k + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(8, longest + 2));
    if (longest > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The first sheet's rows as text, or why the file is not a workbook. */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ ok: true; rows: string[][] } | { ok: false; message: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want Node's Buffer; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: 'it is not an Excel workbook (.xlsx) I can open' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: 'the workbook has no sheets' };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
  });
  return { ok: true, rows: rows.filter((r) => r.some((cell) => cell.trim() !== '')) };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  // A date someone typed into the sheet: kept as the calendar date it shows.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}
