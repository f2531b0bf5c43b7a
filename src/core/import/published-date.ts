import type { IsoDate } from '../dates/index.ts';
import type { Line } from './clean-text.ts';
import { type Field, field } from './fields.ts';
import { readPrintedDate } from './printed-date.ts';
import type { Raw } from './raw-lines.ts';
import { wordCount } from './text-util.ts';

/*
 * When the report came out: the date section 55's 56 days and "within six months" count from. Documents
 * print it in many places and print other dates beside it (a letter's, a meeting's, an export's); the
 * finders below are tried from the most to the least certain.
 */

// "5 April 2023", "11th July 2023"; "21/06/2024", "14.05.2024".
const WRITTEN = '\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\s+\\d{4}';
const NUMERIC = '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}';
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

const PUBLISHED_KEY =
  /^(?:published(?:\s+on|\s+date)?|issued(?:\s+on)?|date\s+(?:of\s+)?(?:publication|issue)|publication\s+date|date\s+(?:published|issued)|(?:final\s+)?report\s+issued(?:\s+on)?|date\s+of\s+final\s+report)$/i;
const DATE_KEY = /^(?:date(?:\s+of\s+(?:the\s+)?(?:report|letter))?|report\s+date|dated)$/i;
// "9  Date 7 February 2024", "9 | DATE   17/03/2025": a form's date row without its colon.
const DATE_LINE = new RegExp(
  `^(?:\\d{1,2}\\s*[|.:)]?\\s+)?(?:date|dated)\\s*[|:]?\\s+(${WRITTEN}|${NUMERIC})`,
  'im',
);
// A coroner's form ends with section 9, its date: "9  15/04/2021   P. Brunton".
const SECTION_NINE = new RegExp(`^9\\s*[|.:)]?\\s+(${NUMERIC}|${WRITTEN})\\b`);
// "Published on 12 January 2024 by HMICFRS.", "Published to the OPCC website on 3 November 2025",
// "(PEEL spotlight report, published August 2022)", "published its report '...' in July 2018".
// 'HMICFRS published "Disproportionate use of police powers - ..." on Friday 26 February 2021': the quoted
// title, however long, sits between.
const PUBLISHED_DAY = new RegExp(
  `\\b[Pp]ublished\\b(?:\\s+["“][^"”\\n]{1,200}["”])?[^.\\n]{0,40}?\\b(?:on\\s+)?(${WRITTEN})`,
);
// A parliamentary page's foot: "Prepared 1 November 2018", the day the committee's report went up.
const PREPARED = new RegExp(`^Prepared\\s+(${WRITTEN})$`, 'm');
const PUBLISHED_MONTH = new RegExp(
  `\\b[Pp]ublished\\b(?:\\s+|[^.\\n]{0,160}?\\s+in\\s+)(${MONTHS}\\s+\\d{4})\\b`,
);
// "Source report: ..., dated 24 October 2025."
const DATED = new RegExp(
  `\\b(?:dated|date of (?:the )?report\\s*:?)\\s+(${WRITTEN}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})`,
  'i',
);
// A cover's "March 2017": the month the report came out, not a day; it stays unknown.
const MONTH_ONLY_LINE = new RegExp(`^${MONTHS}\\s+(?:19|20)\\d{2}$`, 'i');
// "Commissioner's response: ...", "comments on HMICFRS's report": the document answers a report.
const RESPONSE_TITLE =
  /\b(?:commissioner|pcc|chief constable|force)['’]?s?\s+(?:response|comments|reply)\b|\b(?:response|comments|reply)\s+(?:to|on)\b/i;
// "HMICFRS published *Disproportionate use of police powers* on 26 February 2021"; not "... when it is
// published, and that the Panel could be briefed at its meeting on 21 June 2022".
const REPORT_PUBLISHED = new RegExp(
  `\\b(?:HMICFRS|HMIC|[Ii]nspectorate|[Cc]ommittee|[Cc]oroner|the report|[Ii]t)\\b[^.\\n]{0,12}?\\bpublished\\b(?:(?!,\\s+and\\s|\\bmeeting\\b)[^\\n]){1,200}?\\bon\\s+(${WRITTEN})`,
);
// A letter answering a report names it: "Your ref: Regulation 28 report dated 4 June 2021", "The report was
// made on 18 September 2024 by ...", "the coroner's report, headed "Regulation 28: ...", made on 21 November 2018", "The report was made by F. J. Wilcox, Senior Coroner, on 25 March 2025",
// "The report was written by C. Wilkinson, coroner for ..., and is dated 23 December 2019", "... written by
// N. Persaud, coroner for London East, dated 11 May 2018".
const YOUR_REPORT = new RegExp(
  `\\b(?:your|the coroner['’]s|the)\\s+(?:ref(?:erence)?:\\s*)?(?:[\\w ]{0,40}?\\s)?report(?:\\s+to\\s+prevent\\s+future\\s+deaths)?(?:,\\s+(?:headed|entitled|titled)\\s+["“][^"“”\\n]{1,150}["”],)?\\s+(?:of|dated|(?:was\\s+)?(?:made|issued|written)(?:\\s+by\\s+(?:[^.]|(?<=\\b[A-Z])\\.)+?)?,?\\s+(?:on|dated|(?:and\\s+)?(?:is|was)\\s+dated))\\s+(${WRITTEN})`,
  'i',
);
// "... the Regulation 28 report that J. Lees, coroner for The Black Country, issued on 25 April 2024".
// "a Regulation 28 Report to Prevent Future Deaths issued by the coroner for ... (J. Adeley) on 12 February 2021".
const REPORT_THAT_ISSUED = new RegExp(
  `\\b(?:regulation 28|prevention of future deaths|pfd)\\s+report\\s+(?:that\\s+(?:[^.]|(?<=\\b[A-Z])\\.){1,160}?\\b(?:issued|made|wrote|sent)\\s+(?:it\\s+)?|(?:to\\s+prevent\\s+future\\s+deaths\\s+)?(?:issued|made|sent)\\s+by\\s+(?:[^.]|(?<=\\b[A-Z])\\.){1,160}?\\s+)on\\s+(${WRITTEN})`,
  'i',
);
// "The attached Regulation 28 report went to ... It was made by S. Fisher, Senior Coroner for ..., on 16 March
// 2015.": the sentence after the one naming the report tells who made it and when.
const IT_WAS_MADE = new RegExp(
  `\\b(?:regulation 28|prevention of future deaths|pfd)\\s+report\\b[^]{0,400}?\\b(?:it|the report)\\s+was\\s+(?:made|issued|written|sent)\\s+by\\s+(?:[^.]|(?<=\\b[A-Z])\\.){1,160}?\\s+on\\s+(${WRITTEN})`,
  'i',
);
// A reply's subject line: "Regulation 28 report: Matthew Brierley (Cumbria, 8 January 2025) - our position".
const SUBJECT_REPORT_DATE = new RegExp(
  `(?:regulation 28|prevent(?:ion of)? future deaths|\\bpfd\\b)[^\\n]{0,120}?\\([^()\\n]{0,60}?,\\s*(${WRITTEN})\\)`,
  'i',
);
// A paper that quotes a report: "On 20 November 2019 the coroner, M. Hassell, issued a report ...", "The report
// came out on 26 February 2021.".
const REPORT_ISSUED = new RegExp(
  `\\bOn\\s+(${WRITTEN}),?\\s+(?:[^.]|(?<=\\b[A-Z])\\.){0,120}?\\b(?:issued|published|made|sent)\\s+(?:a|the|its|this|their)\\s+(?:(?:[Rr]egulation\\s+28|[Pp]revention\\s+of\\s+[Ff]uture\\s+[Dd]eaths|PFD)\\s+[Rr]eport|report)\\b|\\bOn\\s+(${WRITTEN}),?\\s+(?:HMICFRS|HMIC|the\\s+inspectorate)\\s+published\\s+(?:two|three|four|five|a|its)\\s+causes?\\s+of\\s+concern\\b|\\b(?:issued|published)\\s+(?:a|the|its|their)\\s+report\\b[^.]{0,120}?\\bon\\s+(${WRITTEN})|\\b[Tt]he\\s+report\\s+(?:came\\s+out|was\\s+published)\\s+on\\s+(${WRITTEN})`,
);
// A revisit letter recalls when the items it follows up were made: "On 13 September 2023, we issued the cause
// of concern ...", "we wrote to you to tell you about a cause of concern", "The cause of concern and
// recommendations were issued on 13 September 2023". Their "Within 28 days" counts from then.
const ITEMS_ISSUED = new RegExp(
  `\\bOn\\s+(${WRITTEN}),?\\s+(?:we|HMICFRS|HMIC|the\\s+inspectorate)\\s+(?:issued|wrote\\s+to\\s+you|told\\s+you|published|gave)\\b[^.]{0,160}?\\b(?:causes?\\s+of\\s+concern|recommendations)\\b|\\b(?:causes?\\s+of\\s+concern|recommendations)\\b[^.]{0,60}?\\b(?:was|were)\\s+(?:issued|published|made)\\s+on\\s+(${WRITTEN})`,
  'i',
);

/** When the items a revisit letter follows up were made, where it says so; null if it does not. */
export function itemsIssuedOn(text: string): IsoDate | null {
  const told = ITEMS_ISSUED.exec(text);
  return told === null ? null : readPrintedDate(told[1] ?? told[2] ?? '');
}

// "HMICFRS published PEEL: Nottinghamshire Police causes of concern on 11 March 2024": a paper names the
// report and the day it came out.
const INSPECTORATE_PUBLISHED = new RegExp(
  `\\b(?:HMICFRS|HMIC|the\\s+inspectorate)\\s+published\\s+(?:[^.\\n]|(?<=\\w)\\.(?=\\w)){1,160}?\\s+on\\s+(${WRITTEN})`,
);

// Near a form's date alone on its line: "SIGNED BY CORONER", a signature, the coroner's name.
const SIGNATURE_LINE = /\bsign(?:ed|ature)\b|\bcoroner\b/i;

export type Published = {
  date: IsoDate | null;
  /** "August 2022" where only a month is printed: the day stays unknown and the preview asks for it. */
  month: string | null;
  /** True when the date is only a header line's, which the preview asks the user to check. */
  guessed: boolean;
};

type Document = {
  /** A coroner's report (or a paper carrying one): its own date, not a web page's, is what counts. */
  coroner: boolean;
  raws: readonly Raw[];
  lines: readonly Line[];
  /** The first and last lines, where a document prints its dates. */
  edges: readonly Line[];
  /** The same, a paragraph a line. */
  edgeText: string;
  fields: readonly Field[];
};

function firstOf(lines: readonly Line[], pattern: RegExp): IsoDate | null {
  return readPrintedDate(lines.map((l) => pattern.exec(l.text)?.[1]).find((d) => d !== undefined) ?? '');
}

function dateBeforeSalutation(lines: readonly Line[]): IsoDate | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/^dear\s/i.test(lines[i]?.text ?? '')) continue;
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      // "Sent on 19 January 2024" right of the addressee: the letter's date with its verb.
      const text = (lines[j]?.text ?? '').replace(/^(?:sent|dated)(?:\s+on)?:?\s+/i, '');
      if (wordCount(text) <= 4) {
        const date = readPrintedDate(text);
        if (date) return date;
      }
    }
  }
  return null;
}

