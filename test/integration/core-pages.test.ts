import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, STORE_KINDS } from '../support/core-harness.ts';

const refs = (reply: Reply) =>
  reply.blocks.flatMap((b) => (b.type === 'items' ? b.items : [])).map((l) => l.ref);
const texts = (reply: Reply) => reply.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
const buttons = (reply: Reply) =>
  reply.blocks
    .flatMap((b: Block) => (b.type === 'choices' ? b.choices : []))
    .filter((c) => c.label.startsWith('More'));

/**
 * Long lists answer 25 items a page, say how many there are in all, and offer the next page as a button
 * that sends the words a person could type. Today is 14 March 2024; 30 items are overdue.
 */
describe.each(STORE_KINDS)('lists a page at a time (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    await h.say('alice', 'report new "Big" key BIG published 1 January 2023');
    await h.say('alice', 'report new "Small" key SMALL published 1 January 2023');
    for (let n = 1; n <= 30; n++) await h.say('alice', `add BIG "Do thing ${n}" due ${n} January 2024`);
    await h.say('alice', 'add SMALL "Do the small thing" due 1 June 2024');
  });
  afterEach(() => h.close());

  it('overdue: the first 25 by due date, the count of all, and More', async () => {
    const first = await h.say('alice', 'overdue');
    expect(first.text).toBe('30 items are overdue.');
    expect(refs(first)).toEqual(Array.from({ length: 25 }, (_, k) => `BIG-${k + 1}`));
    expect(texts(first)).toContain('Items 1–25 of 30. The next 5: overdue page 2');
    expect(buttons(first)).toEqual([
      { label: 'More (page 2 of 2)', command: 'overdue page 2', readOnly: true },
    ]);
    const second = await h.say('alice', 'overdue page 2');
    expect(refs(second)).toEqual(['BIG-26', 'BIG-27', 'BIG-28', 'BIG-29', 'BIG-30']);
    expect(texts(second)).toContain('Items 26–30 of 30, the last page.');
    expect(buttons(second)).toEqual([]);
  });

  it('a page past the end says how many pages there are, and a short list has no paging at all', async () => {
    const past = await h.say('alice', 'overdue page 5');
    expect(refs(past)).toEqual([]);
    expect(texts(past)).toContain('Page 5 is past the end: there are 2 pages (30 items). The first: overdue');
    const small = await h.say('alice', 'report SMALL');
    expect(refs(small)).toEqual(['SMALL-1']);
    expect(buttons(small)).toEqual([]);
    expect(texts(small).some((t) => t.startsWith('Items'))).toBe(false);
  });

  it('report KEY pages its items and counts progress over all of them', async () => {
    await h.say('alice', 'BIG-30 done');
    const first = await h.say('alice', 'report BIG');
    expect(first.text).toBe('BIG: Big (1/30 done, 29 overdue)');
    expect(refs(first)).toHaveLength(25);
    expect(buttons(first)[0]?.command).toBe('report BIG page 2');
    expect(refs(await h.say('alice', 'report BIG page 2'))).toEqual([
      'BIG-26',
      'BIG-27',
      'BIG-28',
      'BIG-29',
      'BIG-30',
    ]);
    expect((await h.say('alice', 'reports')).text).toBe(
      '2 reports:\nBIG · Big: 1/30 done, 29 overdue\nSMALL · Small: 0/1 done',
    );
  });

  it('history pages the updates of an item, oldest first', async () => {
    for (let n = 1; n <= 30; n++) await h.say('alice', `BIG-1 note: call ${n}`);
    const first = await h.say('alice', 'history BIG-1');
    expect(first.text).toBe('History of BIG-1 (31 updates), oldest first.');
    expect(buttons(first)[0]?.command).toBe('history BIG-1 page 2');
    const second = await h.say('alice', 'history BIG-1 page 2');
    const entries = second.blocks.flatMap((b) => (b.type === 'history' ? b.entries : []));
    expect(entries.map((e) => e.text.slice(-7))).toEqual([
      'call 25',
      'call 26',
      'call 27',
      'call 28',
      'call 29',
      'call 30',
    ]);
  });

  it('more alone teaches the page clause', async () => {
    const reply = await h.say('alice', 'more');
    expect(reply.code).toBe('page.which_list');
  });
});
