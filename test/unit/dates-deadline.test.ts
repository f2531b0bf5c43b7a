import { describe, expect, it } from 'vitest';
import { type DeadlinePhrase, parseDeadlinePhrase } from '../../src/core/dates/index.ts';

const NOW = new Date('2024-03-30T12:00:00Z');
const PUBLISHED = '2023-04-05';

function parse(phrase: string, anchor: string | null): DeadlinePhrase | null {
  return parseDeadlinePhrase(phrase, { now: NOW, timeZone: 'Europe/London', anchor });
}

describe('parseDeadlinePhrase: dates', () => {
  it.each([
    ['By 31 October 2023', '2023-10-31'],
    ['31/10/2023', '2023-10-31'],
    ['end of June 2024', '2024-06-30'],
    ['By the end of March 2025.', '2025-03-31'],
    // A year left out is resolved from now, not from the anchor.
    ['by 1 March', '2025-03-01'],
    // Quarters of the financial year (April to March) and of the calendar year end on their last day.
    ['Q2 2024/25', '2024-09-30'],
    ['Q4 2024/25', '2025-03-31'],
    ['by the end of Q1 2025-26', '2025-06-30'],
    ['Q3 2024', '2024-09-30'],
    // A financial year ends on 31 March; a season with its last month.
    ['by the end of 2016-17', '2017-03-31'],
    ['during 2026/27', '2027-03-31'],
    ['By summer 2016', '2016-08-31'],
    ['by autumn 2020', '2020-11-30'],
  ])('%j -> %s, with or without an anchor', (phrase, date) => {
    expect(parse(phrase, PUBLISHED)).toEqual({ kind: 'date', date, phrase });
    expect(parse(phrase, null)).toEqual({ kind: 'date', date, phrase });
  });

  it('keeps the phrase as typed, trimmed', () => {
    expect(parse('  By 31 October 2023 ', null)).toEqual({
      kind: 'date',
      date: '2023-10-31',
      phrase: 'By 31 October 2023',
    });
  });
});

describe('parseDeadlinePhrase: immediate', () => {
  // "As soon as possible" names no date of its own: it is as urgent as "immediately".
  it.each([
    'With immediate effect',
    'immediately',
    'now',
    'Immediately.',
    'as soon as practicable',
    'As soon as possible',
    'as quickly as possible',
    'urgently',
    'as a matter of urgency',
    'without delay',
    'immediate steps',
  ])('%j', (phrase) => {
    expect(parse(phrase, PUBLISHED)).toEqual({ kind: 'immediate', date: PUBLISHED, phrase });
    expect(parse(phrase, null)).toEqual({ kind: 'immediate', date: null, phrase });
  });
});

describe('parseDeadlinePhrase: relative to publication', () => {
  it.each([
    ['within six months', 6, 'month', '2023-10-05'],
    ['within 6 months of publication', 6, 'month', '2023-10-05'],
    ['in 3 months', 3, 'month', '2023-07-05'],
    ["in 3 months' time", 3, 'month', '2023-07-05'],
    ['Within six (6) months of the publication of this report', 6, 'month', '2023-10-05'],
    ['12 months from the date of this report', 12, 'month', '2024-04-05'],
    ['within 6 months of this report being published', 6, 'month', '2023-10-05'],
    ['within a fortnight', 2, 'week', '2023-04-19'],
    ['within 90 days', 90, 'day', '2023-07-04'],
  ])('%j -> anchor + %i %s', (phrase, amount, unit, date) => {
    const duration = { amount, unit };
    expect(parse(phrase, PUBLISHED)).toEqual({ kind: 'relative', date, duration, phrase });
    expect(parse(phrase, null)).toEqual({ kind: 'relative', date: null, duration, phrase });
  });

  it('clamps to the end of a shorter month', () => {
    expect(parse('within six months', '2023-08-31')).toMatchObject({ kind: 'relative', date: '2024-02-29' });
  });
});

describe('parseDeadlinePhrase: conditional on an event', () => {
  it.each([
    [
      'six months after the new prioritisation tool is implemented',
      6,
      'the new prioritisation tool is implemented',
    ],
    ['3 months after the review is published', 3, 'the review is published'],
    [
      '6 months following the date on which the College publishes guidance',
      6,
      'the College publishes guidance',
    ],
  ])('%j', (phrase, amount, condition) => {
    const expected = {
      kind: 'conditional',
      date: null,
      duration: { amount, unit: 'month' },
      condition,
      phrase,
    };
    expect(parse(phrase, PUBLISHED)).toEqual(expected);
    expect(parse(phrase, null)).toEqual(expected);
  });
});

describe('parseDeadlinePhrase: with the response to the report', () => {
  it.each(['In response to this Report', 'in replying to this report', 'in its response to our report'])(
    '%j',
    (phrase) => {
      expect(parse(phrase, PUBLISHED)).toEqual({
        kind: 'conditional',
        date: null,
        duration: { amount: 0, unit: 'day' },
        condition: 'the response to this report',
        phrase,
      });
    },
  );
});

describe('parseDeadlinePhrase: none', () => {
  it.each(['none', 'No deadline', 'ongoing', 'N/A'])('%j', (phrase) => {
    expect(parse(phrase, PUBLISHED)).toEqual({ kind: 'none', date: null, phrase });
    expect(parse(phrase, null)).toEqual({ kind: 'none', date: null, phrase });
  });
});

describe('parseDeadlinePhrase: unreadable', () => {
  it.each(['when funding allows', '', '   ', '28 working days', 'as soon as we can'])(
    '%j -> null',
    (phrase) => {
      expect(parse(phrase, PUBLISHED)).toBeNull();
    },
  );
});