// A form's last section as a Markdown table: "| Date | Signed |" over its rule, then "| 25/06/2025 | ... |".
function tableDate(raws: readonly Raw[]): IsoDate | null {
  for (let i = 0; i + 2 < raws.length; i++) {
    if (!/^\|\s*date\s*\|/i.test(raws[i]?.text ?? '')) continue;
    const cell = /^\|([^|]*)\|/.exec(raws[i + 2]?.text ?? '')?.[1] ?? '';
    const date = readPrintedDate(cell);
    if (date !== null) return date;
  }
  return null;
}

// A form's date alone on its line beside the signature, in the last third of the document.
function signedDate(lines: readonly Line[]): IsoDate | null {
  const from = Math.floor((lines.length * 2) / 3);
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]?.text ?? '';
    // A sentence's end ("... by\n31 May 2020.") is not a form's date.
    const date = wordCount(text) <= 4 && !/\.$/.test(text) ? readPrintedDate(text) : null;
    if (date === null) continue;
    const near = lines.slice(Math.max(0, i - 6), i + 7).map((l) => l.text);
    if (near.some((t) => SIGNATURE_LINE.test(t) && !/\bchief coroner\b/i.test(t))) return date;
  }
  return null;
}

// A header line's date ("Audit Committee – 27 November 2018"), not a deadline in the first sentence.
function firstLinesDate(raws: readonly Raw[]): { date: IsoDate | null; month: string | null } {
  const first = raws.filter((r) => !r.blank).slice(0, 5);
  for (const raw of first) {
    if (MONTH_ONLY_LINE.test(raw.text)) return { date: null, month: raw.text };
    if (wordCount(raw.text) > 15 || /\b(?:by|before|until|within|due|should)\b/i.test(raw.text)) continue;
    // A page's front matter ("last_reviewed: 2020-03-02") stamps the page, not the report.
    if (/^[a-z]+(?:_[a-z]+)*:\s/.test(raw.text)) continue;
    const date = readPrintedDate(raw.text);
    if (date) return { date, month: null };
  }
  return { date: null, month: null };
}

