import { addDays, addDuration, type DateContext, parseDate, parseDuration, todayIn } from '../dates/index.ts';
import { parseSchedulePhrase } from '../digest/schedule-phrase.ts';
import type { Status } from '../model/status.ts';
import type { CommandOf, ItemRef, PersonToken } from './commands.ts';
import { accept, type ParseOutcome, reject } from './outcome.ts';
import { parsePerson } from './people.ts';
import { findItemRef } from './refs.ts';
import { matchStatusWords } from './status-words.ts';

/*
 * Digest and reminder commands: `digest weekly Monday 9am`, `digest off`, `digest now`, `digests`,
 * `snooze OSAEC23-5 1 week`, `reminders off`. parse.ts puts these rules before the item reader, so
 * "OSAEC23-5 snooze 2 weeks" is a snooze, not a status update.
 */

type Rule = { pattern: RegExp; parse: (match: RegExpExecArray, ctx: DateContext) => ParseOutcome };

export const DIGEST_EXAMPLE = 'digest weekly Monday 9am';
const SNOOZE_EXAMPLE = 'snooze OSAEC23-5 1 week';
const REF = '([A-Za-z][A-Za-z0-9]{1,15}-[A-Za-z]{0,3}\\d{1,4}|\\d{1,4})';
const MAX_SNOOZE_DAYS = 366;

const digest = (action: CommandOf<'digest'>['action']): ParseOutcome => accept({ type: 'digest', action });

