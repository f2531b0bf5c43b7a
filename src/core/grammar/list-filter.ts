import { type DateContext, dayOfWeek, todayIn } from '../dates/index.ts';
import { STATUSES, type Status, statusLabel } from '../model/status.ts';
import type { ListFilter } from './commands.ts';
import { takeQuoted } from './normalize.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';
import { parsePerson } from './people.ts';
import { matchStatusWords, STATUS_WORDS } from './status-words.ts';
import { closestWord } from './suggest.ts';

/**
 * Lists as filters, in any order: `overdue owner @bob`, `report OSAEC23 status blocked`, `mine due soon`,
 * `team Safeguarding`, `owner @bob status in progress`. Each clause sets one part of the filter; text
 * that starts with no clause is not a list (null), and a clause it cannot read is refused with an
 * example built from what was typed.
 */
export function parseListFilter(text: string, ctx: DateContext): ParseOutcome | null {
  const filter: ListFilter = {
    owner: null,
    team: null,
    report: null,
    statuses: null,
    overdue: false,
    dueSoon: null,
  };
  let pos = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const read = readClause(rest, ctx);
    if (read === null) {
      if (pos === 0) return null;
      // What it could read is a list that works.
      const typed = text.slice(0, pos).trim();
      return reject(
        'list.unknown_filter',
        `I can narrow a list by owner, team, status, report, overdue or due soon, but not by "${rest.trim()}".`,
        typed,
      );
    }
    if ('problem' in read) {
      const fixed = read.fix === undefined ? read.example : `${text.slice(0, pos)}${read.fix}`;
      return reject(read.problem, read.text, fixed);
    }
    const repeated = (Object.keys(read.set) as (keyof ListFilter)[]).find((k) => filterHas(filter, k));
    if (repeated) {
      return reject(
        'list.repeated_filter',
        `Say ${repeated === 'dueSoon' ? 'due soon' : repeated} once in a list.`,
        'overdue team Safeguarding',
      );
    }
    Object.assign(filter, read.set);
    pos += read.length;
    while (text.charAt(pos) === ' ') pos++;
  }
  // `report OSAEC23` alone is the report itself, read by its own rule; a list needs more than that.
  return accept({ type: 'list', filter });
}

function filterHas(filter: ListFilter, key: keyof ListFilter): boolean {
  return key === 'overdue' ? filter.overdue : filter[key] !== null;
}

type Read =
  | { set: Partial<ListFilter>; length: number }
  | { problem: string; text: string; example: string; fix?: string };

type Clause = { pattern: RegExp; read: (m: RegExpExecArray, rest: string, ctx: DateContext) => Read | null };

// Where a free value (a team's name, a status) ends: at the next clause's first word.
const NEXT_CLAUSE =
  /\s+(?=(?:owner|owned by|team|status|report|overdue|late|due|upcoming|mine|my items)(?:\s|$))/i;

function freeValue(text: string): string {
  const end = NEXT_CLAUSE.exec(text);
  return (end ? text.slice(0, end.index) : text).trim();
}

