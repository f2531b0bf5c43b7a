import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDuration,
  addMonths,
  canonicalTimeZone,
  type Duration,
  daysBetween,
  endOfMonth,
  formatDate,
  formatShortDate,
  isIsoDate,
  isValidTimeZone,
  parseDuration,
  todayIn,
  zoneOffsetMinutes,
} from '../../src/core/dates/index.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-10-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2023-02-30', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-5', false],
    ['2023-10-31T00:00:00Z', false],
    ['31/10/2023', false],
    ['', false],
  ])('%j -> %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
    // The clocks change in Europe on these weekends; a date has no clock, so nothing moves.
    ['2024-03-30', 1, '2024-03-31'],
    ['2024-10-27', 1, '2024-10-28'],
    ['2024-04-05', 0, '2024-04-05'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2023-10-31', 3, '2024-01-31'],
    ['2024-05-15', -17, '2022-12-15'],
    ['2023-04-05', 6, '2023-10-05'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2024-12-31', 365],
    ['2023-01-01', '2023-12-31', 364],
    ['2024-03-31', '2024-03-30', -1],
    ['2024-03-30', '2024-04-01', 2],
    ['2024-10-26', '2024-10-28', 2],
    ['2023-10-31', '2023-10-31', 0],
  ])('%s -> %s = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('endOfMonth', () => {
  it.each([
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [1900, 2, '1900-02-28'],
    [2000, 2, '2000-02-29'],
    [2024, 4, '2024-04-30'],
    [2024, 12, '2024-12-31'],
  ])('%i-%i -> %s', (year, month, expected) => {
    expect(endOfMonth(year, month)).toBe(expected);
  });
});

