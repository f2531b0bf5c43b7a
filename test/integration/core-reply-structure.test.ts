import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';

/** What a reply says about itself, so no platform has to read its text or re-parse the command. */
describe.each(STORE_KINDS)('a reply says what it is (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', 'report new "PEEL 2023" key PEEL23 published 1 March 2023');
    await h.say('alice', 'add PEEL23 "The force should improve call handling" due 31 October 2024');
  });
  afterEach(() => h.close());

  it('names the item card or report it shows', async () => {
    expect((await h.say('alice', 'PEEL23-1')).shows).toEqual({ kind: 'item', ref: 'PEEL23-1' });
    expect((await h.say('alice', 'report PEEL23')).shows).toEqual({ kind: 'report', key: 'PEEL23' });
    expect((await h.say('alice', 'reports')).shows).toBeUndefined();
  });

  it("marks the card's choices that only read or ask for a reason", async () => {
    const card = await h.say('alice', 'PEEL23-1');
    const choices = card.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []));
    expect(choices.find((c) => c.label === 'History')).toMatchObject({ readOnly: true });
    expect(choices.find((c) => c.label === 'Blocked')).toMatchObject({ asks: 'reason' });
    expect(choices.find((c) => c.label === 'Done')?.readOnly).toBeUndefined();
  });

  it('is read-only when its command only read', async () => {
    expect((await h.say('alice', 'report PEEL23')).readOnly).toBe(true);
    expect((await h.say('alice', 'help')).readOnly).toBe(true);
    expect((await h.say('alice', 'PEEL23-1 in progress')).readOnly).toBeUndefined();
  });

  it('runs a message asked to only read only if it does, changing nothing otherwise', async () => {
    const shared = await h.say('alice', 'report PEEL23', { readOnly: true });
    expect(shared).toMatchObject({ kind: 'info', readOnly: true });
    const refused = await h.say('alice', 'PEEL23-1 done', { readOnly: true });
    expect(refused).toMatchObject({ kind: 'problem', code: 'command.not_read_only' });
    expect(visible(await h.say('alice', 'PEEL23-1'))).toContain('awaiting allocation');
  });

  it('offers the new-report form for `report new` said alone, and not once fields are given', async () => {
    expect((await h.say('alice', 'report new')).form).toEqual({ kind: 'report_new' });
    expect((await h.say('alice', 'new report')).form).toEqual({ kind: 'report_new' });
    expect((await h.say('alice', 'report new key X1')).form).toBeUndefined();
  });
});
