import { describe, expect, it } from 'vitest';
import { type DateContext, parseDate } from '../../src/core/dates/index.ts';

// Saturday 30 March 2024, midday in London: the clocks go forward that night.
const LONDON: DateContext = { now: new Date('2024-03-30T12:00:00Z'), timeZone: 'Europe/London' };

function dateOf(text: string, ctx: DateContext = LONDON, prefer?: 'future' | 'past'): string | null {
  return parseDate(text, ctx, prefer)?.date ?? null;
}

describe('parseDate: relative words use the date in the zone, not UTC', () => {
  it.each([
    // 23:30 GMT on Saturday 30 March: still the 30th in London.
    ['2024-03-30T23:30:00Z', 'Europe/London', 'today', '2024-03-30'],
    ['2024-03-30T23:30:00Z', 'Europe/London', 'tomorrow', '2024-03-31'],
    ['2024-03-30T23:30:00Z', 'Europe/London', 'next Monday', '2024-04-01'],
    ['2024-03-30T23:30:00Z', 'Europe/London', 'in two weeks', '2024-04-13'],
    // 00:30 GMT on Sunday 31 March, half an hour before the clocks go forward.
    ['2024-03-31T00:30:00Z', 'Europe/London', 'today', '2024-03-31'],
    ['2024-03-31T00:30:00Z', 'Europe/London', 'tomorrow', '2024-04-01'],
    ['2024-03-31T00:30:00Z', 'Europe/London', 'in two weeks', '2024-04-14'],
    // 23:30 UTC on 26 October is 00:30 BST on Sunday 27 October.
    ['2024-10-26T23:30:00Z', 'Europe/London', 'today', '2024-10-27'],
    ['2024-10-26T23:30:00Z', 'Europe/London', 'tomorrow', '2024-10-28'],
    ['2024-10-26T23:30:00Z', 'Europe/London', 'next Monday', '2024-10-28'],
    ['2024-10-26T23:30:00Z', 'Europe/London', 'in two weeks', '2024-11-10'],
    ['2024-10-26T23:30:00Z', 'UTC', 'today', '2024-10-26'],
    // 00:30 UTC on 27 October is 01:30 BST, the first of the two 01:30s that night.
    ['2024-10-27T00:30:00Z', 'Europe/London', 'today', '2024-10-27'],
    ['2024-10-27T00:30:00Z', 'Europe/London', 'yesterday', '2024-10-26'],
    // New York is behind UTC: these instants are still the previous evening there.
    ['2024-03-10T03:30:00Z', 'America/New_York', 'today', '2024-03-09'],
    ['2024-03-10T03:30:00Z', 'America/New_York', 'tomorrow', '2024-03-10'],
    ['2024-03-10T03:30:00Z', 'America/New_York', 'next Monday', '2024-03-11'],
    ['2024-03-10T03:30:00Z', 'America/New_York', 'in two weeks', '2024-03-23'],
    ['2024-11-03T03:30:00Z', 'America/New_York', 'today', '2024-11-02'],
    ['2024-11-04T04:30:00Z', 'America/New_York', 'tomorrow', '2024-11-04'],
    ['2024-04-06T13:30:00Z', 'Australia/Sydney', 'today', '2024-04-07'],
    ['2024-03-30T18:45:00Z', 'Asia/Kolkata', 'today', '2024-03-31'],
  ])('at %s in %s, %j is %s', (instant, timeZone, text, expected) => {
    expect(dateOf(text, { now: new Date(instant), timeZone })).toBe(expected);
  });
});

