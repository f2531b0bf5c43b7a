import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seen } from '../support/fake-bot-connector-cards.ts';
import {
  type Activity,
  fixture,
  personal,
  startTeamsHarness,
  TENANT,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

const CHANNEL = '19:7d3e9b1a5c2f48e6b0a4d8c2e6f1a3b5@thread.tacv2';

/** Activities Teams sends that the other Teams suites don't: each answered, or deliberately not. */
describe('Teams activity variants', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
  });
  afterEach(() => h.close());

  it('every fixture reaches its handler and gets an answer', async () => {
    const answers: Record<string, string> = {};
    for (const name of [
      // Installs first: a conversation the bot already talks in is not welcomed again.
      'conversationUpdate-bot-added-personal',
      'installationUpdate-add-team',
      'channel-message-mention',
      'channel-message-with-value-messageBack',
      'personal-message',
      'personal-message-actionSubmit-value',
    ]) {
      const { status, posted } = await h.exchange(fixture(h, name));
      expect(status, name).toBe(200);
      expect(posted, name).toHaveLength(1);
      answers[name] = seen(posted);
    }
    expect(answers['channel-message-mention']).toContain(
      'I don\'t know what "picking this thread back up" means',
    );
    expect(answers['personal-message']).toContain('I don\'t know what "Morning Recs Bot" means');
    expect(answers['personal-message-actionSubmit-value']).toContain("That button isn't one of rectrack's");
    expect(answers['conversationUpdate-bot-added-personal']).toContain('Type help');
    expect(answers['installationUpdate-add-team']).toContain('Mention me to use me here');
    const invoke = await h.exchange(fixture(h, 'invoke-adaptiveCard-action'));
    expect(invoke.status).toBe(200);
    expect(JSON.stringify(invoke.body)).toContain("isn't one of rectrack's");
  });

  it('a channel message holding only the bot’s @mention (or only spaces) is answered with help', async () => {
    const mention = fixture(h, 'channel-message-mention');
    const bare = await h.exchange({ ...mention, text: '<at>Recs Bot</at>' });
    expect(seen(bare.posted)).toContain('report new');
    const spaces = await h.exchange(personal(h, '   \n  '));
    expect(seen(spaces.posted)).toContain('report new');
  });

  it('a card press with a garbage value, or a stale command, says so and changes nothing', async () => {
    const garbage = await h.exchange({
      ...personal(h, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'rt', data: { rt: 'garbage', cmd: 42 } } },
    });
    expect(garbage.status).toBe(200);
    expect(JSON.stringify(garbage.body)).toContain("isn't one of rectrack's");
    const stale = await h.exchange({ ...personal(h, ''), value: { rt: 'cmd', command: 'OSAEC99-1 done' } });
    expect(seen(stale.posted)).toMatch(/⚠️|isn't one of rectrack's|no report/);
  });

  it('an activity with no tenant is answered with why, and nothing is stored', async () => {
    const activity: Activity = personal(h, 'report new "X" key NOTENANT published 1 May 2024');
    activity.channelData = {};
    activity.conversation = { ...(activity.conversation as Activity), tenantId: undefined };
    const { status, posted } = await h.exchange(activity);
    expect(status).toBe(200);
    expect(seen(posted)).toContain("I can't tell which Microsoft 365 organisation");
    expect(seen((await h.say('reports')).posted)).toContain('No reports yet');
  });

  it('reactions, edits, deletes and typing are acknowledged and never answered', async () => {
    for (const extra of [
      { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] },
      { type: 'messageUpdate', channelData: { eventType: 'editMessage', tenant: { id: TENANT } } },
      { type: 'messageDelete', channelData: { eventType: 'softDeleteMessage', tenant: { id: TENANT } } },
      { type: 'typing' },
    ]) {
      const { status, calls } = await h.exchange({ ...personal(h, 'help'), ...extra });
      expect(status, extra.type).toBe(200);
      expect(calls, extra.type).toEqual([]);
    }
  });

  it('removed from a team (conversationUpdate, teamMemberRemoved): its channel is forgotten, silently', async () => {
    await h.exchange(fixture(h, 'conversationUpdate-bot-added-to-team'));
    expect(await h.conversations.find(TENANT, CHANNEL)).toBeDefined();
    const removed = fixture(h, 'conversationUpdate-bot-added-to-team');
    removed.membersRemoved = removed.membersAdded;
    delete removed.membersAdded;
    removed.channelData = { ...(removed.channelData as Activity), eventType: 'teamMemberRemoved' };
    const { status, calls } = await h.exchange(removed);
    expect(status).toBe(200);
    expect(calls).toEqual([]);
    expect(await h.conversations.find(TENANT, CHANNEL)).toBeUndefined();
  });

  it('someone else joining a team the bot is in gets no welcome from it', async () => {
    const joined = fixture(h, 'conversationUpdate-bot-added-to-team');
    joined.membersAdded = [{ id: '29:1SomeoneElse', aadObjectId: '55555555-5555-5555-5555-555555555555' }];
    const { status, posted } = await h.exchange(joined);
    expect(status).toBe(200);
    expect(posted).toEqual([]);
  });

  it('a very long message gets a short answer, not an echo of all of it', async () => {
    const { status, posted } = await h.exchange(personal(h, 'x'.repeat(100_000)));
    expect(status).toBe(200);
    expect(seen(posted).length).toBeLessThan(2000);
  });
});
