/**
 * Turns the small, well-formed HTML that mammoth writes into text the importer can read: paragraphs
 * and headings end with a blank line, each list item is one line starting with "• " or its number,
 * and each table row is one line with its cells separated by tabs.
 */
type List = { ordered: boolean; count: number };
type Row = { cells: string[]; cell: string[] | null };

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;

export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: List[] = [];
  const rows: Row[] = [];
  let line = '';
  // A list item's "• " or "1. " waits here for its text, which mammoth may wrap in a <p> (footnotes).
  let markerOnly = false;
  let skipping = 0;

  const flush = () => {
    const text = line.replace(/[ \t]+$/, '');
    if (text.trim() !== '' && !markerOnly) out.push(text);
    line = '';
    markerOnly = false;
  };
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const row = (): Row | undefined => rows[rows.length - 1];

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      if (skipping > 0) continue;
      const cell = row()?.cell;
      if (cell) cell.push(decodeEntities(text));
      else {
        line += decodeEntities(text);
        markerOnly = false;
      }
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const open = closing !== '/';
    if (tag === 'a') {
      // Mammoth links each footnote back to its reference with a "↑"; that arrow isn't the author's text.
      if (open && /href="#(?:foot|end)note-ref-/.test(attributes ?? '')) skipping++;
      else if (!open && skipping > 0) skipping--;
      continue;
    }
    const cell = row()?.cell;
    if (cell) {
      // Inside a table cell, paragraphs and list items run on in one line so the row stays one line.
      if (tag === 'br' || (!open && (BLOCKS.has(tag) || tag === 'li'))) cell.push(' ');
      if (tag !== 'td' && tag !== 'th' && tag !== 'tr' && tag !== 'table') continue;
    }
    if (tag === 'br') {
      flush();
    } else if (BLOCKS.has(tag)) {
      if (open && markerOnly) continue;
      flush();
      if (!open && lists.length === 0) blank();
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (open) lists.push({ ordered: tag === 'ol', count: 0 });
      else {
        lists.pop();
        if (lists.length === 0) blank();
      }
    } else if (tag === 'li') {
      flush();
      const list = lists[lists.length - 1];
      if (open && list) {
        list.count++;
        line = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.count}. ` : '• '}`;
        markerOnly = true;
      }
    } else if (tag === 'table') {
      flush();
      if (!open) blank();
    } else if (tag === 'tr') {
      if (open) rows.push({ cells: [], cell: null });
      else {
        const done = rows.pop();
        if (done?.cells.some((c) => c !== '')) out.push(done.cells.join('\t'));
      }
    } else if (tag === 'td' || tag === 'th') {
      const current = row();
      if (!current) continue;
      if (open) current.cell = [];
      else if (current.cell) {
        current.cells.push(current.cell.join('').replace(/\s+/g, ' ').trim());
        current.cell = null;
      }
    }
  }
  flush();
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return safeCodePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10), whole);
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
