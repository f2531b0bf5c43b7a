import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { CTX, expectCommand, expectProblem, item, parse } from '../support/grammar.ts';

type Subscribe = Extract<Extract<Command, { type: 'digest' }>['action'], { kind: 'subscribe' }>;

function subscribe(cron: string, label: string, extra: Partial<Subscribe> = {}): Command {
  return {
    type: 'digest',
    action: {
      kind: 'subscribe',
      cron,
      label,
      timeZone: null,
      report: null,
      owner: null,
      statuses: [],
      skipEmpty: false,
      ...extra,
    },
  };
}

const MONDAY = subscribe('0 9 * * 1', 'every Monday at 09:00');

describe('digest commands', () => {
  const cases: [string, Command][] = [
    ['digest weekly Monday 9am', MONDAY],
    ['/recs digest weekly', MONDAY],
    ['digest on', MONDAY],
    ['subscribe every Monday at 9', MONDAY],
    ['digest daily 8:30', subscribe('30 8 * * *', 'every day at 08:30')],
    ['digest weekdays at noon', subscribe('0 12 * * 1-5', 'every weekday at 12:00')],
    ['digest monthly 1st 9am', subscribe('0 9 1 * *', 'on the 1st of every month at 09:00')],
    ['digest cron "0 9 * * 1-5"', subscribe('0 9 * * 1-5', 'cron 0 9 * * 1-5')],
    ['digest cron */30  8-17 * * 1-5', subscribe('*/30 8-17 * * 1-5', 'cron */30 8-17 * * 1-5')],
    [
      'digest weekly in America/New_York',
      subscribe('0 9 * * 1', 'every Monday at 09:00', { timeZone: 'America/New_York' }),
    ],
    [
      'digest cron "0 7 * * 1" tz Australia/Sydney',
      subscribe('0 7 * * 1', 'cron 0 7 * * 1', { timeZone: 'Australia/Sydney' }),
    ],
    [
      'digest weekly Friday 4pm for OSAEC23',
      subscribe('0 16 * * 5', 'every Friday at 16:00', { report: 'OSAEC23' }),
    ],
    ['digest weekly report osaec23', subscribe('0 9 * * 1', 'every Monday at 09:00', { report: 'OSAEC23' })],
    [
      'digest weekly Monday 9am owner @bob status blocked, in progress skip empty',
      subscribe('0 9 * * 1', 'every Monday at 09:00', {
        owner: { kind: 'name', name: 'bob' },
        statuses: ['blocked', 'in_progress'],
        skipEmpty: true,
      }),
    ],
    [
      'digest daily 8am for <@U123|bob> in Europe/Paris',
      subscribe('0 8 * * *', 'every day at 08:00', {
        owner: { kind: 'mention', externalId: 'U123', name: 'bob' },
        timeZone: 'Europe/Paris',
      }),
    ],
    ['digest off', { type: 'digest', action: { kind: 'off', index: null } }],
    ['unsubscribe', { type: 'digest', action: { kind: 'off', index: null } }],
    ['digest off 2', { type: 'digest', action: { kind: 'off', index: 2 } }],
    ['digest stop #3', { type: 'digest', action: { kind: 'off', index: 3 } }],
    ['digest resume', { type: 'digest', action: { kind: 'resume', index: null } }],
    ['digest resume 1', { type: 'digest', action: { kind: 'resume', index: 1 } }],
    ['digest now', { type: 'digest', action: { kind: 'now' } }],
    ['send the digest now', { type: 'digest', action: { kind: 'now' } }],
    ['digests', { type: 'digest', action: { kind: 'list' } }],
    ['digest', { type: 'digest', action: { kind: 'list' } }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['digest fortnightly', 'digest.schedule'],
    ['digest weekly banana', 'digest.schedule'],
    ['digest monthly 31st', 'digest.schedule'],
    ['digest cron "0 9 * * 1" on tuesdays', 'digest.schedule'],
    ['digest weekly status finished-ish', 'digest.status'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));
});

describe('reminder commands', () => {
  // CTX is Thursday 14 March 2024 in London.
  const snooze = (key: string | null, ref: string, until: string): Command => ({
    type: 'reminder',
    action: { kind: 'snooze', item: item(key, ref), until },
  });
  const cases: [string, Command][] = [
    ['snooze OSAEC23-5 1 week', snooze('OSAEC23', '5', '2024-03-21')],
    ['snooze OSAEC23-5', snooze('OSAEC23', '5', '2024-03-21')],
    ['snooze osaec23-05 for 2 weeks', snooze('OSAEC23', '5', '2024-03-28')],
    ['snooze OSAEC23-5 1 day', snooze('OSAEC23', '5', '2024-03-15')],
    ['snooze OSAEC23-5 tomorrow', snooze('OSAEC23', '5', '2024-03-15')],
    ['OSAEC23-A3 snooze a month', snooze('OSAEC23', 'A3', '2024-04-14')],
    ['snooze 14 until 30 June', snooze(null, '14', '2024-06-30')],
    ['snooze OSAEC23-5 until next Monday', snooze('OSAEC23', '5', '2024-03-18')],
    ['unsnooze OSAEC23-5', { type: 'reminder', action: { kind: 'unsnooze', item: item('OSAEC23', '5') } }],
    ['OSAEC23-5 unsnooze', { type: 'reminder', action: { kind: 'unsnooze', item: item('OSAEC23', '5') } }],
    ['reminders off', { type: 'reminder', action: { kind: 'opt_out' } }],
    ['stop my reminders', { type: 'reminder', action: { kind: 'opt_out' } }],
    ['opt out', { type: 'reminder', action: { kind: 'opt_out' } }],
    ['reminders on', { type: 'reminder', action: { kind: 'opt_in' } }],
    ['reminders', { type: 'reminder', action: { kind: 'show' } }],
  ];
  it.each(cases)('%j', (text, expected) => expectCommand(text, expected));

  it.each([
    ['snooze OSAEC23-5 until 1 March 2024', 'snooze.past'],
    ['snooze OSAEC23-5 3 years', 'snooze.too_long'],
    ['snooze OSAEC23-5 for a while', 'snooze.when'],
    ['snooze', 'snooze.usage'],
  ])('%j -> %s', (text, code) => expectProblem(text, code));

  it('still reads the item grammar for what is not a snooze', () => {
    expect(parse('OSAEC23-5 done', CTX)).toMatchObject({
      ok: true,
      command: { type: 'status', status: 'done' },
    });
  });
});

describe('digest options in any order', () => {
  it('reads statuses before the schedule too', () => {
    expectCommand(
      'digest status blocked or in progress weekly Friday 4pm in Europe/London',
      subscribe('0 16 * * 5', 'every Friday at 16:00', {
        statuses: ['blocked', 'in_progress'],
        timeZone: 'Europe/London',
      }),
    );
  });
});
