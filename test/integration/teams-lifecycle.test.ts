import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/core/delivery-error.ts';
import { info } from '../../src/core/reply/reply.ts';
import type { DeliveryWorkspace } from '../../src/ports/messenger.ts';
import { cardOf, seen, textOf } from '../support/fake-bot-connector-cards.ts';
import {
  ALEX,
  fixture,
  startTeamsHarness,
  TENANT,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

const CHANNEL = '19:7d3e9b1a5c2f48e6b0a4d8c2e6f1a3b5@thread.tacv2';
const TEAM = '19:Kq2Rw8Tz4Xv6Nb0Lm3Ps9Yd5Hf7Jc1Ga@thread.tacv2';
const PERSONAL = 'a:1Xs4Dw8Qk2Lz6Vn0Rb3Hy7Tm5Gc9Jf1Pe4Ua8Ko2Wi6Ox3Ez7Nr5Bt';
const WORKSPACE: DeliveryWorkspace = { platform: 'teams', externalId: TENANT, name: 'Microsoft Teams' };
const ALEX_MEMBER = { externalId: ALEX, displayName: 'Alex Okafor' };

const digest = info('Weekly digest: 2 overdue, 1 due soon.', [
  { type: 'text', text: 'OSAEC23-5 is 3 days overdue.' },
]);

/** What a failed delivery rejected with, for assertions. */
async function refusal(promise: Promise<unknown>): Promise<DeliveryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeliveryError) return error;
    throw error;
  }
  throw new Error('expected the delivery to fail');
}

