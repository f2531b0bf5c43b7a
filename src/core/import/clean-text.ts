import { numberBareRuns } from './bare-numbers.ts';
import { markFurniture } from './furniture.ts';
import { matchLabel } from './labels.ts';
import { type Raw, splitRaw } from './raw-lines.ts';
import type { TableRow } from './table.ts';
import { findTables } from './table-rows.ts';
import { squash, wordCount } from './text-util.ts';

/** One line of the document after cleaning, with what its layout says about it. */
export type Line = {
  /** Whitespace squashed, Markdown emphasis removed, a leading bullet glyph replaced by "• ". */
  text: string;
  /** Marked as a heading by the source: a Markdown "#" line or a wholly bold line. */
  marked: boolean;
  bullet: boolean;
  /** "1.", "(a)", "ii)": a list entry, which starts a new paragraph but keeps its marker. */
  listMark: boolean;
  indented: boolean;
  /** Blank lines before this one. */
  gapBefore: number;
  /** A form feed, page number or page header/footer sat before this line. */
  pageBreakBefore: boolean;
  /** A row of a laid-out table, its cells already re-assembled; `text` is then only for reading. */
  row: TableRow | null;
  /** The first line after a "> " quoted passage: the writer's own words take up again. */
  afterQuote?: boolean;
};

export type Cleaned = { raws: Raw[]; lines: Line[] };

// Glyphs Word and PDF converters emit for bullets, including Symbol-font private-use characters. A hyphen
// glued to a lower-case word ("-improving the oversight") is a bullet typed in an email: no wrapped word
// starts a line with a hyphen. A to-do list's box, ticked or not ("[ ] 20/21-CDI-01 ..."), marks its entries.
const BULLET =
  /^(?:[•●▪■◦○‣⁃∙·✓✔☐☑➢➤►\uf0b7\uf0a7\uf0d8\uf076\uf0fc]|[-*o](?=\s)|-(?=[a-z]{2})|[–—](?=\s+\S)|\[[ xX✓✔]\](?=\s))\s*/;
// "[ ] 20/21-CDI-01  Within six months ...": a to-do's box before an item's own label leaves the label to start
// the line.
const LABELLED_TODO = /^\[[ xX✓✔]\]\s+/;
// "A.  The Department should ...": a capital letter marks a list entry where the words after it open a
// sentence; "A. Smith" is a name. The NAO prints a bare letter in its margin: "a  The Department should", and
// "a The" is no English.
export const LIST_MARK =
  /^(?:\d{1,2}\.\d{1,2}\.?|\(?\d{1,3}[.)]|\(?[a-z][.)]|[a-h](?=\s+(?:The|This|It|All|Each|Every|Forces?|Chief|By|Within|Immediately|Government|Ministers?)\b)|\((?:[ivx]{1,5}|[IVX]{1,5}|[a-z])\)|[ivx]{1,5}[.)]|[A-H][.)](?=\s{2}|\s+(?:The|This|It|We|All|Each|Every|Forces?|Chief|By|Within|Immediately|Government|Ministers?)\b))\s+/;

// "_Force response:_ Accepted.": a converter's italics around a reply's title.
const ITALICS = /(^|\s)[_*]([A-Z][^_*]*?)[_*](?=[\s:.,;]|$)/g;

// "◆ Concern 1", "◆ Wessex County Council answer": a Word style's ornament before a heading, as "#" is.
const ORNAMENT = /^[◆◇❖♦]\s+(?=\S(?:\S*\s+){0,7}\S*$)/;

// "Recommendation 1 #", "Conclusions ¶": a web page's heading copied with its link anchor after it (Markdown's
// closing hashes look the same); "Ref #" is a column's title.
const ANCHOR_AFTER =
  /^(?=\S(?:\S*\s+){0,11}\S*\s+(?:#{1,6}|¶)$)(?!.*\b(?:no|ref|item|rec|id|number)\s+#$)(.*?)\s+(?:#{1,6}|¶)$/i;

function stripMarkdown(text: string): { text: string; marked: boolean } {
  const anchored = ANCHOR_AFTER.exec(text)?.[1];
  const line = anchored ?? text;
  const hashes = /^#{1,6}\s+/.exec(line) ?? ORNAMENT.exec(line);
  let rest = hashes ? line.slice(hashes[0].length) : line;
  const bold = /^(\*\*|__)(?=\S)/.test(rest) && /\S(\*\*|__)[:.]?$/.test(rest);
  // "1\. The Chief Constable": pandoc escapes what Markdown would read as a list mark or emphasis.
  rest = rest.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+.!|>~-])/g, '$1');
  rest = rest.replace(ITALICS, '$1$2');
  return { text: squash(rest), marked: hashes !== null || bold || anchored !== undefined };
}

type Pending = { gap: number; pageBreak: boolean };

// "1.It is vital that ...": a web page glues its paragraph numbers to the first word.
const GLUED_NUMBER = /^(\d{1,3})\.(?=[A-Z][a-z])/;

