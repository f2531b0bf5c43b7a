import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/core/commands/context.ts';
import { todayIn } from '../../src/core/dates/index.ts';
import { handleMessage } from '../../src/core/handle-message.ts';
import type { Extraction } from '../../src/core/import/extraction.ts';
import { saveExtraction } from '../../src/core/import/save.ts';
import { ProblemError } from '../../src/core/reply/reply.ts';
import type { Store } from '../../src/ports/store.ts';
import { type Harness, openHarness, STORE_KINDS } from '../support/core-harness.ts';
import { anExtractedItem, IMPORT_DOCUMENT, savedRows } from '../support/import-fixtures.ts';

/** A report with a cause of concern, its recommendations, an unnumbered bullet and a repeated number. */
const EXTRACTION: Extraction = {
  title: 'PEEL 2023: Norfolk',
  publisher: 'HMICFRS',
  publishedOn: '2023-06-01',
  link: 'see https://example.org/peel.',
  section55: true,
  section55Due: '2023-07-27',
  forceResponseOverall: null,
  pccResponseOverall: 'Welcomed.',
  causesOfConcern: [anExtractedItem({ kind: 'cause_of_concern', label: 'Cause of concern 1', number: 1 })],
  recommendations: [
    anExtractedItem({
      label: 'Recommendation 3',
      number: 3,
      causeOfConcern: 'Cause of concern 1',
      due: { kind: 'relative', date: null, phrase: 'within three months' },
      forceResponse: 'Accepted.',
    }),
    anExtractedItem({
      causeOfConcern: 'cause of concern 1',
      due: { kind: 'none', date: null, phrase: 'Ongoing' },
    }),
    anExtractedItem({ label: 'Recommendation 3', number: 3, causeOfConcern: 'Cause of concern 9' }),
  ],
  areasForImprovement: [
    anExtractedItem({
      kind: 'area_for_improvement',
      due: { kind: 'date', date: null, phrase: 'by the end of 2023' },
    }),
  ],
  warnings: [],
};

/** A store whose nth item insert fails, as a full disk or a dropped connection would. */
function failingOnItem(store: Store, n: number): Store {
  let inserts = 0;
  const wrap = (inner: Store): Store => ({
    ...inner,
    transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))),
    items: {
      ...inner.items,
      insert: async (row) => {
        if (++inserts === n) throw new Error('disk I/O error');
        await inner.items.insert(row);
      },
    },
  });
  return wrap(store);
}

describe.each(STORE_KINDS)('saving an extraction (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
  });
  afterEach(() => h.close());

  /** The context a command of this user would run with, inside a transaction of the store. */
  async function inTransaction<T>(user: string, fn: (ctx: CommandContext) => Promise<T>): Promise<T> {
    await h.say(user, 'help');
    return h.store.transaction(async (store) => {
      const workspace = await store.workspaces.findByExternal('console', 'local');
      const actor = workspace && (await store.members.findByExternal(workspace.id, user));
      if (!workspace || !actor) throw new Error('not set up');
      const now = h.clock.now();
      const dates = { now, timeZone: workspace.timeZone };
      const today = todayIn(workspace.timeZone, now);
      return fn({
        store,
        ids: h.deps.ids,
        platform: 'console',
        workspace,
        actor,
        now,
        today,
        dates,
        mentions: [],
      });
    });
  }

  it('saves refs, parents, deadlines, responses and one created entry per item', async () => {
    const { report, items } = await inTransaction('alice', (ctx) =>
      saveExtraction(ctx, EXTRACTION, { key: 'peel23', sourceHash: 'abc', sourceName: 'peel.pdf' }),
    );
    expect(report).toMatchObject({ key: 'PEEL23', link: 'https://example.org/peel', sourceHash: 'abc' });
    expect(items.map((i) => [i.ref, i.number, i.label])).toEqual([
      ['C1', 1, 'Cause of concern 1'],
      ['3', 3, 'Recommendation 3'],
      ['4', 4, null],
      ['5', 5, 'Recommendation 3'],
      ['A1', 1, null],
    ]);
    const [concern, three, four, five, afi] = items;
    expect([three?.parentId, four?.parentId, five?.parentId]).toEqual([concern?.id, concern?.id, null]);
    expect(three).toMatchObject({ dueOn: '2023-09-01', forceResponse: 'Accepted.' });
    expect(afi?.dueOn).toBe('2023-12-31');
    const { workspace } = await savedRows(h.store);
    if (!workspace || !four) throw new Error('not saved');
    expect(await h.store.deadlines.listByItems(workspace.id, [four.id])).toMatchObject([
      { kind: 'none', phrase: 'Ongoing', dueOn: null },
    ]);
    for (const saved of items) {
      expect(await h.store.updates.listByItem(workspace.id, saved.id)).toMatchObject([
        { kind: 'created', toStatus: 'awaiting_allocation', note: 'imported from peel.pdf' },
      ]);
    }
  });

  it('refuses a member, a bad key, a missing title and an empty list before writing anything', async () => {
    await h.say('alice', 'help');
    const problems: string[] = [];
    const attempts: [string, Extraction, string][] = [
      ['bob', EXTRACTION, 'PEEL23'],
      ['alice', EXTRACTION, 'PEEL-23'],
      ['alice', { ...EXTRACTION, title: '  ' }, 'PEEL23'],
      [
        'alice',
        { ...EXTRACTION, recommendations: [], areasForImprovement: [], causesOfConcern: [] },
        'PEEL23',
      ],
    ];
    for (const [user, extraction, key] of attempts) {
      await inTransaction(user, (ctx) =>
        saveExtraction(ctx, extraction, { key, sourceHash: null, sourceName: 'x' }),
      )
        .then(() => problems.push('saved'))
        .catch((error: unknown) =>
          problems.push(error instanceof ProblemError ? (error.reply.code ?? '') : 'bug'),
        );
    }
    expect(problems).toEqual([
      'permission.admin_only',
      'report.bad_key',
      'import.no_title',
      'import.no_items',
    ]);
    expect((await savedRows(h.store)).reports).toEqual([]);
  });

  it('leaves nothing behind when a later write in the same transaction fails', async () => {
    const twice = inTransaction('alice', async (ctx) => {
      await saveExtraction(ctx, EXTRACTION, { key: 'PEEL23', sourceHash: null, sourceName: 'x' });
      await saveExtraction(ctx, EXTRACTION, { key: 'PEEL23', sourceHash: null, sourceName: 'x' });
    });
    await expect(twice).rejects.toMatchObject({ reply: { code: 'report.key_taken' } });
    expect(await savedRows(h.store)).toMatchObject({ reports: [], items: [] });
  });

  it('rolls a confirmed import back whole when the database fails half-way, keeping the preview', async () => {
    await h.say('alice', `report import\n${IMPORT_DOCUMENT.text}`);
    const deps = { ...h.deps, store: failingOnItem(h.store, 6) };
    const confirm = handleMessage(deps, {
      platform: 'console',
      workspace: { externalId: 'local', name: 'Local' },
      actor: { externalId: 'alice', displayName: 'alice' },
      text: 'import confirm RASSO24',
    });
    await expect(confirm).rejects.toThrow('disk I/O error');
    expect(await savedRows(h.store)).toMatchObject({ reports: [], items: [] });
    expect((await h.say('alice', 'import confirm RASSO24')).kind).toBe('success');
    const { expected } = IMPORT_DOCUMENT;
    expect((await savedRows(h.store)).items).toHaveLength(
      expected.recommendations.length +
        expected.areas_for_improvement.length +
        expected.causes_of_concern.length,
    );
  });
});