describe('Teams installs, uninstalls and proactive messages', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
  });
  afterEach(() => h.close());

  it('added to a personal chat: keeps the reference and says hello once, with how to start', async () => {
    const { posted } = await h.exchange(fixture(h, 'conversationUpdate-bot-added-personal'));
    expect(posted).toHaveLength(1);
    expect(seen(posted)).toContain('Type help to see what I can do');
    const stored = await h.conversations.findPersonal(TENANT, ALEX);
    expect(stored).toMatchObject({ conversationId: PERSONAL, kind: 'personal', userId: ALEX });
    expect(JSON.parse(stored?.reference ?? '{}')).toMatchObject({
      serviceUrl: h.connector.url,
      conversation: { id: PERSONAL },
    });
    // Teams also sends installationUpdate on install: the reference is refreshed, no second hello.
    const install = fixture(h, 'installationUpdate-add-team');
    install.conversation = { conversationType: 'personal', tenantId: TENANT, id: PERSONAL };
    const again = await h.exchange(install);
    expect(again.posted).toHaveLength(0);
  });

  it('installed in a team: one welcome in the channel, however many install events arrive', async () => {
    const first = await h.exchange(fixture(h, 'installationUpdate-add-team'));
    const second = await h.exchange(fixture(h, 'conversationUpdate-bot-added-to-team'));
    const posted = [...first.posted, ...second.posted];
    expect(posted).toHaveLength(1);
    expect(posted[0]?.conversationId).toBe(CHANNEL);
    expect(seen(posted)).toContain('Mention me to use me here');
    expect(await h.conversations.find(TENANT, CHANNEL)).toMatchObject({ kind: 'channel', teamId: TEAM });
  });

  it('sends a proactive message through a stored reference, to a channel and to a person', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-to-team'));
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-personal'));
    const before = h.connector.calls.length;
    await h.bot.messenger.postToChannel(WORKSPACE, { conversationId: CHANNEL }, digest);
    expect(await h.bot.messenger.sendDirect(WORKSPACE, ALEX_MEMBER, digest)).toBe('sent');
    const sent = h.connector.calls.slice(before);
    // A new post (POST /v3/conversations/{id}/activities), not a reply to anything.
    expect(sent.map((c) => [c.kind, c.conversationId])).toEqual([
      ['send', CHANNEL],
      ['send', PERSONAL],
    ]);
    expect(textOf(cardOf(sent[0]?.activity))).toContain('OSAEC23-5 is 3 days overdue.');
  });

  it('someone with no personal chat with rectrack yet is unreachable, not an error', async () => {
    expect(await h.bot.messenger.sendDirect(WORKSPACE, ALEX_MEMBER, digest)).toBe('unreachable');
    expect(h.connector.calls).toHaveLength(0);
  });

  it('uninstalled: the reference is forgotten and nothing more is sent there', async () => {
    await h.exchange(fixture(h, 'installationUpdate-add-team'));
    const remove = fixture(h, 'installationUpdate-add-team');
    remove.action = 'remove';
    const { posted } = await h.exchange(remove);
    expect(posted).toHaveLength(0);
    expect(await h.conversations.find(TENANT, CHANNEL)).toBeUndefined();
    const error = await refusal(
      h.bot.messenger.postToChannel(WORKSPACE, { conversationId: CHANNEL }, digest),
    );
    expect([error.kind, error.reason]).toEqual(['permanent', 'removed']);
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(0);
  });

  it('removed from a personal chat (membersRemoved): the reference is forgotten', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-personal'));
    const removed = fixture(h, 'conversationUpdate-bot-added-personal');
    removed.membersRemoved = removed.membersAdded;
    delete removed.membersAdded;
    await h.exchange(removed);
    expect(await h.conversations.findPersonal(TENANT, ALEX)).toBeUndefined();
  });

  it('a 403 on a proactive message is logged clearly and the dead reference dropped', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-personal'));
    h.connector.answerNext({
      status: 403,
      body: {
        error: {
          code: 'BotNotInConversationRoster',
          message: 'The bot is not part of the conversation roster.',
        },
      },
    });
    expect(await h.bot.messenger.sendDirect(WORKSPACE, ALEX_MEMBER, digest)).toBe('unreachable');
    const logged = h.logs.find((l) => l.level === 'error' && l.message === 'teams message not sent');
    expect(logged?.fields).toMatchObject({ status: 403, detail: 'BotNotInConversationRoster' });
    expect(String(logged?.fields.reason)).toContain('no longer installed');
    expect(await h.conversations.findPersonal(TENANT, ALEX)).toBeUndefined();
  });

  it('a 403 in a channel is a permanent failure the scheduler will not retry', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-to-team'));
    h.connector.answerNext({ status: 403, body: { error: { code: 'BotNotInConversationRoster' } } });
    const error = await refusal(
      h.bot.messenger.postToChannel(WORKSPACE, { conversationId: CHANNEL }, digest),
    );
    expect([error.kind, error.reason]).toEqual(['permanent', 'removed']);
  });

  it('a 429 is retried after the Retry-After Teams gives, and the message arrives', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-personal'));
    h.connector.answerNext({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: { code: 'TooManyRequests' } },
    });
    const before = h.connector.calls.length;
    expect(await h.bot.messenger.sendDirect(WORKSPACE, ALEX_MEMBER, digest)).toBe('sent');
    const attempts = h.connector.calls.slice(before);
    expect(attempts).toHaveLength(2);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('a channel that keeps answering 429 is a transient failure with the wait Teams asked for', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-to-team'));
    const busy = { status: 429, headers: { 'retry-after': '1' }, body: {} };
    h.connector.answerNext(busy, busy, busy, busy);
    const error = await refusal(
      h.bot.messenger.postToChannel(WORKSPACE, { conversationId: CHANNEL }, digest),
    );
    expect([error.kind, error.reason, error.retryAfterMs]).toEqual(['transient', 'ratelimited', 1000]);
    // The reference is kept: the channel is busy, not gone.
    expect(await h.conversations.find(TENANT, CHANNEL)).toBeDefined();
  });

  it('a digest subscribed in a channel is addressed to that channel, and the messenger posts there', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-to-team'));
    const subscribe = fixture(h, 'channel-message-mention');
    subscribe.text = '<at>Recs Bot</at> digest weekly Monday 9am';
    const { posted } = await h.exchange(subscribe);
    expect(seen(posted)).toMatch(/digest/i);
    expect(seen(posted)).not.toMatch(/⚠️/);
    const workspace = await h.deps.store.workspaces.findByExternal('teams', TENANT);
    const subscriptions = await h.deps.store.digests.subscriptions.list(workspace?.id ?? '');
    expect(subscriptions.map((s) => s.address)).toEqual([{ conversationId: CHANNEL }]);
    await h.bot.messenger.postToChannel(WORKSPACE, subscriptions[0]?.address, digest);
    expect(h.connector.calls.at(-1)).toMatchObject({ kind: 'send', conversationId: CHANNEL });
  });
});
