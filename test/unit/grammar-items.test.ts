import { describe, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { expectCommand, expectProblem, item } from '../support/grammar.ts';

const R5 = item('OSAEC23', '5');
const R14 = item('OSAEC23', '14');
const BARE14 = item(null, '14');

type Status = Extract<Command, { type: 'status' }>['status'];
const status = (to: Status, note: string | null, ref = R5): Command => ({
  type: 'status',
  item: ref,
  status: to,
  note,
});

describe('item show and history', () => {
  const cases: [string, Command][] = [
    ['OSAEC23-5', { type: 'item_show', item: R5 }],
    ['osaec23-5', { type: 'item_show', item: R5 }],
    ['OSAEC23-05', { type: 'item_show', item: R5 }],
    ['osaec23-a3', { type: 'item_show', item: item('OSAEC23', 'A3') }],
    ['show OSAEC23-5', { type: 'item_show', item: R5 }],
    ["what's the status of OSAEC23-5?", { type: 'item_show', item: R5 }],
    ['how is OSAEC23-5', { type: 'item_show', item: R5 }],
    ['who owns OSAEC23-5?', { type: 'item_show', item: R5 }],

    ['14', { type: 'item_show', item: BARE14 }],
    ['show item 14', { type: 'item_show', item: BARE14 }],
    ['history OSAEC23-5', { type: 'item_history', item: R5 }],
    ['history of OSAEC23-5', { type: 'item_history', item: R5 }],
    ['OSAEC23-5 history', { type: 'item_history', item: R5 }],
    ['history 14', { type: 'item_history', item: BARE14 }],
    ['rec 14 log', { type: 'item_history', item: BARE14 }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('assign', () => {
  const alice = { kind: 'name', name: 'alice' } as const;
  const cases: [string, Command][] = [
    ['assign OSAEC23-5 @alice', { type: 'assign', item: R5, person: alice, team: null }],
    ['assign OSAEC23-5 to @alice', { type: 'assign', item: R5, person: alice, team: null }],
    [
      'assign OSAEC23-5 <@U123>',
      { type: 'assign', item: R5, person: { kind: 'mention', externalId: 'U123', name: null }, team: null },
    ],
    [
      'assign OSAEC23-5 <@U123|alice>',
      {
        type: 'assign',
        item: R5,
        person: { kind: 'mention', externalId: 'U123', name: 'alice' },
        team: null,
      },
    ],
    [
      'assign OSAEC23-5 @alice team Safeguarding and Investigations',
      { type: 'assign', item: R5, person: alice, team: 'Safeguarding and Investigations' },
    ],
    [
      'assign OSAEC23-5 @alice (Safeguarding)',
      { type: 'assign', item: R5, person: alice, team: 'Safeguarding' },
    ],
    ['OSAEC23-5 assigned to @alice', { type: 'assign', item: R5, person: alice, team: null }],
    ['give 14 to @alice', { type: 'assign', item: BARE14, person: alice, team: null }],
    [
      'assign OSAEC23-5 @alice.smith',
      { type: 'assign', item: R5, person: { kind: 'name', name: 'alice.smith' }, team: null },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['assign OSAEC23-5', 'assign.no_person'],
    ['assign OSAEC23-5 alice', 'assign.no_person'],
    ['assign OSAEC23-5 @alice tomorrow', 'assign.extra'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});

describe('status keywords', () => {
  const cases: [string, Command][] = [
    [
      'OSAEC23-5 in progress: training plan approved, rollout starts next Monday',
      status('in_progress', 'training plan approved, rollout starts next Monday'),
    ],
    ['OSAEC23-5 done', status('done', null)],
    ['OSAEC23-5 DONE.', status('done', null)],
    [
      'OSAEC23-5 done: all SCOLT staff trained, evidence https://example.org/x-1',
      status('done', 'all SCOLT staff trained, evidence https://example.org/x-1'),
    ],
    [
      'OSAEC23-5 blocked: external: national tool not published',
      status('blocked', 'external: national tool not published'),
    ],
    // A reason helps but is not required: "blocked" is what the question's button sends.
    ['OSAEC23-5 blocked', status('blocked', null)],
    ['OSAEC23-5 not started', status('not_started', null)],
    ['OSAEC23-5 pending sign-off', status('pending_signoff', null)],
    ['OSAEC23-5 ready for sign off', status('pending_signoff', null)],
    ['OSAEC23-5 not adopted', status('not_adopted', null)],
    ['OSAEC23-5 not for us', status('not_for_us', null)],
    ['OSAEC23-5 on hold', status('blocked', null)],
    ['osaec23-c1 signed off', status('done', null, item('OSAEC23', 'C1'))],
    ['start OSAEC23-5', status('in_progress', null)],
    ['OSAEC23-5 starting', status('in_progress', null)],
    ['OSAEC23-5 accepted', { type: 'disposition', item: R5, disposition: 'accepted' }],
    ['OSAEC23-5 is not accepted', { type: 'disposition', item: R5, disposition: 'not_accepted' }],
  ];

  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('conversational updates', () => {
  const cases: [string, Command][] = [
    ['OSAEC23-5 is done, all staff trained', status('done', 'all staff trained')],
    ['OSAEC23-5 is done, evidence attached', status('done', 'evidence attached')],
    ['14 is blocked on funding', status('blocked', 'funding', BARE14)],
    ['OSAEC23-5 blocked - waiting for the vendor', status('blocked', 'the vendor')],
    ['OSAEC23-5 blocked because of funding', status('blocked', 'funding')],
    ['mark OSAEC23-5 as done', status('done', null)],
    ['mark 14 done', status('done', null, BARE14)],
    ['set OSAEC23-5 to in progress', status('in_progress', null)],
    ['OSAEC23-5 has been completed', status('done', null)],
    ['OSAEC23-5 is now in progress', status('in_progress', null)],
    ['OSAEC23-5 marked as done', status('done', null)],
    ['OSAEC23-5 done with evidence https://example.org/e', status('done', 'evidence https://example.org/e')],
    ['recommendation 14 is complete', status('done', null, BARE14)],
    ['#14 done', status('done', null, BARE14)],
    ['start 14', status('in_progress', null, BARE14)],
    ['OSAEC23-5 done https://example.org/osaec23-6', status('done', 'https://example.org/osaec23-6')],
    ['OSAEC23-5 note: met the training lead', { type: 'comment', item: R5, note: 'met the training lead' }],
    ['comment on OSAEC23-5 chased again', { type: 'comment', item: R5, note: 'chased again' }],
    ['OSAEC23-5 update: halfway there', { type: 'comment', item: R5, note: 'halfway there' }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));
});

describe('deadlines and events', () => {
  const revise = (
    date: string,
    reason: string | null,
    ref = R14,
    deadline: number | null = null,
  ): Command => ({
    type: 'revise',
    item: ref,
    date,
    reason,
    deadline,
    confirmed: false,
  });
  const cases: [string, Command][] = [
    ['move OSAEC23-14 to end of June because the tool slipped', revise('2024-06-30', 'the tool slipped')],
    [
      'OSAEC23-14 due 30 June 2024 because the national tool slipped',
      revise('2024-06-30', 'the national tool slipped'),
    ],
    [
      'OSAEC23-14 deadline moved to 1/7/2024 because the supplier slipped',
      revise('2024-07-01', 'the supplier slipped'),
    ],
    ['moving 14 to end of June', revise('2024-06-30', null, BARE14)],
    ['move item 14 to June', revise('2024-06-30', null, BARE14)],
    ['push rec 14 to July because late', revise('2024-07-31', 'late', BARE14)],
    ['push OSAEC23-14 to next month', revise('2024-04-30', null)],
    ['OSAEC23-14 pushed back to July', revise('2024-07-31', null)],
    ['OSAEC23-14 new deadline is 30 June 2024', revise('2024-06-30', null)],
    // A day and month without a year is the next one: 1 March has passed, so 2025.
    ['OSAEC23-14 due 1 March', revise('2025-03-01', null)],
    ['OSAEC23-14 due 30 June 2024: the tool slipped', revise('2024-06-30', 'the tool slipped')],
    // Only the first separator starts the reason; the rest belongs to it.
    [
      'OSAEC23-14 due 30 June 2024 because the tool slipped as expected',
      revise('2024-06-30', 'the tool slipped as expected'),
    ],
    [
      'OSAEC23-14 due 30 June 2024 because the tool slipped: supplier late',
      revise('2024-06-30', 'the tool slipped: supplier late'),
    ],
    // The form the "which deadline?" buttons send.
    [
      'OSAEC23-14 due 30 June 2024 deadline 2 because the tool slipped',
      revise('2024-06-30', 'the tool slipped', R14, 2),
    ],
    [
      'OSAEC23-14 due 30 June 2024 because deadline 1 was unrealistic',
      revise('2024-06-30', 'deadline 1 was unrealistic'),
    ],
    ['OSAEC23-14 event happened 1 March 2024', { type: 'event', item: R14, date: '2024-03-01' }],
    // An event date without a year is the latest past one.
    ['OSAEC23-14 event happened 20 March', { type: 'event', item: R14, date: '2023-03-20' }],
    ['OSAEC23-14 event happened yesterday', { type: 'event', item: R14, date: '2024-03-13' }],
    ['OSAEC23-14 event happened', { type: 'event', item: R14, date: '2024-03-14' }],
    ['OSAEC23-14 condition met on 2 March 2024', { type: 'event', item: R14, date: '2024-03-02' }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it('reads "today" in the workspace zone, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    const lateJune = { now: new Date('2024-06-30T23:30:00Z'), timeZone: 'Europe/London' };
    expectCommand(
      'OSAEC23-14 event happened today',
      { type: 'event', item: R14, date: '2024-07-01' },
      lateJune,
    );
  });

  it.each([
    ['OSAEC23-14 due someday because reasons', 'date.unreadable'],
    ['move OSAEC23-14 to blah', 'date.unreadable'],
    ['OSAEC23-14 due 31/02/2024', 'date.impossible'],
    // British order: there is no 25th month.
    ['OSAEC23-14 due 12/25/2024', 'date.unreadable'],
    ['OSAEC23-14 event happened whenever', 'date.unreadable'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});

describe('respond', () => {
  const cases: [string, Command][] = [
    [
      'respond OSAEC23-5 force: we accept this recommendation',
      { type: 'respond', key: 'OSAEC23', item: '5', who: 'force', text: 'we accept this recommendation' },
    ],
    [
      'respond OSAEC23 pcc: I welcome this report',
      { type: 'respond', key: 'OSAEC23', item: null, who: 'pcc', text: 'I welcome this report' },
    ],
    [
      'respond osaec23-a3 PCC accepted in full',
      { type: 'respond', key: 'OSAEC23', item: 'A3', who: 'pcc', text: 'accepted in full' },
    ],
    [
      'respond OSAEC23 pcc response: I welcome this report',
      { type: 'respond', key: 'OSAEC23', item: null, who: 'pcc', text: 'I welcome this report' },
    ],
    [
      "respond OSAEC23-5 force's response: accepted",
      { type: 'respond', key: 'OSAEC23', item: '5', who: 'force', text: 'accepted' },
    ],
    [
      'respond OSAEC23-5 force response times will improve',
      { type: 'respond', key: 'OSAEC23', item: '5', who: 'force', text: 'response times will improve' },
    ],
    [
      'OSAEC23-5 force response: accepted',
      { type: 'respond', key: 'OSAEC23', item: '5', who: 'force', text: 'accepted' },
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['respond OSAEC23-5 force:', 'respond.empty'],
    ['respond OSAEC23-5', 'respond.usage'],
    ['respond', 'respond.usage'],
    ['respond OSAEC23-5 forces will comply', 'respond.usage'],
    ['OSAEC23-5 pcc response', 'respond.empty'],
    ['14 force response: accepted', 'ref.needs_key'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});
