import { addDays, type IsoDate } from '../dates/index.ts';
import { numberFromWords } from '../text/number-words.ts';
import type { Line } from './clean-text.ts';
import { field, fields } from './fields.ts';
import { readPrintedDate } from './printed-date.ts';
import { findLink, findPublisher, mentionsSection55 } from './publisher.ts';
import type { Raw } from './raw-lines.ts';
import { wordCount } from './text-util.ts';
import { findTitle } from './title.ts';

export type Metadata = {
  title: string | null;
  publisher: string | null;
  publishedOn: IsoDate | null;
  link: string | null;
  section55: boolean;
  section55Due: IsoDate | null;
  /** "There were 17 recommendations": what the document says it holds, to compare with what was found. */
  stated: { recommendations: number | null; areasForImprovement: number | null };
  warnings: string[];
};

// Metadata sits at the start of a document and, in reports, on the last page: scanning more costs time.
const HEAD_LINES = 150;
const TAIL_LINES = 60;
const PUBLISHED_KEY =
  /^(?:published(?:\s+on|\s+date)?|issued(?:\s+on)?|date\s+(?:of\s+)?(?:publication|issue)|publication\s+date|date\s+(?:published|issued)|(?:final\s+)?report\s+issued(?:\s+on)?|date\s+of\s+final\s+report)$/i;
// "9  Date 7 February 2024": a form's date row without its colon.
const DATE_LINE =
  /^(?:\d{1,2}\s*[|.:)]?\s+)?(?:date|dated)\s*[|:]?\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/im;
// A coroner's form ends with section 9, its date: "9  15/04/2021   P. Brunton".
const SECTION_NINE =
  /^9\s*[|.:)]?\s+(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\b/;
const DATE_KEY = /^(?:date(?:\s+of\s+(?:the\s+)?(?:report|letter))?|report\s+date|dated)$/i;
const STATED =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty)\s+(recommendations|areas\s+for\s+improvement)\b/gi;

function dateBeforeSalutation(lines: readonly Line[]): IsoDate | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/^dear\s/i.test(lines[i]?.text ?? '')) continue;
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      const text = lines[j]?.text ?? '';
      if (wordCount(text) <= 4) {
        const date = readPrintedDate(text);
        if (date) return date;
      }
    }
  }
  return null;
}

// A header line's date ("Audit Committee – 27 November 2018"), not a deadline in the first sentence.
// A cover's "March 2017": the month the report came out, not a day; it stays unknown.
const MONTH_ONLY_LINE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}$/i;

function firstLinesDate(raws: readonly Raw[]): { date: IsoDate | null; month: string | null } {
  const first = raws.filter((r) => !r.blank).slice(0, 5);
  for (const raw of first) {
    if (MONTH_ONLY_LINE.test(raw.text)) return { date: null, month: raw.text };
    if (wordCount(raw.text) > 15 || /\b(?:by|before|until|within|due|should)\b/i.test(raw.text)) continue;
    const date = readPrintedDate(raw.text);
    if (date) return { date, month: null };
  }
  return { date: null, month: null };
}

