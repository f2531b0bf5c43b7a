import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemLine, Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';

/* `search WORDS`: items whose text, responses or notes hold every word, with the words in context. */

function found(reply: Reply): ItemLine[] {
  return reply.blocks.flatMap((b) => (b.type === 'items' ? b.items : []));
}

const LONG =
  'Chief Constables should make sure that officers record body-worn video at every search of a child, ' +
  'and that the footage is kept for the review panel for at least a year after the search.';

describe.each(['memory', 'sqlite'] as const)('search (%s store)', (store) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(store);
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    await h.say('alice', `add OSAEC23 "${LONG}" due 31 December 2026`);
    await h.say('alice', 'add OSAEC23 "Forces should train custody staff" due 31 December 2026');
    await h.say('alice', 'add OSAEC23 "Forces should review vetting" due 30 June 2024');
    await h.say('alice', 'add OSAEC23 "Forces should audit stop and search" due 30 June 2024');
  });
  afterEach(() => h.close());

  it('finds the words in the text, a response or a note, and shows them in context', async () => {
    await h.say('alice', 'assign OSAEC23-2 @bob');
    h.clock.advance(60_000);
    await h.say('bob', 'OSAEC23-2 in progress: the Body Worn Video contract is signed');
    h.clock.advance(60_000);
    // The newest activity first, after the items whose own text matches.
    await h.say('alice', 'respond OSAEC23-3 pcc: I will fund body worn video cameras.');
    const reply = await h.say('alice', 'search body worn video');
    expect(reply.kind).toBe('info');
    expect(reply.readOnly).toBe(true);
    expect(reply.text).toBe('3 items match body worn video.');
    expect(
      found(reply).map((line) => [line.ref, line.owner, line.status, line.dueText, line.summary]),
    ).toEqual([
      [
        'OSAEC23-1',
        null,
        'awaiting_allocation',
        'due 31 Dec 2026',
        '…make sure that officers record body-worn video at every search of a child, and that the footage is kept for…',
      ],
      [
        'OSAEC23-3',
        null,
        'awaiting_allocation',
        'due 30 Jun 2024',
        'PCC response: I will fund body worn video cameras.',
      ],
      ['OSAEC23-2', 'bob', 'in_progress', 'due 31 Dec 2026', 'Note: the Body Worn Video contract is signed'],
    ]);
    expect(visible(reply)).toContain(
      '… marks where a text was cut: type a reference (OSAEC23-1) to read the item whole.',
    );
  });

  it('needs every word, keeps a quoted phrase together, and keeps to one report when asked', async () => {
    await h.say('alice', 'report new "Custody" key CUST24 published 1 March 2024');
    await h.say('alice', 'add CUST24 "Search every detainee on arrival" due 31 December 2026');
    expect(found(await h.say('alice', 'search search child')).map((l) => l.ref)).toEqual(['OSAEC23-1']);
    expect(found(await h.say('alice', 'find "search of a child"')).map((l) => l.ref)).toEqual(['OSAEC23-1']);
    expect(found(await h.say('alice', 'search "child search"'))).toEqual([]);
    expect(found(await h.say('alice', 'search search')).map((l) => l.ref)).toEqual([
      'CUST24-1',
      'OSAEC23-1',
      'OSAEC23-4',
    ]);
    expect(found(await h.say('alice', 'search search report CUST24')).map((l) => l.ref)).toEqual([
      'CUST24-1',
    ]);
  });

  it('says when nothing matches, and what it looked in', async () => {
    const reply = await h.say('alice', 'search helicopters');
    expect(reply.text).toBe('No items match helicopters.');
    expect(visible(reply)).toContain("I look in each item's text, its force and PCC responses and its notes");
  });

  it('shows twenty, says how many more and how to narrow', async () => {
    for (let n = 0; n < 23; n++)
      await h.say('alice', `add OSAEC23 "Forces should review vetting case ${n}" due 30 June 2026`);
    const reply = await h.say('alice', 'search vetting');
    expect(reply.text).toBe('24 items match vetting; the first 20 are shown.');
    expect(found(reply)).toHaveLength(20);
    expect(visible(reply)).toContain(
      '4 more match: shown first are items whose text holds every word, then the most recently updated. To narrow it, add a word, or keep to one report: search vetting report OSAEC23',
    );
  });

  it('teaches an empty search and names an unknown report', async () => {
    const empty = await h.say('alice', 'search');
    expect(empty.code).toBe('search.empty');
    expect(visible(empty)).toContain('For example: search body worn video');
    expect((await h.say('alice', 'search vetting report PEEL99')).code).toBe('report.not_found');
  });

  it("never shows another workspace's items", async () => {
    await h.say('zed', 'report new "Theirs" key OSAEC23 published 5 April 2023', { workspace: 'other' });
    await h.say('zed', 'add OSAEC23 "Forces should review vetting at once" due 30 June 2026', {
      workspace: 'other',
    });
    expect(found(await h.say('alice', 'search vetting')).map((l) => l.summary)).toEqual([
      'Forces should review vetting',
    ]);
    expect(found(await h.say('zed', 'search vetting', { workspace: 'other' })).map((l) => l.summary)).toEqual(
      ['Forces should review vetting at once'],
    );
  });
});
