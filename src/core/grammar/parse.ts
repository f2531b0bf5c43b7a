import type { DateContext } from '../dates/index.ts';
import { ADD_EXAMPLE, parseAddItem } from './add-item.ts';
import { withTypedText } from './as-typed.ts';
import { askingAboutMany } from './ask-many.ts';
import { parseBulk } from './bulk.ts';
import { MAX_ITEMS_AT_ONCE } from './commands.ts';
import { DIGEST_RULES } from './digest.ts';
import { EXPORT_RULES } from './export.ts';
import { parseImport, splitImport } from './import.ts';
import { parseItemIntent, severalOutcome } from './item-intent.ts';
import { parseListFilter } from './list-filter.ts';
import { normalize } from './normalize.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';
import { MORE_RULE, splitPage, withPage } from './paging.ts';
import { parsePerson } from './people.ts';
import { canonicalRefs, findItemRef } from './refs.ts';
import { parseReportNew } from './report-new.ts';
import { SEARCH_RULES } from './search.ts';
import { S55_RULES } from './section55.ts';
import { matchStatusWords } from './status-words.ts';
import { closestCommand, commandExample } from './suggest.ts';

type Rule = { pattern: RegExp; parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome };

const KEY = '([A-Za-z][A-Za-z0-9]{1,15})';
// Whose response: "pcc: text", "pcc text" or "pcc response: text" (the item form's wording).
const WHO = "(force|pcc)\\b(?:'s)?(?:\\s+response(?=\\s*:))?";

/** Commands that start with a keyword. Anything else goes through the item-reference reader. */
const RULES: Rule[] = [
  {
    pattern: /^(?:help|\?|commands|what can you do)(?:\s+(.+))?$/i,
    parse: (m) => accept({ type: 'help', topic: m[1]?.toLowerCase() ?? null }),
  },
  // People greet a bot before they ask it anything; answer with the overview rather than "unknown".
  {
    pattern: /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|start|get started)(?:\s+there)?$/i,
    parse: () => accept({ type: 'help', topic: null }),
  },

  {
    pattern: /^(?:reports|report list|list reports|list|open reports|report)$/i,
    parse: () => accept({ type: 'report_list' }),
  },
  {
    pattern: /^(?:report\s+(?:new|add|create|register)|new report)\b\s*(.*)$/is,
    parse: (m, ctx) => parseReportNew(m[1] ?? '', ctx),
  },
  {
    pattern: new RegExp(
      `^(?:report\\s+(?:delete|remove)|(?:delete|remove)\\s+report)\\s+${KEY}(\\s+confirm(?:ed)?)?$`,
      'i',
    ),
    parse: (m) =>
      accept({ type: 'report_delete', key: (m[1] ?? '').toUpperCase(), confirmed: Boolean(m[2]) }),
  },
  {
    // "OSAEC23 report" puts the key first; there it needs a digit, so "this report" names no report.
    pattern: new RegExp(
      `^(?:report|show report|show)\\s+${KEY}$|^(?=${KEY}\\s)([A-Za-z]+\\d[A-Za-z0-9]*)\\s+report$`,
      'i',
    ),
    parse: (m) => accept({ type: 'report_show', key: (m[1] ?? m[2] ?? '').toUpperCase() }),
  },
  { pattern: /^add\b\s*(.*)$/is, parse: (m) => parseAddItem(m[1] ?? '') },
  {
    pattern: new RegExp(`^respond\\s+${KEY}(?:-([A-Za-z]{0,3}\\d{1,4}))?\\s+${WHO}\\s*:?\\s*(.*)$`, 'is'),
    parse: (m) => {
      const text = (m[4] ?? '').trim();
      if (text === '')
        return reject(
          'respond.empty',
          'The response text is empty.',
          'respond OSAEC23-5 force: we accept this recommendation',
        );
      const item = m[2]?.toUpperCase() ?? null;
      return accept({
        type: 'respond',
        key: (m[1] ?? '').toUpperCase(),
        item,
        who: m[3]?.toLowerCase() === 'pcc' ? 'pcc' : 'force',
        text,
      });
    },
  },
  {
    pattern: /^respond\b/i,
    parse: () =>
      reject(
        'respond.usage',
        'Say which item (or report), whose response (force or pcc), then the text.',
        'respond OSAEC23-5 force: we accept this recommendation',
      ),
  },
  {
    pattern: new RegExp(
      `^(?:show\\s+)?responses?\\s+(?:for\\s+|to\\s+)?${KEY}(?:-([A-Za-z]{0,3}\\d{1,4}))?$`,
      'i',
    ),
    parse: (m) =>
      accept({ type: 'responses_show', key: (m[1] ?? '').toUpperCase(), item: m[2]?.toUpperCase() ?? null }),
  },
  { pattern: /^(?:make\s+)?admin\s+(.+)$/i, parse: (m) => parseAdmin(m[1] ?? '') },
  { pattern: /^make\s+(.+?)\s+(?:an\s+)?admin$/i, parse: (m) => parseAdmin(m[1] ?? '') },
  { pattern: /^settings$/i, parse: () => accept({ type: 'settings' }) },
  {
    pattern: /^set\s+(?:time ?zone|tz)\s+(\S+)$/i,
    parse: (m) => accept({ type: 'set_time_zone', timeZone: m[1] ?? '' }),
  },
  {
    pattern: /^set\s+revisions?(?:\s+limit)?\s+(\d{1,2}|off|none|unlimited)$/i,
    parse: (m) =>
      accept({ type: 'set_revision_limit', limit: /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : null }),
  },
  {
    pattern: /^set\s+due[- ]?soon\s+(\d{1,2})(?:\s*days?)?$/i,
    parse: (m) => {
      const days = Number(m[1]);
      if (days < 1 || days > 90) {
        return reject(
          'settings.due_soon_range',
          'The amber window is between 1 and 90 days.',
          'set due-soon 14',
        );
      }
      return accept({ type: 'set_due_soon', days });
    },
  },
  {
    pattern:
      /^set\s+(?:s55[- ]?comments|comments(?:[- ]due)?|cc[- ]comments)\s+(\d{1,3})(?:\s*days?)?(?:\s+before)?$/i,
    parse: (m) => {
      const days = Number(m[1]);
      if (days < 1 || days > 55) {
        return reject(
          'settings.s55_comments_range',
          "The chief constable's comments are due between 1 and 55 days before the section 55 response (which is due 56 days after publication).",
          'set s55-comments 21',
        );
      }
      return accept({ type: 'set_s55_comments', days });
    },
  },
  ...S55_RULES,
  ...DIGEST_RULES,
  ...SEARCH_RULES,
  ...EXPORT_RULES,
];

