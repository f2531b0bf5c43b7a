import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/dates/index.ts';
import { transientDeliveryError } from '../../src/core/delivery-error.ts';
import { STORE_KINDS } from '../support/core-harness.ts';
import type { Sent } from '../support/digest-harness.ts';
import {
  type DigestHarness,
  openDigestHarness,
  RECS,
  seedRecommendations,
} from '../support/digest-harness.ts';

/** What one reminder said: its day in London, who it went to, and "Section: REF" for each item. */
function summary(sent: Sent): [string, string, string[]] {
  const lines = sent.reply.blocks.flatMap((b) =>
    b.type === 'items' ? b.items.map((i) => `${b.title}: ${i.ref}`) : [],
  );
  return [todayIn('Europe/London', new Date(sent.at)), sent.to, lines];
}

/** Reminders to owners: one aggregated direct message a day, snooze, opt-out, unreachable owners. */
describe.each(STORE_KINDS)('reminders (%s store)', (kind) => {
  let h: DigestHarness;
  beforeEach(async () => {
    h = await openDigestHarness(kind);
    await seedRecommendations(h);
    await h.say('alice', 'add CUST24 "Train custody staff" due 19 March 2024');
    await h.say('alice', 'assign CUST24-2 @bob');
  });
  afterEach(() => h.close());

  /** Ticks three times a day (before, at and after reminder time) from the 15th to the `last` of March. */
  async function days(last: number) {
    for (let day = 15; day <= last; day++) {
      for (const time of ['08:00:00', '09:00:00', '09:00:30', '15:00:00'])
        await h.at(`2024-03-${day}T${time}Z`);
    }
  }

  it('sends each owner one message a day: a week ahead, the day before, on the day, weekly while overdue', async () => {
    await days(27);
    expect(h.out.direct().map(summary)).toEqual([
      ['2024-03-16', 'bob', ['Overdue: OSAEC23-1']],
      ['2024-03-18', 'bob', ['Due tomorrow: CUST24-2', 'Due in a week: OSAEC23-3']],
      ['2024-03-18', 'carol', ['Overdue: OSAEC23-2']],
      ['2024-03-19', 'bob', ['Due today: CUST24-2']],
      ['2024-03-20', 'bob', ['Overdue: CUST24-1', 'Overdue: CUST24-2']],
      // alice, the admin, owns no item: these are OSAEC23's section 55 response, due 28 March, in 7
      // days and tomorrow (test/integration/section55-reminders.test.ts looks inside them).
      ['2024-03-21', 'alice', []],
      ['2024-03-23', 'bob', ['Overdue: OSAEC23-1']],
      ['2024-03-24', 'bob', ['Due tomorrow: OSAEC23-3']],
      ['2024-03-25', 'bob', ['Due today: OSAEC23-3']],
      ['2024-03-25', 'carol', ['Overdue: OSAEC23-2']],
      ['2024-03-26', 'bob', ['Overdue: OSAEC23-3']],
      ['2024-03-27', 'alice', []],
      ['2024-03-27', 'bob', ['Overdue: CUST24-1', 'Overdue: CUST24-2']],
    ]);
    expect(h.out.direct().every((d) => d.at.endsWith('T09:00:00.000Z'))).toBe(true);
    const first = h.out.direct()[1];
    expect(first?.reply.text).toBe('Reminder: 2 items of yours need attention.');
    expect(first?.text).toContain('Snooze one: snooze CUST24-2 1 week · Stop these messages: reminders off');
  });

  it('stays quiet about a snoozed item until the snooze ends, and about everything for who opted out', async () => {
    h.clock.set(new Date('2024-03-17T12:00:00Z'));
    expect((await h.say('bob', 'snooze OSAEC23-3 until 25 March')).text).toBe(
      'No reminders about OSAEC23-3 until 25 March 2024. Undo with: unsnooze OSAEC23-3',
    );
    expect((await h.say('bob', 'snooze OSAEC23-2 1 week')).code).toBe('permission.not_owner');
    expect((await h.say('carol', 'reminders off')).kind).toBe('success');
    await days(26);
    expect(h.out.direct().map(summary)).toEqual([
      ['2024-03-16', 'bob', ['Overdue: OSAEC23-1']],
      ['2024-03-18', 'bob', ['Due tomorrow: CUST24-2']],
      ['2024-03-19', 'bob', ['Due today: CUST24-2']],
      ['2024-03-20', 'bob', ['Overdue: CUST24-1', 'Overdue: CUST24-2']],
      ['2024-03-21', 'alice', []],
      ['2024-03-23', 'bob', ['Overdue: OSAEC23-1']],
      ['2024-03-25', 'bob', ['Due today: OSAEC23-3']],
      ['2024-03-26', 'bob', ['Overdue: OSAEC23-3']],
    ]);
    const shown = await h.say('carol', 'reminders');
    expect(shown.text).toContain('Your reminders are off');
  });

  it('lists an owner it cannot message directly in the channel digest instead', async () => {
    h.clock.set(new Date('2024-03-18T08:00:00Z'));
    await h.say('alice', 'digest daily 10am', { channel: RECS });
    h.out.script('direct', () => 'unreachable');
    await h.at('2024-03-18T09:00:00Z');
    await h.at('2024-03-18T09:30:00Z');
    expect(h.out.direct().map((d) => d.to)).toEqual(['carol']);
    await h.at('2024-03-18T10:00:00Z');
    const digest = h.out.channel()[0]?.text ?? '';
    expect(digest).toContain(
      "bob: I can't message them directly, so their items are here (4)\n  RED    CUST24-1",
    );
    expect(digest).toMatch(/OSAEC23-3 +bob +due in 7 days/);
    expect(digest).not.toContain("carol: I can't message them");
  });

  it('retries a reminder that failed for a passing reason that day, and drops it once the day is over', async () => {
    h.out.script('direct', () => transientDeliveryError('ratelimited', 'slow down'));
    await h.at('2024-03-18T09:00:00Z');
    expect(h.out.direct().map((d) => d.to)).toEqual(['carol']);
    await h.at('2024-03-18T09:00:59Z');
    await h.at('2024-03-18T09:01:00Z');
    expect(h.out.direct().map((d) => [d.to, d.at])).toEqual([
      ['carol', '2024-03-18T09:00:00.000Z'],
      ['bob', '2024-03-18T09:01:00.000Z'],
    ]);
    // Tomorrow's failure asks for a wait past midnight: the retry is dropped, the next day's reminder is sent.
    h.out.script('direct', () =>
      transientDeliveryError('ratelimited', 'slow down', { retryAfterMs: 20 * 3_600_000 }),
    );
    await h.at('2024-03-19T09:00:00Z');
    await h.at('2024-03-20T05:00:00Z');
    await h.at('2024-03-20T09:00:00Z');
    expect(h.out.direct().slice(2).map(summary)).toEqual([
      ['2024-03-20', 'bob', ['Overdue: CUST24-1', 'Overdue: CUST24-2']],
    ]);
  });
});
