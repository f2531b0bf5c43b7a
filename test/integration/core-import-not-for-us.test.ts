import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';
import { CALDERBROOK, OAKHURST, pendingOf } from '../support/import-edit-fixtures.ts';
import { savedRows } from '../support/import-fixtures.ts';

/**
 * Items addressed only to other bodies, the publication date moving deadlines, and bad input to every
 * edit: through the core, on the in-memory fake and SQLite.
 */
describe.each(STORE_KINDS)('import preview: not for us, dates and mistakes (%s store)', (kind) => {
  let h: Harness;
  const say = (text: string) => h.say('alice', text);
  beforeEach(async () => {
    h = await openHarness(kind);
  });
  afterEach(() => h.close());

  it('flags an item addressed only to another body and saves it as not for us', async () => {
    const preview = visible(await say(`report import\n${OAKHURST.text}`));
    expect(preview).toMatch(
      /^3 {4}.*\n {5}↳ not for us: addressed to the College of Policing, not this force$/m,
    );
    expect(preview).not.toMatch(/^[12] {4}.*\n {5}↳ not for us/m);
    expect(preview).toContain('Not for us: 3 is addressed only to other bodies');
    expect(preview).toMatch(
      /^Fix before saving: import show 1 \| .*import merge 1 2 \| .*import ours 3 \| /m,
    );
    const saved = await say('import confirm OPDC24');
    expect(saved.kind).toBe('success');
    expect(visible(saved)).toContain('1 saved as not for us (addressed only to other bodies): OPDC24-3.');
    const { workspace, items } = await savedRows(h.store);
    if (!workspace) throw new Error('no workspace');
    expect(items.map((i) => [i.ref, i.status, i.disposition])).toEqual([
      ['1', 'awaiting_allocation', null],
      ['2', 'awaiting_allocation', null],
      ['3', 'not_for_us', 'not_for_us'],
    ]);
    const three = items.find((i) => i.ref === '3');
    const history = await h.store.updates.listByItem(workspace.id, three?.id ?? '');
    expect(history).toMatchObject([
      { kind: 'created', toStatus: 'awaiting_allocation' },
      {
        kind: 'status',
        fromStatus: 'awaiting_allocation',
        toStatus: 'not_for_us',
        note: 'addressed to the College of Policing, not this force',
      },
    ]);
    // Closed, so never overdue: it counts as grey in the report.
    expect(visible(await say('report OPDC24'))).toMatch(/grey OPDC24-3/);
  });

  it('keeps one as an ordinary item with import ours', async () => {
    await say(`report import\n${OAKHURST.text}`);
    const kept = await say('import ours 3');
    expect(kept.text).toMatch(/^3 will be saved as an ordinary item\./);
    expect(visible(kept)).not.toContain('↳ not for us');
    // Kept across messages (and, on SQLite, in the pending_imports row).
    expect(visible(await say('import preview'))).not.toContain('↳ not for us');
    const again = await say('import ours 1');
    expect(again.text).toMatch(
      /^1 is not addressed only to other bodies, so it is saved as an ordinary item anyway\./,
    );
    const saved = await say('import confirm OPDC24');
    expect(visible(saved)).not.toContain('saved as not for us');
    const { items } = await savedRows(h.store);
    expect(items.map((i) => i.status)).toEqual([
      'awaiting_allocation',
      'awaiting_allocation',
      'awaiting_allocation',
    ]);
  });

  it('merges two responses, appended', async () => {
    await say(`report import\n${OAKHURST.text}`);
    await say('import merge 1 2');
    await say('import confirm OPDC24');
    const [one] = (await savedRows(h.store)).items;
    const [first, second] = OAKHURST.extraction.recommendations;
    expect(one?.forceResponse).toBe(`${first?.forceResponse} ${second?.forceResponse}`);
  });

  it('import published moves immediate and relative deadlines and the section 55 date, not dated ones', async () => {
    await say(`report import\n${CALDERBROOK.text}`);
    const before = visible(await say('import preview'));
    expect(before).toContain('Section 55 response due: 24 October 2024');
    const moved = visible(await say('import published 10 April 2019'));
    expect(moved).toContain('Published: 10 April 2019');
    expect(moved).toContain('Section 55 response due: 5 June 2019');
    expect(moved).toMatch(/^1 {4}10 Jul 2019 \(under C1\) · /m);
    expect(moved).toMatch(/^5 {4}immediately \(10 Apr 2019\) and 10 Apr 2020 \(under C2\) · /m);
    expect(moved).toMatch(/^3 {4}31 Mar 2025 \(under C2\) · /m);
    await say('import confirm CAL19');
    const { workspace, items, reports } = await savedRows(h.store);
    if (!workspace) throw new Error('no workspace');
    expect(reports[0]).toMatchObject({ publishedOn: '2019-04-10', section55: true });
    const five = items.find((i) => i.ref === '5');
    const deadlines = await h.store.deadlines.listByItems(workspace.id, [five?.id ?? '']);
    expect(deadlines.map((d) => [d.kind, d.originalOn])).toEqual([
      ['immediate', '2019-04-10'],
      ['relative', '2020-04-10'],
    ]);
  });

  it.each([
    ['import show 9', 'import.bad_ref'],
    ['import text 9 "The force should act."', 'import.bad_ref'],
    ['import due 9 31 March 2026', 'import.bad_ref'],
    ['import merge 1 9', 'import.bad_ref'],
    ['import split 9 after "force"', 'import.bad_ref'],
    ['import ours 9', 'import.bad_ref'],
    ['import drop 9', 'import.bad_ref'],
    ['import text 1 The force should act.', 'import.needs_quotes'],
    ['import split 1 after force', 'import.needs_quotes'],
    ['import add The force should act.', 'import.needs_quotes'],
    ['import due 1 in a while', 'deadline.unreadable'],
    ['import add "The force should act." due in a while', 'deadline.unreadable'],
    ['import merge 2 2', 'import.merge_self'],
    ['import split 1 after "carried out."', 'import.split_empty'],
  ])('%j is refused with %s and an example that parses; nothing changes', async (text, code) => {
    await say(`report import\n${CALDERBROOK.text}`);
    const before = await pendingOf(h.store);
    const refused = await say(text);
    expect(refused).toMatchObject({ kind: 'problem', code });
    expect(await pendingOf(h.store)).toEqual(before);
    const example = refused.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []))[0] ?? '';
    expect(example).toMatch(/^For example: import /);
    expect((await say(example.replace(/^For example: /, ''))).kind).not.toBe('problem');
  });

  it('says so when there is no import to edit', async () => {
    for (const text of ['import show 1', 'import merge 1 2', 'import add "The force should act."']) {
      expect((await say(text)).code).toBe('import.none');
    }
    expect(await pendingOf(h.store)).toBeUndefined();
  });
});
