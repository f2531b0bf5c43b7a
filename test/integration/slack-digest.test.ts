import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKyselySlackInstallationStore } from '../../adapters/db/slack-installation-store.ts';
import type { Scheduler } from '../../adapters/scheduler/scheduler.ts';
import { BOT_SCOPES } from '../../adapters/slack/manifest.ts';
import { startScheduler } from '../../src/main.ts';
import type { LogFields } from '../../src/ports/logger.ts';
import { anItem } from '../contract/store-fixtures.ts';
import type { RecordedCall } from '../support/fake-slack-api.ts';
import { BOT_TOKEN, type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { eventCallback } from '../support/fake-slack-payloads.ts';
import { blocksOf, seen, slash } from '../support/fake-slack-steps.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { silentLogger } from '../support/silent-logger.ts';

const RECS = { channel: { id: 'C1', name: 'recs' } };
const OAUTH_ENV = {
  SLACK_CLIENT_ID: '111.222',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'state-secret',
};
const INSTALLED_TOKEN = 'xoxb-installed-token';

/**
 * Digests and reminders delivered to Slack: subscribed with /recs in a channel through the real Bolt
 * app over HTTP, sent by the scheduler (ticked by hand on a fixed clock) through the Slack messenger
 * to the fake Web API.
 */
describe('digests and reminders in Slack', () => {
  let h: SlackHarness;
  let scheduler: Scheduler;
  const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
  beforeEach(async () => {
    clock.set(new Date('2024-03-14T10:00:00Z'));
    h = await startSlackHarness({ clock });
    h.api.addUser('W0ALICE01', { displayName: 'Alice Admin' });
    h.api.addUser('U0BOB', { displayName: 'Bob Smith' });
    scheduler = startScheduler(h.app, silentLogger, { slack: h.slack.messenger });
  });
  afterEach(async () => {
    await scheduler.stop();
    await h.close();
  });

  const at = (iso: string) => {
    clock.set(new Date(iso));
    return scheduler.tick();
  };
  const postsTo = (channel: string) =>
    h.api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
  const store = () => h.app.deps.store;
  const workspaceId = async () => (await store().workspaces.findByExternal('slack', 'T0FENMARSH'))?.id ?? '';
  const listed = async () => seen(await slash(h, 'digests', RECS));

  async function subscribe(text: string) {
    expect(seen(await slash(h, text, RECS))).toContain('#recs will get the digest');
  }

  async function seed() {
    await slash(
      h,
      'report new "Online CSAE inspection" key OSAEC23 published 1 February 2024 publisher HMICFRS',
    );
    await slash(h, 'add OSAEC23 "Chief Constables should review training" due 1 March 2024');
  }

  it('subscribes the channel /recs is typed in and posts each slot there once, with the bot token', async () => {
    await seed();
    await subscribe('digest weekly Monday 9am');
    const [subscription] = await store().digests.subscriptions.list(await workspaceId());
    expect(subscription?.address).toEqual({ platform: 'slack', team: 'T0FENMARSH', channel: 'C1' });
    expect(subscription?.channelName).toBe('recs');

    await at('2024-03-18T08:59:00Z');
    expect(postsTo('C1')).toHaveLength(0);
    await at('2024-03-18T09:00:00Z');
    await at('2024-03-18T09:00:30Z');
    expect(postsTo('C1')).toHaveLength(1);
    const [post] = postsTo('C1');
    expect(post?.token).toBe(BOT_TOKEN);
    expect(seen(post)).toContain('Digest · Monday 18 March 2024');
    expect(seen(post)).toContain('OSAEC23-1');
    expect(await listed()).toContain('Last: posted, for Monday 18 March 2024, 09:00');
  });

  it('subscribes a channel from an @mention, but not the DM with the app', async () => {
    const inDm = await slash(h, 'digest daily 8am', { channel: { id: 'D0ELLISRO', name: 'directmessage' } });
    expect(seen(inDm)).toContain('Type this in the channel that should get the digest');
    await h.event(
      eventCallback(
        'app_mention.json',
        { user: 'W0ALICE01', channel: 'C2', text: '<@UBOT> digest daily 8am' },
        'EvDigestMention',
        { team: 'T0FENMARSH', enterprise: 'E0FENGRID' },
      ),
    );
    const answer = await h.api.waitFor(() => h.api.callsTo('chat.postEphemeral')[0]);
    expect(seen(answer)).toContain('will get the digest');
    const subscriptions = await store().digests.subscriptions.list(await workspaceId());
    expect(subscriptions.map((s) => [s.address, s.channelName])).toEqual([
      [{ platform: 'slack', team: 'T0FENMARSH', channel: 'C2' }, null],
    ]);
    await at('2024-03-15T08:00:00Z');
    expect(postsTo('C2')).toHaveLength(1);
  });

  it('records not_in_channel as a permanent failure, shows it in digests, and does not retry', async () => {
    await subscribe('digest daily 9am');
    h.api.answerNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await at('2024-03-15T09:00:00Z');
    await at('2024-03-15T09:30:00Z');
    await at('2024-03-15T12:00:00Z');
    expect(postsTo('C1')).toHaveLength(1);
    const [subscription] = await store().digests.subscriptions.list(await workspaceId());
    const runs = await store().digests.runs.listBySubscription(
      await workspaceId(),
      subscription?.id ?? '',
      5,
    );
    expect(runs.map((r) => [r.status, r.attempts])).toEqual([['failed', 1]]);
    expect(await listed()).toContain(
      'Last: failed (not_in_channel: rectrack is not in that channel; invite it with /invite @rectrack)',
    );
  });

  it('waits out a 429 as long as Retry-After says, then posts the digest once', async () => {
    await subscribe('digest daily 9am');
    h.api.answerNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '120' },
      body: { ok: false, error: 'ratelimited' },
    });
    await at('2024-03-15T09:00:00Z');
    expect(postsTo('C1')).toHaveLength(1);
    expect(await listed()).toContain('failed, trying again (ratelimited:');
    // The scheduler's first backoff step is one minute; Slack asked for two.
    await at('2024-03-15T09:01:30Z');
    expect(postsTo('C1')).toHaveLength(1);
    await at('2024-03-15T09:02:00Z');
    await at('2024-03-15T09:10:00Z');
    expect(postsTo('C1')).toHaveLength(2);
    expect(await listed()).toContain('Last: posted, for Friday 15 March 2024, 09:00');
  });

  it("sends an owner's daily reminder to their DM with the app, once", async () => {
    await seed();
    await slash(h, 'add OSAEC23 "Forces should share data" due 19 March 2024');
    await slash(h, 'assign OSAEC23-2 <@U0BOB>');
    await at('2024-03-18T08:59:00Z');
    expect(postsTo('U0BOB')).toHaveLength(0);
    await at('2024-03-18T09:00:00Z');
    await at('2024-03-18T09:00:30Z');
    await at('2024-03-18T15:00:00Z');
    const dms = postsTo('U0BOB');
    expect(dms).toHaveLength(1);
    expect(dms[0]?.token).toBe(BOT_TOKEN);
    expect(seen(dms[0])).toContain('Reminder');
    expect(seen(dms[0])).toContain('OSAEC23-2');
  });

  it('lists a deactivated owner in the channel digest instead of messaging them', async () => {
    h.api.addUser('U0GONE', { displayName: 'Gail Gone', deleted: true });
    await seed();
    await slash(h, 'add OSAEC23 "Forces should share data" due 19 March 2024');
    await slash(h, 'assign OSAEC23-2 <@U0GONE>');
    clock.set(new Date('2024-03-18T08:00:00Z'));
    await subscribe('digest daily 10am');
    await at('2024-03-18T09:00:00Z');
    expect(h.api.callsTo('users.info').some((c) => c.params.user === 'U0GONE')).toBe(true);
    expect(postsTo('U0GONE')).toHaveLength(0);
    const gone = await store().members.findByExternal(await workspaceId(), 'U0GONE');
    const unreachable = await store().digests.runs.listUnreachable(
      await workspaceId(),
      '2024-03-18T00:00:00Z',
    );
    expect(unreachable).toEqual([gone?.id]);
    await at('2024-03-18T10:00:00Z');
    expect(postsTo('C1')).toHaveLength(1);
    expect(seen(postsTo('C1')[0])).toContain("Gail Gone: I can't message them directly");
  });

  /** A report with `count` overdue items, straight into the store (500 slash commands would be slow). */
  async function overdueItems(count: number) {
    await slash(h, 'report new "Online CSAE inspection" key OSAEC23 published 1 February 2024');
    const [report] = await store().reports.list(await workspaceId());
    if (!report) throw new Error('no report');
    await store().transaction(async (tx) => {
      for (let n = 1; n <= count; n++) {
        // Due dates rise with the number, so the digest (most overdue first) lists 1 to count in order.
        const due = new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        await tx.items.insert(
          anItem(report, {
            id: `item-${n}`,
            ref: String(n),
            number: n,
            text: `Recommendation ${n}: forces should make sure every officer has had the training.`,
            status: 'in_progress',
            dueOn: due,
          }),
        );
      }
    });
  }
  const refsIn = (posts: readonly (RecordedCall | undefined)[]) =>
    posts.flatMap((p) =>
      [...JSON.stringify(p?.params.blocks).matchAll(/\bOSAEC23-(\d+)\b/g)].map((m) => Number(m[1])),
    );
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('posts a 500-item digest as several messages of at most 50 blocks, in order', async () => {
    await overdueItems(500);
    await subscribe('digest weekly Monday 9am');
    await at('2024-03-18T09:00:00Z');
    await at('2024-03-18T09:00:30Z');
    const posts = postsTo('C1');
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) expect(blocksOf(post).length).toBeLessThanOrEqual(50);
    expect(String(posts[0]?.params.text)).toMatch(/^Digest · Monday 18 March 2024/);
    expect(posts.slice(1).every((p) => String(p.params.text).endsWith('(continued)'))).toBe(true);
    expect(refsIn(posts)).toEqual(oneTo(500));
  });

  it('waits out a rate limit that comes after the first part, and posts the rest in order', async () => {
    await overdueItems(500);
    await subscribe('digest weekly Monday 9am');
    h.api.answerNext(
      'chat.postMessage',
      { body: { ok: true, channel: 'C1', ts: '1.1' } },
      { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } },
    );
    await at('2024-03-18T09:00:00Z');
    const posts = postsTo('C1');
    // Part 1, part 2 refused, part 2 again after a second, and the rest: nothing is lost or repeated.
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(posts[2]?.at ?? 0).toBeGreaterThanOrEqual((posts[1]?.at ?? 0) + 1000);
    expect(posts[2]?.params.blocks).toEqual(posts[1]?.params.blocks);
    expect(refsIn([posts[0], ...posts.slice(2)])).toEqual(oneTo(500));
    expect(await listed()).toContain('Last: posted, for Monday 18 March 2024, 09:00');
  });
});

