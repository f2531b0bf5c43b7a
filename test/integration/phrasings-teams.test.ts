import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/handle-message.ts';
import {
  type Activity,
  ALEX,
  inTenant,
  personal,
  startTeamsHarness,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';
import { phrasingSample } from '../support/phrasing-rows.ts';
import { expectState, type Person, SEED, snapshot } from '../support/phrasing-world.ts';

/*
 * The same sample of phrasing rows as Slack, posted to the real botbuilder CloudAdapter over HTTP as
 * personal-chat messages carrying a Bot Connector token signed by the key the stand-in publishes, each on
 * a freshly seeded office; then the store is read back and compared with the state the row must leave.
 * The answers need an outbound token from Microsoft Entra ID, which no test can issue, so what is checked
 * is that the bot tried to answer every message (teams-conversation.test.ts reads the answers themselves).
 */

const PEOPLE: Record<Person, { id: string; name: string; aadObjectId: string }> = {
  alice: {
    id: '29:1qV7hXk3NwZ9Rp2Ld8Tc5Ym0Fb6Gs4Jh1Ue7Wa3Ko9Ei2Oz5Ax8Cr-6PnTy',
    name: 'Alex Okafor',
    aadObjectId: ALEX,
  },
  bob: { id: '29:1BobId', name: 'Bob Jones', aadObjectId: '44444444-4444-4444-4444-444444444444' },
  carol: { id: '29:1CarolId', name: 'Carol White', aadObjectId: '55555555-5555-4555-8555-555555555555' },
};

/** A personal message from `who` in `tenant`, with `@bob` turned into a Teams mention as Teams sends one. */
function message(h: TeamsHarness, tenant: string, who: Person, text: string): Activity {
  const mentioned = [...text.matchAll(/@(alice|bob|carol)\b/g)].map((m) => PEOPLE[m[1] as Person]);
  const activity = personal(
    h,
    text.replace(/@(alice|bob|carol)\b/g, (_, p: Person) => `<at>${PEOPLE[p].name}</at>`),
    {
      from: PEOPLE[who],
    },
  );
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  return inTenant(
    {
      ...activity,
      entities: [
        ...entities,
        ...mentioned.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: m })),
      ],
    },
    tenant,
  );
}

describe('everyday phrasings in Teams (real botbuilder, signed tokens) leave the state they must', () => {
  // One bot for every row; each row is its own tenant, so its own freshly seeded workspace.
  let h: TeamsHarness;
  let tenant = '';
  let rows = 0;
  beforeAll(async () => {
    h = await startTeamsHarness({ credentials: true });
  });
  afterAll(() => h.close());

  /** Posts with a valid token; checks it was taken (200) and answered (an attempt to send the answer). */
  async function say(who: Person, text: string): Promise<void> {
    const tried = () => h.logs.filter((l) => l.message === 'teams message not sent').length;
    const before = tried();
    const { status } = await h.postSigned(message(h, tenant, who, text));
    expect(status, text).toBe(200);
    expect(tried(), `an answer to "${text}", never silence`).toBe(before + 1);
  }

  it.each(phrasingSample().map((r) => [`${r.by ?? 'alice'}: ${r.say}`, r] as const))('%s', async (_, row) => {
    rows += 1;
    tenant = `6f1d2c3b-8e4a-4b7c-9d05-${String(rows).padStart(12, '0')}`;
    // The office is set up through the core as the adapter would hand it the messages (the Entra tenant is
    // the workspace, Entra object ids the people): only the row itself needs to cross HTTP, and each
    // answer the bot cannot deliver costs a token request.
    for (const line of SEED) {
      const reply = await handleMessage(h.deps, {
        platform: 'teams',
        workspace: { externalId: tenant, name: 'Fenmarsh OPCC' },
        actor: { externalId: PEOPLE.alice.aadObjectId, displayName: PEOPLE.alice.name },
        text: line.replace(
          /@(bob|carol)\b/g,
          (_, p: Person) => `<@${PEOPLE[p].aadObjectId}|${PEOPLE[p].name}>`,
        ),
        mentions: [],
      });
      expect(reply.kind, line).toBe('success');
    }
    const workspace = (await h.deps.store.workspaces.findByExternal('teams', tenant))?.id ?? '';
    const store = h.deps.store;
    const before = await snapshot(store, workspace);
    // The seed worked: owners and statuses as phrasing-world.ts describes them.
    expect(Object.keys(before.items)).toHaveLength(17);

    for (const line of row.given ?? []) await say(row.by ?? 'alice', line);
    await say(row.by ?? 'alice', row.say);

    const after = await snapshot(store, workspace);
    await expectState(store, workspace, before, after, typeof row.then === 'object' ? row.then : {});
  });
});
