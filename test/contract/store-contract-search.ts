import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/entities.ts';
import type { ItemSearch, Store } from '../../src/ports/store.ts';
import type { CurrentStore } from './store-contract.ts';
import { anItem, anUpdate, aReport, seedWorkspace } from './store-fixtures.ts';

const query = (terms: string[], overrides: Partial<ItemSearch> = {}): ItemSearch => ({
  terms,
  reportId: null,
  offset: 0,
  limit: 20,
  ...overrides,
});

async function refsFound(store: Store, workspaceId: string, search: ItemSearch): Promise<string[]> {
  const { items } = await store.items.search(workspaceId, search);
  return items.map(({ item, reportKey }) => `${reportKey}-${item.ref}`);
}

/** ItemStore.search: the words of `search`, matched in SQL. */
export function searchContract(current: CurrentStore): void {
  describe('item search', () => {
    async function seedTexts(store: Store, texts: Record<string, Partial<Item>>) {
      const seeded = await seedWorkspace(store);
      const items: Record<string, Item> = {};
      for (const [ref, overrides] of Object.entries(texts)) {
        items[ref] = anItem(seeded.report, { ref, text: 'Forces should act.', ...overrides });
        await store.items.insert(items[ref]);
      }
      return { ...seeded, items };
    }

    it('finds a term in the text, either response or a note, but not in a response update', async () => {
      const store = current();
      const { workspace, admin, items } = await seedTexts(store, {
        '1': { text: 'Officers should wear Body Worn Video at every search.' },
        '2': { forceResponse: 'We bought body worn video for all officers.' },
        '3': { pccResponse: 'I will fund BODY WORN VIDEO.' },
        '4': {},
        '5': {},
        '6': {},
      });
      await store.updates.append(
        anUpdate(items['4'] as Item, admin.id, { note: 'Body worn video trial begun' }),
      );
      await store.updates.append(
        anUpdate(items['5'] as Item, admin.id, {
          kind: 'status',
          fromStatus: 'not_started',
          toStatus: 'blocked',
          note: 'waiting for the body worn video contract',
        }),
      );
      await store.updates.append(
        anUpdate(items['6'] as Item, admin.id, { kind: 'response', note: 'Force response: body worn video' }),
      );
      const found = await refsFound(store, workspace.id, query(['body worn video']));
      expect(found.sort()).toEqual(['OSAEC23-1', 'OSAEC23-2', 'OSAEC23-3', 'OSAEC23-4', 'OSAEC23-5']);
    });

    it('needs every term, each anywhere in the item', async () => {
      const store = current();
      const { workspace, admin, items } = await seedTexts(store, {
        '1': { text: 'Review the custody training.' },
        '2': { text: 'Review the custody estate.' },
        '3': { text: 'Plan the training.' },
      });
      await store.updates.append(anUpdate(items['2'] as Item, admin.id, { note: 'Training booked' }));
      expect((await refsFound(store, workspace.id, query(['custody', 'training']))).sort()).toEqual([
        'OSAEC23-1',
        'OSAEC23-2',
      ]);
      expect(await refsFound(store, workspace.id, query(['custody', 'training', 'estate']))).toEqual([
        'OSAEC23-2',
      ]);
    });

    it('lets a space in a term stand for any one character, and nothing else', async () => {
      const store = current();
      const { workspace } = await seedTexts(store, {
        '1': { text: 'Use body-worn video.' },
        '2': { text: 'Use body worn video.' },
        '3': { text: 'Use bodyworn video.' },
        '4': { text: 'The chief constable’s plan.' },
      });
      expect((await refsFound(store, workspace.id, query(['body worn']))).sort()).toEqual([
        'OSAEC23-1',
        'OSAEC23-2',
      ]);
      expect(await refsFound(store, workspace.id, query(['constable s plan']))).toEqual(['OSAEC23-4']);
    });

    it('reads %, _ and \\ in a term as themselves, not as wildcards', async () => {
      const store = current();
      const { workspace } = await seedTexts(store, {
        '1': { text: 'Raise compliance to 100% by March.' },
        '2': { text: 'Raise compliance to 1000 officers.' },
        '3': { text: 'Fill in form_a.' },
        '4': { text: 'Fill in formxa.' },
        '5': { text: 'Saved under S:\\Audit\\2024.' },
        '6': { text: 'Saved under S:Audit.' },
      });
      expect(await refsFound(store, workspace.id, query(['100%']))).toEqual(['OSAEC23-1']);
      expect(await refsFound(store, workspace.id, query(['%']))).toEqual(['OSAEC23-1']);
      expect(await refsFound(store, workspace.id, query(['form_a']))).toEqual(['OSAEC23-3']);
      expect(await refsFound(store, workspace.id, query(['_']))).toEqual(['OSAEC23-3']);
      expect(await refsFound(store, workspace.id, query(['s:\\audit']))).toEqual(['OSAEC23-5']);
    });

    it('needs each word of a term to start a word of the item: train finds training, rain does not', async () => {
      const store = current();
      const { workspace } = await seedTexts(store, {
        '1': { text: 'Complete the TRAINING of the staff.' },
        '2': { text: 'Retrain the staff.' },
        '3': { text: 'Plan for rain.' },
      });
      expect(await refsFound(store, workspace.id, query(['train']))).toEqual(['OSAEC23-1']);
      expect(await refsFound(store, workspace.id, query(['rain']))).toEqual(['OSAEC23-3']);
      expect(await refsFound(store, workspace.id, query(['the staff']))).toEqual(['OSAEC23-1', 'OSAEC23-2']);
    });

    it('reads quotes, brackets and search operators in a term as text, never as an error', async () => {
      const store = current();
      const { workspace } = await seedTexts(store, {
        '1': { text: 'Ask O\'Brien about "NEAR" misses (urgent) - AND/OR rules.' },
        '2': { text: 'Review body:worn* footage & NOT vetting^2.' },
        '3': { text: 'Nothing to see.' },
      });
      const cases: [string[], string[]][] = [
        [["o'brien"], ['1']],
        [['"near"'], ['1']],
        [['near*'], []],
        [['(urgent)'], ['1']],
        [['and/or'], ['1']],
        [['or'], ['1']],
        [['not'], ['2', '3']],
        [['& not'], ['2']],
        [['body:worn*'], ['2']],
        [['vetting^2'], ['2']],
        [['"'], ['1']],
        [[':*'], []],
        [["'near' & !misses"], []],
        [['near(', 'misses)'], []],
        [['near', 'misses', 'and', 'or'], ['1']],
      ];
      for (const [terms, refs] of cases) {
        const found = await refsFound(store, workspace.id, query(terms));
        expect({ terms, found: found.sort() }).toEqual({ terms, found: refs.map((ref) => `OSAEC23-${ref}`) });
      }
    });

    it('finds what was written after the item: a new response, a note, and not what was replaced', async () => {
      const store = current();
      const { workspace, admin, items } = await seedTexts(store, {
        '1': { forceResponse: 'Contract signed with Acme.' },
        '2': {},
      });
      expect(await refsFound(store, workspace.id, query(['acme']))).toEqual(['OSAEC23-1']);
      await store.items.update(workspace.id, (items['1'] as Item).id, { forceResponse: 'Tender reopened.' });
      await store.items.update(workspace.id, (items['2'] as Item).id, { pccResponse: 'Acme chosen.' });
      await store.updates.append(anUpdate(items['1'] as Item, admin.id, { note: 'Reopened: supplier bust' }));
      expect(await refsFound(store, workspace.id, query(['acme']))).toEqual(['OSAEC23-2']);
      expect(await refsFound(store, workspace.id, query(['tender']))).toEqual(['OSAEC23-1']);
      expect(await refsFound(store, workspace.id, query(['supplier', 'reopen']))).toEqual(['OSAEC23-1']);
    });

    it("never returns another workspace's items, nor a deleted report's, and keeps to one report", async () => {
      const store = current();
      const mine = await seedTexts(store, { '1': { text: 'Vetting checks for all staff.' } });
      const theirs = await seedWorkspace(store);
      const theirItem = anItem(theirs.report, { ref: '1', text: 'Vetting checks for all staff.' });
      await store.items.insert(theirItem);
      await store.updates.append(anUpdate(theirItem, theirs.admin.id, { note: 'vetting done' }));
      const other = aReport(mine.workspace.id, mine.admin.id, { key: 'PEEL23' });
      const gone = aReport(mine.workspace.id, mine.admin.id, {
        key: 'OLD22',
        deletedAt: '2024-01-01T00:00:00.000Z',
      });
      await store.reports.insert(other);
      await store.reports.insert(gone);
      await store.items.insert(anItem(other, { ref: '7', text: 'Improve vetting.' }));
      await store.items.insert(anItem(gone, { ref: '2', text: 'Vetting again.' }));

      expect((await refsFound(store, mine.workspace.id, query(['vetting']))).sort()).toEqual([
        'OSAEC23-1',
        'PEEL23-7',
      ]);
      expect(await refsFound(store, mine.workspace.id, query(['vetting'], { reportId: other.id }))).toEqual([
        'PEEL23-7',
      ]);
      expect(await refsFound(store, theirs.workspace.id, query(['improve']))).toEqual([]);
      expect(await store.items.search(theirs.workspace.id, query(['vetting']))).toEqual({
        items: [{ item: theirItem, reportKey: 'OSAEC23' }],
        total: 1,
      });
    });

    it('puts text matches first, then the most recently updated, and counts beyond the limit', async () => {
      const store = current();
      const { workspace, admin, items } = await seedTexts(store, {
        '1': { text: 'Audit the custody suites.', updatedAt: '2024-01-01T00:00:00.000Z' },
        '2': { text: 'Plan.', updatedAt: '2024-06-01T00:00:00.000Z' },
        '10': { text: 'Audit custody records.', updatedAt: '2024-03-01T00:00:00.000Z' },
        '3': { text: 'Audit custody staffing.', updatedAt: '2024-03-01T00:00:00.000Z' },
        '4': { text: 'Audit custody.', updatedAt: '2024-02-01T00:00:00.000Z' },
      });
      await store.updates.append(anUpdate(items['2'] as Item, admin.id, { note: 'custody audit booked' }));
      expect(await refsFound(store, workspace.id, query(['audit', 'custody']))).toEqual([
        'OSAEC23-3',
        'OSAEC23-10',
        'OSAEC23-4',
        'OSAEC23-1',
        'OSAEC23-2',
      ]);
      const page = await store.items.search(workspace.id, query(['custody'], { limit: 2 }));
      expect(page.total).toBe(5);
      expect(page.items.map(({ item }) => item.ref)).toEqual(['3', '10']);
      expect(await store.items.search(workspace.id, query(['nothing like this']))).toEqual({
        items: [],
        total: 0,
      });
    });
  });
}
