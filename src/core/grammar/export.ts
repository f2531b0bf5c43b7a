import { type DateContext, parseDate } from '../dates/index.ts';
import { type DocumentFormat, EXPORT_KINDS, type ExportKind, KEY_PATTERN } from './commands.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';

/*
 * `export OSAEC23 response`, `export OSAEC23 response docx`, `export all csv`, `export xlsx`,
 * `export json`, `export pack since 12 March`, and `restore` (with a JSON backup). `import csv` is
 * with the other import words (import.ts).
 */

type Rule = { pattern: RegExp; parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome };

export const EXPORT_EXAMPLE = 'export OSAEC23 response';

const FORMAT_WORDS: Record<string, DocumentFormat> = {
  md: 'md',
  markdown: 'md',
  html: 'html',
  web: 'html',
  docx: 'docx',
  word: 'docx',
};

// What each kind can be written as; a kind with one format ignores none of the words typed.
const FORMATS_OF: Record<ExportKind, readonly DocumentFormat[]> = {
  response: ['md', 'html', 'docx'],
  pack: ['html', 'docx'],
  csv: [],
  xlsx: [],
  json: [],
};

const USAGE =
  'Say what to export: export KEY response (the section 55 response: .docx, .md, .html), export KEY csv, export all xlsx, export json (a backup), export pack since 12 March.';

export const EXPORT_RULES: Rule[] = [
  { pattern: /^export(?:\s+(.*))?$/is, parse: (m, ctx) => parseExport(m[1] ?? '', ctx) },
  { pattern: /^restore(?:\s+(?:from\s+)?(?:backup|json))?$/i, parse: () => accept({ type: 'restore' }) },
];

function parseExport(rest: string, ctx: DateContext): ParseOutcome {
  const sinceAt = /\bsince\s+(.+)$/i.exec(rest);
  let since: string | null = null;
  if (sinceAt) {
    const date = parseDate(sinceAt[1] ?? '', ctx, 'past');
    if (!date) {
      return reject(
        'export.since',
        `I couldn't read "${sinceAt[1]}" as a date. Say since when, like since 12 March 2026.`,
        'export pack since 12 March 2026',
      );
    }
    since = date.date;
  }
  const words = (sinceAt ? rest.slice(0, sinceAt.index) : rest)
    .split(/[\s,]+|\band\b/i)
    .filter((w) => w !== '' && !/^(?:as|in|to|the|for|of|a)$/i.test(w));
  let key: string | null = null;
  let kind: ExportKind | null = null;
  const formats: DocumentFormat[] = [];
  for (const word of words) {
    const lower = word.toLowerCase().replace(/^\./, '');
    if (lower === 'all' || lower === 'everything') continue;
    if ((EXPORT_KINDS as readonly string[]).includes(lower)) kind = lower as ExportKind;
    else if (lower === 'excel' || lower === 'spreadsheet') kind = 'xlsx';
    else if (lower === 'backup') kind = 'json';
    else if (lower === 'panel') kind = 'pack';
    else if (FORMAT_WORDS[lower]) formats.push(FORMAT_WORDS[lower]);
    else if (KEY_PATTERN.test(word.toUpperCase()) && key === null) key = word.toUpperCase();
    else
      return reject('export.unknown_word', `I don't know "${word}" in an export. ${USAGE}`, EXPORT_EXAMPLE);
  }
  // "export OSAEC23 docx": a document format alone means the response document.
  if (kind === null && formats.length > 0) kind = 'response';
  if (kind === null) return reject('export.usage', USAGE, key ? `export ${key} response` : EXPORT_EXAMPLE);
  if (kind === 'response' && key === null) {
    return reject(
      'export.response_needs_key',
      'A section 55 response is for one report: say which.',
      'export OSAEC23 response',
    );
  }
  if (kind === 'json' && key !== null) {
    return reject(
      'export.json_whole',
      'A JSON backup holds the whole workspace, so it restores to the same state; it is not made per report.',
      'export json',
    );
  }
  const allowed = FORMATS_OF[kind];
  const wrong = formats.find((f) => !allowed.includes(f));
  if (wrong) {
    const can = allowed.length > 0 ? `as ${allowed.join(', ')}` : 'in one format only';
    return reject(
      'export.format',
      `A ${kind} export is made ${can}, not ${wrong}.`,
      `export ${key ?? 'all'} ${kind}`,
    );
  }
  if (since !== null && kind !== 'pack') {
    return reject(
      'export.since_pack_only',
      '"since" says what a panel pack shows as changed.',
      'export pack since 12 March 2026',
    );
  }
  return accept({
    type: 'export',
    key,
    kind,
    formats: formats.length > 0 ? [...new Set(formats)] : null,
    since,
  });
}