// "Published on 12 January 2024 by HMICFRS.", "Published to the OPCC website on 3 November 2025",
// "(PEEL spotlight report, published August 2022)", "published its report '...' in July 2018".
const PUBLISHED_DAY =
  /\b[Pp]ublished\b[^.\n]{0,40}?\b(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/;
const PUBLISHED_MONTH =
  /\b[Pp]ublished\b(?:\s+|[^.\n]{0,160}?\s+in\s+)((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\b/;
// "Source report: ..., dated 24 October 2025."
const DATED =
  /\b(?:dated|date of (?:the )?report\s*:?)\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})/i;

// A web page's "Share this page: https://..." and a browser's printed footer ("https://...   1/3") are page
// furniture, yet the address they print is the report's.
function furnitureLink(raws: readonly Raw[]): string | null {
  for (const raw of raws) {
    const url =
      /^share this (?:page|article|report)\s*:?\s*(https?:\/\/\S+)/i.exec(raw.text)?.[1] ??
      /^(https?:\/\/\S+)\s{2,}\d{1,4}\/\d{1,4}$/.exec(raw.layout.trim())?.[1];
    if (url !== undefined) return url.replace(/[.,;:]+$/, '');
  }
  return null;
}

// A form's last section as a Markdown table: "| Date | Signed |" over its rule, then "| 25/06/2025 | ... |".
// "Commissioner's response: ...", "comments on HMICFRS's report": the document answers a report.
const RESPONSE_TITLE =
  /\b(?:commissioner|pcc|chief constable|force)'?s?\s+(?:response|comments|reply)\b|\b(?:response|comments|reply)\s+(?:to|on)\b/i;
// "HMICFRS published *Disproportionate use of police powers* on 26 February 2021".
const REPORT_PUBLISHED =
  /\b(?:HMICFRS|HMIC|[Ii]nspectorate|[Cc]ommittee|[Cc]oroner|the report|[Ii]t)\b[^.\n]{0,12}?\bpublished\b[^\n]{1,200}?\bon\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/;

// A paper that quotes a report: "On 20 November 2019 the coroner ... issued a report under regulation 28".
const FULL_DATE = '(\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\s+\\d{4})';
const REPORT_ISSUED = new RegExp(
  `\\bOn\\s+${FULL_DATE},?\\s+(?:[^.]|(?<=\\b[A-Z])\\.){0,120}?\\b(?:issued|published|made|sent)\\s+(?:a|the|its|this|their)\\s+report\\b|\\b(?:issued|published)\\s+(?:a|the|its|their)\\s+report\\b[^.]{0,120}?\\bon\\s+${FULL_DATE}`,
);

const YOUR_REPORT =
  /\b(?:your|the coroner's|the)\s+(?:ref(?:erence)?:\s*)?(?:[\w ]{0,40}?\s)?report\s+(?:of|dated)\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/i;

function tableDate(raws: readonly Raw[]): IsoDate | null {
  for (let i = 0; i + 2 < raws.length; i++) {
    if (!/^\|\s*date\s*\|/i.test(raws[i]?.text ?? '')) continue;
    const cell = /^\|([^|]*)\|/.exec(raws[i + 2]?.text ?? '')?.[1] ?? '';
    const date = readPrintedDate(cell);
    if (date !== null) return date;
  }
  return null;
}

// A form's last section: a date alone on its line beside "SIGNED BY CORONER", a signature or the coroner's
// name, in the last third of the document.
const SIGNATURE_LINE = /\bsign(?:ed|ature)\b|\bcoroner\b/i;

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

function publishedPhrase(text: string): { day: string | null; month: string | null } {
  return { day: PUBLISHED_DAY.exec(text)?.[1] ?? null, month: PUBLISHED_MONTH.exec(text)?.[1] ?? null };
}

function statedCount(text: string, kind: RegExp): number | null {
  for (const match of text.matchAll(STATED)) {
    if (match[2] !== undefined && kind.test(match[2]) && match[1] !== undefined)
      return numberFromWords(match[1]);
  }
  return null;
}

export function extractMetadata(raws: readonly Raw[], lines: readonly Line[], text: string): Metadata {
  const edges = [
    ...lines.slice(0, HEAD_LINES),
    ...lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES)),
  ];
  // Lines of one paragraph joined, paragraphs on their own lines: wrapped phrases read whole.
  const edgeText = edges
    .map((l, i) => (i > 0 && l.gapBefore === 0 && !l.pageBreakBefore ? ' ' : '\n') + l.text)
    .join('');
  const all = fields(edges);
  const warnings: string[] = [];

  const { title, prefix } = findTitle(all, lines, edgeText);
  const published = publishedPhrase(edgeText);
  // A response page's own "Published on:" is when the response went up; the report's date is in the text.
  const head = edgeText.slice(0, 2000);
  const answered = RESPONSE_TITLE.test(head)
    ? REPORT_PUBLISHED.exec(edgeText)?.[1]
    : // A letter answering a report names it: "Your ref: Regulation 28 report dated 4 June 2021".
      YOUR_REPORT.exec(head)?.[1];
  const keyed = answered ?? field(all, PUBLISHED_KEY) ?? published.day;
  const printed =
    (keyed === null ? null : readPrintedDate(keyed)) ??
    dateBeforeSalutation(lines.slice(0, HEAD_LINES)) ??
    readPrintedDate(field(all, DATE_KEY) ?? '') ??
    readPrintedDate(edges.map((l) => DATE_LINE.exec(l.text)?.[1]).find((d) => d !== undefined) ?? '') ??
    readPrintedDate(DATED.exec(edgeText)?.[1] ?? '') ??
    tableDate(raws) ??
    readPrintedDate(edges.map((l) => SECTION_NINE.exec(l.text)?.[1]).find((d) => d !== undefined) ?? '') ??
    signedDate(lines) ??
    readPrintedDate(
      REPORT_ISSUED.exec(edgeText)
        ?.slice(1)
        .find((d) => d !== undefined) ?? '',
    );
  // "Published August 2022" with no day: a letter's or an export's date is not the report's either.
  const cover = printed === null ? firstLinesDate(raws) : { date: null, month: null };
  const month = keyed === null ? (published.month ?? cover.month) : null;
  const publishedOn = month !== null ? null : (printed ?? cover.date);
  if (month !== null)
    warnings.push(
      `the publication date is printed as a month only (${month}): give the day, e.g. import published 15 ${month}`,
    );
  else if (publishedOn === null) warnings.push('no publication date found: relative deadlines have no date');
  else if (printed === null) warnings.push('publication date taken from the first lines; check it');

  const publisher = findPublisher(edgeText, all, prefix);
  const section55 = mentionsSection55(text, publisher, title);
  let section55Due: IsoDate | null = null;
  if (section55 && publishedOn !== null) {
    try {
      section55Due = addDays(publishedOn, 56);
    } catch {
      warnings.push('publication date out of range');
    }
  }
  if (section55 && publishedOn === null)
    warnings.push('section 55 applies but its due date needs the publication date');
  return {
    title: title === '' ? null : title,
    publisher,
    publishedOn,
    link: findLink(all, lines) ?? furnitureLink(raws),
    section55,
    section55Due,
    stated: {
      recommendations: statedCount(edgeText, /^recommendations$/i),
      areasForImprovement: statedCount(edgeText, /^areas/i),
    },
    warnings,
  };
}
