import { isPageChrome, markChecklists, markRelatedLinks } from './page-chrome.ts';
import type { Raw } from './raw-lines.ts';
import { opensRecordFields, recordFieldKeys } from './record-fields.ts';
import { responseMarker } from './sections.ts';
import { wordCount } from './text-util.ts';

// "Page 3", "Page 3 of 12", "3 of 12", "- 3 -".
const PAGE_NUMBER =
  /^(?:page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$/i;
// A footer that ends with its page number: "Audit Committee – 24 September 2024      Page 1 of 4".
const FOOTER_PAGE = /\S\s{3,}page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const BARE_NUMBER = /^\d{1,4}$/;
// Converters glue a marking to the page number or to the next page's marking ("Page 1 of 3OFFICIAL").
const MARKING = /(?:official(?:[\s-]+sensitive)?|not protectively marked|unclassified|restricted)/gi;
const ONLY_MARKING =
  /^(?:(?:official(?:[\s-]+sensitive)?|not protectively marked|unclassified|restricted|protect)\s*)+$/i;
// "---", "* * *": a rule drawn across the page, in Markdown too.
const RULE = /^(?:-{3,}|_{3,}|\*{3,}|={3,}|(?:\*\s){2,}\*|(?:-\s){2,}-)$/;
// The judiciary's coroner's form prints its template's name at the foot of every page, once in a short copy.
const FORM_FOOTER = /^regulation 28\s*[-–]\s*(?:after inquest\s+)?document template\b/i;
const CONTENTS = /^(?:table of )?contents$/i;
// "Summary ........ 2", "Findings            5": a contents entry ends with its page number.
// "Area for improvement 1 .............. 3": a contents entry wherever it stands.
const DOT_LEADER = /\S\s*\.{5,}\s*\d{1,3}$/;
const TOC_ENTRY = /\S(?:\s{2,}|\s*\.{3,}\s*)\d{1,3}$/;
// Running headers and footers are short; longer repeated lines are content.
const FURNITURE_MAX = 120;
const EDGE_LINES = 3;

function withoutMarking(text: string): string {
  return text.replace(MARKING, '').trim();
}

// Every stage below keys the same lines again; a key is kept per text, the store emptied when it grows past
// one large document's lines.
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;

function furnitureKey(text: string): string {
  const known = keys.get(text);
  if (known !== undefined) return known;
  const key = text.toLowerCase().replace(/\d+/g, '#');
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(text, key);
  return key;
}

// "Chief Constable's response:" repeated over every reply is a title, not a running header; so is any line
// ending in a colon, which opens what follows it, and an item's label.
function isLabelKey(key: string): boolean {
  const plain = key.replace(/[*_#>]/g, '').trim();
  // "Concern 1" ... "Concern 6" (or "Rec 1" ... "Rec 5") over a reply's quotes are its titles, the same line
  // but for the number. The key writes digits as "#": "Printed 21/01/2026 09:14" ends in a number, not a colon.
  if (
    /^(?:rec(?:ommendation)?\b|area|cause|afi|(?:coroner'?s\s+)?(?:matter of )?concern)\b/.test(plain) ||
    /:$/.test(key.trim())
  )
    return true;
  // Short: "Calderbrook Police: response to rape ..." is a running header that mentions a response.
  return wordCount(plain) <= 4 && responseMarker(plain) !== null;
}

function isPageNumber(raws: readonly Raw[], i: number): boolean {
  const raw = raws[i];
  if (raw === undefined || raw.blank) return false;
  const text = withoutMarking(raw.text);
  if (PAGE_NUMBER.test(text) || FOOTER_PAGE.test(raw.layout.replace(MARKING, '').trimEnd())) return true;
  if (!BARE_NUMBER.test(text)) return false;
  // A lone number is a page number only between blank lines or at a page edge; a table's number column
  // also puts lone numbers on lines.
  const before = raws[i - 1];
  const after = raws[i + 1];
  return (
    (before === undefined || before.blank || raw.formFeed) &&
    (after === undefined || after.blank || after.formFeed) &&
    (raw.formFeed || after?.formFeed === true || !numbersRows(raws, i, Number(text)))
  );
}

// A table printed a cell a paragraph numbers its rows 1, 2, 3 a few lines apart; pages are further apart.
const ROW_SPAN = 20;

/** Whether the lone number n at line i has its neighbour in the count (n - 1 or n + 1) a few lines away. */
function numbersRows(raws: readonly Raw[], i: number, n: number): boolean {
  const lone = (j: number, want: number) => {
    const raw = raws[j];
    return raw !== undefined && !raw.blank && withoutMarking(raw.text) === String(want);
  };
  for (let d = 2; d <= ROW_SPAN; d++) if (lone(i + d, n + 1) || (n > 1 && lone(i - d, n - 1))) return true;
  return false;
}

/** Line indices of each page: pages are separated by form feeds. */
function pages(raws: readonly Raw[]): number[][] {
  const out: number[][] = [[]];
  raws.forEach((raw, i) => {
    if (raw.formFeed) out.push([]);
    if (!raw.blank) out[out.length - 1]?.push(i);
  });
  return out.filter((page) => page.length > 0);
}

// A table's column titles repeat at the top of every page it runs over; they are the table's, not furniture.
// "Wessex Police and Crime Panel  |  8 February 2024  |  Agenda item 9" parts a running head with bars.
function isTableLine(raw: Raw): boolean {
  if (/^[^|]+ \| [^|]+ \| [^|]+$/.test(raw.text)) return false;
  return (
    (raw.layout.match(/\S(?: \S|\S)*/g)?.length ?? 0) >= 3 || /^\s*[-=_]{3,}\s+[-=_]{3,}/.test(raw.layout)
  );
}

/**
 * Lines that open or close pages again and again: running headers and footers. On a third of the pages or
 * more, or on three pages and nowhere else (a chapter's running title).
 */
const SENTENCE_WORDS = 6;

function isSentence(text: string): boolean {
  return /[.!?]["'”’)]?$/.test(text.trim()) && wordCount(text) > SENTENCE_WORDS;
}

function runningLines(raws: readonly Raw[]): Set<string> {
  const all = pages(raws);
  const found = new Set<string>();
  if (all.length < 2) return found;
  const names = recordFieldKeys(raws, furnitureKey);
  const everywhere = new Map<string, number>();
  for (const raw of raws) {
    if (!raw.blank) everywhere.set(furnitureKey(raw.text), (everywhere.get(furnitureKey(raw.text)) ?? 0) + 1);
  }
  for (const edge of ['head', 'foot'] as const) {
    const counts = new Map<string, number>();
    for (const page of all) {
      const lines = edge === 'head' ? page.slice(0, EDGE_LINES) : page.slice(-EDGE_LINES);
      const keys = new Set<string>();
      lines.forEach((i, k) => {
        const raw = raws[i];
        // "Main findings" over the page's last paragraph is a title: a running line has no sentence between
        // it and the page's edge.
        const between = edge === 'head' ? lines.slice(0, k) : lines.slice(k + 1);
        const content = between.some((j) => isSentence(raws[j]?.text ?? ''));
        if (raw !== undefined && !isTableLine(raw) && !content) keys.add(furnitureKey(raw.text));
      });
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) {
      if (key.length > FURNITURE_MAX || isLabelKey(key) || count < 2 || names.has(key)) continue;
      const onlyAtEdges = count >= 3 && (everywhere.get(key) ?? 0) <= count;
      if (count >= all.length * 0.3 || onlyAtEdges) found.add(key);
    }
  }
  return found;
}

/** Without form feeds, a short line repeated three or more times next to page-sized gaps. */
function repeatedNearGaps(raws: readonly Raw[]): Set<string> {
  const counts = new Map<string, { all: number; edge: number }>();
  raws.forEach((raw, i) => {
    if (raw.blank || raw.text.length > FURNITURE_MAX) return;
    const key = furnitureKey(raw.text);
    const entry = counts.get(key) ?? { all: 0, edge: 0 };
    entry.all++;
    const gapNear = [-2, -1, 1, 2].some(
      (d) => raws[i + d]?.blank === true && raws[i + d * 2]?.blank === true,
    );
    // A page's edge shows as a double gap, the document's ends, or a page number a few lines away.
    const pageNear = [-3, -2, -1, 1, 2, 3].some((d) => isPageNumber(raws, i + d));
    if (gapNear || pageNear || i < 3 || i >= raws.length - 3) entry.edge++;
    counts.set(key, entry);
  });
  const names = recordFieldKeys(raws, furnitureKey);
  const found = new Set<string>();
  for (const [key, { all, edge }] of counts) {
    if (all >= 3 && edge >= all * 0.6 && !isLabelKey(key) && !names.has(key)) found.add(key);
  }
  return found;
}

function markContents(raws: readonly Raw[], marks: boolean[]): void {
  raws.forEach((raw, i) => {
    if (!CONTENTS.test(raw.text)) return;
    marks[i] = true;
    for (let j = i + 1; j < raws.length; j++) {
      const next = raws[j];
      if (next === undefined || next.formFeed) break;
      if (next.blank) continue;
      // An entry may wrap: its first line has no page number, the next one has.
      const wrapped = !TOC_ENTRY.test(next.layout.trim()) && TOC_ENTRY.test(raws[j + 1]?.layout.trim() ?? '');
      if (!TOC_ENTRY.test(next.layout.trim()) && !wrapped && !headsLater(raws, j)) break;
      marks[j] = true;
    }
  });
}

const CONTENTS_ENTRY_WORDS = 8;

/** A web page's contents entry without a page number: a short line printed again below as its heading. */
function headsLater(raws: readonly Raw[], j: number): boolean {
  const text = raws[j]?.text ?? '';
  if (wordCount(text) > CONTENTS_ENTRY_WORDS || /[.;:]$/.test(text)) return false;
  for (let k = j + 1; k < raws.length; k++) if (raws[k]?.text === text && k > j + 1) return true;
  return false;
}

// A list page's filter panel: "Filter recommendations", its options a short line each ("Police force",
// "Cause of concern", "Year", "2017"), then "Apply filters" / "Clear filters" / "Showing 1 result".
const FILTER_OPEN = /^(?:filter|refine)(?:\s+[\w-]+){0,2}$|^filters$/i;
const FILTER_CLOSE = /^(?:apply filters?|clear (?:all )?filters?|reset filters?|showing \d+ results?)$/i;
const FILTER_LINES = 30;
const FILTER_OPTION_WORDS = 5;

function markFilterPanel(raws: readonly Raw[], marks: boolean[]): void {
  raws.forEach((raw, i) => {
    if (!FILTER_OPEN.test(raw.text.trim())) return;
    let close = -1;
    for (let j = i + 1; j < raws.length && j <= i + FILTER_LINES; j++) {
      const next = raws[j];
      if (next === undefined || (!next.blank && wordCount(next.text) > FILTER_OPTION_WORDS)) break;
      if (next !== undefined && FILTER_CLOSE.test(next.text.trim())) close = j;
    }
    if (close < 0) return;
    for (let j = i; j <= close; j++) marks[j] = true;
  });
}

// A footnote block: a short rule of underscores, then the notes, up to the end of the page. A long rule, or
// one with more than a few lines before the page ends, divides the text instead (a web page's sections).
const FOOTNOTE_RULE = /^_{5,40}$/;
const FOOTNOTE_LINES = 12;

function markFootnotes(raws: readonly Raw[], marks: boolean[]): void {
  raws.forEach((raw, i) => {
    if (!FOOTNOTE_RULE.test(raw.text)) return;
    let end = i + 1;
    while (end < raws.length && end <= i + FOOTNOTE_LINES) {
      const next = raws[end];
      if (next === undefined || next.formFeed || isPageNumber(raws, end)) break;
      end++;
    }
    const atPageEdge = end === raws.length || raws[end]?.formFeed === true || isPageNumber(raws, end);
    if (!atPageEdge) return;
    for (let j = i; j < end; j++) marks[j] = true;
  });
}

// "1 PCSOs are uniformed police staff ...": a note at a page's foot, its marker a number, without a rule.
const BARE_FOOTNOTE = /^\d{1,2}\s+[A-Z]/;
// "9  DATED: 4th April 2017" at a form's foot: its numbered section, its title in capitals, not a note.
const FORM_SECTION = /^\d{1,2}\s+[A-Z]{4,}\b/;

function markBareFootnotes(raws: readonly Raw[], marks: boolean[]): void {
  for (let i = 0; i < raws.length; i++) {
    if (!marks[i] || !isPageNumber(raws, i)) continue;
    // Up from the page number, past blank lines, to the notes just above it.
    let j = i - 1;
    while (j >= 0 && raws[j]?.blank) j--;
    while (
      j > 0 &&
      BARE_FOOTNOTE.test(raws[j]?.text ?? '') &&
      !FORM_SECTION.test(raws[j]?.text ?? '') &&
      raws[j - 1]?.blank &&
      (raws[j]?.text.length ?? 0) < 200
    ) {
      marks[j] = true;
      j -= 2;
      while (j >= 0 && raws[j]?.blank) j--;
    }
  }
}

// "Targeting the risk            87" then "88": a footer with the page number, and the next page's number.
const TITLED_PAGE_NUMBER = /^\S(?:\S| (?! ))*\s{3,}\d{1,3}$/;

function markTitledPageNumbers(raws: readonly Raw[], marks: boolean[]): void {
  raws.forEach((raw, i) => {
    if (raw.blank || !TITLED_PAGE_NUMBER.test(raw.layout.trim())) return;
    let j = i + 1;
    while (raws[j]?.blank && !raws[j]?.formFeed) j++;
    const next = raws[j];
    // The page's last line before the next page, or right above the next page's number.
    if (next === undefined || !(next.formFeed || BARE_NUMBER.test(next.text))) return;
    marks[i] = true;
    if (BARE_NUMBER.test(next.text)) marks[j] = true;
  });
}

// A printed report's running head: "Transforming Rehabilitation      83" on one page, "84     Transforming
// Rehabilitation" on the next. The same words beside different page numbers, twice or more, are furniture.
const HEAD_NUMBER_AFTER = /^(\S.*?\S)\s{2,}(\d{1,4})$/;
const HEAD_NUMBER_BEFORE = /^(\d{1,4})\s{2,}(\S.*\S)$/;

function markRunningHeads(raws: readonly Raw[], marks: boolean[]): void {
  const byTitle = new Map<string, { lines: number[]; numbers: Set<string> }>();
  raws.forEach((raw, i) => {
    const layout = raw.layout.trim();
    if (raw.blank || layout.length > FURNITURE_MAX) return;
    const after = HEAD_NUMBER_AFTER.exec(layout);
    const before = after ? null : HEAD_NUMBER_BEFORE.exec(layout);
    const title = after?.[1] ?? before?.[2];
    const number = after?.[2] ?? before?.[1];
    if (title === undefined || number === undefined || DOT_LEADER.test(layout)) return;
    // "8   Summary   Independent Reviews ..." on a left page, "Independent Reviews ...   Summary   9" on a
    // right one: the same parts in mirrored order.
    const key = title
      .toLowerCase()
      .split(/\s{3,}/)
      .sort()
      .join(' | ')
      .replace(/\s+/g, ' ');
    const entry = byTitle.get(key) ?? { lines: [], numbers: new Set<string>() };
    entry.lines.push(i);
    entry.numbers.add(number);
    byTitle.set(key, entry);
  });
  for (const { lines, numbers } of byTitle.values()) {
    if (numbers.size >= 2) for (const i of lines) marks[i] = true;
  }
}

// A copy out of a PDF reader, page by page, keeps no blank lines or form feeds: each page's foot is its number
// on a line of its own over the running footer ("5" / "Essex Police: PEEL 2021/22"). The same short line
// beside rising numbers, pages apart, is the footer; the last page's number may stand alone.
const PAGE_LINES = 6;

function markNumberedFooters(raws: readonly Raw[], marks: boolean[]): void {
  const byFooter = new Map<string, { lines: number[]; numbers: number[] }>();
  raws.forEach((raw, i) => {
    if (raw.blank || !BARE_NUMBER.test(raw.text)) return;
    // The footer under the number: above it, a repeated line is more likely a table's last cell ("Open")
    // before its next row's number.
    const beside = raws[i + 1];
    if (beside === undefined || beside.blank || beside.text.length > FURNITURE_MAX) return;
    if (!/[A-Za-z]{3}/.test(beside.text) || isSentence(beside.text) || /[:;,]$/.test(beside.text)) return;
    // The very same words each time, and no item's label ("Area for improvement" opening each row).
    const key = beside.text.toLowerCase();
    if (isLabelKey(furnitureKey(beside.text))) return;
    const entry = byFooter.get(key) ?? { lines: [], numbers: [] };
    entry.lines.push(i, i + 1);
    entry.numbers.push(Number(raw.text));
    byFooter.set(key, entry);
  });
  for (const { lines, numbers } of byFooter.values()) {
    const pagesApart = lines.every((line, k) => k < 2 || line - (lines[k - 2] ?? 0) >= PAGE_LINES);
    const rising = numbers.every((n, k) => k === 0 || n > (numbers[k - 1] ?? n));
    if (numbers.length < 2 || !pagesApart || !rising) continue;
    for (const i of lines) marks[i] = true;
    const last = lines[lines.length - 2] ?? 0;
    const next = String((numbers[numbers.length - 1] ?? 0) + 1);
    for (let i = last + PAGE_LINES; i < raws.length && i <= last + PAGE_LINES * 10; i++) {
      if (raws[i]?.text === next) marks[i] = true;
    }
  }
}

// A chat pasted from Teams or Slack: "Priya Shah  09:58" (or "05/04/2022 08:47") over each message, reactions ("👍 1") and
// "(edited)" under it. The speaker lines are marked when they recur; the words are the messages.
const CHAT_SPEAKER =
  /^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s+(?:(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+)?\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?|yesterday|today)$/;
// An emoji may be several code points joined (ZWJ, variation selector): match the pieces one by one.
const EMOJI = '(?:\\p{Extended_Pictographic}|\\u200d|\\ufe0f)+(?:\\s*\\d+)?';
const CHAT_NOTE = new RegExp(`^(?:\\(edited\\)|${EMOJI}(?:\\s+${EMOJI})*)$`, 'u');
const CHAT_MIN_SPEAKERS = 3;

function markChat(raws: readonly Raw[], marks: boolean[]): void {
  const speakers = raws.filter((r) => CHAT_SPEAKER.test(r.text.trim())).length;
  if (speakers < CHAT_MIN_SPEAKERS) return;
  raws.forEach((raw, i) => {
    if (CHAT_SPEAKER.test(raw.text.trim()) || CHAT_NOTE.test(raw.text.trim())) marks[i] = true;
  });
}

/** Which lines are page furniture: page numbers, protective markings, running headers and footers, contents. */
export function markFurniture(raws: readonly Raw[]): boolean[] {
  const running = raws.some((r) => r.formFeed) ? runningLines(raws) : repeatedNearGaps(raws);
  const marks = raws.map((raw, i) => {
    if (raw.blank) return false;
    return (
      isPageNumber(raws, i) ||
      ONLY_MARKING.test(raw.text) ||
      isPageChrome(raw) ||
      (DOT_LEADER.test(raw.text) && !opensRecordFields(raws, i)) ||
      RULE.test(raw.text) ||
      FORM_FOOTER.test(raw.text) ||
      running.has(furnitureKey(raw.text))
    );
  });
  markChat(raws, marks);
  markContents(raws, marks);
  markFilterPanel(raws, marks);
  markRelatedLinks(raws, marks);
  markChecklists(raws, marks);
  markFootnotes(raws, marks);
  markBareFootnotes(raws, marks);
  markTitledPageNumbers(raws, marks);
  markRunningHeads(raws, marks);
  markNumberedFooters(raws, marks);
  return marks;
}
