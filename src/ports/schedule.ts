/**
 * Cron arithmetic in a time zone, daylight saving included. The core may not import a cron library,
 * so this comes in as a port (adapters/scheduler/cron-calendar.ts implements it with croner).
 * Expressions have five fields: minute hour day-of-month month day-of-week.
 */
export type ScheduleCalendar = {
  /** null when the expression is usable, else what is wrong with it, in a sentence for the user. */
  check(cron: string): string | null;
  /** The latest slot at or before `at`, or null if there is none. */
  latestAtOrBefore(cron: string, timeZone: string, at: Date): Date | null;
  /** The first slot strictly after `at`, or null if there is none. */
  nextAfter(cron: string, timeZone: string, at: Date): Date | null;
};