describe('parseDate: written dates, British order', () => {
  it.each([
    ['31/10/2023', '2023-10-31'],
    ['31.10.2023', '2023-10-31'],
    ['3/4/2024', '2024-04-03'],
    ['03/04/2024', '2024-04-03'],
    ['30-06-2024', '2024-06-30'],
    ['31/10/23', '2023-10-31'],
    ['5/6', '2024-06-05'],
    ['2024-06-30', '2024-06-30'],
    ['By 31 October 2023', '2023-10-31'],
    ['Tue 4 June 2024', '2024-06-04'],
  ])('%j -> %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });
});

describe('parseDate: a month without a day means its last day', () => {
  it.each([
    ['June 2024', '2024-06-30'],
    ['February 2024', '2024-02-29'],
    ['Oct-18', '2018-10-31'],
    ['Oct 2018', '2018-10-31'],
    ['10/2024', '2024-10-31'],
    ['end of June', '2024-06-30'],
    ['end of June 2024', '2024-06-30'],
    ['by the end of March 2025', '2025-03-31'],
    ['end of Feb', '2025-02-28'],
    ['end-June 2024', '2024-06-30'],
    ['last day of April', '2024-04-30'],
    ['end of 2024', '2024-12-31'],
    ['next month', '2024-04-30'],
    ['in six months', '2024-09-30'],
  ])('%j -> %s', (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it('clamps relative months to the month end where chrono rolls over', () => {
    const lastDayOfAugust: DateContext = { now: new Date('2023-08-31T12:00:00Z'), timeZone: 'Europe/London' };
    expect(dateOf('in six months', lastDayOfAugust)).toBe('2024-02-29');
  });
});

describe('parseDate: a missing year follows the preference', () => {
  it.each([
    ['June', 'future', '2024-06-30'],
    ['June', 'past', '2023-06-30'],
    ['March', 'future', '2024-03-31'],
    ['March', 'past', '2024-03-31'],
    ['February', 'future', '2025-02-28'],
    ['February', 'past', '2024-02-29'],
    ['end of June', 'past', '2023-06-30'],
    ['1 April', 'future', '2024-04-01'],
    ['1 April', 'past', '2023-04-01'],
    ['30 March', 'future', '2024-03-30'],
    ['30 March', 'past', '2024-03-30'],
    ['29 February', 'future', '2028-02-29'],
    ['29 February', 'past', '2024-02-29'],
    ['Friday', 'future', '2024-04-05'],
    ['Friday', 'past', '2024-03-29'],
    // From a Saturday chrono takes the closest Monday, two days ahead; the past wants the one five days back.
    ['Monday', 'future', '2024-04-01'],
    ['Monday', 'past', '2024-03-25'],
    ['Wednesday', 'future', '2024-04-03'],
    ['last Friday', 'future', '2024-03-29'],
  ] as const)('%j preferring the %s -> %s', (text, prefer, expected) => {
    expect(dateOf(text, LONDON, prefer)).toBe(expected);
  });

  it('prefers the future by default', () => {
    expect(dateOf('June')).toBe('2024-06-30');
  });
});

describe('parseDate: impossible dates are refused, not rolled over', () => {
  it.each([
    '31/02/2024',
    '30 February 2024',
    '2023-02-29',
    '31 April',
    '31/06/2024',
    // Month 25 is no month in day-month order; chrono would quietly read it the American way.
    '12/25/2024',
  ])('%j -> null', (text) => {
    expect(parseDate(text, LONDON)).toBeNull();
  });
});

describe('parseDate: text without a date', () => {
  it.each([
    '',
    'nothing to see here',
    'OSAEC23-14 is blocked on funding',
    'at 2pm',
    'we march on regardless',
    'it sat in the queue for weeks',
    'as soon as practicable',
  ])('%j -> null', (text) => {
    expect(parseDate(text, LONDON)).toBeNull();
  });
});

describe('parseDate: the span lets the caller cut the date out', () => {
  it.each([
    ['move OSAEC23-14 to end of June because the tool slipped', '2024-06-30', 'end of June', 19],
    ['OSAEC23-5 in progress: rollout starts next Monday', '2024-04-01', 'next Monday', 38],
    ['OSAEC23-14 due 30 June 2024 because the national tool slipped', '2024-06-30', '30 June 2024', 15],
    ['by the end of March 2025 at the latest', '2025-03-31', 'the end of March 2025', 3],
    ['done on 3/4/2024, evidence attached', '2024-04-03', '3/4/2024', 8],
    ['due by the end of next month', '2024-04-30', 'the end of next month', 7],
    ['moving 14 to end Feb 2025', '2025-02-28', 'end Feb 2025', 13],
    ['OSAEC23-14 event happened 1 March 2024', '2024-03-01', '1 March 2024', 26],
  ])('%j', (input, date, text, index) => {
    const parsed = parseDate(input, LONDON);
    expect(parsed).toEqual({ date, text, index });
    expect(input.slice(index, index + text.length)).toBe(text);
  });
});
