import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import type { Status } from '../../src/core/model/status.ts';
import { expectProblem, item, parse } from '../support/grammar.ts';

/*
 * Everyday updates as a busy staff officer types them, each with the command it must become. The clock is
 * Thursday 14 March 2024 (test/support/grammar.ts). Families: the ways of naming an item, the update before
 * or after it, reasons after a comma or dash, courtesies, slips of one letter, and dates in office words.
 */

const R5 = item('OSAEC23', '5');
const status = (s: Status, note: string | null = null, ref = R5): Command => ({
  type: 'status',
  item: ref,
  status: s,
  note,
});
const revise = (date: string, reason: string | null = null, ref = R5): Command => ({
  type: 'revise',
  item: ref,
  date,
  reason,
  deadline: null,
  confirmed: false,
});

// Every way of naming item 5 of OSAEC23, each tried with every update below.
const NAMES = [
  'OSAEC23-5',
  'osaec23-5',
  'OSAEC23-05',
  'Rec 5 on OSAEC23',
  'rec 5 of OSAEC23',
  'recommendation 5 of OSAEC23',
  'item 5 in OSAEC23',
  'item 5 of the OSAEC23 report',
  'OSAEC23 rec 5',
  'OSAEC23 item 5',
  'OSAEC23 #5',
  'OSAEC23/5',
  'Osaec23 5',
  'rec 5 (OSAEC23)',
];
const UPDATES: [string, Status][] = [
  ['is done', 'done'],
  ['in progress', 'in_progress'],
  ['blocked', 'blocked'],
  ['is complete', 'done'],
  ['not started', 'not_started'],
  ['not for us', 'not_for_us'],
];

const CASES: [string, Command][] = [
  ...NAMES.flatMap((name) => UPDATES.map(([words, s]): [string, Command] => [`${name} ${words}`, status(s)])),
  // The update before the reference.
  ['started work on OSAEC23-5', status('in_progress')],
  ['we have started OSAEC23-5', status('in_progress')],
  ['kicked off OSAEC23-5', status('in_progress')],
  ['completed OSAEC23-5', status('done')],
  ['we have completed OSAEC23-5', status('done')],
  ['finished rec 5 on OSAEC23', status('done')],
  ['closed OSAEC23-5', status('done')],
  ['done OSAEC23-5', status('done')],
  ["we won't adopt OSAEC23-5", status('not_adopted')],
  ['we will not implement OSAEC23-5', status('not_adopted')],
  ['rejected OSAEC23-5', status('not_adopted')],
  ['declined OSAEC23-5', status('not_adopted')],
  ['blocked OSAEC23-5 waiting for funding', status('blocked', 'funding')],
  ['completed OSAEC23-5, all staff trained', status('done', 'all staff trained')],
  ['start OSAEC23-5', status('in_progress')],
  // Statuses said other ways after the reference.
  ["OSAEC23-5 won't be adopted", status('not_adopted')],
  ['OSAEC23-5 will not be adopted', status('not_adopted')],
  ['OSAEC23-5 not going ahead', status('not_adopted')],
  ['OSAEC23-5 has started', status('in_progress')],
  ['OSAEC23-5 is underway', status('in_progress')],
  ['OSAEC23-5 is now complete - all staff trained', status('done', 'all staff trained')],
  ['OSAEC23-5: complete', status('done')],
  ['OSAEC23-5 - done', status('done')],
  ['OSAEC23-5 on hold until the new system arrives', status('blocked', 'until the new system arrives')],
  ['OSAEC23 rec 5 blocked - waiting on L&D', status('blocked', 'L&D')],
  // Courtesies are not notes.
  ['OSAEC23-5 is complete thanks', status('done')],
  ['OSAEC23-5 done, thanks!', status('done')],
  ['OSAEC23-5 done thank you', status('done')],
  ['OSAEC23-5 done ta', status('done')],
  ['OSAEC23-5 done cheers', status('done')],
  ['cheers, OSAEC23-5 done', status('done')],
  ['hi, OSAEC23-5 done', status('done')],
  ['please mark OSAEC23-5 done thank you', status('done')],
  ['can you mark OSAEC23-5 as in progress pls', status('in_progress')],
  ['could you please mark OSAEC23-5 done', status('done')],
  ['can you mark rec 5 as in progress pls', status('in_progress', null, item(null, '5'))],
  ['item 5 is complete thanks', status('done', null, item(null, '5'))],
  // One letter off.
  ['OSAEC23-5 in progres', status('in_progress')],
  ['OSAEC23-5 blokced on funding', status('blocked', 'funding')],
  ['OSAEC23-5 compelte', status('done')],
  ['OSAEC23-5 finsihed', status('done')],
  ['OSAEC23-5 implemnted', status('done')],
  // Looking, not changing.
  ["what's the status of OSAEC23-5", { type: 'item_show', item: R5 }],
  ["how's OSAEC23-5", { type: 'item_show', item: R5 }],
  ['tell me about rec 5 on OSAEC23', { type: 'item_show', item: R5 }],
  ['who owns OSAEC23 rec 5', { type: 'item_show', item: R5 }],
  ['show Osaec23 5', { type: 'item_show', item: R5 }],
  ['history of OSAEC23-5', { type: 'item_history', item: R5 }],
  ['OSAEC23 #5 history', { type: 'item_history', item: R5 }],
  // Notes.
  ['OSAEC23-5 note: met the training lead', { type: 'comment', item: R5, note: 'met the training lead' }],
  [
    'rec 5 on OSAEC23 update: draft policy out for comment',
    { type: 'comment', item: R5, note: 'draft policy out for comment' },
  ],
  ['note on OSAEC23-5: awaiting the audit', { type: 'comment', item: R5, note: 'awaiting the audit' }],
  // Deadlines, with the reason after "because", a comma, a dash or a colon.
  ['push OSAEC23-5 back to 30/09/2026, supplier delay', revise('2026-09-30', 'supplier delay')],
  ['OSAEC23-5 deadline 31/3/27 - recruitment delays', revise('2027-03-31', 'recruitment delays')],
  ['OSAEC23-5 due 31/3/27: recruitment', revise('2027-03-31', 'recruitment')],
  ['OSAEC23-5 due 30 June 2024 because the tool slipped', revise('2024-06-30', 'the tool slipped')],
  ['move OSAEC23-5 to Monday, 3 June 2024 as the lead is away', revise('2024-06-03', 'the lead is away')],
  ['OSAEC23-5 due end of Q3', revise('2024-09-30')],
  ['OSAEC23-5 due Q3 2024/25', revise('2024-12-31')],
  ['OSAEC23-5 due Q4 2024/25 as agreed at the board', revise('2025-03-31', 'agreed at the board')],
  ['OSAEC23-5 due end of next quarter', revise('2024-06-30')],
  ['OSAEC23-5 due end of the financial year', revise('2024-03-31')],
  ['OSAEC23-5 due 01/02/2025', revise('2025-02-01')],
  ['OSAEC23-5 due 1/2/25', revise('2025-02-01')],
  ['OSAEC23-5 due end of June', revise('2024-06-30')],
  ['OSAEC23-5 deadline moved to 30 April 2024, waiting on IT', revise('2024-04-30', 'waiting on IT')],
  ['slip OSAEC23-5 to end of May - staff sickness', revise('2024-05-31', 'staff sickness')],
];