describe('digests in Slack workspaces installed through OAuth', () => {
  const clock = createFixedClock(new Date('2024-03-14T10:00:00Z'));
  const team = { team: 'TOAUTH', enterprise: null, channel: { id: 'C9', name: 'audit' } };
  const key = { enterpriseId: null, teamId: 'TOAUTH', isEnterpriseInstall: false };
  let h: SlackHarness;
  let scheduler: Scheduler;
  const logs: string[] = [];
  beforeEach(async () => {
    h = await startSlackHarness({ env: OAUTH_ENV, clock });
    const record = (message: string, fields?: LogFields) => void logs.push(JSON.stringify([message, fields]));
    const logger = { info: record, warn: record, error: record };
    scheduler = startScheduler(h.app, logger, { slack: h.slack.messenger });
    await createKyselySlackInstallationStore(h.app.db).save({
      ...key,
      installation: JSON.stringify({
        team: { id: 'TOAUTH', name: 'OAuth Team' },
        user: { id: 'W0ALICE01' },
        bot: { token: INSTALLED_TOKEN, userId: 'UBOT', id: 'BBOT', scopes: [...BOT_SCOPES] },
        isEnterpriseInstall: false,
        appId: 'A0RECTRACK',
        tokenType: 'bot',
      }),
      updatedAt: '2024-03-01T00:00:00.000Z',
    });
  });
  afterEach(async () => {
    await scheduler.stop();
    await h.close();
  });

  it("posts with the team's installed token, and fails for good once the app is uninstalled", async () => {
    const reply = await slash(h, 'digest daily 9am', team);
    expect(seen(reply)).toContain('#audit will get the digest');
    clock.set(new Date('2024-03-15T09:00:00Z'));
    await scheduler.tick();
    const posts = () => h.api.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C9');
    expect(posts().map((p) => p.token)).toEqual([INSTALLED_TOKEN]);

    await createKyselySlackInstallationStore(h.app.db).delete(key);
    clock.set(new Date('2024-03-16T09:00:00Z'));
    await scheduler.tick();
    expect(posts()).toHaveLength(1);
    const workspace = await h.app.deps.store.workspaces.findByExternal('slack', 'TOAUTH');
    const [subscription] = await h.app.deps.store.digests.subscriptions.list(workspace?.id ?? '');
    const [last] = await h.app.deps.store.digests.runs.listBySubscription(
      workspace?.id ?? '',
      subscription?.id ?? '',
      1,
    );
    expect(last?.status).toBe('failed');
    expect(last?.error).toMatch(/^unauthorized: rectrack is not installed in Slack workspace TOAUTH/);
    expect(logs.join('\n')).toContain('delivery failed');
    expect([...logs, JSON.stringify(h.logs)].join('\n')).not.toMatch(/xox[a-z]-/);
  });
});
