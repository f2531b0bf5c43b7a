import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, cardOf, seen, textOf } from '../support/fake-bot-connector-cards.ts';
import {
  type Activity,
  ALEX,
  fixture,
  personal,
  startTeamsHarness,
  TENANT,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

const BOB = { id: '29:1BobId', name: 'Bob Jones', aadObjectId: '44444444-4444-4444-4444-444444444444' };

async function seedReport(h: TeamsHarness): Promise<void> {
  await h.say('report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55');
  await h.say('add OSAEC23 "Chief Constables should review training" due 31 October 2030');
}

/** The channel fixture saying `text` after the bot's mention, with extra mention entities. */
function inChannel(h: TeamsHarness, text: string, mentions: { id: string; name: string }[] = []): Activity {
  const activity = fixture(h, 'channel-message-mention');
  const entities = activity.entities as Record<string, unknown>[];
  return {
    ...activity,
    text: `<at>Recs Bot</at> ${text}`,
    entities: [
      ...entities,
      ...mentions.map((m) => ({
        type: 'mention',
        text: `<at>${m.name}</at>`,
        mentioned: { id: m.id, name: m.name },
      })),
    ],
  };
}

describe('rectrack in Teams: personal chat, channels and group chats', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
  });
  afterEach(() => h.close());

  it('answers a personal message in that chat, as a reply to it, with an Adaptive Card', async () => {
    const activity = personal(
      h,
      'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
    );
    const { status, posted } = await h.exchange(activity);
    expect(status).toBe(200);
    expect(posted).toHaveLength(1);
    const [reply] = posted;
    expect(reply?.kind).toBe('reply');
    expect(reply?.conversationId).toBe('a:1Xs4Dw8Qk2Lz6Vn0Rb3Hy7Tm5Gc9Jf1Pe4Ua8Ko2Wi6Ox3Ez7Nr5Bt');
    expect(reply?.targetId).toBe(activity.id);
    const card = cardOf(reply?.activity);
    expect(card?.type).toBe('AdaptiveCard');
    expect(card?.version).toBe('1.5');
    expect(textOf(card)).toContain('Registered OSAEC23: Online CSAE inspection');
    expect(textOf(card)).toContain('Section 55 response due');
  });

  it('shows an item card with RAG, owner, deadlines and buttons that send commands', async () => {
    await seedReport(h);
    const { posted } = await h.say('OSAEC23-1');
    const card = cardOf(posted[0]?.activity);
    const text = textOf(card);
    expect(text).toContain('OSAEC23-1 · Recommendation 1');
    expect(text).toContain('Chief Constables should review training');
    expect(text).toMatch(/Owner\nnobody yet/);
    expect(text).toMatch(/RAG\nopen/);
    expect(text).toContain('Deadline: 31 October 2030');
    const buttons = buttonsOf(card);
    const done = buttons.find((b) => b.title === 'Done');
    expect(done).toMatchObject({
      type: 'Action.Execute',
      data: { command: 'OSAEC23-1 done', card: 'OSAEC23-1' },
    });
    expect(buttons.map((b) => b.title)).toEqual(
      expect.arrayContaining(['Start', 'Blocked…', 'Mark blocked', 'History', 'Assign…', 'Note…', 'Snooze…']),
    );
    // Teams shows at most six buttons in a row, so the card has two rows.
    const rows = ((card?.body ?? []) as { type: string; actions?: unknown[] }[]).filter(
      (e) => e.type === 'ActionSet',
    );
    expect(rows.every((r) => (r.actions?.length ?? 0) <= 6)).toBe(true);
    // Already in the personal chat: no link to open it.
    expect(buttons.some((b) => b.title === 'Open in chat')).toBe(false);
  });

  it('takes a channel @mention: the mention is stripped and the answer goes to the thread', async () => {
    await seedReport(h);
    const activity = inChannel(h, 'reports');
    const { posted } = await h.exchange(activity);
    expect(posted).toHaveLength(1);
    // The reply goes to the thread the mention was in (the conversation id names it).
    expect(posted[0]?.conversationId).toBe(
      '19:7d3e9b1a5c2f48e6b0a4d8c2e6f1a3b5@thread.tacv2;messageid=1718094377205',
    );
    expect(seen(posted)).toContain('OSAEC23');
    expect(seen(posted)).not.toContain("don't understand");
  });

  it('an item card in a channel links to the personal chat with the bot', async () => {
    await seedReport(h);
    const { posted } = await h.exchange(inChannel(h, 'OSAEC23-1'));
    const card = cardOf(posted[0]?.activity);
    expect(JSON.stringify(card)).toContain(
      '"type":"Action.OpenUrl","title":"Open in chat","url":"https://teams.microsoft.com/l/chat/0/0?users=28%3A3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b"',
    );
  });

  it('turns a mention of someone else into that person, by their Entra object id', async () => {
    h.connector.addMember(BOB);
    await seedReport(h);
    const { posted, calls } = await h.exchange(inChannel(h, `assign OSAEC23-1 <at>${BOB.name}</at>`, [BOB]));
    expect(seen(posted)).toContain('OSAEC23-1 is now owned by Bob Jones');
    // Teams gave only Bob's 29:… id; the bot asked the connector for his Entra id.
    expect(calls.find((c) => c.kind === 'member')?.targetId).toBe(BOB.id);
    const bob = await h.deps.store.transaction(async (store) => {
      const workspace = await store.workspaces.findByExternal('teams', TENANT);
      return workspace && store.members.findByExternal(workspace.id, BOB.aadObjectId);
    });
    expect(bob?.displayName).toBe('Bob Jones');
  });

  it('answers in a group chat the same way', async () => {
    await seedReport(h);
    const activity = inChannel(h, 'overdue');
    activity.conversation = {
      id: '19:groupchat-1@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: TENANT,
    };
    activity.channelData = { tenant: { id: TENANT } };
    const { posted } = await h.exchange(activity);
    expect(posted[0]?.conversationId).toBe('19:groupchat-1@thread.v2');
    expect(seen(posted)).toMatch(/overdue/i);
  });

  it('answers a bare @mention with help, never silence', async () => {
    const activity = fixture(h, 'channel-message-mention');
    activity.text = '<at>Recs Bot</at>';
    const { posted } = await h.exchange(activity);
    expect(seen(posted)).toContain('More on one topic: help reports');
  });

  it('the person in the personal chat is the member, named as Teams names them; the first is admin', async () => {
    await h.say('settings');
    const member = await h.deps.store.transaction(async (store) => {
      const workspace = await store.workspaces.findByExternal('teams', TENANT);
      return workspace && store.members.findByExternal(workspace.id, ALEX);
    });
    expect(member).toMatchObject({ displayName: 'Alex Okafor', role: 'admin' });
  });

  it('says what it expected when it does not understand, with a messageBack from someone else’s card', async () => {
    const { posted } = await h.exchange(fixture(h, 'channel-message-with-value-messageBack'));
    expect(posted).toHaveLength(1);
    expect(seen(posted)).toMatch(/⚠️/);
  });

  it('says an unknown Action.Submit button is not its own', async () => {
    const { posted } = await h.exchange(fixture(h, 'personal-message-actionSubmit-value'));
    expect(seen(posted)).toContain("That button isn't one of rectrack's");
  });
});