export const DIGEST_RULES: Rule[] = [
  {
    pattern: /^(?:digests|digest|digest list|list digests|show digests|digest status)$/i,
    parse: () => digest({ kind: 'list' }),
  },
  {
    pattern:
      /^(?:digest\s+(?:off|stop|cancel|unsubscribe|remove|delete)|unsubscribe|stop\s+(?:the\s+)?digests?)(?:\s+#?(\d{1,3}))?$/i,
    parse: (m) => digest({ kind: 'off', index: m[1] ? Number(m[1]) : null }),
  },
  {
    pattern: /^digest\s+(?:resume|restart|unpause|on\s+again)(?:\s+#?(\d{1,3}))?$/i,
    parse: (m) => digest({ kind: 'resume', index: m[1] ? Number(m[1]) : null }),
  },
  {
    pattern: /^(?:digest\s+now|(?:send|post)\s+(?:the\s+)?digest(?:\s+now)?)$/i,
    parse: () => digest({ kind: 'now' }),
  },
  { pattern: /^(?:digest|subscribe)\s+(.+)$/i, parse: (m) => parseSubscribe(m[1] ?? '') },
  {
    pattern:
      /^(?:reminders?\s+(?:off|stop|none)|(?:stop|mute|pause)\s+(?:my\s+)?reminders|no\s+(?:more\s+)?reminders|opt\s+out(?:\s+of\s+reminders)?)$/i,
    parse: () => accept({ type: 'reminder', action: { kind: 'opt_out' } }),
  },
  {
    pattern:
      /^(?:reminders?\s+(?:on|start)|(?:start|resume)\s+(?:my\s+)?reminders|opt\s+in(?:\s+to\s+reminders)?)$/i,
    parse: () => accept({ type: 'reminder', action: { kind: 'opt_in' } }),
  },
  {
    pattern: /^(?:reminders|my reminders)$/i,
    parse: () => accept({ type: 'reminder', action: { kind: 'show' } }),
  },
  {
    pattern: new RegExp(`^(?:unsnooze|wake)\\s+${REF}$|^${REF}\\s+unsnooze$`, 'i'),
    parse: (m) =>
      withRef(m[1] ?? m[2] ?? '', (item) => accept({ type: 'reminder', action: { kind: 'unsnooze', item } })),
  },
  {
    pattern: new RegExp(`^snooze\\s+${REF}(?:\\s+(.*))?$|^${REF}\\s+snooze(?:\\s+(.*))?$`, 'i'),
    parse: (m, ctx) => withRef(m[1] ?? m[3] ?? '', (item) => parseSnooze(item, m[2] ?? m[4] ?? '', ctx)),
  },
  {
    pattern: /^snooze\b/i,
    parse: () => reject('snooze.usage', 'Say which item to snooze, and for how long.', SNOOZE_EXAMPLE),
  },
];

function withRef(token: string, then: (item: ItemRef) => ParseOutcome): ParseOutcome {
  const found = findItemRef(token);
  if (!found) return reject('snooze.usage', 'Say which item, like OSAEC23-5.', SNOOZE_EXAMPLE);
  return then(found.item);
}

/** "1 week", "a day", "tomorrow", "until 30 June", "for 2 weeks"; nothing means a week. */
function parseSnooze(item: ItemRef, rest: string, ctx: DateContext): ParseOutcome {
  const today = todayIn(ctx.timeZone, ctx.now);
  const text = rest
    .trim()
    .replace(/^for\s+/i, '')
    .trim();
  let until: string | null = null;
  if (text === '') until = addDays(today, 7);
  else if (/^(?:tomorrow|a day|one day|1 day|a night|overnight)$/i.test(text)) until = addDays(today, 1);
  else if (/^(?:until|till|til|to|up to)\b/i.test(text)) {
    until = parseDate(text.replace(/^(?:until|till|til|to|up to)\s*/i, ''), ctx)?.date ?? null;
  } else {
    const duration = parseDuration(text);
    if (duration) until = addDuration(today, duration);
  }
  if (until === null) {
    return reject('snooze.when', `I couldn't tell how long to snooze for from "${text}".`, SNOOZE_EXAMPLE);
  }
  if (until <= today) return reject('snooze.past', 'Snooze until a day after today.', SNOOZE_EXAMPLE);
  if (until > addDays(today, MAX_SNOOZE_DAYS)) {
    return reject(
      'snooze.too_long',
      'Snooze for a year at most; to stop every reminder: reminders off.',
      SNOOZE_EXAMPLE,
    );
  }
  return accept({ type: 'reminder', action: { kind: 'snooze', item, until } });
}

// Options can come anywhere after the schedule; each is cut out of the text before the schedule is read.
const ZONE = /\b(?:in|tz|time\s*zone)\s+([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT)(?=\s|$)/i;
const SKIP_EMPTY =
  /\b(?:skip(?:ping)?(?:\s+(?:it\s+)?(?:if|when))?\s+(?:it'?s\s+)?empty|quiet\s+when\s+empty|quiet)\b/i;
const OWNER = /\b(?:owner|owned\s+by|for)\s+(<@[^>\s]+>|@[\p{L}\p{N}._'-]+)/iu;
const REPORT =
  /\b(?:report\s+([A-Za-z][A-Za-z0-9]{1,15})|for\s+([A-Z][A-Z0-9]{1,15}|[A-Za-z][A-Za-z]*\d[A-Za-z0-9]*))(?=\s|$)/;
// Cut after the other options, so it runs to the end of the text or to where a schedule starts.
const STATUSES_OPTION =
  /\bstatus(?:es)?\s*:?\s+(.+?)(?=\s+(?:weekly|daily|monthly|weekdays|every|each|at|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b|\s*$)/i;
const CRON = /^cron\s+(?:"([^"]+)"|'([^']+)'|((?:\S+\s+){4}\S+))/i;

/** `digest weekly Monday 9am for OSAEC23 owner @bob status blocked in Europe/London skip empty`. */
function parseSubscribe(input: string): ParseOutcome {
  let text = ` ${input.trim()} `;
  const cut = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(text);
    if (match) text = text.replace(match[0], ' ');
    return match;
  };
  const cronMatch = CRON.exec(text.trim());
  let cron: string | null = null;
  if (cronMatch) {
    cron = (cronMatch[1] ?? cronMatch[2] ?? cronMatch[3] ?? '').trim().replace(/\s+/g, ' ');
    text = ` ${text.trim().slice(cronMatch[0].length)} `;
  }
  const timeZone = cut(ZONE)?.[1] ?? null;
  const skipEmpty = cut(SKIP_EMPTY) !== null;
  let owner: PersonToken | null = null;
  const ownerMatch = cut(OWNER);
  if (ownerMatch) owner = parsePerson(ownerMatch[1] ?? '')?.person ?? null;
  const reportMatch = cut(REPORT);
  const report = reportMatch ? (reportMatch[1] ?? reportMatch[2] ?? '').toUpperCase() : null;
  let statuses: Status[] = [];
  const statusMatch = cut(STATUSES_OPTION);
  if (statusMatch) {
    const read = readStatuses(statusMatch[1] ?? '');
    if (typeof read === 'string')
      return reject('digest.status', read, 'digest weekly status blocked, in progress');
    statuses = read;
  }
  let schedule = cron === null ? null : { cron, label: `cron ${cron}` };
  if (schedule === null) {
    const parsed = parseSchedulePhrase(text);
    if (!parsed.ok) return reject('digest.schedule', parsed.problem, DIGEST_EXAMPLE);
    schedule = parsed.schedule;
  } else if (text.trim() !== '') {
    return reject(
      'digest.schedule',
      `I couldn't read "${text.trim()}" after the cron expression.`,
      'digest cron "0 9 * * 1-5"',
    );
  }
  return digest({ kind: 'subscribe', ...schedule, timeZone, report, owner, statuses, skipEmpty });
}

function readStatuses(text: string): Status[] | string {
  const statuses: Status[] = [];
  for (const part of text.split(/\s*(?:,|\/|\band\b|\bor\b)\s*/i)) {
    if (part.trim() === '') continue;
    const match = matchStatusWords(part.trim());
    if (match?.rest !== '') return `"${part.trim()}" is not a status I know.`;
    if (!statuses.includes(match.status)) statuses.push(match.status);
  }
  return statuses.length > 0 ? statuses : 'Name at least one status.';
}
