/*
 * Digest schedules as people say them ("weekly Monday 9am", "daily 8:30", "monthly 1st",
 * "weekdays at noon") -> a five-field cron expression and a label to show back. Pure text work; the
 * cron arithmetic itself happens behind the ScheduleCalendar port.
 */

export type Schedule = { cron: string; label: string };
export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; problem: string };

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const DAY_WORD = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?s?\b/gi;
// A clock time: 9am, 9 am, 9:30pm, 09:00, 17.45, noon. A bare number only after "at" (so "1st" stays a day).
const TIME =
  /\b(?:at\s+)?(?:(noon|midday|midnight)|(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)|(\d{1,2})[:.](\d{2}))\b|\bat\s+(\d{1,2})\b/i;
const MONTH_DAY =
  /\b(?:on\s+)?(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(last)(?:\s+day)?)\b(?:\s+(?:day\s+)?of\s+(?:the|each|every)\s+month)?/i;
const FILLER = /\b(?:on|at|the|every|each|and|of|month|week|day|a|in|digest|subscribe|please)\b|[,&]/gi;

const DEFAULT_TIME = { hour: 9, minute: 0 };

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function dayIndex(word: string): number {
  const lower = word.toLowerCase();
  const index = DAYS.findIndex((d) => d.startsWith(lower.slice(0, 3)));
  return index < 0 ? 1 : index;
}

function readTime(match: RegExpExecArray): { hour: number; minute: number } | string {
  const [, named, h12, m12, meridiem, h24, m24, bare] = match;
  if (named) return named.toLowerCase() === 'midnight' ? { hour: 0, minute: 0 } : { hour: 12, minute: 0 };
  if (h12 !== undefined && meridiem) {
    const hour = Number(h12);
    const minute = Number(m12 ?? '0');
    if (hour < 1 || hour > 12 || minute > 59) return `${match[0].trim()} is not a time of day.`;
    const pm = meridiem.toLowerCase() === 'pm';
    return { hour: (hour % 12) + (pm ? 12 : 0), minute };
  }
  const hour = Number(h24 ?? bare);
  const minute = Number(m24 ?? '0');
  if (hour > 23 || minute > 59) return `${match[0].trim()} is not a time of day.`;
  return { hour, minute };
}

/** "weekly Monday 9am" and friends -> cron; an empty phrase is the default, Monday at 09:00. */
export function parseSchedulePhrase(phrase: string): ScheduleParse {
  let text = ` ${phrase.toLowerCase()} `;
  let time = DEFAULT_TIME;
  const timeMatch = TIME.exec(text);
  if (timeMatch) {
    const read = readTime(timeMatch);
    if (typeof read === 'string') return { ok: false, problem: read };
    time = read;
    text = text.replace(timeMatch[0], ' ');
  }
  const clock = `${two(time.hour)}:${two(time.minute)}`;
  const take = (pattern: RegExp): boolean => {
    const found = pattern.test(text);
    if (found) text = text.replace(pattern, ' ');
    return found;
  };
  const monthly = take(/\b(?:monthly|every\s+month|each\s+month)\b/);
  const weekdays = take(/\b(?:weekdays|every\s+weekday|working\s+days|mon(?:day)?\s*-\s*fri(?:day)?)\b/);
  const daily = take(/\b(?:daily|every\s*day|each\s+day)\b/);
  const weekly = take(/\b(?:weekly|every\s+week|each\s+week)\b/);
  if (take(/\b(?:fortnightly|biweekly|every\s+(?:two|2)\s+weeks)\b/)) {
    return {
      ok: false,
      problem: 'Digests can be daily, weekly, on weekdays or monthly; fortnightly needs a cron expression.',
    };
  }
  let monthDay: number | 'L' | null = null;
  const dayOfMonth = MONTH_DAY.exec(text);
  if (dayOfMonth && (monthly || dayOfMonth[0].includes('month'))) {
    monthDay = dayOfMonth[2] ? 'L' : Number(dayOfMonth[1]);
    text = text.replace(dayOfMonth[0], ' ');
  }
  const days = [...text.matchAll(DAY_WORD)].map((m) => dayIndex(m[1] ?? ''));
  text = text.replace(DAY_WORD, ' ');
  const leftover = text.replace(FILLER, ' ').trim();
  if (leftover !== '') return { ok: false, problem: `I couldn't read "${leftover}" as part of a schedule.` };

  if (monthly || monthDay !== null) {
    if (days.length > 0 || daily || weekdays || weekly) {
      return {
        ok: false,
        problem: 'A monthly digest goes out on a day of the month, like "monthly 1st 9am".',
      };
    }
    const dom = monthDay ?? 1;
    if (dom !== 'L' && (dom < 1 || dom > 28)) {
      return {
        ok: false,
        problem: 'Pick a day from the 1st to the 28th (every month has one), or "last" for the last day.',
      };
    }
    const label = dom === 'L' ? 'the last day' : `the ${ordinal(dom)}`;
    return {
      ok: true,
      schedule: {
        cron: `${time.minute} ${time.hour} ${dom} * *`,
        label: `on ${label} of every month at ${clock}`,
      },
    };
  }
  if (daily && (days.length > 0 || weekdays)) {
    return { ok: false, problem: 'Say either daily or the days of the week, not both.' };
  }
  if (daily)
    return {
      ok: true,
      schedule: { cron: `${time.minute} ${time.hour} * * *`, label: `every day at ${clock}` },
    };
  if (weekdays) {
    return {
      ok: true,
      schedule: { cron: `${time.minute} ${time.hour} * * 1-5`, label: `every weekday at ${clock}` },
    };
  }
  const chosen = [...new Set(days.length > 0 ? days : [1])].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const names = chosen.map((d) => {
    const name = DAYS[d] ?? 'monday';
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return {
    ok: true,
    schedule: {
      cron: `${time.minute} ${time.hour} * * ${chosen.join(',')}`,
      label: `every ${list} at ${clock}`,
    },
  };
}