describe('everyday phrasings, understood the first time', () => {
  it(`has at least 150 of them (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text)).toEqual({ ok: true, command: expected });
  });
});

describe('words that look like updates but are not', () => {
  it.each(['sign-off', 'thanks'])('%s is refused, not taken as a status change', (text) =>
    expectProblem(text, 'command.unknown'),
  );

  it('asks what to do with an item whose status word is more than one letter off', () => {
    const outcome = parse('OSAEC23-5 dome');
    expect(outcome.ok ? null : outcome.reply.kind).toBe('question');
  });
});

describe('what people write is stored as they wrote it', () => {
  it.each([
    ['OSAEC23-5 done — all staff trained.', 'all staff trained.'],
    ['OSAEC23-5 blocked: waiting for the “national” product!', 'waiting for the “national” product!'],
    ['OSAEC23-5 note: met the lead 👍', 'met the lead 👍'],
    ['OSAEC23-5 in progress: L&D’s plan – phase 2', 'L&D’s plan – phase 2'],
  ])('%s keeps "%s"', (text, kept) => {
    const outcome = parse(text);
    expect(outcome.ok && 'note' in outcome.command ? outcome.command.note : null).toBe(kept);
  });

  it('keeps a response whole, its final full stop and dashes included', () => {
    const outcome = parse('respond OSAEC23-5 force: We accept this — the plan is agreed.');
    expect(outcome.ok && outcome.command.type === 'respond' ? outcome.command.text : null).toBe(
      'We accept this — the plan is agreed.',
    );
  });
});

describe('refusals that say what was wrong, with an example that fits', () => {
  it.each([
    ['OSAEC23-5 due 31/02/2025', 'date.impossible', 'There is no 31 February.'],
    ['OSAEC23-5 due 30 February', 'date.impossible', 'There is no 30 February.'],
    ['OSAEC23-5 due 29/02/2025', 'date.impossible', 'There is no 29 February in 2025.'],
    ['owner bob', 'owner.no_person', 'Mention bob with @ so I know which person you mean.'],
  ])('%s', (text, code, said) => {
    const outcome = parse(text);
    expect(outcome.ok ? null : [outcome.reply.code, outcome.reply.text]).toEqual([code, said]);
  });

  it('gives an example that parses and fits the mistake', () => {
    const outcome = parse('owner bob');
    const example = outcome.ok ? null : outcome.reply.blocks.find((b) => b.type === 'text');
    expect(example && 'text' in example ? example.text : '').toContain('owner @bob');
    expect(parse('owner <@U123>').ok).toBe(true);
  });
});
