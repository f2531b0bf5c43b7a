import { type DateContext, parseDate } from '../dates/index.ts';
import { KEY_PATTERN } from './commands.ts';
import { isQuotedItemEdit, parseItemEdit } from './import-items.ts';
import { normalize, takeQuoted } from './normalize.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';
import { readRefs } from './refs.ts';

export const IMPORT_USAGE =
  'import confirm OSAEC23 | import cancel | import key OSAEC23 | import title "..." | ' +
  'import published 5 April 2023 | import show 5 | import text 5 "..." | import due 5 31 March 2026 | ' +
  'import merge 3 4 | import split 5 after "..." | import add "..." | import ours 15 | import drop 15 | ' +
  'import preview';

// "report import", "import", after the prefixes normalize() would drop. The word must end there, so
// "imports" and "important" are not it.
const HEAD =
  /^[\s\u00A0]*(?:(?:\/recs|@?rectrack|hey rectrack|hi rectrack)\b[\s,:]*)?(?:please\s+)?(report\s+)?import(?![\p{L}\p{N}_-])[ \t]*:?/iu;

export type ImportBody = { explicit: boolean; body: string };

/**
 * An import command, split off before normalize() so a pasted document keeps its lines. `explicit`
 * is "report import", whose single-line remainder is still taken as a document.
 */
export function splitImport(input: string): ImportBody | null {
  const head = HEAD.exec(input);
  if (!head) return null;
  return { explicit: head[1] !== undefined, body: input.slice(head[0].length) };
}

type SubRule = { pattern: RegExp; parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome };

const KEY = '([A-Za-z][A-Za-z0-9-]{0,20})';

const SUBCOMMANDS: SubRule[] = [
  // A spreadsheet of items (uploaded with the command), not a report: each row names its item.
  {
    pattern: /^(csv|xlsx|excel|spreadsheet)$/i,
    parse: (m) => accept({ type: 'import_table', format: /^csv$/i.test(m[1] ?? '') ? 'csv' : 'xlsx' }),
  },
  {
    pattern: new RegExp(
      `^(?:confirm(?:ed)?|save|yes)(?:\\s+(?:as\\s+)?(?!anyway$)${KEY})?(\\s+anyway)?$`,
      'i',
    ),
    parse: (m) => {
      if (m[1] === undefined) return accept({ type: 'import_confirm', key: null, anyway: Boolean(m[2]) });
      return withKey(m[1], (key) => accept({ type: 'import_confirm', key, anyway: Boolean(m[2]) }));
    },
  },
  { pattern: /^(?:cancel|abort|stop|discard|no)$/i, parse: () => accept({ type: 'import_cancel' }) },
  { pattern: /^(?:preview|show|again|show preview)$/i, parse: () => accept({ type: 'import_preview' }) },
  {
    pattern: new RegExp(`^key\\s+${KEY}$`, 'i'),
    parse: (m) => withKey(m[1] ?? '', (key) => accept({ type: 'import_key', key })),
  },
  {
    pattern: /^key\b/i,
    parse: () => reject('import.usage', 'Give the key to save under.', 'import key OSAEC23'),
  },
  {
    pattern: /^title\s*:?\s*(.*)$/i,
    parse: (m) => {
      const title = unquote(m[1] ?? '');
      if (title === '')
        return reject('import.usage', 'Give the title after "title".', 'import title "Title"');
      return accept({ type: 'import_title', title });
    },
  },
  {
    pattern: /^publisher\s*:?\s*(.*)$/i,
    parse: (m) => {
      const publisher = unquote(m[1] ?? '');
      if (publisher === '') return reject('import.usage', 'Who published it?', 'import publisher HMICFRS');
      return accept({ type: 'import_publisher', publisher });
    },
  },
  {
    pattern: /^(?:published(?:\s+on)?|publication date|date)\s*:?\s*(.*)$/i,
    parse: (m, ctx) => {
      const parsed = parseDate(m[1] ?? '', ctx, 'past');
      if (!parsed) {
        return reject(
          'date.unreadable',
          `I couldn't read "${m[1] ?? ''}" as the publication date.`,
          'import published 5 April 2023',
        );
      }
      return accept({ type: 'import_published', date: parsed.date });
    },
  },
  { pattern: /^(?:drop|remove|skip|omit|leave out|exclude)\s*(.*)$/i, parse: (m) => parseDrop(m[1] ?? '') },
];

/** What follows "import": a subcommand on one line, or the document itself. */
export function parseImport({ explicit, body }: ImportBody, ctx: DateContext): ParseOutcome {
  if (body.trim() === '') return accept({ type: 'import_start' });
  // A newline typed inside an edit's quotes is a space, not the start of a document.
  const quotedEdit = isQuotedItemEdit(body);
  if (/[\r\n]/.test(body.trim()) && !quotedEdit)
    return accept({ type: 'import_document', text: body.trim() });
  const line = normalize(body);
  for (const rule of SUBCOMMANDS) {
    const match = rule.pattern.exec(line);
    if (match) return rule.parse(match, ctx);
  }
  const edit = parseItemEdit(line, body.replace(/[\s\u00A0]+/g, ' ').trim(), ctx);
  if (edit) return edit;
  if (/^\S+\.(?:docx?|pdf|txt|md|markdown|rtf|odt)$/i.test(line)) {
    return reject(
      'import.file_name',
      `I can't open "${line}" by its name: upload the file with your message, or paste its text.`,
      'report import (then paste the text)',
    );
  }
  if (explicit) return accept({ type: 'import_document', text: body.trim() });
  return reject(
    'import.usage',
    `I don't know "import ${line}". With an import waiting, you can say:`,
    IMPORT_USAGE,
  );
}

function withKey(typed: string, use: (key: string) => ParseOutcome): ParseOutcome {
  const key = typed.toUpperCase();
  if (KEY_PATTERN.test(key)) return use(key);
  return reject(
    'report.bad_key',
    `"${typed}" can't be a key: use 2 to 16 letters and digits, starting with a letter (no spaces or dashes).`,
    'import confirm OSAEC23',
  );
}

function unquote(text: string): string {
  return (takeQuoted(text)?.quoted ?? text).trim();
}

/** "15", "15, 16 and A2", "OSAEC23-15": the refs as the preview shows them. */
function parseDrop(text: string): ParseOutcome {
  const refs = readRefs(text);
  if (refs.ok) return accept({ type: 'import_drop', refs: refs.refs });
  return reject(
    'import.bad_ref',
    refs.bad === null ? 'Say which items to leave out.' : `"${refs.bad}" is not an item of the preview.`,
    'import drop 15, A2',
  );
}
