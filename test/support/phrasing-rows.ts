import type { Status } from '../../src/core/model/status.ts';
import type { ItemState, Person } from './phrasing-world.ts';

/*
 * Everyday updates as a busy staff officer types them, each with the state it must leave behind in the
 * office of phrasing-world.ts (clock: Thursday 14 March 2024; most items due 30 April 2024; bob owns 5 and 8,
 * carol 9 and 12; 8 is in progress, 12 done; PEEL24 is the report alice named last). The console runs every
 * row; Slack and Teams run a sample of each family. A refusal or a question must leave everything as it was.
 */

export type Family =
  | 'status'
  | 'named'
  | 'verb-first'
  | 'reason'
  | 'courtesy'
  | 'typo'
  | 'bare-number'
  | 'deadline'
  | 'assign'
  | 'comment'
  | 'not-adopted'
  | 'several'
  | 'event'
  | 'refused';

export type PhrasingRow = {
  family: Family;
  say: string;
  /** Who types it: alice (an admin) unless said. */
  by?: Person;
  /** Typed first by the same person, their effect not checked (a report viewed, say). */
  given?: string[];
  /**
   * The state of the items it changes (every other item must be unchanged); or it changed nothing and was
   * refused (a problem), asked a question first, or only showed something.
   */
  then: Record<string, ItemState> | 'refused' | 'asked' | 'unchanged';
};

const is = (status: Status, note: string | null = null): ItemState => ({ status, note });
const due = (date: string, note: string | null): ItemState => ({ due: date, note });
const on = (ref: string, state: ItemState): Record<string, ItemState> => ({ [`OSAEC23-${ref}`]: state });
const five = (state: ItemState) => on('5', state);
const row = (family: Family, say: string, then: PhrasingRow['then'], extra: Partial<PhrasingRow> = {}) => ({
  family,
  say,
  then,
  ...extra,
});
const VIEWED = { given: ['report OSAEC23'] };

