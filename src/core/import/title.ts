import type { Line } from './clean-text.ts';
import { type Field, field } from './fields.ts';
import { matchLabel } from './labels.ts';
import { readPrintedDate } from './printed-date.ts';
import type { Raw } from './raw-lines.ts';
import { squash, startsLower, wordCount } from './text-util.ts';

const TITLE_KEY =
  /^(?:(?:inspection|report|document|review|audit)\s+(?:title|name)|title(?:\s+of\s+(?:the\s+)?(?:report|paper|document|inspection))?|subject|re|report|name of (?:the )?report)$/i;
const REGULATION_28 =
  /\bregulation\s+28\b|\breports?\s+to\s+prevent\s+future\s+deaths\b|\bprevention\s+of\s+future\s+deaths?\s+report\b/i;
const DECEASED_KEY = /^(?:deceased(?:'s)?(?:\s+name)?|name\s+of\s+(?:the\s+)?deceased)$/i;
const PERSON = "[A-Z][A-Za-z'’-]+(?:\\s+[A-Z][A-Za-z'’-]+){1,3}";
// One report may be about two people: "Brandon Pryde and David Faulkner".
const NAME = `${PERSON}(?:\\s+and\\s+${PERSON})?`;
// "REGULATION 28 REPORT - HANNAH WARREN", "Report to Prevent Future Deaths - Alexander Lewis".
const NAMED_AFTER_FORM = new RegExp(
  `\\bPREVENT\\s+FUTURE\\s+DEATHS\\s*[-–—:]\\s*(${NAME})|\\bREGULATION\\s+28\\s+REPORT\\s*[-–—:]\\s*(${NAME})`,
  'i',
);
const DEATH_OF = new RegExp(`\\binto\\s+the\\s+death\\s+of\\s+(${NAME})`);
// A letterhead: an address with a postcode, a street, a telephone number or an email address.
const ADDRESS =
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b(?:street|road|lane|avenue|house|square|tel(?:ephone)?|e-?mail)\b|@/i;
// "Section 55 ... response to HMICFRS report: 'Finding time for crime'": the quoted words are the title.
// Double quotes first: they may hold single ones ("A review of 'Fraud: Time to choose'").
const QUOTED = [/["“]([^"“”]{12,240}?)["”](?=[\s).,;:]|$)/, /['‘]([^'‘’]{12,240}?)['’](?=[\s).,;:]|$)/];

const DOCUMENT_KIND =
  /\b(?:report|inspection|review|audit report|response|tracker|log|action plan|letter|recommendations|revisit|findings)\b/i;

const COVER_DETAIL = /^(?:(?:audit\s+plan\s+)?ref(?:erence)?|version|status|draft|classification)\b/i;

export type FoundTitle = { title: string; prefix: string | null };

// "HMICFRS – An inspection of ...": a publisher's acronym before a dash is not part of the title.
function splitTitle(raw: string): FoundTitle {
  const plain = raw.replace(/\s*\(\d\)$/, '').trim();
  const match = /^([A-Z][A-Za-z&]{1,9})\s+[–—-]\s+(.+)$/.exec(plain);
  return match?.[2] !== undefined
    ? { title: match[2], prefix: match[1] ?? null }
    : { title: plain, prefix: null };
}

function quoted(text: string): string | null {
  for (const pattern of QUOTED) {
    const inner = pattern.exec(text)?.[1];
    if (inner !== undefined && wordCount(inner) >= 3 && !/\s$/.test(inner)) return squash(inner);
  }
  return null;
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])([a-z])/g, (_, gap: string, c: string) => gap + c.toUpperCase());
}

/** A coroner's report is known by the person who died: "Amy Levy: Prevention of future deaths report". */
function coronersTitle(all: readonly Field[], text: string): string | null {
  if (!REGULATION_28.test(text)) return null;
  const named = NAMED_AFTER_FORM.exec(text);
  const name = field(all, DECEASED_KEY) ?? named?.[1] ?? named?.[2] ?? DEATH_OF.exec(text)?.[1] ?? null;
  if (name === null || wordCount(name) > 9) return null;
  return `${knownAs(squash(name))}: Prevention of future deaths report`;
}

const NOT_A_NAME = /^(?:mr|mrs|ms|miss|mx|dr|master|the|late|deceased)\.?$/i;

/**
 * The judiciary publishes a report under the first and last name of the person who died: "Mr Stefen Neil
 * BOSWELL" is "Stefen Boswell"; "Brandon Pryde and David Faulkner" keeps both people.
 */
function knownAs(name: string): string {
  return name
    .split(/\s+and\s+/)
    .map((person) => {
      const words = person.split(/\s+/).filter((w) => !NOT_A_NAME.test(w));
      const kept = words.length > 2 ? [words[0] ?? '', words[words.length - 1] ?? ''] : words;
      return kept.map(titleCase).join(' ');
    })
    .join(' and ');
}

// A page's one top-level Markdown heading is its title.
const MARKDOWN_H1 = /^# +(\S.*)$/;

