import type { Line } from './clean-text.ts';
import { type Field, field } from './fields.ts';
import type { Raw } from './raw-lines.ts';
import { squash } from './text-util.ts';

const PUBLISHER_KEY = /^(?:publisher|published by|issued by|inspectorate|inspected by)$/i;
const LINK_KEY = /^(?:link(?:\s+to\s+(?:the\s+)?report)?|url|web\s*link|report\s+link|source|available at)$/i;
const URL = /\bhttps?:\/\/[^\s<>"'()[\]]+|\bwww\.[a-z0-9-]+\.[^\s<>"'()[\]]+/gi;
// Bodies whose reports people track, longest spelling first where one contains another.
const KNOWN_PUBLISHERS = [
  "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
  "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
  'HM Inspectorate of Constabulary and Fire & Rescue Services',
  "His Majesty's Inspector of Constabulary",
  "Her Majesty's Inspector of Constabulary",
  'HM Inspector of Constabulary',
  'HMICFRS',
  'HM Inspectorate of Probation',
  'HM Inspectorate of Prisons',
  'HMI Probation',
  'HMI Prisons',
  'HMICS',
  'HMIC',
  'Care Quality Commission',
  'CQC',
  'Ofsted',
  'Estyn',
  'Independent Office for Police Conduct',
  'IOPC',
  'National Audit Office',
  'Public Accounts Committee',
  'Committee of Public Accounts',
  'Home Affairs Committee',
  'Internal Audit Service',
  'Audit Wales',
  'Audit Scotland',
  'College of Policing',
];
const CORONER =
  /\b((?:Senior|Area|Assistant|HM)\s+Coroner\s+for\s+(?:the\s+coroner\s+area\s+of\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w'’-]*)*)/;
const REPORT_OF = /^report\s+of\s+(?:the\s+)?([A-Z][^,.;:\n]{2,80})/im;
const POLICE_INSPECTORATE = /\bHMICFRS\b|\bHMIC\b|Inspectorate of Constabulary|Inspector of Constabulary/;

export function findPublisher(head: string, all: readonly Field[], prefix: string | null): string | null {
  const keyed = field(all, PUBLISHER_KEY);
  if (keyed) return keyed;
  // "published by HMICFRS in October 2019, can be read ...": the name stops before its date or clause.
  // "The responses will be published by the Chief Coroner" speaks of other papers.
  const by =
    /(?<!\bwill\s+be\s+)\bpublished\s+by\s+((?:[A-Z]|the\s+[A-Z])[^.;:\n]{2,150}?)(?=[.;:,\n]|\s+(?:in|on|at|from)\s|$)/.exec(
      head,
    );
  if (by?.[1]) return squash(by[1]).replace(/^the\s+/i, '');
  // Names wrap across lines on covers; compare them with the lines joined, and one apostrophe for both.
  const flat = squash(head).replace(/’/g, "'");
  const lower = flat.toLowerCase();
  let best: { name: string; at: number } | null = null;
  for (const name of KNOWN_PUBLISHERS) {
    // Covers print names in capitals ("INTERNAL AUDIT SERVICE"); an acronym must match as printed.
    const at = name.includes(' ') ? lower.indexOf(name.toLowerCase()) : flat.indexOf(name);
    if (at >= 0 && (best === null || at < best.at)) best = { name, at };
  }
  if (best) return best.name;
  const coroner = CORONER.exec(flat)?.[1];
  if (coroner) return coroner;
  return REPORT_OF.exec(head)?.[1]?.trim() ?? prefix;
}

const NEGATION = /\b(?:not|no|neither|nor|never)\b|n't\b/i;

/**
 * Section 55 applies to HMICFRS reports on a force, and where the document says so ("section 55", or a
 * 56-day deadline for the police and crime commissioner); never where it says it does not.
 */
export function mentionsSection55(text: string, publisher: string | null, title: string | null): boolean {
  let said = false;
  // A form's "Type: ... (Wessex Police was not one of the forces visited)" is a line of its own, not part
  // of the sentence above it that names section 55.
  for (const sentence of text.split(/(?<=[.!?])\s+|\n(?=\s*[A-Z][\w ()'’]{0,30}:\s)/)) {
    const s55 = /\bsection\s*5[45]\b|\bs\.?\s?55\b/i.test(sentence);
    const pcc =
      /\b56\s+days\b/i.test(sentence) &&
      /\b(?:pcc|police and crime commissioner|policing bod)/i.test(sentence);
    if (!s55 && !pcc) continue;
    if (NEGATION.test(sentence)) return false;
    if (/\bsection\s*55\b|\bs\.?\s?55\b/i.test(sentence) || pcc) said = true;
  }
  // The inspectorate also inspects fire and rescue services, whose reports section 55 does not cover.
  const fire = title !== null && /\bfire\s+(?:and|&)\s+rescue\b/i.test(title) && !/\bpolic/i.test(title);
  return said || (!fire && publisher !== null && POLICE_INSPECTORATE.test(publisher));
}

/** Re-joins a URL wrapped at a "/" or "-" onto the next line: ".../hmicfrs/" + "publications/peel-...". */
function urlsOf(lines: readonly Line[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    for (const match of line.text.matchAll(URL)) {
      let url = match[0].replace(/[.,;:]+$/, '');
      const atEnd = match.index + match[0].length === line.text.length;
      const next = lines[i + 1]?.text ?? '';
      if (atEnd && /[/-]$/.test(url) && /^[\w\-./~%?=&#]+$/.test(next) && /[/-]/.test(next)) url += next;
      out.push(url.replace(/[.,;:]+$/, ''));
    }
  });
  return out;
}

// A report's own address has a path; a site root ("www.example/hmicfrs") is not the report.
function isReportAddress(url: string): boolean {
  const path = url
    .replace(/^https?:\/\//i, '')
    .split('/')
    .slice(1)
    .filter((s) => s !== '');
  return path.length >= 2;
}

export function findLink(all: readonly Field[], lines: readonly Line[], raws: readonly Raw[]): string | null {
  const keyed = field(all, LINK_KEY);
  const keyedUrl = keyed === null ? null : (keyed.match(URL)?.[0] ?? null);
  if (keyedUrl) return keyedUrl.replace(/[.,;:]+$/, '');
  return urlsOf(lines).find(isReportAddress) ?? furnitureLink(raws);
}

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
