import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DigestHarness, openDigestHarness, RECS } from '../support/digest-harness.ts';

const HALF_HOUR = 30 * 60_000;

/**
 * A Monday 09:00 subscription driven by a fake clock in half-hour ticks across each daylight-saving
 * change: it must post at 09:00 local on the Monday before and the Monday after, and nowhere else.
 */
describe('digests across daylight-saving changes (fake clock)', () => {
  let h: DigestHarness;
  beforeEach(async () => {
    h = await openDigestHarness('memory');
  });
  afterEach(() => h.close());

  async function run(from: string, to: string): Promise<string[]> {
    for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += HALF_HOUR) {
      h.clock.set(new Date(t));
      await h.tick();
    }
    return h.out.channel().map((p) => p.at);
  }

  it.each([
    [
      'Europe/London',
      'March',
      '2024-03-23T00:00:00Z',
      ['2024-03-25T09:00:00.000Z', '2024-04-01T08:00:00.000Z'],
    ],
    [
      'Europe/London',
      'October',
      '2024-10-19T00:00:00Z',
      ['2024-10-21T08:00:00.000Z', '2024-10-28T09:00:00.000Z'],
    ],
    [
      'America/New_York',
      'March',
      '2024-03-02T00:00:00Z',
      ['2024-03-04T14:00:00.000Z', '2024-03-11T13:00:00.000Z'],
    ],
    [
      'America/New_York',
      'November',
      '2024-10-26T00:00:00Z',
      ['2024-10-28T13:00:00.000Z', '2024-11-04T14:00:00.000Z'],
    ],
    [
      'Australia/Sydney',
      'April',
      '2024-03-30T00:00:00Z',
      ['2024-03-31T22:00:00.000Z', '2024-04-07T23:00:00.000Z'],
    ],
    [
      'Australia/Sydney',
      'October',
      '2024-09-28T00:00:00Z',
      ['2024-09-29T23:00:00.000Z', '2024-10-06T22:00:00.000Z'],
    ],
  ])('Monday 09:00 in %s, either side of the %s change', async (zone, _change, from, expected) => {
    h.clock.set(new Date(from));
    const reply = await h.say('alice', `digest weekly Monday 9am in ${zone}`, { channel: RECS });
    expect(reply.kind, reply.text).toBe('success');
    const until = new Date(new Date(expected[1] ?? '').getTime() + 36 * 3_600_000).toISOString();
    expect(await run(from, until)).toEqual(expected);
    for (const post of h.out.channel()) expect(post.text.split(' · ')[1]).toMatch(/^Monday /);
  });

  it("counts overdue in the subscription's zone, not the workspace's", async () => {
    h.clock.set(new Date('2024-04-01T00:00:00Z'));
    await h.say('alice', 'report new "Custody" key CUST24 published 1 January 2024');
    await h.say('alice', 'add CUST24 "Improve custody records" due 7 April 2024');
    await h.say('alice', 'digest weekly Monday 8am in Australia/Sydney', { channel: RECS });
    // Monday 08:00 in Sydney is still Sunday 7 April (23:00) in London, where the item is due today.
    await run('2024-04-07T21:00:00Z', '2024-04-07T22:00:00Z');
    const text = h.out.channel()[0]?.text ?? '';
    expect(text).toContain('Digest · Monday 8 April 2024');
    expect(text).toContain('CUST24-1  -  1 day overdue');
    expect((await h.say('alice', 'overdue')).text).toBe('Nothing is overdue.');
  });
});
