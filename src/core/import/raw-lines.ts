import { unstyle } from './style-tags.ts';
import { unpackTaskExport } from './task-export.ts';
import { squash } from './text-util.ts';
import { unwiki } from './wiki-markup.ts';

/** A physical line of the input, before any interpretation. */
export type Raw = {
  /** Whitespace squashed, invisible characters removed. */
  text: string;
  /** The line with its spacing kept (tabs as two spaces): columns of a laid-out table live here. */
  layout: string;
  blank: boolean;
  indented: boolean;
  /** A form feed came right before this line: a new page starts here. */
  formFeed: boolean;
  /** How deep in an email's "> " quoting the line sits. */
  quoteDepth: number;
  /** The line exactly as given (tabs and quotes kept), for reading delimited spreadsheet rows. */
  original: string;
};

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// A soft hyphen where the line breaks is where a converter broke the word: a hyphen there, mended as any is.
const SOFT_BREAK = /\u00ad\s*$/;
// Superscript digits are footnote markers ("understood,¹ so that"); they are not part of the words.
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

/**
 * Tab-separated rows (a Word table as the .docx reader gives it, cells pasted from Excel) laid out in
 * columns as wide as their widest cell, so the table reader finds each cell at its column's edge as it
 * does in pdftotext's layout. Two tabs stand for an empty cell between them.
 */
function alignTabRows(lines: string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    if (!out[i]?.includes('\t')) {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && out[end]?.includes('\t')) end++;
    const rows = out.slice(i, end).map((line) => line.split('\t').map((cell) => squash(cell)));
    const widths: number[] = [];
    for (const cells of rows) {
      cells.forEach((cell, k) => {
        widths[k] = Math.max(widths[k] ?? 0, cell.length);
      });
    }
    rows.forEach((cells, r) => {
      out[i + r] = cells.map((cell, k) => cell.padEnd((widths[k] ?? 0) + 3)).join('');
    });
    i = end;
  }
  return out;
}

const BOX_BORDER = /^\s*\+[-=+]+\+\s*$/;
const BOX_ROW = /^\s*\|(.*)\|\s*$/;

/**
 * A form printed in boxes ("+----+----+" borders, "| 5  | CORONER'S CONCERNS |"): a coroner's template
 * converted from PDF or Word. Where every row has at most a short number cell and a text cell, the boxes
 * are drawing, not a table of items: borders become blank lines and the bars spaces, columns kept.
 */
function unboxForms(lines: string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    const bordered = BOX_BORDER.test(out[i] ?? '');
    if (!bordered && !BOX_ROW.test(out[i] ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && (BOX_BORDER.test(out[end] ?? '') || BOX_ROW.test(out[end] ?? ''))) end++;
    const rows = out.slice(i, end).filter((l) => BOX_ROW.test(l));
    const form = rows.every((l) => {
      const cells = (BOX_ROW.exec(l)?.[1] ?? '').split('|');
      return cells.length === 1 || (cells.length === 2 && (cells[0] ?? '').trim().length <= 4);
    });
    // Without borders (antiword's "|1   |THIS REPORT IS BEING SENT TO:   |"), only a form's section numbers
    // stand in the first cell: a two-column Markdown table keeps its "|---|" rule and its refs.
    const unbordered = !bordered && rows.every((l) => /^\s*\|\s*\d{0,2}\s*\|[^|]*\|\s*$/.test(l));
    if (form && rows.length >= 3 && (bordered || unbordered)) {
      for (let k = i; k < end; k++) {
        const line = out[k] ?? '';
        out[k] = BOX_BORDER.test(line) ? '' : line.replace(/\|\s*$/, '').replace(/\|/g, ' ');
      }
    }
    i = end;
  }
  return out;
}

// A text box drawn with box-drawing characters ("┌───┐", "│ AFI 1 ... │") reads as one drawn with "+", "-"
// and "|", which unboxForms knows.
const BOX_CORNERS = /[┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬]/g;
const BOX_LINES = /[─━═]/g;
const BOX_SIDES = /[│┃║]/g;

function asciiBoxes(line: string): string {
  if (!/[┌┐└┘├┤│─║═]/.test(line)) return line;
  return line.replace(BOX_CORNERS, '+').replace(BOX_LINES, '-').replace(BOX_SIDES, '|');
}

// A scan read by OCR spaces out its headings' letters ("C 0 R 0 N E R ' S   C 0 N C E R N S", words apart by
// two spaces or more), reads a capital O as a zero ("REP0RT", "T0") and parts an ordinal from its day
// ("8 th August 2024").
const SPACED_WORD = /^(?:\S ){3,}\S$/;
const ZERO_FOR_O = /\b(?=[A-Z0]*[A-Z])(?=[A-Z]*0)[A-Z0]{2,}\b/g;
const PARTED_ORDINAL = /\b(\d{1,2}) (st|nd|rd|th)\b/g;

