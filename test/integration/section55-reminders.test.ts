import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DigestHarness, openDigestHarness, RECS, type Sent } from '../support/digest-harness.ts';

const HALF_HOUR = 30 * 60_000;

/** What one section 55 reminder said: when, to whom, and its section 55 lines. */
function summary(sent: Sent): [string, string, string[]] {
  const lines = sent.text.split('\n').filter((l) => l.startsWith('OSAEC24 · '));
  return [sent.at, sent.to, lines];
}

/**
 * Admins' section 55 reminders, driven by a fake clock in half-hour ticks with two scheduler instances
 * ticking together: 28, 14, 7 and 1 days before the response is due and on the day (the last two
 * after London moved to summer time on 31 March 2024, so at 08:00 UTC), and for the chief constable's
 * comments a week before, the day before and on the day they are due (21 days before the response).
 */
describe('section 55 reminders to admins (fake clock, across the March change)', () => {
  let h: DigestHarness;
  beforeEach(async () => {
    h = await openDigestHarness('memory', new Date('2024-03-01T00:00:00Z'));
    const say = async (user: string, text: string) => {
      const reply = await h.say(user, text);
      expect(reply.kind, `${text} -> ${reply.text}`).not.toBe('problem');
    };
    // Published 5 February 2024: the response is due 1 April, the chief constable's comments 11 March.
    await say('alice', 'report new "Online CSAE inspection" key OSAEC24 published 5 February 2024 s55');
    await say('alice', 'admin @dave');
    await say('bob', 'reports');
  });
  afterEach(() => h.close());

  const second = () => h.scheduler('instance-b');

  /** Ticks both instances every half hour from `from` to `to`. */
  async function run(from: string, to: string): Promise<void> {
    const other = second();
    for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += HALF_HOUR) {
      h.clock.set(new Date(t));
      await h.tick();
      await other.tick();
    }
  }

  it('reminds each admin once on each of those days, at 09:00 local, until the step is recorded', async () => {
    await run('2024-03-01T00:00:00Z', '2024-03-10T12:00:00Z');
    // Comments received on the 10th: the reminder of the 11th (the day they were due) never comes.
    expect((await h.say('alice', 'OSAEC24 comments received')).kind).toBe('success');
    await run('2024-03-10T12:30:00Z', '2024-04-02T23:30:00Z');
    const comments = "OSAEC24 · the chief constable's comments on the section 55 response:";
    const response = 'OSAEC24 · Online CSAE inspection: section 55 response';
    const drafting = "drafting · next: chief constable's comments received (due 11 March 2024)";
    const approval = "chief constable's comments received · next: approved by the commissioner";
    expect(h.out.direct().map(summary)).toEqual([
      [
        '2024-03-04T09:00:00.000Z',
        'alice',
        [
          `${comments} due in 7 days (11 March 2024)`,
          `${response} due in 28 days (1 April 2024) · ${drafting}`,
        ],
      ],
      [
        '2024-03-04T09:00:00.000Z',
        'dave',
        [
          `${comments} due in 7 days (11 March 2024)`,
          `${response} due in 28 days (1 April 2024) · ${drafting}`,
        ],
      ],
      ['2024-03-10T09:00:00.000Z', 'alice', [`${comments} due in 1 day (11 March 2024)`]],
      ['2024-03-10T09:00:00.000Z', 'dave', [`${comments} due in 1 day (11 March 2024)`]],
      ['2024-03-18T09:00:00.000Z', 'alice', [`${response} due in 14 days (1 April 2024) · ${approval}`]],
      ['2024-03-18T09:00:00.000Z', 'dave', [`${response} due in 14 days (1 April 2024) · ${approval}`]],
      ['2024-03-25T09:00:00.000Z', 'alice', [`${response} due in 7 days (1 April 2024) · ${approval}`]],
      ['2024-03-25T09:00:00.000Z', 'dave', [`${response} due in 7 days (1 April 2024) · ${approval}`]],
      ['2024-03-31T08:00:00.000Z', 'alice', [`${response} due in 1 day (1 April 2024) · ${approval}`]],
      ['2024-03-31T08:00:00.000Z', 'dave', [`${response} due in 1 day (1 April 2024) · ${approval}`]],
      ['2024-04-01T08:00:00.000Z', 'alice', [`${response} due today (1 April 2024) · ${approval}`]],
      ['2024-04-01T08:00:00.000Z', 'dave', [`${response} due today (1 April 2024) · ${approval}`]],
    ]);
    const first = h.out.direct()[0];
    expect(first?.reply.text).toBe('Reminder: the section 55 response for OSAEC24 is coming due.');
    expect(first?.text).toContain(
      'See every step: OSAEC24 stage · Record the next step: OSAEC24 comments received',
    );
  });

  it('stops once the response is sent, and the digest then asks for it to be published', async () => {
    await run('2024-03-20T00:00:00Z', '2024-03-26T00:00:00Z');
    expect(h.out.direct().map((d) => d.at)).toEqual(['2024-03-25T09:00:00.000Z', '2024-03-25T09:00:00.000Z']);
    for (const step of ['comments received', 'approved confirmed', 'sent'])
      expect((await h.say('alice', `OSAEC24 ${step}`)).kind, step).toBe('success');
    await h.say('alice', 'digest daily 10am', { channel: RECS });
    await run('2024-03-26T00:30:00Z', '2024-04-02T00:00:00Z');
    expect(h.out.direct()).toHaveLength(2);
    const digest = h.out.channel().at(-1)?.text ?? '';
    expect(digest).toContain('1 section 55 response to publish');
    expect(digest).toContain(
      'OSAEC24 · Online CSAE inspection: sent 6 days before the deadline (sent 26 March 2024, due 1 April 2024) · sent to HMICFRS and the Home Secretary · next: published',
    );
  });

  it('follows the setting for when the comments are due', async () => {
    expect((await h.say('alice', 'set s55-comments 14')).kind).toBe('success');
    expect((await h.say('dave', 'reminders off')).kind).toBe('success');
    await run('2024-03-10T00:00:00Z', '2024-03-19T00:00:00Z');
    // Due 18 March now: a week before (the 11th), the day before and on the day, with the response's 14 days.
    expect(h.out.direct().map((d) => [d.at.slice(0, 10), d.to])).toEqual([
      ['2024-03-11', 'alice'],
      ['2024-03-17', 'alice'],
      ['2024-03-18', 'alice'],
    ]);
    expect(h.out.direct()[2]?.text).toContain('due today (18 March 2024)');
  });
});
