/**
 * CSV as RFC 4180 describes it and Excel opens it: every field quoted when it holds a comma, a quote
 * or a line break; lines end with CRLF; a UTF-8 byte order mark first so Excel reads "–" and "’" right.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const line = (cells: readonly string[]) => cells.map(field).join(',');
  const text = [line(header), ...rows.map(line)].join('\r\n');
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

// A leading = + @ (or - before a word) makes a spreadsheet run the cell as a formula ("CSV injection"):
// a quote mark keeps it text, as Excel itself does; import strips it again (unquoteFormula).
const FORMULA = /^(?:[=+@\t\r]|-(?=[^\s\d]))/;

export function unquoteFormula(value: string): string {
  return value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}

function field(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export type CsvProblem = { line: number; message: string };

/** Rows of fields from CSV text (with or without a byte order mark, CRLF or LF), or where it breaks. */
export function parseCsv(text: string): { ok: true; rows: string[][] } | { ok: false; problem: CsvProblem } {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        value += c;
      }
      continue;
    }
    if (c === '"' && value === '') {
      quoted = true;
      startLine = line;
    } else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      line++;
    } else value += c;
  }
  if (quoted) return { ok: false, problem: { line: startLine, message: 'a quoted field is never closed' } };
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return { ok: true, rows: rows.filter((r) => r.some((cell) => cell.trim() !== '')) };
}