// A PDF's small capitals come out of pdftotext with the first letter apart ("C ONCLUSIONS AND
// RECOMMENDATIONS", "T HE G OVERNMENT' S DUTY"). Only in a line of capitals, and only a letter that is no word
// of its own ("A NEW", "I AM" are words), at the line's start or beside another such split.
const SMALL_CAPS_SPLIT = /(^|\s)([B-HJ-Z]) (?=[A-Z]{2,}\b)/g;

function smallCaps(line: string): string {
  if (/[a-z]/.test(line)) return line;
  const splits = line.match(SMALL_CAPS_SPLIT)?.length ?? 0;
  if (splits === 0 || (splits === 1 && !/^\s*[B-HJ-Z] [A-Z]{2,}/.test(line))) return line;
  return line.replace(SMALL_CAPS_SPLIT, '$1$2').replace(/([A-Z])['’] S\b/g, "$1'S");
}

// Bold type printed twice by pdftotext, each character doubled ("CCOORROONNEERR''SS", "aanndd"): undone word by
// word in a line holding at least one such word of letters, so "1100" or "Mississippi" elsewhere stay as printed.
const DOUBLED_LETTERS = /(?:^|\s)(?:([A-Za-z])\1){3,}(?=\s|$)/;

function doubled(word: string): boolean {
  if (word.length < 2 || word.length % 2 === 1) return false;
  for (let k = 0; k < word.length; k += 2) if (word[k] !== word[k + 1]) return false;
  return true;
}

function unoverprint(line: string): string {
  if (!DOUBLED_LETTERS.test(line)) return line;
  return line.replace(/\S+/g, (word) => (doubled(word) ? word.replace(/(.)\1/g, '$1') : word));
}

function ocrRepairs(printed: string): string {
  const line = unoverprint(printed);
  const groups = line.split(/(\s{2,})/);
  const spaced = groups.some((g) => SPACED_WORD.test(g));
  const joined = spaced
    ? groups.map((g) => (SPACED_WORD.test(g) ? g.replace(/ /g, '') : /^\s+$/.test(g) ? ' ' : g)).join('')
    : line;
  return smallCaps(joined)
    .replace(ZERO_FOR_O, (word) => word.replace(/0/g, 'O'))
    .replace(PARTED_ORDINAL, '$1$2');
}

// An email's quoted lines ("> text", ">> text") and a Markdown block quote: the marks are not the text.
const QUOTE_MARK = /^[ \t]*(?:>[ \t]?)+/;

// A spreadsheet saved as CSV pads a title row with the empty cells of the other columns ("Title,,,,,,").
const EMPTY_CELLS = /(?:,{2,}|;{2,})\s*$/;

// "  |        On 03/01/2018 I commenced ...": a scanned form's left rule, printed down the page beside the text.
const LEFT_RULE = /^(\s*)\|(?=\s|$)(?!.*\|\s*$)/;
const MIN_RULED_SHARE = 0.3;

function unbar(pieces: { piece: string }[]): void {
  const written = pieces.filter((p) => p.piece.trim() !== '');
  const ruled = written.filter((p) => LEFT_RULE.test(p.piece)).length;
  if (written.length === 0 || ruled / written.length < MIN_RULED_SHARE) return;
  for (const p of pieces) p.piece = p.piece.replace(LEFT_RULE, '$1 ');
}

// An outline (a slide deck's outline view, a mind map, notes) indents each level by a tab and has no tab
// between words: its tabs are depth, not a table's empty cells.
const MIN_OUTLINE_LINES = 3;

function untabOutline(pieces: { piece: string }[]): void {
  const tabbed = pieces.filter((p) => p.piece.includes('\t'));
  const outline =
    tabbed.length >= MIN_OUTLINE_LINES && tabbed.every((p) => !p.piece.replace(/^\t+/, '').includes('\t'));
  if (!outline) return;
  const depth = (piece: string) => /^\t*/.exec(piece)?.[0].length ?? 0;
  // The lines one level under a line that ends "should:" are its list, bulleted or not.
  let stem: number | null = null;
  for (const p of pieces) {
    const level = depth(p.piece);
    if (stem !== null && level <= stem) stem = null;
    const entry = stem !== null && level === stem + 1 && p.piece.trim() !== '' && !/^\s*[•\-*]/.test(p.piece);
    if (/:\s*$/.test(p.piece)) stem = level;
    p.piece = p.piece
      .replace(/^\t+/, (tabs) => '    '.repeat(tabs.length))
      .replace(/^(\s*)/, entry ? '$1• ' : '$1');
  }
}

// '<span id="page-1-0"></span>': a PDF converter's empty anchor for a page or a link, no text of the document.
const EMPTY_ANCHOR = /<(span|a)\b[^<>]*>\s*<\/\1>/gi;

// "| Cause of concern |" over "|---|" over "| Community policing teams ... |": a converter's one-column table, a
// shaded box around the text. Its cells are the lines; a table of one column is no table.
const ONE_CELL = /^\s*\|([^|]*)\|\s*$/;
const CELL_RULE = /^\s*\|\s*:?-{3,}:?\s*\|\s*$/;
const MIN_BOX_CELLS = 2;

function unboxColumn(pieces: { piece: string }[]): void {
  let start = 0;
  while (start < pieces.length) {
    let end = start;
    while (end < pieces.length && ONE_CELL.test(pieces[end]?.piece ?? '')) end++;
    const run = pieces.slice(start, end);
    // A box drawn in characters pads every line to one width; a converter's table does not.
    const drawn = new Set(run.map((p) => p.piece.trimEnd().length)).size === 1;
    const ruled = !drawn && run.some((p) => CELL_RULE.test(p.piece));
    if (ruled && run.filter((p) => !CELL_RULE.test(p.piece)).length >= MIN_BOX_CELLS) {
      for (const p of run)
        p.piece = CELL_RULE.test(p.piece) ? '' : (ONE_CELL.exec(p.piece)?.[1] ?? '').trim();
    }
    start = end + 1;
  }
}

// UTF-8 read as Windows-1252 and saved again: "Committeeâ€™s", "HCÂ 97-I". Each sequence is the character it
// was; only text that has them is touched.
const MOJIBAKE: ReadonlyArray<[string, string]> = [
  ['â€™', '’'],
  ['â€˜', '‘'],
  ['â€œ', '“'],
  ['â€\u009d', '”'],
  ['â€“', '–'],
  ['â€”', '—'],
  ['â€¢', '•'],
  ['â€¦', '…'],
  ['Â\u00a0', '\u00a0'],
  ['Â£', '£'],
  ['Â©', '©'],
];

function unmangle(text: string): string {
  if (!text.includes('â€') && !text.includes('Â')) return text;
  return MOJIBAKE.reduce((out, [bad, good]) => out.replaceAll(bad, good), text);
}

export function splitRaw(input: string): Raw[] {
  const text = unpackTaskExport(unwiki(unmangle(input)));
  // Pages first: a form feed glued to a table's first cell must still start a page after tab alignment.
  const pieces = text
    .replace(/\r*\n|\r/g, '\n')
    .split('\n')
    .flatMap((line) => line.split('\f').map((piece, index) => ({ piece, formFeed: index > 0 })))
    .map(({ piece, formFeed }) => ({
      piece: ocrRepairs(asciiBoxes(piece.replace(QUOTE_MARK, '').replace(EMPTY_ANCHOR, ''))),
      formFeed,
      quoteDepth: (QUOTE_MARK.exec(piece)?.[0].match(/>/g) ?? []).length,
    }));
  unstyle(pieces);
  unbar(pieces);
  unboxColumn(pieces);
  untabOutline(pieces);
  // The line as given keeps its empty cells: a spreadsheet's group row is still a row of the table.
  const unboxed = unboxForms(pieces.map((p) => p.piece));
  unboxed.forEach((line, n) => {
    const piece = pieces[n];
    if (piece) piece.piece = line;
  });
  const aligned = alignTabRows(pieces.map((p) => p.piece.replace(EMPTY_CELLS, '')));
  const layouts = pieces.map(({ piece }, n) =>
    (aligned[n] ?? piece)
      .replace(SOFT_BREAK, '-')
      .replace(INVISIBLE, '')
      .replace(/\u00a0/g, ' ')
      .replace(/\t/g, '  ')
      .replace(SUPERSCRIPT, '')
      .trimEnd(),
  );
  // A margin every line shares (a page printed with one, a mail client's indent) is no line's indent.
  // Folded, not spread: a spreadsheet export may have more lines than a call takes arguments.
  const margin = layouts.reduce(
    (least, l) => (l === '' ? least : Math.min(least, /^ */.exec(l)?.[0].length ?? 0)),
    Number.POSITIVE_INFINITY,
  );
  return pieces.map(({ piece, formFeed, quoteDepth }, n) => {
    const layout = Number.isFinite(margin) ? (layouts[n] ?? '').slice(margin) : (layouts[n] ?? '');
    const trimmed = squash(layout);
    return {
      text: trimmed,
      layout,
      blank: trimmed === '',
      indented: /^\s/.test(layout),
      formFeed,
      quoteDepth,
      original: piece,
    };
  });
}