const CLAUSES: Clause[] = [
  {
    pattern: /^(?:mine|my (?:items|recs|recommendations|actions|tasks)|what'?s mine|what do i own)(?=\s|$)/i,
    read: (m) => ({ set: { owner: 'me' }, length: m[0].length }),
  },
  {
    pattern: /^(?:what'?s overdue|what is overdue|overdue(?: items)?|late)(?=\s|$)/i,
    read: (m) => ({ set: { overdue: true }, length: m[0].length }),
  },
  {
    pattern: /^(?:what'?s |what is |anything )?due this week(?=\s|$)/i,
    // Up to and including Sunday, in the workspace's zone; on a Sunday, just today and tomorrow.
    read: (m, _rest, ctx) => {
      const days = Math.max(1, (7 - dayOfWeek(todayIn(ctx.timeZone, ctx.now))) % 7);
      return { set: { dueSoon: { days } }, length: m[0].length };
    },
  },
  {
    // "due soon", "due soon 30 days", "due in the next 30 days", "upcoming", "what's due"; a bare "due" only
    // as the whole message, so "due 30 June because ..." (an update missing its item) is not a list.
    pattern:
      /^(?:(?:what'?s |what is |anything )?(?:due soon|due next|upcoming|coming up(?: soon)?|due(?=\s+(?:in|within)\s))|(?:what'?s |what is |anything )due(?=$)|due$)(?:\s+(?:in|within|next)?\s*(?:the\s+)?(?:next\s+)?(\d{1,4})\s*days?)?(?=\s|$)/i,
    read: (m) => {
      const days = m[1] ? Number(m[1]) : null;
      if (days !== null && (days < 1 || days > 366))
        return {
          problem: 'due_soon.range',
          text: 'Look ahead between 1 and 366 days.',
          example: 'due soon 30 days',
        };
      return { set: { dueSoon: { days } }, length: m[0].length };
    },
  },
  {
    // Loose openings ("what does", "everything") are a list only with a person after them.
    pattern: /^(?:what does|(?:show me |list )?(?:everything|what|all items)(?: that)?)\s+(?=<@|@)/i,
    read: (m, rest) => readOwner(m[0].length, rest),
  },
  {
    pattern: /^(?:owner|owned by|items (?:of|for|owned by))(?=\s|$)/i,
    read: (m, rest) => readOwner(m[0].length, rest),
  },
  {
    pattern: /^team(?=\s|$)/i,
    read: (m, rest) => {
      const after = rest.slice(m[0].length);
      const quoted = takeQuoted(after);
      const name = quoted ? quoted.quoted : freeValue(after);
      if (name === '')
        return {
          problem: 'list.team_missing',
          text: 'Name the team whose items you want.',
          example: 'team Safeguarding',
        };
      const length = quoted
        ? rest.length - quoted.rest.length
        : m[0].length + after.indexOf(name) + name.length;
      return { set: { team: name }, length };
    },
  },
  {
    pattern: /^status(?:es)?(?:\s+is)?(?=\s|$)/i,
    read: (m, rest) => {
      const after = rest.slice(m[0].length);
      const value = freeValue(after);
      const read = readStatuses(value);
      if (typeof read === 'string') {
        const fix = `status ${read}${after.slice(after.indexOf(value) + value.length)}`;
        return {
          problem: 'list.unknown_status',
          text: `"${value}" is not a status. Did you mean ${read}?`,
          example: '',
          fix,
        };
      }
      if (read === null)
        return {
          problem: 'list.unknown_status',
          text:
            value === ''
              ? `Name a status: ${ALL_STATUSES}.`
              : `"${value}" is not a status. The statuses are: ${ALL_STATUSES}.`,
          example: 'status blocked',
        };
      return { set: { statuses: read }, length: m[0].length + after.indexOf(value) + value.length };
    },
  },
  {
    pattern:
      /^report(?=\s|$)\s*(?!(?:owner|team|status|overdue|due|mine)(?:\s|$))([A-Za-z][A-Za-z0-9]{1,15}(?=\s|$))?/i,
    read: (m) =>
      m[1]
        ? { set: { report: m[1].toUpperCase() }, length: m[0].length }
        : {
            problem: 'list.report_missing',
            text: 'Say which report, by its key.',
            example: 'report OSAEC23 status blocked',
          },
  },
];

const STATUS_LABELS = STATUSES.map(statusLabel);
const ALL_STATUSES = STATUS_LABELS.join(', ');

function readClause(rest: string, ctx: DateContext): Read | null {
  for (const clause of CLAUSES) {
    const match = clause.pattern.exec(rest);
    if (match) return clause.read(match, rest, ctx);
  }
  return null;
}

function readOwner(start: number, rest: string): Read {
  const after = rest.slice(start);
  const parsed = parsePerson(after);
  if (parsed) {
    const used = after.length - parsed.rest.length;
    const owns = /^owns?(?=\s|$)/i.exec(parsed.rest);
    return { set: { owner: parsed.person }, length: start + used + (owns ? owns[0].length : 0) };
  }
  const word = /^\s*([A-Za-z][\w.'-]{0,30})/.exec(after)?.[1];
  return word
    ? {
        problem: 'owner.no_person',
        text: `Mention ${word} with @ so I know which person you mean.`,
        example: `owner @${word}`,
      }
    : { problem: 'owner.no_person', text: 'Mention the person whose items you want.', example: 'owner @bob' };
}

/**
 * "blocked", "in progress", "blocked or in progress". Only a status's own words: a slip of the keyboard
 * gets a "did you mean" (the name of the status it is nearest) rather than a list of the wrong items.
 */
function readStatuses(text: string): Status[] | string | null {
  const parts = text.split(/\s*(?:,|\/|\bor\b|\band\b)\s*/i).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const statuses: Status[] = [];
  for (const part of parts) {
    const typed = part.toLowerCase().replace(/_/g, ' ');
    const known = STATUS_WORDS.find(([words]) => words === typed)?.[1];
    if (known === undefined) {
      const near = matchStatusWords(part)?.status;
      const guess = near ?? closestWord(typed, STATUS_LABELS);
      return guess ? (near ? statusLabel(near) : guess) : null;
    }
    if (!statuses.includes(known)) statuses.push(known);
  }
  return statuses;
}