const USAGE: Record<string, string> = {
  settings: 'set timezone Europe/London | set revisions 1 | set due-soon 14 | set s55-comments 21',
  set: 'set timezone Europe/London | set revisions 1 | set due-soon 14 | set s55-comments 21',
  admin: 'admin @alice',
  history: 'history OSAEC23-5',
  assign: 'assign OSAEC23-5 @alice',
  'due soon': 'due soon 30 days',
};

/** Text as typed -> a validated command, or a reply saying what was expected. Never throws on input. */
export function parseCommand(input: string, ctx: DateContext): ParseOutcome {
  // Before normalize(), which would join a pasted document's lines into one.
  const imported = splitImport(input);
  if (imported) return parseImport(imported, ctx);
  return askingAboutMany(input, (typed) => {
    const outcome = parseTidied(normalize(typed), ctx);
    return outcome.ok ? { ok: true, command: withTypedText(outcome.command, typed) } : outcome;
  });
}

function parseTidied(text: string, ctx: DateContext): ParseOutcome {
  if (MORE_RULE.pattern.test(text)) return MORE_RULE.parse();
  const paged = splitPage(text);
  if (paged) return withPage(text, paged, (rest) => parseUnpaged(rest, ctx));
  return parseUnpaged(text, ctx);
}

function parseUnpaged(text: string, ctx: DateContext): ParseOutcome {
  if (text === '')
    return reject('command.empty', 'Tell me what to do. Type help to see everything I can do.', 'help');
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return rule.parse(match, ctx);
  }
  const bulk = parseBulk(text, ctx);
  if (bulk) return bulk;
  const list = parseListFilter(text, ctx);
  if (list) return list;
  const range = RANGE.exec(text);
  if (range) return parseRange(range);
  const found = findItemRef(canonicalRefs(text));
  if (found) return parseItemIntent(found, ctx);
  // "blocked on funding" is a status update that forgot to say which item: ask for the reference.
  if (matchStatusWords(text)) {
    const example = text.length > 60 ? 'OSAEC23-5 is done, all staff trained' : `OSAEC23-5 ${text}`;
    return reject('ref.missing', 'Which item? Start with its reference, like OSAEC23-5 (or 14).', example);
  }
  return unknown(text);
}

// "mark 1-4 not for us", "items 3 to 6 done", "OSAEC23 1-4 in progress": a run of items, one status.
const RANGE =
  /^(?:(?:mark|set)\s+)?(?:(?:items?|recs?|recommendations?)\s+)?(?:([A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*)(?:\s+|-)(?:(?:items?|recs?)\s+)?)?(\d{1,4})\s*(?:-|to)\s*(\d{1,4})\s+(.+)$/i;

function parseRange(m: RegExpExecArray): ParseOutcome {
  const from = Number(m[2]);
  const to = Number(m[3]);
  const key = m[1]?.toUpperCase() ?? null;
  if (to <= from || to - from + 1 > MAX_ITEMS_AT_ONCE) {
    return reject(
      'ref.range',
      `A run of items goes from the lower number to the higher, at most ${MAX_ITEMS_AT_ONCE} at once.`,
      'mark 1-4 not for us',
    );
  }
  const items = Array.from({ length: to - from + 1 }, (_, k) => ({ key, ref: String(from + k) }));
  return severalOutcome(items, m[4] ?? '');
}

function parseAdmin(text: string): ParseOutcome {
  const parsed = parsePerson(text);
  if (parsed && parsed.rest === '') return accept({ type: 'make_admin', person: parsed.person });
  return reject('admin.no_person', 'Mention the person to make an admin.', 'admin @alice');
}

function unknown(text: string): ParseOutcome {
  const words = text.toLowerCase().split(' ');
  const first = words[0] ?? '';
  const twoWords = words.slice(0, 2).join(' ');
  const usage = USAGE[twoWords] ?? USAGE[first];
  if (usage)
    return reject(
      'command.usage',
      `That's not quite how "${USAGE[twoWords] ? twoWords : first}" works.`,
      usage,
    );
  if (/^(?:add|new)\b/.test(first)) return reject('command.usage', 'To add an item:', ADD_EXAMPLE);
  const guess = closestCommand(first);
  const hint = guess ? ` Did you mean "${guess}"?` : '';
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return reject(
    'command.unknown',
    `I don't know what "${shown}" means.${hint} Type help to see what I can do.`,
    // A slip on a command word gets that command's example; anything else, the everyday update.
    guess ? commandExample(guess) : 'OSAEC23-5 in progress: training plan approved',
    [{ label: 'Help', command: 'help' }],
  );
}
