import { describe, expect, it } from 'vitest';
import type { Command, ItemRef } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, expectQuestion, item, parse } from '../support/grammar.ts';

/*
 * Several items in one message: a run ("1-4") or a list ("OSAEC23-3, 5 and 7") with one owner, one new
 * deadline or one status for each, and the question asked before more than ten change.
 */

const bob = { kind: 'name', name: 'bob' } as const;
const bare = (...refs: string[]) => refs.map((ref) => item(null, ref));
const keyed = (...refs: string[]) => refs.map((ref) => item('OSAEC23', ref));

describe('one owner for several items', () => {
  const cases: [string, Command][] = [
    ['assign 1-4 to @bob', { type: 'assign_many', items: bare('1', '2', '3', '4'), person: bob, team: null }],
    [
      'OSAEC23-3, 5 and 7 to @ann team Safeguarding',
      {
        type: 'assign_many',
        items: keyed('3', '5', '7'),
        person: { kind: 'name', name: 'ann' },
        team: 'Safeguarding',
      },
    ],
    [
      'assign OSAEC23 1-3 @bob',
      { type: 'assign_many', items: keyed('1', '2', '3'), person: bob, team: null },
    ],
    [
      'give items 5, 6 and 9 to @bob',
      { type: 'assign_many', items: bare('5', '6', '9'), person: bob, team: null },
    ],
    [
      'assign OSAEC23-2-4 and PEEL23-1 to <@U42|bob>',
      {
        type: 'assign_many',
        items: [...keyed('2', '3', '4'), item('PEEL23', '1')],
        person: { kind: 'mention', externalId: 'U42', name: 'bob' },
        team: null,
      },
    ],
    [
      'OSAEC23-5 and 6 assigned to @bob',
      { type: 'assign_many', items: keyed('5', '6'), person: bob, team: null },
    ],
    // The same item twice is one item.
    ['assign 5, 5 and 6 to @bob', { type: 'assign_many', items: bare('5', '6'), person: bob, team: null }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['assign 1-4 to bob', 'assign.no_person'],
    ['assign 4-1 to @bob', 'ref.range'],
    ['assign 1-60 to @bob', 'ref.range'],
    ['assign 1-4 to @bob please the team', 'assign.extra'],
  ])('%j is refused: %s', (text, code) => expectProblem(text, code));

  it('says what it expected in words that fit the list typed', () => {
    const outcome = parse('assign OSAEC23-3, 5 and 7 to ann');
    expect(outcome.ok ? null : outcome.reply.blocks).toEqual([
      { type: 'text', text: 'For example: assign OSAEC23-3, 5 and 7 @alice' },
    ]);
  });

  it('leaves one item to the one-item reader', () => {
    expectCommand('assign OSAEC23-5 to @bob', {
      type: 'assign',
      item: item('OSAEC23', '5'),
      person: bob,
      team: null,
    });
  });
});

describe('one new deadline for several items', () => {
  const revise = (items: ItemRef[], date: string, reason: string) =>
    ({ type: 'revise_many', items, date, reason, deadline: null, confirmed: false }) as const;
  const cases: [string, Command][] = [
    [
      'push 3-5 back to 30/09/2026 - supplier delay',
      revise(bare('3', '4', '5'), '2026-09-30', 'supplier delay'),
    ],
    [
      'move OSAEC23-2 and 4 to end of Q3 because of recruitment',
      revise(keyed('2', '4'), '2024-09-30', 'recruitment'),
    ],
    [
      'OSAEC23 1-3 due 30 June 2026 because the tool slipped',
      revise(keyed('1', '2', '3'), '2026-06-30', 'the tool slipped'),
    ],
    ['OSAEC23-5 and 6 moved to 1 May 2026: staff', revise(keyed('5', '6'), '2026-05-01', 'staff')],
    // The reason as typed, with its dash and its full stop.
    [
      'push 3 and 4 back to 30/09/2026 - supplier’s delay – again.',
      revise(bare('3', '4'), '2026-09-30', 'supplier’s delay – again.'),
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it('reads "move 3-5 to done" as a status, like a board column', () => {
    expectCommand('move 3-5 to done', {
      type: 'status_many',
      items: bare('3', '4', '5'),
      status: 'done',
      note: null,
    });
  });

  it.each([
    ['push 3-5 back', 'date.missing'],
    ['move 3 and 4 to the moon - why not', 'date.unreadable'],
    ['push 3-5 back to 31 February 2026 - x', 'date.impossible'],
  ])('%j is refused: %s', (text, code) => expectProblem(text, code));

  it('leaves one item to the one-item reader, where "to 5 June" is a date', () => {
    expectCommand('move 3 to 5 June 2026 because of x', {
      type: 'revise',
      item: item(null, '3'),
      date: '2026-06-05',
      reason: 'x',
      deadline: null,
      confirmed: false,
    });
  });
});

describe('more than ten items at once: asked once, answered with "yes,"', () => {
  it.each([
    ['assign OSAEC23 1-12 to @bob', 'This will give 12 items to @bob: OSAEC23-1 … OSAEC23-12.'],
    ['mark 1-11 done', 'This will mark 11 items done: 1 … 11.'],
    [
      'push OSAEC23-1-10 and 14 back to 30/09/2026 - supplier delay',
      'This will move the deadlines of 11 items to 30 September 2026: OSAEC23-1 … OSAEC23-10 and OSAEC23-14.',
    ],
  ])('%j asks first', (text, sentence) => {
    expectQuestion(text, [`yes, ${text}`]);
    const outcome = parse(text);
    expect(outcome.ok ? '' : outcome.reply.text).toContain(sentence);
  });

  it('goes ahead when the command comes back with yes', () => {
    const outcome = parse('yes, assign OSAEC23 1-12 to @bob');
    expect(outcome.ok && outcome.command.type === 'assign_many' && outcome.command.items.length).toBe(12);
    expect(parse('Yes assign OSAEC23 1-12 to @bob').ok).toBe(true);
  });

  it('goes ahead at once with ten', () => {
    expect(parse('assign OSAEC23 1-10 to @bob').ok).toBe(true);
  });

  it('keeps "yes" before anything else as it was', () => {
    expectCommand('yes, OSAEC23-5 done', {
      type: 'status',
      item: item('OSAEC23', '5'),
      status: 'done',
      note: null,
    });
  });
});