function markdownTitle(raws: readonly Raw[]): string | null {
  const h1 = raws.slice(0, 200).flatMap((r) => {
    const m = MARKDOWN_H1.exec(r.original);
    return m ? [squash(m[1] ?? '')] : [];
  });
  return h1.length === 1 && wordCount(h1[0] ?? '') <= 30 ? (h1[0] ?? null) : null;
}

function breadcrumb(lines: readonly Line[]): string | null {
  for (const [k, line] of lines.slice(0, 40).entries()) {
    const parts = line.text.split(/\s+[>›»]\s+/);
    const last = parts[parts.length - 1]?.trim() ?? '';
    if (parts.length < 3) continue;
    // A trail whose last step is a link leads to the page's section, not to the page itself.
    if (/^\[.*\]\(.*\)$/.test(last)) return null;
    // The page's own heading under the trail is its title; the trail's last step is often shortened.
    const next = lines[k + 2];
    const below = `${lines[k + 1]?.text ?? ''}${next?.gapBefore === 0 && startsLower(next.text) ? ` ${next.text}` : ''}`;
    const heading =
      wordCount(below) <= 15 &&
      !/[.:]$/.test(below) &&
      readPrintedDate(below) === null &&
      !/:\s/.test(below.slice(0, 12));
    // A heading wrapped onto two lines starts like the trail's step; the step is then the whole title.
    const wrapped = last.toLowerCase().startsWith(below.toLowerCase());
    return heading && !wrapped && wordCount(below) >= 3 ? below : last;
  }
  return null;
}

/** A letter's subject line, the first line after "Dear ...": the report it answers, quoted or not. */
function letterSubject(lines: readonly Line[]): string | null {
  const dear = lines.slice(0, 60).findIndex((l) => /^dear\s/i.test(l.text));
  const subject = dear < 0 ? undefined : lines[dear + 1]?.text;
  if (subject === undefined || wordCount(subject) > 45 || /[.!?]$/.test(subject)) return null;
  return quoted(subject) ?? subject.replace(/^re\s*:\s*/i, '');
}

const FILE_NAME = /\.(?:pdf|docx?|xlsx?|odt|pptx?|rtf)\b/i;

/** A cover page's title: its first group of lines, and a second short one ("An inspection of ..."). */
function coverTitle(lines: readonly Line[]): string | null {
  const groups: string[] = [];
  let current: string[] = [];
  for (const line of lines.slice(0, 30)) {
    if (current.length > 0 && (line.gapBefore > 0 || line.pageBreakBefore)) {
      groups.push(current.join(' '));
      current = [];
      if (groups.length >= 4) break;
    }
    // "Audit plan reference 19/20-DMW", "Version 3": a cover's reference lines are not part of its title.
    if (current.length === 0 || !COVER_DETAIL.test(line.text)) current.push(line.text);
  }
  if (current.length > 0) groups.push(current.join(' '));
  // A letterhead is who sends the paper, not what it is about.
  // A viewer's "Letter May 2024.pdf  Download Print Close" names the file, and "Sent on 21 May 2024" dates it.
  const content = groups.filter(
    (g) =>
      !ADDRESS.test(g) &&
      !/^(?:https?:\/\/|www\.)\S+$/.test(g) &&
      !FILE_NAME.test(g) &&
      !(/^(?:sent|dated|date|received)\b/i.test(g) && wordCount(g) <= 6 && readPrintedDate(g) !== null),
  );
  const titleLike = (g: string, max: number) =>
    wordCount(g) <= max && !/[.!?:]$/.test(g) && readPrintedDate(g) === null && matchLabel(g) === null;
  // "WESSEX POLICE ... INTERNAL AUDIT SERVICE" over "Demand Management ... - Final Internal Audit Report":
  // the group that names a kind of document is the title, the one above it who wrote it.
  const named = content.findIndex((g) => DOCUMENT_KIND.test(g) && titleLike(g, 25));
  if (named > 0 && !DOCUMENT_KIND.test(content[0] ?? '')) content.splice(0, named);
  const [first, second] = content;
  if (first === undefined || !titleLike(first, 25) || first.endsWith(':')) return null;
  // "1. Purpose" under the title is the paper's first section; "Dear Chief Constable," its letter's start.
  const subtitle =
    second !== undefined &&
    titleLike(second, 12) &&
    !/^\d{1,2}(?:\.\d{1,2})*\.?\s/.test(second) &&
    !/^dear\s/i.test(second);
  return subtitle ? `${first}: ${second}` : first;
}

/** The document's title, and a publisher's acronym printed before it ("HMICFRS – ..."). */
export function findTitle(
  all: readonly Field[],
  lines: readonly Line[],
  text: string,
  raws: readonly Raw[],
): FoundTitle {
  const keyed = field(all, TITLE_KEY);
  const chosen =
    coronersTitle(all, text) ??
    (keyed === null ? null : (quoted(keyed) ?? keyed)) ??
    markdownTitle(raws) ??
    breadcrumb(lines) ??
    letterSubject(lines) ??
    coverTitle(lines) ??
    lines[0]?.text ??
    '';
  return splitTitle(chosen);
}
