import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';
import {
  CALDERBROOK,
  extracted,
  OAKHURST,
  pendingOf,
  wordsToLastComma,
} from '../support/import-edit-fixtures.ts';
import { savedRows } from '../support/import-fixtures.ts';

/** The item whose ref is given, as saved. */
async function saved(h: Harness, ref: string) {
  const { workspace, items } = await savedRows(h.store);
  const item = items.find((i) => i.ref === ref);
  if (!workspace || !item) throw new Error(`no saved item ${ref}`);
  const deadlines = await h.store.deadlines.listByItems(workspace.id, [item.id]);
  return { item, deadlines };
}

function texts(reply: Reply): string[] {
  return reply.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
}

/** Each preview edit, run on a real extraction through the core, on the in-memory fake and SQLite. */
describe.each(STORE_KINDS)('import preview edits (%s store)', (kind) => {
  let h: Harness;
  const say = (text: string) => h.say('alice', text);
  beforeEach(async () => {
    h = await openHarness(kind);
    expect((await say(`report import\n${CALDERBROOK.text}`)).kind).toBe('question');
  });
  afterEach(() => h.close());

  it('merge: texts joined with a space, the first keeps its deadline and ref; the second is gone', async () => {
    const [one, two] = [extracted(CALDERBROOK, 1), extracted(CALDERBROOK, 2)];
    const merged = await say('import merge 1 2');
    expect(merged.text).toMatch(/^Merged 2 into 1\. .*4 recommendations/);
    expect(visible(merged)).not.toMatch(/^2 {4}/m);
    expect(visible(merged)).toMatch(/^1 {4}29 Nov 2024 \(under C1\) · /m);
    expect(texts(await say('import show 1'))).toContain(`${one.text} ${two.text}`);
    await say('import confirm CAL24');
    const { item, deadlines } = await saved(h, '1');
    expect(item.text).toBe(`${one.text} ${two.text}`);
    expect(deadlines.map((d) => d.dueOn)).toEqual(['2024-11-29']);
    expect((await savedRows(h.store)).items.map((i) => i.ref)).not.toContain('2');
  });

  it('merge: a first item with no deadline takes the second one’s; causes of concern take their children', async () => {
    const added = await say('import add "The force should publish its rape data."');
    expect(added.text).toMatch(/^Added 6, a recommendation\./);
    expect(visible(await say('import merge 6 3'))).toMatch(
      /^6 {4}31 Mar 2025 \(under C2\) · The force should publish/m,
    );
    const concerns = await say('import merge C1 C2');
    expect(visible(concerns)).toMatch(/^4 {4}.* \(under C1\) · /m);
    expect(visible(concerns)).not.toContain('is not in the document');
  });

  it('merge: refuses items of different kinds and an unknown ref, changing nothing', async () => {
    const before = await pendingOf(h.store);
    const kinds = await say('import merge 1 A1');
    expect(kinds).toMatchObject({ kind: 'problem', code: 'import.merge_kinds' });
    expect(kinds.text).toBe(
      '1 is a recommendation and A1 an area for improvement: only items of the same kind can be merged.',
    );
    expect(texts(kinds)).toEqual(['For example: import merge 1 2']);
    expect((await say('import merge 1 9')).code).toBe('import.bad_ref');
    expect((await say('import merge 1 1')).code).toBe('import.merge_self');
    expect(await pendingOf(h.store)).toEqual(before);
  });

  it('split: the rest becomes a new item of the same kind with the next free number', async () => {
    const three = extracted(CALDERBROOK, 3);
    const { after, rest } = wordsToLastComma(three.text);
    const split = await say(`import split 3 after "${after}"`);
    expect(split.text).toMatch(/^Split 3: the rest is now 6\./);
    expect(visible(split)).toMatch(/^6 {4}31 Mar 2025 \(under C2\) · /m);
    expect(texts(await say('import show 6'))).toContain(rest);
    await say('import confirm CAL24');
    expect((await saved(h, '3')).item.text).toBe(three.text.slice(0, three.text.length - rest.length).trim());
    const six = await saved(h, '6');
    expect(six.item).toMatchObject({ kind: 'recommendation', label: null, number: 6, text: rest });
    expect(six.deadlines.map((d) => d.dueOn)).toEqual(['2025-03-31']);
  });

  it('split: refuses words that are not in the text, with an example from the text, changing nothing', async () => {
    const before = await pendingOf(h.store);
    const refused = await say('import split 3 after "no such words"');
    expect(refused).toMatchObject({ kind: 'problem', code: 'import.split_not_found' });
    expect(refused.text).toContain('"no such words" is not in the text of 3');
    expect(await pendingOf(h.store)).toEqual(before);
    const example = texts(refused)[0]?.replace(/^For example: /, '') ?? '';
    expect(example).toMatch(/^import split 3 after "/);
    // The example is made of the item's own words: it works.
    expect((await say(example)).kind).toBe('question');
    expect(await pendingOf(h.store)).not.toEqual(before);
  });

  it('text: replaces the text as typed and keeps the rest', async () => {
    const typed = 'The force should record “why” – and when – a victim is referred.';
    const changed = await say(`import text A1 "${typed}"`);
    expect(changed.text).toMatch(/^Text of A1 replaced\./);
    const shown = await say('import show A1');
    expect(texts(shown)).toContain(typed);
    expect(visible(shown)).toContain('Addressees: Calderbrook Police (the force)');
    await say('import confirm CAL24');
    expect((await saved(h, 'A1')).item).toMatchObject({ text: typed, kind: 'area_for_improvement' });
  });

  it.each([
    ['4', '31 March 2026', '2026-03-31', 'date'],
    ['1', 'immediately', '2024-08-29', 'immediate'],
    ['3', 'within 6 months', '2025-02-28', 'relative'],
    ['A1', '30 June 2025', '2025-06-30', 'date'],
  ])('due %s %s: read like a document’s deadline, saved as %s', async (ref, phrase, date, deadlineKind) => {
    const set = await say(`import due ${ref} ${phrase}`);
    expect(set.text).toMatch(new RegExp(`^Deadline of ${ref} set: ${phrase}\\.`));
    await say('import confirm CAL24');
    const { item, deadlines } = await saved(h, ref);
    expect(item.dueOn).toBe(date);
    expect(deadlines).toMatchObject([{ kind: deadlineKind, dueOn: date, phrase }]);
  });

  it('due none, and an unreadable date refused without a change', async () => {
    expect(visible(await say('import due 5 none'))).toMatch(/^5 {4}no deadline \(under C2\) · /m);
    const before = await pendingOf(h.store);
    const refused = await say('import due 5 whenever');
    expect(refused).toMatchObject({ kind: 'problem', code: 'deadline.unreadable' });
    expect((await say('import due 7 31 March 2026')).code).toBe('import.bad_ref');
    expect(await pendingOf(h.store)).toEqual(before);
  });

  it('add: a recommendation by hand, its deadline optional, or another kind', async () => {
    const added = await say('import add "The force should audit its RASSO files." due 31 March 2026');
    expect(visible(added)).toMatch(/^6 {4}31 Mar 2026 · The force should audit its RASSO files\.$/m);
    expect(visible(await say('import add area "The force should brief its staff."'))).toMatch(
      /^A3 {3}no deadline found · The force should brief its staff\.$/m,
    );
    expect(texts(await say('import show 6'))).toContain(
      'From the document: nothing (added by hand, or a preview made before source lines were kept).',
    );
    await say('import confirm CAL24');
    expect((await saved(h, '6')).item).toMatchObject({
      label: null,
      dueOn: '2026-03-31',
      addressees: ['force'],
    });
    expect((await saved(h, 'A3')).item.kind).toBe('area_for_improvement');
  });

  it('show: the item whole, its deadlines, addressees, doubts and the lines it was read from', async () => {
    const five = extracted(CALDERBROOK, 5);
    const shown = await say('import show 5');
    expect(shown.kind).toBe('info');
    const all = visible(shown);
    expect(all).toContain('Item 5 of the import preview: Recommendation 5');
    expect(all).toContain('Kind: Recommendation');
    expect(all).toContain('Deadline: immediately (29 Aug 2024) and 29 Aug 2025');
    expect(all).toContain('Addressees: Calderbrook Police (the force)');
    expect(all).toContain('Under: C2');
    expect(texts(shown)).toContain(five.text);
    expect(texts(shown)).toContain(['From the document:', ...five.source].join('\n'));
    expect(shown.form?.kind === 'import' && shown.form.item).toEqual({
      ref: '5',
      text: five.text,
      due: expect.stringMatching(/^Immediately; /),
    });
    // Never cut, however long.
    const long = `The force should ${'review every case file again and '.repeat(120)}report.`;
    await say(`import text 5 "${long}"`);
    expect(texts(await say('import show 5'))).toContain(long);
  });

  it('show: the doubts of an item, and the marker on its preview line', async () => {
    await say('import cancel');
    const preview = visible(await say(`report import\n${OAKHURST.text}`));
    expect(preview).toMatch(/^1 {4}9 Jul 2024 · The IOPC recommends .* ⚠$/m);
    expect(preview).toContain('⚠ 1: deadline taken from the reply due for the whole document');
    expect(visible(await say('import show 1'))).toContain(
      'Doubts:\n⚠ deadline taken from the reply due for the whole document',
    );
    // A deadline set by hand answers the doubt about it.
    const set = visible(await say('import due 1 31 December 2024'));
    expect(set).toMatch(/^1 {4}31 Dec 2024 · The IOPC recommends .*…$/m);
    expect(set).not.toContain('⚠ 1:');
  });
});
