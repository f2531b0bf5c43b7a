import { type DateContext, parseDate } from '../dates/index.ts';
import { problem } from '../reply/reply.ts';
import { KEY_PATTERN } from './commands.ts';
import { firstUrl, takeQuoted } from './normalize.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';

export const REPORT_NEW_EXAMPLE =
  'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55';

const NO_TITLE = 'A new report needs a title, in quotes.';

const CLAUSE = /\b(key|published on|published|publisher|link|url|s55|section\s*55|no s55|not s55)\b/gi;

/** `report new "Title" key K published DATE publisher P s55 link URL`, clauses in any order. */
export function parseReportNew(body: string, ctx: DateContext): ParseOutcome {
  // Nothing after `report new`: the fields are asked for, in a form where the platform has one.
  if (body.trim() === '') {
    const reply = problem('report.no_title', NO_TITLE, REPORT_NEW_EXAMPLE);
    return { ok: false, reply: { ...reply, form: { kind: 'report_new' } } };
  }
  const { title, rest } = splitTitle(body);
  if (title === '') {
    return reject('report.no_title', NO_TITLE, REPORT_NEW_EXAMPLE);
  }

  const clauses = splitClauses(rest);
  if (clauses.leading !== '') {
    return reject(
      'report.unexpected',
      `I didn't understand "${clauses.leading}" after the title.`,
      REPORT_NEW_EXAMPLE,
    );
  }
  const key = clauses.values.get('key')?.toUpperCase();
  if (!key)
    return reject('report.no_key', 'Give the report a short key to refer to it by.', REPORT_NEW_EXAMPLE);
  if (!KEY_PATTERN.test(key)) {
    return reject(
      'report.bad_key',
      `"${key}" can't be a key: use 2 to 16 letters and digits, starting with a letter (no spaces or dashes).`,
      REPORT_NEW_EXAMPLE,
    );
  }
  let publishedOn: string | null = null;
  const published = clauses.values.get('published');
  if (published !== undefined) {
    const parsed = parseDate(published, ctx, 'past');
    if (!parsed)
      return reject(
        'date.unreadable',
        `I couldn't read "${published}" as the publication date.`,
        REPORT_NEW_EXAMPLE,
      );
    publishedOn = parsed.date;
  }
  const section55 = clauses.flags.has('s55');
  if (section55 && !publishedOn) {
    return reject(
      'report.s55_needs_date',
      'A section 55 report needs its publication date: the response is due 56 days after it.',
      REPORT_NEW_EXAMPLE,
    );
  }
  const linkText = clauses.values.get('link');
  const link = linkText === undefined ? null : firstUrl(linkText);
  if (linkText !== undefined && link === null) {
    return reject(
      'report.bad_link',
      `"${linkText}" is not a web address.`,
      'report new "Online CSAE inspection" key OSAEC23 link https://example.org/report',
    );
  }
  return accept({
    type: 'report_new',
    title,
    key,
    publishedOn,
    publisher: clauses.values.get('publisher') || null,
    section55,
    link,
  });
}

// A clause whose value may be quoted: a quoted string right after one of these is its value, not the title.
const VALUE_CLAUSE_END = /\b(?:key|published(?: on)?|publisher|link|url)\s*$/i;

/** The title, quoted or up to the first clause; or, when clauses come first, the quoted string among them. */
function splitTitle(body: string): { title: string; rest: string } {
  const quoted = takeQuoted(body);
  if (quoted) return { title: quoted.quoted, rest: quoted.rest };
  const titleEnd = body.search(CLAUSE);
  if (titleEnd === -1) return { title: body.trim(), rest: '' };
  if (titleEnd > 0) return { title: body.slice(0, titleEnd).trim(), rest: body.slice(titleEnd) };
  for (const match of body.matchAll(/"([^"]*)"/g)) {
    const before = body.slice(0, match.index);
    if (VALUE_CLAUSE_END.test(before)) continue;
    return { title: (match[1] ?? '').trim(), rest: `${before} ${body.slice(match.index + match[0].length)}` };
  }
  return { title: '', rest: body };
}

function splitClauses(text: string): { leading: string; values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const matches = [...text.matchAll(CLAUSE)];
  const leading = (matches[0] ? text.slice(0, matches[0].index) : text).trim();
  matches.forEach((match, i) => {
    const word = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    const value = text
      .slice(start, end)
      .trim()
      .replace(/^["']|["']$/g, '');
    if (word === 's55' || word.startsWith('section')) flags.add('s55');
    else if (word === 'no s55' || word === 'not s55') flags.delete('s55');
    else values.set(word.startsWith('published') ? 'published' : word === 'url' ? 'link' : word, value);
  });
  return { leading, values, flags };
}
