import { afterEach, describe, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { directMessage } from '../support/fake-slack-payloads.ts';
import { seen, slash } from '../support/fake-slack-steps.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { phrasingSample } from '../support/phrasing-rows.ts';
import { expectState, type Person, PHRASING_CLOCK, SEED, snapshot } from '../support/phrasing-world.ts';

/*
 * A sample of the phrasing rows (the first and last of every family) sent to the real Bolt app over HTTP,
 * signed as Slack signs them, alternately as `/recs` commands and as direct messages, each on a freshly
 * seeded office; then the store is read back and compared with the state the row must leave behind.
 */

// The slash-command fixture's workspace (Enterprise Grid org E0FENGRID); events for it carry the org.
const WORKSPACE = { team: 'T0FENMARSH', enterprise: 'E0FENGRID' };
const USERS: Record<Person, { id: string; name: string }> = {
  alice: { id: 'W0ALICE01', name: 'Alice Admin' },
  bob: { id: 'U0BOB', name: 'Bob Smith' },
  carol: { id: 'U0CAROL', name: 'Carol Jones' },
};

/** `@bob` as Slack delivers a mention (should_escape is on in the manifest). */
const slackText = (text: string) =>
  text.replace(/@(alice|bob|carol)\b/g, (_, who: Person) => `<@${USERS[who].id}>`);

let events = 0;

/** A direct message to the bot; resolves with the answer it posted in that DM. */
async function dm(h: SlackHarness, text: string, user: string) {
  const posted = () => h.api.callsTo('chat.postMessage').filter((c) => c.params.channel === 'D0ELLISRO');
  const before = posted().length;
  events += 1;
  const res = await h.event(directMessage(text, `EvPhrasing${events}`, { ...WORKSPACE, user }));
  expect(res.status).toBe(200);
  return h.api.waitFor(() => posted()[before]);
}

async function workspaceId(h: SlackHarness): Promise<string> {
  const row = await h.app.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
  return row.id;
}

describe('everyday phrasings in Slack (real Bolt over signed HTTP) leave the state they must', () => {
  let h: SlackHarness;
  afterEach(() => h.close());

  it.each(phrasingSample().map((r, i) => [`${r.by ?? 'alice'}: ${r.say}`, r, i] as const))(
    '%s',
    async (_, row, index) => {
      h = await startSlackHarness({ clock: createFixedClock(PHRASING_CLOCK) });
      for (const user of Object.values(USERS)) h.api.addUser(user.id, { displayName: user.name });
      for (const line of SEED) expect(seen(await slash(h, slackText(line)))).not.toContain('"For example');
      const workspace = await workspaceId(h);
      const store = h.app.deps.store;
      const before = await snapshot(store, workspace);
      expect(Object.keys(before.items), 'the seed added every item').toHaveLength(17);

      const user = USERS[row.by ?? 'alice'].id;
      // Half the rows as /recs commands, half as direct messages: both paths translate the same way.
      const send = (text: string) =>
        index % 2 === 0 ? slash(h, slackText(text), { user }) : dm(h, slackText(text), user);
      for (const line of row.given ?? []) await send(line);
      const answer = await send(row.say);
      expect(seen(answer).trim(), 'an answer, never silence').not.toBe('');

      const after = await snapshot(store, workspace);
      await expectState(store, workspace, before, after, typeof row.then === 'object' ? row.then : {});
    },
  );
});
