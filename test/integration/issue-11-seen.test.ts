import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';
import { PHRASING_CLOCK, SEED } from '../support/phrasing-world.ts';

/*
 * What new users saw (issue 11, "What was seen") that the phrasing rows (phrasing-rows.ts, run by
 * phrasings-console/-slack/-teams) and the refusal table (refusals-teach.test.ts) do not already hold:
 * the words of help, history, the report view and the item card, and examples that fit a slip.
 */
describe('what new users saw, now right', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness('sqlite', PHRASING_CLOCK);
    for (const line of SEED) await h.say('alice', line);
  });
  afterEach(() => h.close());

  it('help names "awaiting allocation" among the statuses', async () => {
    expect(visible(await h.say('alice', 'help updates'))).toMatch(/Statuses: awaiting allocation, /);
  });

  it('accepting an item records the decision, not a status change to the same status', async () => {
    await h.say('alice', 'OSAEC23-5 accepted');
    const history = visible(await h.say('alice', 'history OSAEC23-5'));
    expect(history).not.toMatch(/not started → not started/);
  });

  it('the report view carries each item with its status and owner, not only a RAG word', async () => {
    const view = await h.say('alice', 'report OSAEC23');
    const items = view.blocks.flatMap((b) => (b.type === 'items' ? b.items : []));
    expect(items.find((i) => i.ref === 'OSAEC23-8')).toMatchObject({ status: 'in_progress', owner: 'bob' });
    expect(items.find((i) => i.ref === 'OSAEC23-1')).toMatchObject({
      status: 'awaiting_allocation',
      owner: null,
    });
  });

  it("an overdue item's card gives the date with the count of days", async () => {
    const card = visible(await h.say('alice', 'OSAEC23-9'));
    expect(card).toMatch(/31 October 2023/);
    expect(card).toMatch(/\d+ days overdue/);
  });

  it.each([
    ['reprots', 'reports'],
    ['histroy', 'history OSAEC23-5'],
    ['frobnicate the widgets', 'OSAEC23-5 in progress: training plan approved'],
  ])('an unknown command "%s" gets an example that fits the slip: %s', async (typed, example) => {
    expect(visible(await h.say('alice', typed))).toContain(`For example: ${example}`);
  });
});
