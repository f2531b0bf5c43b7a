import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, item, list, parse } from '../support/grammar.ts';

// Phrasings found by trying the console as a new user would; the clock is Thursday 14 March 2024.
const R5 = item('OSAEC23', '5');
const BARE14 = item(null, '14');

const revise = (ref: typeof R5, date: string, reason: string | null): Command => ({
  type: 'revise',
  item: ref,
  date,
  reason,
  deadline: null,
  confirmed: false,
});

describe('deadline moves said in the past tense, and what follows the verb', () => {
  const cases: [string, Command][] = [
    [
      'pushed 14 back to March next year as the supplier is late',
      revise(BARE14, '2025-03-31', 'the supplier is late'),
    ],
    ['moved OSAEC23-5 out to 30 June 2024 because x', revise(R5, '2024-06-30', 'x')],
    ['postponed 14 to 1 May because of staffing', revise(BARE14, '2024-05-01', 'staffing')],
    [
      'move OSAEC23-5 to start of June because the tool slipped',
      revise(R5, '2024-06-01', 'the tool slipped'),
    ],
    ['OSAEC23-5 due mid-June because x', revise(R5, '2024-06-15', 'x')],
    ['OSAEC23-5 due the beginning of July 2025 because x', revise(R5, '2025-07-01', 'x')],
    ['OSAEC23-5 due end of June next year because x', revise(R5, '2025-06-30', 'x')],
    ['OSAEC23-5 due 1 March next year because x', revise(R5, '2025-03-01', 'x')],
    // A month on its own still means its last day, and this March is not over yet.
    ['OSAEC23-5 due March because x', revise(R5, '2024-03-31', 'x')],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('a status said as a move to a board column', () => {
  const cases: [string, Command][] = [
    [
      'move OSAEC23-5 to done: all staff trained',
      { type: 'status', item: R5, status: 'done', note: 'all staff trained' },
    ],
    ['change 14 to in progress', { type: 'status', item: BARE14, status: 'in_progress', note: null }],
    [
      'move OSAEC23-5 into blocked on funding',
      { type: 'status', item: R5, status: 'blocked', note: 'funding' },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('a blocked reason after a colon is kept as typed', () => {
  const cases: [string, Command][] = [
    [
      'OSAEC23-5 blocked: waiting for the national training product',
      { type: 'status', item: R5, status: 'blocked', note: 'waiting for the national training product' },
    ],
    // Without the colon the joining words are dropped as before: "blocked on funding" is blocked by "funding".
    [
      'OSAEC23-5 blocked waiting for the vendor',
      { type: 'status', item: R5, status: 'blocked', note: 'the vendor' },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('several items in one update: one status for each, applied item by item', () => {
  const R6 = item('OSAEC23', '6');
  const cases: [string, Command][] = [
    [
      'mark 5 and 6 as done',
      { type: 'status_many', items: [item(null, '5'), item(null, '6')], status: 'done', note: null },
    ],
    [
      'OSAEC23-5, 6 & 8 done',
      { type: 'status_many', items: [R5, R6, item('OSAEC23', '8')], status: 'done', note: null },
    ],
    [
      'OSAEC23-5 and OSAEC23-9 are in progress',
      { type: 'status_many', items: [R5, item('OSAEC23', '9')], status: 'in_progress', note: null },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each(['mark 5 and 6', 'OSAEC23-5 and 6 sorted'])('%j', (text) => expectProblem(text, 'ref.several'));
});

describe('lists and statuses asked for in everyday words', () => {
  const cases: [string, Command][] = [
    ["what's due?", list({ dueSoon: { days: null } })],
    ['due in 30 days', list({ dueSoon: { days: 30 } })],
    ["what's due in the next 30 days", list({ dueSoon: { days: 30 } })],
    ['due within 7 days', list({ dueSoon: { days: 7 } })],
    // Thursday 14 March: this week runs to Sunday 17 March.
    ["what's due this week", list({ dueSoon: { days: 3 } })],
    ['my actions', list({ owner: 'me' })],
    ['list', { type: 'report_list' }],
    ['OSAEC23 report', { type: 'report_show', key: 'OSAEC23' }],
    ['OSAEC23-5 n/a', { type: 'status', item: R5, status: 'not_for_us', note: null }],
    ['OSAEC23-5 is not applicable', { type: 'status', item: R5, status: 'not_for_us', note: null }],
    ['OSAEC23-5 wip', { type: 'status', item: R5, status: 'in_progress', note: null }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each(['this report', 'delete report'])('%j names no report', (text) =>
    expectProblem(text, 'command.unknown'),
  );
});

describe('values out of range are refused in words, not in the validator’s', () => {
  it.each([
    ['digest off 0', "I couldn't use the index in that: it must be at least 1."],
    // Two digits at most: the usage line with an example answers, not a validator message.
    ['set revisions 100', 'That\'s not quite how "set" works.'],
  ])('%j', (text, said) => {
    const outcome = parse(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reply.text).toBe(said);
  });
});

describe("someone's items", () => {
  const bob = list({ owner: { kind: 'name', name: 'bob' } });
  it.each([
    'owner @bob',
    'items of @bob',
    'what does @bob own',
    'show me everything @bob owns',
    'owned by @bob',
  ])('%j lists them', (text) => expectCommand(text, bob));
  it('takes a platform mention', () =>
    expectCommand(
      'owner <@U0BOB|bob>',
      list({ owner: { kind: 'mention', externalId: 'U0BOB', name: 'bob' } }),
    ));
});