export const PHRASING_ROWS: PhrasingRow[] = [
  // The status after the full reference, with and without a note.
  row('status', 'OSAEC23-5 done', five(is('done'))),
  row('status', 'OSAEC23-5 is done', five(is('done'))),
  row('status', 'OSAEC23-5 done: all SCOLT staff trained', five(is('done', 'all SCOLT staff trained'))),
  row('status', 'OSAEC23-5 is done, evidence attached', five(is('done', 'evidence attached'))),
  row(
    'status',
    'OSAEC23-5 done - evidence https://intranet.example/scolt.pdf',
    five(is('done', 'evidence https://intranet.example/scolt.pdf')),
  ),
  row('status', 'OSAEC23-5 in progress', five(is('in_progress'))),
  row(
    'status',
    'OSAEC23-5 in progress: training plan approved, rollout starts next Monday',
    five(is('in_progress', 'training plan approved, rollout starts next Monday')),
  ),
  row('status', 'OSAEC23-5 is in progress', five(is('in_progress'))),
  row('status', 'OSAEC23-5 underway', five(is('in_progress'))),
  row('status', 'OSAEC23-5 has started', five(is('in_progress'))),
  row('status', 'OSAEC23-5 on track', five(is('in_progress'))),
  row('status', 'OSAEC23-5 wip', five(is('in_progress'))),
  row(
    'status',
    'OSAEC23-5 blocked: waiting for the national product',
    five(is('blocked', 'waiting for the national product')),
  ),
  row('status', 'OSAEC23-5 blocked on funding', five(is('blocked', 'funding'))),
  row('status', 'OSAEC23-5 is on hold pending the HR review', five(is('blocked', 'the HR review'))),
  row('status', 'OSAEC23-5 stuck - no budget until April', five(is('blocked', 'no budget until April'))),
  row('status', 'OSAEC23-5 pending sign-off', five(is('pending_signoff'))),
  row('status', 'OSAEC23-5 ready for sign off', five(is('pending_signoff'))),
  row('status', 'OSAEC23-5 complete', five(is('done'))),
  row('status', 'OSAEC23-5 completed.', five(is('done'))),
  row('status', 'OSAEC23-5 implemented', five(is('done'))),
  row('status', 'OSAEC23-5 closed', five(is('done'))),
  row('status', 'OSAEC23-8 not started', on('8', is('not_started'))),
  row('status', 'OSAEC23-5 is not for us', five(is('not_for_us'))),
  row('status', 'OSAEC23-15 n/a', on('15', is('not_for_us'))),
  row(
    'status',
    'OSAEC23-12 reopened: the audit found gaps',
    on('12', is('in_progress', 'the audit found gaps')),
  ),
  row('status', 'OSAEC23-5 done — “all staff” trained!', five(is('done', '“all staff” trained!'))),
  row('status', 'OSAEC23-5 done: 95% of staff trained 👍', five(is('done', '95% of staff trained 👍'))),
  row('status', 'OSAEC23-5 done', five(is('pending_signoff')), { by: 'bob' }),
  row('status', 'OSAEC23-8 blocked: waiting on L&D', on('8', is('blocked', 'waiting on L&D')), { by: 'bob' }),

  // Every way of naming item 5 of OSAEC23.
  row('named', 'Rec 5 on OSAEC23 is done', five(is('done'))),
  row('named', 'recommendation 5 of OSAEC23 is in progress', five(is('in_progress'))),
  row('named', 'OSAEC23 rec 5 blocked - waiting on L&D', five(is('blocked', 'L&D'))),
  row('named', 'Osaec23 5 in progress', five(is('in_progress'))),
  row('named', 'rec 5 of OSAEC23 done', five(is('done'))),
  row('named', 'item 5 in OSAEC23 complete', five(is('done'))),
  row('named', 'item 5 of the OSAEC23 report is done', five(is('done'))),
  row('named', 'OSAEC23 item 5 in progress', five(is('in_progress'))),
  row('named', 'OSAEC23 #5 done', five(is('done'))),
  row('named', 'OSAEC23/5 done', five(is('done'))),
  row('named', 'OSAEC23 5 done', five(is('done'))),
  row('named', 'osaec23-5 done', five(is('done'))),
  row('named', 'OSAEC23-05 done', five(is('done'))),
  row('named', 'rec 5 (OSAEC23) done', five(is('done'))),
  row('named', 'recommendation 5 on the OSAEC23 report is now complete', five(is('done'))),
  row(
    'named',
    'Rec 11 of OSAEC23 is blocked by the vetting backlog',
    on('11', is('blocked', 'the vetting backlog')),
  ),
  row('named', 'PEEL24 3 in progress', { 'PEEL24-3': is('in_progress') }),

  // The update said before the reference.
  row('verb-first', 'started work on OSAEC23-5', five(is('in_progress'))),
  row('verb-first', 'we have started OSAEC23-5', five(is('in_progress'))),
  row('verb-first', 'kicked off OSAEC23-5', five(is('in_progress'))),
  row('verb-first', 'start OSAEC23-5', five(is('in_progress'))),
  row('verb-first', 'completed OSAEC23-5', five(is('done'))),
  row('verb-first', 'we have completed OSAEC23-5', five(is('done'))),
  row('verb-first', 'completed OSAEC23-5, all staff trained', five(is('done', 'all staff trained'))),
  row('verb-first', 'finished rec 5 on OSAEC23', five(is('done'))),
  row('verb-first', 'done OSAEC23-5', five(is('done'))),
  row('verb-first', 'mark OSAEC23-5 as done', five(is('done'))),
  row('verb-first', 'mark OSAEC23-5 done', five(is('done'))),
  row('verb-first', 'set OSAEC23-5 to in progress', five(is('in_progress'))),
  row('verb-first', 'can you mark rec 5 as in progress pls', five(is('in_progress')), VIEWED),
  row('verb-first', 'move OSAEC23-5 to done', five(is('done'))),
  row('verb-first', 'change OSAEC23-5 to in progress', five(is('in_progress'))),
  row('verb-first', 'blocked OSAEC23-5 waiting for funding', five(is('blocked', 'funding'))),
  row('verb-first', 'reopen OSAEC23-12', on('12', is('in_progress'))),
  row('verb-first', 'sign off OSAEC23-5', five(is('done'))),

  // A reason after a comma, a dash, a colon, "because", "as", "due to".
  row(
    'reason',
    'OSAEC23-5 blocked, waiting for the national product',
    five(is('blocked', 'the national product')),
  ),
  row(
    'reason',
    'OSAEC23-5 blocked because the supplier went bust',
    five(is('blocked', 'the supplier went bust')),
  ),
  row(
    'reason',
    'OSAEC23-5 blocked due to vacancies in the team',
    five(is('blocked', 'vacancies in the team')),
  ),
  row('reason', 'OSAEC23-5 blocked - recruitment freeze', five(is('blocked', 'recruitment freeze'))),
  row(
    'reason',
    'OSAEC23-5 blocked – Chief’s decision awaited',
    five(is('blocked', 'Chief’s decision awaited')),
  ),
  row(
    'reason',
    'OSAEC23-5 on hold: IT change freeze until May',
    five(is('blocked', 'IT change freeze until May')),
  ),
  row(
    'reason',
    'OSAEC23-5 done, signed off at the March board',
    five(is('done', 'signed off at the March board')),
  ),
  row(
    'reason',
    'OSAEC23-5 done - policy published on the intranet',
    five(is('done', 'policy published on the intranet')),
  ),
  row('reason', 'OSAEC23-5 in progress; draft with the DCC', five(is('in_progress', 'draft with the DCC'))),

  // Courtesies are not notes.
  row('courtesy', 'item 5 is complete thanks', five(is('done')), VIEWED),
  row('courtesy', 'OSAEC23-5 is complete thanks', five(is('done'))),
  row('courtesy', 'OSAEC23-5 done, thanks!', five(is('done'))),
  row('courtesy', 'OSAEC23-5 done cheers', five(is('done'))),
  row('courtesy', 'please mark OSAEC23-5 as done', five(is('done'))),
  row('courtesy', 'could you please mark OSAEC23-5 as in progress', five(is('in_progress'))),
  row('courtesy', 'hi, OSAEC23-5 is in progress', five(is('in_progress'))),
  row('courtesy', 'OSAEC23-5 in progress pls', five(is('in_progress'))),
  row('courtesy', 'OSAEC23-5 done: all staff trained. Many thanks', five(is('done', 'all staff trained'))),
  row('courtesy', 'thanks - OSAEC23-5 is done', five(is('done'))),
  row('courtesy', 'OSAEC23-5 blocked on funding, thank you', five(is('blocked', 'funding'))),

  // A slip of one letter in a status word.
  row('typo', 'OSAEC23-5 in progres', five(is('in_progress'))),
  row('typo', 'OSAEC23-5 in porgress', five(is('in_progress'))),
  row('typo', 'OSAEC23-5 compelte', five(is('done'))),
  row('typo', 'OSAEC23-5 complet', five(is('done'))),
  row('typo', 'OSAEC23-5 blokced on funding', five(is('blocked', 'funding'))),
  row('typo', 'OSAEC23-5 finsihed', five(is('done'))),
  row('typo', 'OSAEC23-8 not strated', on('8', is('not_started'))),
  row('typo', 'OSAEC23-5 implimented', five(is('done'))),
  row('typo', 'OSAEC23-5 compelte thanks', five(is('done'))),

  // A bare number: an item of the report last viewed, or of the only report that has it.
  row('bare-number', '5 done', five(is('done')), VIEWED),
  row(
    'bare-number',
    '5 is done, evidence in the shared drive',
    five(is('done', 'evidence in the shared drive')),
    VIEWED,
  ),
  row('bare-number', 'rec 5 in progress', five(is('in_progress')), VIEWED),
  row('bare-number', 'item 5 blocked on funding', five(is('blocked', 'funding')), VIEWED),
  row('bare-number', '#5 done', five(is('done')), VIEWED),
  row('bare-number', 'started 5', five(is('in_progress')), VIEWED),
  row('bare-number', 'finished 11, all staff trained', on('11', is('done', 'all staff trained'))),
  row('bare-number', 'completed 5 courses this week', 'refused', VIEWED),
  row(
    'bare-number',
    'move 5 to 31 May because of training slots',
    five(due('2024-05-31', 'training slots')),
    VIEWED,
  ),
  row('bare-number', '5 done', { 'PEEL24-5': is('done') }),
  row('bare-number', '11 done', on('11', is('done'))),
  row('bare-number', '14 is blocked on the national tool', on('14', is('blocked', 'the national tool'))),
  // After an item card a number is an item of its report, never the card's button.
  row('bare-number', '5', 'unchanged', { given: ['OSAEC23-1'] }),
  row('bare-number', '2', 'unchanged', { given: ['OSAEC23-1'] }),

  // Deadlines in office words, a reason however it is joined.
  row(
    'deadline',
    'OSAEC23-5 due 30 June 2024 because the national tool slipped',
    five(due('2024-06-30', 'the national tool slipped')),
  ),
  row(
    'deadline',
    'move OSAEC23-5 to end of Q3 because of recruitment',
    five(due('2024-09-30', 'recruitment')),
  ),
  row(
    'deadline',
    'push OSAEC23-5 back to 30/09/2024, supplier delay',
    five(due('2024-09-30', 'supplier delay')),
  ),
  row(
    'deadline',
    'OSAEC23-5 deadline 31/3/25 - recruitment delays',
    five(due('2025-03-31', 'recruitment delays')),
  ),
  row('deadline', 'OSAEC23-5 due w/c 13 May, training slots', five(due('2024-05-13', 'training slots'))),
  row('deadline', 'OSAEC23-5 due 1/7/24 - supplier', five(due('2024-07-01', 'supplier'))),
  row(
    'deadline',
    'OSAEC23-5 due end of June as the audit slipped',
    five(due('2024-06-30', 'the audit slipped')),
  ),
  row('deadline', 'OSAEC23-5 due end of Q4: budget not agreed', five(due('2024-12-31', 'budget not agreed'))),
  row(
    'deadline',
    'OSAEC23-5 new deadline 31 July 2024 due to staff sickness',
    five(due('2024-07-31', 'staff sickness')),
  ),
  row(
    'deadline',
    'extend OSAEC23-5 to 31 July because of staff sickness',
    five(due('2024-07-31', 'staff sickness')),
  ),
  row(
    'deadline',
    'moving 5 to end of June as the supplier is late',
    five(due('2024-06-30', 'the supplier is late')),
    VIEWED,
  ),
  row('deadline', 'pushed OSAEC23-5 back to September — procurement', five(due('2024-09-30', 'procurement'))),
  row(
    'deadline',
    'OSAEC23-5 deadline moved to 15/08/2024 because of the election',
    five(due('2024-08-15', 'the election')),
  ),
  row(
    'deadline',
    'rec 5 of OSAEC23 due 30 Sept 2024 because of the restructure',
    five(due('2024-09-30', 'the restructure')),
  ),
  row('deadline', 'OSAEC23-5 due 30/06/2024: “Chief’s” call', five(due('2024-06-30', '“Chief’s” call'))),
  row(
    'deadline',
    'OSAEC23-9 due 31 May 2024 because of the backlog',
    on('9', due('2024-05-31', 'the backlog')),
  ),
  row('deadline', 'OSAEC23-5 due 30 June 2024', 'refused'),
  row('deadline', 'OSAEC23-5 due 1 March 2024 because the board met early', 'asked'),
  row('deadline', 'OSAEC23-5 due yesterday because of a typo', 'asked'),
  row('deadline', 'OSAEC23-5 due 01/02/2023 because of a typo', 'asked'),
  row('deadline', 'OSAEC23-5 due 15/04/2024, board wants it sooner', 'asked'),
  row('deadline', 'OSAEC23-5 due 31/02/2025 because of a typo', 'refused'),
  row('deadline', 'OSAEC23-5 due sometime soonish because reasons', 'refused'),
  row('deadline', 'OSAEC23-12 due 30 September 2024 because of the audit', 'refused'),
  row(
    'deadline',
    'OSAEC23-5 due 1 March 2024 because the board met early confirmed',
    five(due('2024-03-01', 'the board met early')),
  ),

  // Owners.
  row('assign', 'assign OSAEC23-1 @bob', on('1', { owner: 'bob', status: 'not_started' })),
  row('assign', 'assign OSAEC23-1 to @carol', on('1', { owner: 'carol' })),
  row('assign', 'give OSAEC23-1 to @bob', on('1', { owner: 'bob' })),
  row('assign', 'OSAEC23-1 assign to @bob', on('1', { owner: 'bob' })),
  row('assign', 'OSAEC23-1 owner @carol', on('1', { owner: 'carol' })),
  row('assign', 'assign OSAEC23-5 @carol', five({ owner: 'carol', status: 'not_started' })),
  row('assign', 'assign OSAEC23-1 @bob team Safeguarding', on('1', { owner: 'bob', team: 'Safeguarding' })),
  row('assign', 'assign rec 2 of OSAEC23 to @carol', on('2', { owner: 'carol' })),
  row('assign', 'assign 1 @bob', on('1', { owner: 'bob' }), VIEWED),
  row('assign', 'assign OSAEC23-1', 'refused'),
  row('assign', 'owner bob', 'refused'),

  // Comments: stored exactly as typed.
  row('comment', 'OSAEC23-5 note: spoke to the training lead', five({ note: 'spoke to the training lead' })),
  row(
    'comment',
    'OSAEC23-5 comment: L&D say “end of May” — fingers crossed',
    five({ note: 'L&D say “end of May” — fingers crossed' }),
  ),
  row(
    'comment',
    'OSAEC23-5 update: draft policy circulated to SLT',
    five({ note: 'draft policy circulated to SLT' }),
  ),
  row('comment', 'OSAEC23-5 progress: 40/120 staff trained', five({ note: '40/120 staff trained' })),
  row('comment', 'note on OSAEC23-5: chased L&D again...', five({ note: 'chased L&D again...' })),
  row(
    'comment',
    'OSAEC23-9 note: carol on leave until 2 April',
    on('9', { note: 'carol on leave until 2 April' }),
  ),
  row(
    'comment',
    'OSAEC23-5 note: met the DCC; she is content',
    five({ note: 'met the DCC; she is content', status: 'not_started' }),
  ),
  row('comment', 'OSAEC23-5 note: spoke to the training lead', five({ note: 'spoke to the training lead' }), {
    by: 'carol',
  }),
  row('comment', 'OSAEC23-5 note:', 'refused'),

  // Not adopted, not for us, and the force's decision.
  row('not-adopted', "we won't adopt OSAEC23-5", five(is('not_adopted'))),
  row('not-adopted', 'we will not implement OSAEC23-5', five(is('not_adopted'))),
  row('not-adopted', 'rejected OSAEC23-5', five(is('not_adopted'))),
  row('not-adopted', 'declined OSAEC23-5', five(is('not_adopted'))),
  row('not-adopted', "OSAEC23-5 won't be adopted", five(is('not_adopted'))),
  row(
    'not-adopted',
    'OSAEC23-5 not adopted: the force uses the national model',
    five(is('not_adopted', 'the force uses the national model')),
  ),
  row('not-adopted', 'OSAEC23-5 not going ahead', five(is('not_adopted'))),
  row(
    'not-adopted',
    'OSAEC23-15 not for us - addressed to the NCA',
    on('15', is('not_for_us', 'addressed to the NCA')),
  ),
  row('not-adopted', 'OSAEC23-15 is for another body', on('15', is('not_for_us'))),

  // Several items, one intent: each updated as if named alone.
  row('several', '5 and 6 are done', { ...five(is('done')), ...on('6', is('done')) }, VIEWED),
  row('several', 'OSAEC23-5 and 6 are done', { ...five(is('done')), ...on('6', is('done')) }),
  row('several', 'OSAEC23-5, 6 & 11 done', {
    ...five(is('done')),
    ...on('6', is('done')),
    ...on('11', is('done')),
  }),
  row(
    'several',
    'mark 1-2 not for us',
    { ...on('1', is('not_for_us')), ...on('2', is('not_for_us')) },
    VIEWED,
  ),
  row('several', 'OSAEC23 5-6 in progress', { ...five(is('in_progress')), ...on('6', is('in_progress')) }),
  row('several', 'mark OSAEC23-5 and OSAEC23-6 as in progress', {
    ...five(is('in_progress')),
    ...on('6', is('in_progress')),
  }),
  row('several', 'OSAEC23-5 and 6 blocked on funding', {
    ...five(is('blocked', 'funding')),
    ...on('6', is('blocked', 'funding')),
  }),
  row('several', 'PEEL24 1-3 done', {
    'PEEL24-1': is('done'),
    'PEEL24-2': is('done'),
    'PEEL24-3': is('done'),
  }),
  row('several', 'OSAEC23-5 and 6', 'refused'),
  row('several', 'mark 6-2 done', 'refused', VIEWED),

  // The event a conditional deadline waits for.
  row('event', 'OSAEC23-14 event happened 1 March 2024', on('14', { due: '2024-09-01' })),
  row('event', 'OSAEC23-14 condition met 1/3/24', on('14', { due: '2024-09-01' })),
  row('event', 'OSAEC23-5 event happened 1 March 2024', 'refused'),

  // Refused, with nothing changed.
  row('refused', 'OSAEC23-99 done', 'refused'),
  row('refused', 'NOPE24-5 done', 'refused'),
  row('refused', 'blocked on funding', 'refused'),
  row('refused', 'OSAEC23-5 blocked', 'refused'),
  row('refused', 'OSAEC23-5 done', 'refused', { by: 'carol' }),
  row('refused', 'OSAEC23-5 due 30 June 2024 because of x', 'refused', { by: 'carol' }),
  row('refused', '42 done', 'refused'),
  row('refused', 'frobnicate the widgets', 'refused'),
  row('refused', 'OSAEC23-5 and 6 are sort of nearly there', 'refused'),
];

/**
 * The rows Slack and Teams run over HTTP: the first and the last of every family (each family ends with its
 * refusals and questions), so each kind of phrasing, and a refusal of most kinds, crosses each platform's
 * real SDK.
 */
export function phrasingSample(): PhrasingRow[] {
  const families = [...new Set(PHRASING_ROWS.map((r) => r.family))];
  return families
    .flatMap((family) => {
      const rows = PHRASING_ROWS.filter((r) => r.family === family);
      return rows.length > 1 ? [rows[0], rows.at(-1)] : rows;
    })
    .filter((r): r is PhrasingRow => r !== undefined);
}
