import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../adapters/scheduler/scheduler.ts';
import { slackClientOptions } from '../../adapters/slack/app.ts';
import { boltLogger } from '../../adapters/slack/bolt-logger.ts';
import { createSlackProactiveMessenger } from '../../adapters/slack/messenger.ts';
import { startScheduler } from '../../src/main.ts';
import { BOT_TOKEN, type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { seen, slash } from '../support/fake-slack-steps.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { silentLogger } from '../support/silent-logger.ts';

const RECS = { channel: { id: 'C1', name: 'recs' } };
/** The messenger's time limit here; the slow Slack below answers well after it. */
const CLIENT_TIMEOUT_MS = 150;
const SLOW_MS = 1_000;

/**
 * A digest post that Slack answers too slowly (or with a 5xx) has an unknown outcome: the message may
 * be in the channel. It must not be posted blindly again, by the Web API client or by the scheduler:
 * the next attempt looks for it in the channel's history by the run id in its metadata. Real Bolt app,
 * real SQLite ledger, the Slack Web API stand-in over HTTP.
 */
describe('a digest when Slack answers slowly', () => {
  let h: SlackHarness;
  let scheduler: Scheduler;
  const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
  beforeEach(async () => {
    clock.set(new Date('2024-03-14T10:00:00Z'));
    h = await startSlackHarness({ clock });
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    const messenger = createSlackProactiveMessenger({
      botToken: async () => BOT_TOKEN,
      clientOptions: slackClientOptions(boltLogger(silentLogger), h.api.apiUrl),
      sleep: async () => {},
      requestTimeoutMs: CLIENT_TIMEOUT_MS,
    });
    scheduler = startScheduler(h.app, silentLogger, { slack: messenger });
    expect(seen(await slash(h, 'digest daily 9am', RECS))).toContain('#recs will get the digest');
  });
  afterEach(async () => {
    await scheduler.stop();
    await h.close();
  });

  const at = (iso: string) => {
    clock.set(new Date(iso));
    return scheduler.tick();
  };
  const runs = async () => {
    const workspace = await h.app.deps.store.workspaces.findByExternal('slack', 'T0FENMARSH');
    const [subscription] = await h.app.deps.store.digests.subscriptions.list(workspace?.id ?? '');
    return h.app.deps.store.digests.runs.listBySubscription(workspace?.id ?? '', subscription?.id ?? '', 5);
  };

  it('is in the channel exactly once when chat.postMessage answers after the client gave up', async () => {
    h.api.answerNext('chat.postMessage', { body: { ok: true, channel: 'C1' }, delayMs: SLOW_MS });
    expect((await at('2024-03-15T09:00:00Z'))?.retry).toBe(1);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    const [unsure] = await runs();
    expect(unsure?.status).toBe('retry');
    expect(unsure?.unconfirmedSince).toBe('2024-03-15T09:00:00.000Z');

    await at('2024-03-15T09:01:00Z');
    await at('2024-03-15T09:10:00Z');
    await at('2024-03-15T10:00:00Z');
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    const [looked] = h.api.callsTo('conversations.history');
    expect(looked?.params).toMatchObject({ channel: 'C1', include_all_metadata: 'true' });
    const [run] = await runs();
    expect(run).toMatchObject({ status: 'sent', unconfirmedSince: null });
    expect(run?.postRefs).toEqual([h.api.messagesIn('C1')[0]?.ts]);
    expect(seen(await slash(h, 'digests', RECS))).toContain('Last: posted, for Friday 15 March 2024');
  });

  it('tags each post with its run id in the message metadata', async () => {
    await at('2024-03-15T09:00:00Z');
    const [run] = await runs();
    expect(h.api.messagesIn('C1').map((m) => m.metadata)).toEqual([
      { event_type: 'rectrack_digest', event_payload: { run_id: run?.key, part: 0 } },
    ]);
  });

  it('posts again, once, when the look finds that a 5xx post never arrived', async () => {
    h.api.answerNext('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    await at('2024-03-15T09:00:00Z');
    expect(h.api.messagesIn('C1')).toHaveLength(0);
    await at('2024-03-15T09:01:00Z');
    await at('2024-03-15T09:10:00Z');
    expect(h.api.callsTo('conversations.history')).toHaveLength(1);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(2);
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect((await runs())[0]?.status).toBe('sent');
  });

  it('keeps looking later, posting nothing, when the look itself gets no answer', async () => {
    h.api.answerNext('chat.postMessage', { body: { ok: true, channel: 'C1' }, delayMs: SLOW_MS });
    await at('2024-03-15T09:00:00Z');
    h.api.answerNext('conversations.history', { status: 500, body: { ok: false } });
    await at('2024-03-15T09:01:00Z');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect((await runs())[0]).toMatchObject({
      status: 'retry',
      unconfirmedSince: '2024-03-15T09:00:00.000Z',
    });
    await at('2024-03-15T09:10:00Z');
    expect(h.api.messagesIn('C1')).toHaveLength(1);
    expect((await runs())[0]?.status).toBe('sent');
  });
});