// "1   The force should improve the scrutiny and": a printed table's number column, spaced from words that
// direct. An NAO report's margin number ("24   To strengthen the use of ...") numbers a paragraph instead.
const SPACED_NUMBER = /^\s*(\d{1,2})\s{3,}(?=[A-Z][a-z]+(?:\s+[\w'’-]+){0,4}\s+(?:should|must)\s)/;

// "▶ Area for improvement 1" on its own line: a PDF's icon before the item's title, no bullet of a list; a web
// page's open section copies its disclosure triangle the same way ("▾ Area for improvement"), and an audit
// report its margin's pointing hand beside an agreed action ("☞ 20/21-CDI-01").
const ICON = /^[▶▸▷►➤➢▾▿▼☞☛]\s+/;

function iconTitle(text: string): boolean {
  return ICON.test(text) && matchLabel(text.replace(ICON, ''))?.rest === '';
}

function textLine(raw: Raw, pending: Pending): Line | null {
  const { text: markdown, marked } = stripMarkdown(raw.text);
  const spaced = SPACED_NUMBER.exec(raw.layout)?.[1];
  let plain = (spaced === undefined ? markdown : markdown.replace(/^\d{1,2}\s+/, `${spaced}. `)).replace(
    GLUED_NUMBER,
    '$1. ',
  );
  const todo = LABELLED_TODO.exec(plain);
  if (todo !== null && matchLabel(plain.slice(todo[0].length)) !== null) plain = plain.slice(todo[0].length);
  // "• Cause of concern" alone in notes kept all in bullets: a label, its item in the bullet below; "*
  // Recommendation 1: The force should ..." an e-mail's bullet that opens with the item's own label.
  const bulleted = BULLET.exec(plain);
  const label = bulleted === null ? null : matchLabel(plain.slice(bulleted[0].length));
  if (bulleted !== null && label != null && (label.rest === '' || label.number !== null))
    plain = plain.slice(bulleted[0].length);
  const bullet = iconTitle(plain) ? null : BULLET.exec(plain);
  const body = bullet ? plain.slice(bullet[0].length) : plain.replace(ICON, '');
  if (body === '') return null;
  return {
    text: bullet ? `• ${body}` : body,
    // "▸ How we check progress": a section's title behind its icon, a heading as a bold line would be.
    marked: marked || (bullet === null && ICON.test(plain) && wordCount(body) <= 8),
    bullet: bullet !== null,
    listMark: bullet === null && LIST_MARK.test(body),
    indented: raw.indented,
    gapBefore: pending.gap,
    pageBreakBefore: pending.pageBreak || pending.gap >= 2,
    row: null,
  };
}

// "2." alone on its line above the paragraph it numbers: a web page's margin number, pasted as a line.
// A letter with no stop ("a" over "Set target dates ..."): a numbered form's box printed by pdftotext.
const MARKER_ALONE = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[a-z]|\((?:[ivx]{1,5})\))$/;

/** The paragraph under a lone margin number, numbered by it; a marker over anything but words stays as it was. */
function withMarker(marker: Line, line: Line): Line[] {
  if (line.bullet || line.listMark || line.marked || !/^["'“‘A-Z]/.test(line.text)) return [marker, line];
  // A bare letter numbers only the line straight under it: "o" between blank lines is a scanned hole punch.
  const bare = /^[a-z]$/.test(marker.text);
  if (bare && line.gapBefore > 0) return [marker, line];
  const pageBreakBefore = marker.pageBreakBefore || line.pageBreakBefore;
  return [
    {
      ...line,
      text: `${marker.text}${bare ? '.' : ''} ${line.text}`,
      listMark: true,
      gapBefore: marker.gapBefore,
      pageBreakBefore,
    },
  ];
}

/**
 * Splits a document into cleaned lines: page numbers, markings, running headers, contents and footnotes
 * dropped, laid-out tables turned into one line per row.
 */
export function cleanText(text: string): Cleaned {
  const raws = splitRaw(text);
  const furniture = markFurniture(raws);
  const tables = findTables(raws, furniture);
  const rowsAt = new Map<number, TableRow[]>();
  const covered = new Set<number>();
  for (const table of tables) {
    for (let i = table.start; i < table.end; i++) covered.add(i);
    rowsAt.set(
      table.start,
      table.rows.map((r) => r.row),
    );
  }
  const lines: Line[] = [];
  let pending: Pending = { gap: 0, pageBreak: false };
  let marker: Line | null = null;
  let quoteDepth = 0;
  let leftQuote = false;
  raws.forEach((raw, i) => {
    if (!raw.blank) {
      leftQuote = raw.quoteDepth < quoteDepth;
      quoteDepth = raw.quoteDepth;
    }
    if (raw.formFeed) pending.pageBreak = true;
    if (marker !== null && (rowsAt.has(i) || covered.has(i))) {
      lines.push(marker);
      marker = null;
    }
    for (const row of rowsAt.get(i) ?? []) {
      const label = row.label === null ? '' : `${row.label} `;
      lines.push({
        text: `${label}${row.text}`,
        marked: false,
        bullet: false,
        listMark: false,
        indented: false,
        gapBefore: 1,
        pageBreakBefore: false,
        row,
      });
    }
    if (covered.has(i)) return;
    if (raw.blank) {
      pending.gap++;
      return;
    }
    if (furniture[i]) {
      pending.pageBreak = true;
      return;
    }
    const line = textLine(raw, pending);
    if (line === null) {
      pending.gap++;
      return;
    }
    // Between blank lines, not a cell of a table pasted a cell a line or "(Paragraph" wrapped before "15)".
    if (marker === null && line.gapBefore > 0 && MARKER_ALONE.test(line.text)) {
      marker = line;
      pending = { gap: 0, pageBreak: false };
      return;
    }
    const joined = marker === null ? [line] : withMarker(marker, line);
    marker = null;
    for (const l of joined) lines.push(leftQuote ? { ...l, afterQuote: true } : l);
    leftQuote = false;
    pending = { gap: 0, pageBreak: false };
  });
  if (marker !== null) lines.push(marker);
  return { raws, lines: numberBareRuns(lines) };
}
