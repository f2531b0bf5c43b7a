import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../support/fake-slack-client.ts';
import { seedReport, seen, slash } from '../support/fake-slack-steps.ts';

// The slash-command fixture's user.
const ALICE = 'W0ALICE01';

describe('App Home after a change', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.api.addUser(ALICE, { displayName: 'Alice Admin' });
    h.api.addUser('U0BOB', { displayName: 'Bob Smith' });
  });
  afterEach(() => h.close());

  const publishesFor = (user: string) =>
    h.api.callsTo('views.publish').filter((c) => c.params.user_id === user);

  it('is published once for several changes close together, after the replies, with all of them in it', async () => {
    await seedReport(h);
    await slash(h, 'add OSAEC23 "Chief Constables should publish the plan" due 31 October 2030');
    // Let the seeding's own refresh go out, so only the changes below are counted.
    await h.api.waitFor(() => publishesFor(ALICE)[0]);
    const before = publishesFor(ALICE).length;

    const replies = await Promise.all([
      slash(h, 'assign OSAEC23-1 <@W0ALICE01>'),
      slash(h, 'OSAEC23-2 in progress'),
      slash(h, 'assign OSAEC23-2 <@W0ALICE01>'),
    ]);
    expect(replies.map(seen).join('\n')).toContain('OSAEC23-2 is now owned by Alice Admin');
    // The replies did not wait for App Home: it has not been published yet.
    expect(publishesFor(ALICE).length).toBe(before);

    const publish = await h.api.waitFor(() => publishesFor(ALICE)[before]);
    expect(Math.min(...replies.map((r) => publish.at - r.at))).toBeGreaterThan(0);
    // One window later there is still only the one refresh for the three changes.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(publishesFor(ALICE).length).toBe(before + 1);
    const view = JSON.stringify(publish.params.view);
    expect(view).toContain('"type":"home"');
    // Her items, as they are after all three changes.
    expect(view).toContain('OSAEC23-1');
    expect(view).toContain('OSAEC23-2');
  });

  it('is refreshed for each person who changed something, not only the last', async () => {
    await seedReport(h);
    await slash(h, 'assign OSAEC23-1 <@U0BOB>');
    await slash(h, 'OSAEC23-1 in progress: plan approved', { user: 'U0BOB' });
    await h.api.waitFor(() => publishesFor('U0BOB')[0]);
    await h.api.waitFor(() => publishesFor(ALICE)[0]);
  });
});
