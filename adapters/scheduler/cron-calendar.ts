import { Cron } from 'croner';
import type { ScheduleCalendar } from '../../src/ports/schedule.ts';

/**
 * The ScheduleCalendar port on croner: five-field cron read in an IANA zone. croner resolves daylight
 * saving the way people expect of a fixed-time job: a time that does not exist that day (01:30 on the
 * March change in London) runs at the first valid time after the gap, and a time that happens twice
 * (01:30 on the October change) runs once.
 */
export function createCronCalendar(): ScheduleCalendar {
  // A Cron without a callback only computes; it starts no timer. Parsing is the costly part, so keep them.
  const jobs = new Map<string, Cron>();
  const job = (cron: string, timeZone: string): Cron => {
    const key = `${timeZone}\u0000${cron}`;
    let found = jobs.get(key);
    if (!found) {
      found = new Cron(cron, { timezone: timeZone, mode: '5-part' });
      jobs.set(key, found);
    }
    return found;
  };
  return {
    check(cron) {
      try {
        const probe = new Cron(cron, { timezone: 'UTC', mode: '5-part' });
        // A valid pattern that never fires (30 February) is no use as a schedule.
        return probe.nextRun(new Date(0)) === null ? 'it never happens.' : null;
      } catch (error) {
        const detail = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : String(error);
        return `it needs five fields, minute hour day-of-month month day-of-week (${detail}).`;
      }
    },
    latestAtOrBefore(cron, timeZone, at) {
      // previousRuns looks strictly before its reference (to the second), so look from just after `at`.
      return job(cron, timeZone).previousRuns(1, new Date(at.getTime() + 1))[0] ?? null;
    },
    nextAfter(cron, timeZone, at) {
      return job(cron, timeZone).nextRun(at);
    },
  };
}
