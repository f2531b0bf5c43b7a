import { addDays, type IsoDate } from '../dates/index.ts';
import { numberFromWords } from '../text/number-words.ts';
import type { Line } from './clean-text.ts';
import { field, fields } from './fields.ts';
import { matchLabel } from './labels.ts';
import { readPrintedDate } from './printed-date.ts';
import { findLink, findPublisher, mentionsSection55 } from './publisher.ts';
import type { Raw } from './raw-lines.ts';
import { wordCount } from './text-util.ts';

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
const TITLE_KEY =
  /^(?:(?:inspection|report|document|review|audit)\s+(?:title|name)|title(?:\s+of\s+(?:the\s+)?report)?|subject|re|name of (?:the )?report)$/i;
const PUBLISHED_KEY =
  /^(?:published(?:\s+on|\s+date)?|issued(?:\s+on)?|date\s+(?:of\s+)?(?:publication|issue)|publication\s+date|date\s+(?:published|issued))$/i;
// "9  Date 7 February 2024": a form's date row without its colon.
const DATE_LINE =
  /^(?:\d{1,2}\s+)?(?:date|dated)\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/im;
const DATE_KEY = /^(?:date(?:\s+of\s+(?:the\s+)?(?:report|letter))?|report\s+date|dated)$/i;
const STATED =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty)\s+(recommendations|areas\s+for\s+improvement)\b/gi;

// "HMICFRS – An inspection of ...": a publisher's acronym before a dash is not part of the title.
function splitTitle(raw: string): { title: string; prefix: string | null } {
  const plain = raw.replace(/\s*\(\d\)$/, '').trim();
  const match = /^([A-Z][A-Za-z&]{1,9})\s+[–—-]\s+(.+)$/.exec(plain);
  return match?.[2] !== undefined
    ? { title: match[2], prefix: match[1] ?? null }
    : { title: plain, prefix: null };
}

function breadcrumb(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 40)) {
    const parts = line.text.split(/\s+[>›»]\s+/);
    if (parts.length >= 3) return parts[parts.length - 1]?.trim() ?? null;
  }
  return null;
}

/** A cover page's title: its first group of lines, and a second short one ("An inspection of ..."). */
function coverTitle(lines: readonly Line[]): string | null {
  const groups: string[] = [];
  let current: string[] = [];
  for (const line of lines.slice(0, 30)) {
    if (current.length > 0 && (line.gapBefore > 0 || line.pageBreakBefore)) {
      groups.push(current.join(' '));
      current = [];
      if (groups.length >= 3) break;
    }
    current.push(line.text);
  }
  if (current.length > 0) groups.push(current.join(' '));
  const titleLike = (g: string, max: number) =>
    wordCount(g) <= max && !/[.!?:]$/.test(g) && readPrintedDate(g) === null && matchLabel(g) === null;
  const [first, second] = groups;
  if (first === undefined || !titleLike(first, 25) || first.endsWith(':')) return null;
  return second !== undefined && titleLike(second, 12) ? `${first}: ${second}` : first;
}

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
function firstLinesDate(raws: readonly Raw[]): IsoDate | null {
  const first = raws.filter((r) => !r.blank).slice(0, 5);
  for (const raw of first) {
    if (wordCount(raw.text) > 15 || /\b(?:by|before|until|within|due|should)\b/i.test(raw.text)) continue;
    const date = readPrintedDate(raw.text);
    if (date) return date;
  }
  return null;
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

  const { title, prefix } = splitTitle(
    field(all, TITLE_KEY) ?? breadcrumb(lines) ?? coverTitle(lines) ?? lines[0]?.text ?? '',
  );
  // "Published on 12 January 2024 by HMICFRS." opens many documents, capital and all.
  const publishedPhrase = /\b[Pp]ublished\s+(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/.exec(
    edgeText,
  )?.[1];
  const keyed = field(all, PUBLISHED_KEY) ?? publishedPhrase ?? null;
  const printed =
    (keyed === null ? null : readPrintedDate(keyed)) ??
    dateBeforeSalutation(lines.slice(0, HEAD_LINES)) ??
    readPrintedDate(field(all, DATE_KEY) ?? '') ??
    readPrintedDate(DATE_LINE.exec(edgeText)?.[1] ?? '');
  const publishedOn = printed ?? firstLinesDate(raws);
  if (publishedOn === null) warnings.push('no publication date found: relative deadlines have no date');
  else if (printed === null) warnings.push('publication date taken from the first lines; check it');

  const publisher = findPublisher(edgeText, all, prefix);
  const section55 = mentionsSection55(text, publisher);
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
    link: findLink(all, lines),
    section55,
    section55Due,
    stated: {
      recommendations: statedCount(edgeText, /^recommendations$/i),
      areasForImprovement: statedCount(edgeText, /^areas/i),
    },
    warnings,
  };
}
