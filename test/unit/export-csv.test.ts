import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, unquoteFormula } from '../../src/core/export/csv.ts';

describe('CSV as Excel writes and reads it', () => {
  const tricky = [
    ['plain', 'with, comma', 'with "quotes"', 'two\nlines', '–’ kept', ''],
    ['=SUM(A1)', '+1 idea', '@home', '- a bullet', '-12', '2024-10-31'],
  ];

  it('quotes what needs it, ends lines with CRLF, starts with a byte order mark', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      toCsv(['a', 'b', 'c', 'd', 'e', 'f'], tricky),
    );
    expect(text.startsWith('\uFEFFa,b,c,d,e,f\r\n')).toBe(true);
    expect(text).toContain('plain,"with, comma","with ""quotes""","two\nlines",–’ kept,\r\n');
    // A cell a spreadsheet would run as a formula is kept as text.
    expect(text).toContain("'=SUM(A1),'+1 idea,'@home,- a bullet,-12,2024-10-31\r\n");
  });

  it('reads back what it wrote, the formula guard taken off again', () => {
    const parsed = parseCsv(new TextDecoder().decode(toCsv(['a', 'b', 'c', 'd', 'e', 'f'], tricky)));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.rows.slice(1).map((r) => r.map(unquoteFormula))).toEqual(tricky);
  });

  it('reads LF line ends, skips blank lines, and says where a quote is never closed', () => {
    expect(parseCsv('a,b\n\n1,2\n')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      problem: { line: 2, message: 'a quoted field is never closed' },
    });
  });
});