describe('calendar misuse is a bug and throws', () => {
  it.each([
    ['addDays on an impossible date', () => addDays('2023-02-30', 1)],
    ['addDays by a fraction', () => addDays('2024-01-01', 1.5)],
    ['addMonths on a malformed date', () => addMonths('2024-1-1', 1)],
    ['daysBetween with a slash date', () => daysBetween('31/10/2023', '2023-10-31')],
    ['endOfMonth of month 13', () => endOfMonth(2024, 13)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['America/New_York', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Europe/Londn', false],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j -> %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});

describe('todayIn', () => {
  it.each([
    // Europe/London: BST starts 31 March 2024 01:00 UTC and ends 27 October 2024 01:00 UTC.
    ['Europe/London', '2024-03-30T23:59:59Z', '2024-03-30'],
    ['Europe/London', '2024-03-31T00:00:00Z', '2024-03-31'],
    ['Europe/London', '2024-03-31T22:59:59Z', '2024-03-31'],
    ['Europe/London', '2024-03-31T23:00:00Z', '2024-04-01'],
    ['Europe/London', '2024-10-26T22:59:59Z', '2024-10-26'],
    ['Europe/London', '2024-10-26T23:00:00Z', '2024-10-27'],
    ['Europe/London', '2024-10-27T01:30:00Z', '2024-10-27'],
    ['Europe/London', '2024-10-27T23:59:59Z', '2024-10-27'],
    ['Europe/London', '2024-10-28T00:00:00Z', '2024-10-28'],
    // America/New_York: EDT from 10 March 2024 07:00 UTC to 3 November 2024 06:00 UTC.
    ['America/New_York', '2024-03-10T04:59:59Z', '2024-03-09'],
    ['America/New_York', '2024-03-10T05:00:00Z', '2024-03-10'],
    ['America/New_York', '2024-03-11T03:59:59Z', '2024-03-10'],
    ['America/New_York', '2024-03-11T04:00:00Z', '2024-03-11'],
    ['America/New_York', '2024-11-03T03:59:59Z', '2024-11-02'],
    ['America/New_York', '2024-11-04T04:59:59Z', '2024-11-03'],
    ['America/New_York', '2024-11-04T05:00:00Z', '2024-11-04'],
    // Australia/Sydney: AEDT (+11) ends 7 April 2024, AEST (+10) until 6 October 2024.
    ['Australia/Sydney', '2024-03-30T23:30:00Z', '2024-03-31'],
    ['Australia/Sydney', '2024-04-06T12:59:59Z', '2024-04-06'],
    ['Australia/Sydney', '2024-04-06T13:00:00Z', '2024-04-07'],
    ['Australia/Sydney', '2024-04-07T13:59:59Z', '2024-04-07'],
    ['Australia/Sydney', '2024-04-07T14:00:00Z', '2024-04-08'],
    ['Australia/Sydney', '2024-10-05T14:00:00Z', '2024-10-06'],
    ['Australia/Sydney', '2024-10-06T12:59:59Z', '2024-10-06'],
    ['Australia/Sydney', '2024-10-06T13:00:00Z', '2024-10-07'],
    // Asia/Kolkata: +05:30 all year.
    ['Asia/Kolkata', '2024-03-30T18:29:59Z', '2024-03-30'],
    ['Asia/Kolkata', '2024-03-30T18:30:00Z', '2024-03-31'],
    ['Asia/Kolkata', '2024-10-26T18:30:00Z', '2024-10-27'],
    ['UTC', '2024-10-26T23:30:00Z', '2024-10-26'],
  ])('%s at %s is %s', (zone, instant, expected) => {
    expect(todayIn(zone, new Date(instant))).toBe(expected);
  });

  it('throws for an unknown zone rather than guessing', () => {
    expect(() => todayIn('Europe/Londn', new Date('2024-03-30T12:00:00Z'))).toThrow(RangeError);
  });
});

describe('zoneOffsetMinutes', () => {
  it.each([
    ['Europe/London', '2024-01-15T12:00:00Z', 0],
    ['Europe/London', '2024-03-31T00:59:59Z', 0],
    ['Europe/London', '2024-03-31T01:00:00Z', 60],
    ['Europe/London', '2024-10-27T00:59:59Z', 60],
    ['Europe/London', '2024-10-27T01:00:00Z', 0],
    ['America/New_York', '2024-01-15T12:00:00Z', -300],
    ['America/New_York', '2024-07-01T12:00:00Z', -240],
    ['Australia/Sydney', '2024-01-15T12:00:00Z', 660],
    ['Australia/Sydney', '2024-07-01T12:00:00Z', 600],
    ['Asia/Kolkata', '2024-07-01T12:00:00Z', 330],
  ])('%s at %s is %i', (zone, instant, expected) => {
    expect(zoneOffsetMinutes(zone, new Date(instant))).toBe(expected);
  });
});

describe('formatDate and formatShortDate', () => {
  it.each([
    ['2023-10-31', '31 October 2023', '31 Oct 2023'],
    ['2024-06-01', '1 June 2024', '1 Jun 2024'],
    ['2024-09-05', '5 September 2024', '5 Sep 2024'],
    ['2025-01-09', '9 January 2025', '9 Jan 2025'],
  ])('%s -> %s / %s', (date, long, short) => {
    expect(formatDate(date)).toBe(long);
    expect(formatShortDate(date)).toBe(short);
  });
});

describe('parseDuration', () => {
  it.each<[string, Duration | null]>([
    ['six months', { amount: 6, unit: 'month' }],
    ['6 months', { amount: 6, unit: 'month' }],
    ['two weeks', { amount: 2, unit: 'week' }],
    ['90 days', { amount: 90, unit: 'day' }],
    ['a year', { amount: 1, unit: 'year' }],
    ['twelve months', { amount: 12, unit: 'month' }],
    ['Twenty-four months', { amount: 24, unit: 'month' }],
    ['six (6) months', { amount: 6, unit: 'month' }],
    ['a fortnight', { amount: 2, unit: 'week' }],
    ['18 calendar months', { amount: 18, unit: 'month' }],
    ['one day', { amount: 1, unit: 'day' }],
    ['six (7) months', null],
    ['10 working days', null],
    ['0 days', null],
    ['an hour', null],
    ['six', null],
    ['months', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });
});

describe('addDuration', () => {
  it.each<[string, Duration, string]>([
    ['2023-08-31', { amount: 6, unit: 'month' }, '2024-02-29'],
    ['2024-02-29', { amount: 1, unit: 'year' }, '2025-02-28'],
    ['2023-04-05', { amount: 90, unit: 'day' }, '2023-07-04'],
    ['2024-03-30', { amount: 2, unit: 'week' }, '2024-04-13'],
  ])('%s + %j = %s', (date, duration, expected) => {
    expect(addDuration(date, duration)).toBe(expected);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['europe/london', 'Europe/London'],
    ['Europe/London', 'Europe/London'],
    ['america/new_york', 'America/New_York'],
  ])('%s is shown back as %s', (typed, shown) => {
    expect(canonicalTimeZone(typed)).toBe(shown);
  });
});
