import { describe, expect, it } from 'vitest';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { parseSchedulePhrase } from '../../src/core/digest/schedule-phrase.ts';

const calendar = createCronCalendar();
const MONDAY_9 = '0 9 * * 1';

describe('schedule phrases', () => {
  it.each([
    ['', '0 9 * * 1', 'every Monday at 09:00'],
    ['weekly', '0 9 * * 1', 'every Monday at 09:00'],
    ['weekly Monday 9am', '0 9 * * 1', 'every Monday at 09:00'],
    ['weekly on Fridays at 4.30pm', '30 16 * * 5', 'every Friday at 16:30'],
    ['Monday and Thursday 9am', '0 9 * * 1,4', 'every Monday and Thursday at 09:00'],
    ['sun, mon at 7', '0 7 * * 1,0', 'every Monday and Sunday at 07:00'],
    ['daily 8am', '0 8 * * *', 'every day at 08:00'],
    ['every day at noon', '0 12 * * *', 'every day at 12:00'],
    ['daily at 17:45', '45 17 * * *', 'every day at 17:45'],
    ['daily 12am', '0 0 * * *', 'every day at 00:00'],
    ['weekdays 9am', '0 9 * * 1-5', 'every weekday at 09:00'],
    ['monthly', '0 9 1 * *', 'on the 1st of every month at 09:00'],
    ['monthly on the 15th at 10am', '0 10 15 * *', 'on the 15th of every month at 10:00'],
    ['monthly last day 5pm', '0 17 L * *', 'on the last day of every month at 17:00'],
    ['on the 3rd of every month', '0 9 3 * *', 'on the 3rd of every month at 09:00'],
  ])('%j -> %s', (phrase, cron, label) => {
    expect(parseSchedulePhrase(phrase)).toEqual({ ok: true, schedule: { cron, label } });
    expect(calendar.check(cron)).toBeNull();
  });

  it.each([
    ['fortnightly', 'fortnightly needs a cron expression'],
    ['daily monday', 'either daily or the days of the week'],
    ['monthly 31st', 'from the 1st to the 28th'],
    ['weekly 25:00', '25:00 is not a time of day'],
    ['weekly 13pm', '13pm is not a time of day'],
    ['weekly banana', '"banana"'],
    ['monthly monday', 'a day of the month'],
  ])('%j is refused', (phrase, problem) => {
    const parsed = parseSchedulePhrase(phrase);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });
});

describe('the croner calendar', () => {
  it('checks cron expressions, in words a user can act on', () => {
    expect(calendar.check('0 9 * * 1-5')).toBeNull();
    expect(calendar.check('0 9 * *')).toContain('five fields');
    expect(calendar.check('0 9 * * * *')).toContain('five fields');
    expect(calendar.check('61 9 * * *')).not.toBeNull();
    expect(calendar.check('0 9 30 2 *')).toBe('it never happens.');
  });

  it('finds the latest slot at or before an instant, and the next one strictly after', () => {
    const at = new Date('2024-03-18T09:00:00Z');
    expect(calendar.latestAtOrBefore(MONDAY_9, 'Europe/London', at)?.toISOString()).toBe(
      '2024-03-18T09:00:00.000Z',
    );
    expect(
      calendar.latestAtOrBefore(MONDAY_9, 'Europe/London', new Date(at.getTime() - 1))?.toISOString(),
    ).toBe('2024-03-11T09:00:00.000Z');
    expect(calendar.nextAfter(MONDAY_9, 'Europe/London', at)?.toISOString()).toBe('2024-03-25T09:00:00.000Z');
  });

  // Monday 09:00 local on the Mondays either side of each change, in three zones with different rules.
  it.each([
    ['Europe/London', '2024-03-25T09:00:00Z', ['2024-03-25T09:00:00.000Z', '2024-04-01T08:00:00.000Z']],
    ['Europe/London', '2024-10-21T08:00:00Z', ['2024-10-21T08:00:00.000Z', '2024-10-28T09:00:00.000Z']],
    ['America/New_York', '2024-03-04T14:00:00Z', ['2024-03-04T14:00:00.000Z', '2024-03-11T13:00:00.000Z']],
    ['America/New_York', '2024-10-28T13:00:00Z', ['2024-10-28T13:00:00.000Z', '2024-11-04T14:00:00.000Z']],
    ['Australia/Sydney', '2024-03-31T22:00:00Z', ['2024-03-31T22:00:00.000Z', '2024-04-07T23:00:00.000Z']],
    ['Australia/Sydney', '2024-09-29T23:00:00Z', ['2024-09-29T23:00:00.000Z', '2024-10-06T22:00:00.000Z']],
  ])('Monday 09:00 in %s across the change after %s', (zone, first, expected) => {
    const start = new Date(new Date(first).getTime() - 1);
    const one = calendar.nextAfter(MONDAY_9, zone, start);
    const two = one ? calendar.nextAfter(MONDAY_9, zone, one) : null;
    expect([one?.toISOString(), two?.toISOString()]).toEqual(expected);
    expect(calendar.latestAtOrBefore(MONDAY_9, zone, new Date(expected[1] ?? ''))?.toISOString()).toBe(
      expected[1],
    );
  });

  it('runs a time the March change skips once, just after the gap, and a time October repeats once', () => {
    const daily = '30 1 * * *';
    const march = [new Date('2024-03-30T12:00:00Z')];
    for (let i = 0; i < 2; i++)
      march.push(calendar.nextAfter(daily, 'Europe/London', march.at(-1) ?? new Date(0)) ?? new Date(0));
    expect(march.slice(1).map((d) => d.toISOString())).toEqual([
      '2024-03-31T01:00:00.000Z',
      '2024-04-01T00:30:00.000Z',
    ]);
    const october = [new Date('2024-10-26T12:00:00Z')];
    for (let i = 0; i < 2; i++)
      october.push(calendar.nextAfter(daily, 'Europe/London', october.at(-1) ?? new Date(0)) ?? new Date(0));
    expect(october.slice(1).map((d) => d.toISOString())).toEqual([
      '2024-10-27T00:30:00.000Z',
      '2024-10-28T01:30:00.000Z',
    ]);
  });
});