const FORM_DATE_KEY = /^(?:date\s+of\s+(?:the\s+)?report|report\s+date|dated)$/i;

// A bulletin carrying two coroners' reports prints two report dates: neither is the bulletin's own.
const DATED_ALL = new RegExp(DATED.source, 'gi');

function formDate(doc: Document): string | null {
  const dates = new Set([...doc.edgeText.matchAll(DATED_ALL)].map((m) => readPrintedDate(m[1] ?? '')));
  if (dates.size > 1) return null;
  // The form's own section 9 outranks a "Date:" line, which may be the header of the e-mail that carries it.
  const found =
    field(doc.fields, FORM_DATE_KEY) ??
    doc.edges.map((l) => SECTION_NINE.exec(l.text)?.[1]).find((d) => d !== undefined) ??
    doc.edges.map((l) => DATE_LINE.exec(l.text)?.[1]).find((d) => d !== undefined) ??
    DATED.exec(doc.edgeText)?.[1];
  return found !== undefined && readPrintedDate(found) !== null ? found : null;
}

// A register of many reports prints each record's "Published on: 7 July 2023" ("Report published: ..." on a
// page answering several): none is the list's own date.
const RECORD_PUBLISHED =
  /^(?:report\s+|date\s+)?published(?:\s+on)?\s*:\s*(.+?)(?:\s+[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s.*)?$/i;

// "PEEL 2018/19, published 27 September 2019" under a force's name in a bulletin: one report's date of many.
const TITLE_PUBLISHED = /,\s*published(?:\s+on)?\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\.?$/;

function recordDate(text: string): string | undefined {
  return RECORD_PUBLISHED.exec(text)?.[1] ?? TITLE_PUBLISHED.exec(text)?.[1];
}

export function listsReports(lines: readonly Line[]): boolean {
  const dates = lines.map((l) => recordDate(l.text)).filter((d) => d !== undefined);
  return dates.length >= 3 && new Set(dates).size >= 2;
}

// A digest or a reply covering several coroners' reports dates each one ("Date of report: 17 April 2014",
// "Report dated 31 January 2018, sent to ..."): each report's concerns count their 56 days from its own date.
const CORONER_REPORT_DATE = new RegExp(
  `\\b(?:date of (?:this |the )?report|report date|report(?:\\s+is)?\\s+dated)\\s*[:|]?\\s*(${WRITTEN}|${NUMERIC})`,
  'i',
);

// How far above its date a report's heading block may start ("REPORT 2 of 6 - ...", "Coroner: ...").
const HEADER_LINES = 4;

/** One report of several in a document: its lines [start, end) and the date its items count from. */
export type ReportSpan = { start: number; end: number; date: IsoDate | null };

function spansFrom(starts: readonly [number, IsoDate | null][], total: number): ReportSpan[] {
  return starts.map(([start, date], k) => ({ start, end: starts[k + 1]?.[0] ?? total, date }));
}

/**
 * The reports a document lists, each from the line that dates it, or null where it holds one report. A
 * register's records print "Report published: ..."; a coroners' digest prints each report's date, and the
 * lines just above it in the same block (its name, its "Sent to") belong to it too.
 */
export function reportSpans(lines: readonly Line[], coroner: boolean): ReportSpan[] | null {
  if (listsReports(lines)) {
    const starts = lines.flatMap((line, i): [number, IsoDate | null][] => {
      const printed = recordDate(line.text);
      if (printed === undefined) return [];
      // "Published: July 2020" gives no day to count from.
      return [[i, MONTH_ONLY_LINE.test(printed.trim()) ? null : readPrintedDate(printed)]];
    });
    return spansFrom(starts, lines.length);
  }
  if (!coroner) return null;
  const dated: [number, IsoDate][] = [];
  lines.forEach((line, i) => {
    const printed = CORONER_REPORT_DATE.exec(line.text)?.[1];
    const date = printed === undefined ? null : readPrintedDate(printed);
    if (date === null) return;
    const floor = Math.max((dated.at(-1)?.[0] ?? -1) + 1, i - HEADER_LINES);
    let start = i;
    while (start > floor && (lines[start]?.gapBefore ?? 1) === 0) start--;
    dated.push([start, date]);
  });
  return new Set(dated.map(([, date]) => date)).size < 2 ? null : spansFrom(dated, lines.length);
}

export function findPublished(doc: Document): Published {
  if (listsReports(doc.lines)) return { date: null, month: null, guessed: false };
  const { edgeText } = doc;
  const day = PUBLISHED_DAY.exec(edgeText)?.[1] ?? PREPARED.exec(edgeText)?.[1] ?? null;
  // A response page's own "Published on:" is when the response went up; the report's date is in the text.
  const head = edgeText.slice(0, 2000);
  const answered =
    (RESPONSE_TITLE.test(head) ? REPORT_PUBLISHED.exec(edgeText)?.[1] : undefined) ??
    YOUR_REPORT.exec(head)?.[1] ??
    REPORT_THAT_ISSUED.exec(head)?.[1] ??
    IT_WAS_MADE.exec(head)?.[1] ??
    SUBJECT_REPORT_DATE.exec(head)?.[1] ??
    INSPECTORATE_PUBLISHED.exec(head)?.[1];
  // A coroner's report is dated on its form ("Date of report", section 9 "Dated"); the judiciary page's
  // "Published" date and an e-mail's "Sent" come later, and the 56 days count from the form's date.
  // A paper that tells of the report ("On 9 June 2022 the coroner issued a Regulation 28 report") dates it before
  // its own "Date:" field, which is the paper's.
  const told = REPORT_ISSUED.exec(edgeText)
    ?.slice(1)
    .find((d) => d !== undefined);
  const keyed =
    answered ?? (doc.coroner ? (told ?? formDate(doc)) : null) ?? field(doc.fields, PUBLISHED_KEY) ?? day;
  // "Date: March 2017" on a register entry: the month is printed, the day is not.
  const dateField = field(doc.fields, DATE_KEY)?.trim() ?? '';
  if (keyed === null && MONTH_ONLY_LINE.test(dateField))
    return { date: null, month: dateField, guessed: false };
  const printed =
    (keyed === null ? null : readPrintedDate(keyed)) ??
    dateBeforeSalutation(doc.lines.slice(0, 150)) ??
    readPrintedDate(field(doc.fields, DATE_KEY) ?? '') ??
    firstOf(doc.edges, DATE_LINE) ??
    readPrintedDate(DATED.exec(edgeText)?.[1] ?? '') ??
    tableDate(doc.raws) ??
    firstOf(doc.edges, SECTION_NINE) ??
    signedDate(doc.lines) ??
    readPrintedDate(told ?? '');
  // "Published August 2022" with no day: a letter's or an export's date is not the report's either.
  const cover = printed === null ? firstLinesDate(doc.raws) : { date: null, month: null };
  const month = keyed === null ? (PUBLISHED_MONTH.exec(edgeText)?.[1] ?? cover.month) : null;
  if (month !== null) return { date: null, month, guessed: false };
  return { date: printed ?? cover.date, month: null, guessed: printed === null && cover.date !== null };
}
