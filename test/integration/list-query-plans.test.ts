import { CompiledQuery, type Kysely, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import type { Store } from '../../src/ports/store.ts';
import { aMember, anItem, aReport, seedWorkspace } from '../contract/store-fixtures.ts';

/*
 * The lists' queries, as the store really sends them, read through SQLite's EXPLAIN QUERY PLAN: each
 * must search one of migrations/0011-read-indexes.ts's indexes rather than scan the workspace's items
 * or sort them all. Drop an index or let a bound parameter into the open-items condition and the
 * planner falls back, and this fails.
 */

let db: Kysely<DB>;
let store: Store;
let ids: { workspace: string; owner: string; report: string };
const sent: CompiledQuery[] = [];

/** Records every query the store compiles, so the test explains exactly what the store ran. */
const recorder: KyselyPlugin = {
  transformQuery(args) {
    sent.push(db.getExecutor().compileQuery(args.node, args.queryId));
    return args.node;
  },
  transformResult: async (args) => args.result,
};

beforeAll(async () => {
  db = await openSqlite<DB>(':memory:');
  await migrateToLatest(db);
  const plain = createKyselyStore(db);
  const { workspace, admin, report } = await seedWorkspace(plain);
  const bob = aMember(workspace.id, { displayName: 'Bob' });
  await plain.members.insert(bob);
  await plain.reports.insert(
    aReport(workspace.id, admin.id, { key: 'GONE', deletedAt: '2023-01-01T00:00:00.000Z' }),
  );
  for (let n = 1; n <= 50; n++) {
    await plain.items.insert(
      anItem(report, {
        ref: String(n),
        number: n,
        ownerId: n % 2 ? bob.id : null,
        ownerTeam: n % 3 ? 'Finance' : null,
        status: n % 4 ? 'in_progress' : 'done',
        dueOn: `2023-0${1 + (n % 9)}-10`,
      }),
    );
  }
  ids = { workspace: workspace.id, owner: bob.id, report: report.id };
  store = createKyselyStore(db.withPlugin(recorder));
});

afterAll(() => db.destroy());

/** The plan of each SELECT the call sent, one string per query. */
async function plans(call: () => Promise<unknown>): Promise<string[]> {
  sent.length = 0;
  await call();
  const selects = sent.filter((q) => /^select/i.test(q.sql));
  const out: string[] = [];
  for (const query of selects) {
    const result = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    out.push(result.rows.map((r) => r.detail).join('\n'));
  }
  return out;
}

const page = { offset: 0, limit: 25 };

describe('the lists use their indexes (SQLite EXPLAIN QUERY PLAN)', () => {
  it('overdue: open items by due date, page and count', async () => {
    const [list, count] = await plans(() =>
      store.items.listMatching(ids.workspace, { dueBy: '2023-06-01' }, page),
    );
    expect(list).toMatch(
      /SEARCH items USING COVERING INDEX items_open_due_idx \(workspace_id=\? AND due_on<\?\)/,
    );
    // Rows come in due order from the index: only ties are sorted, so the first page stops early.
    expect(list).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(count).toMatch(/SEARCH items USING COVERING INDEX items_open_due_idx/);
  });

  it('mine: open items by owner', async () => {
    const [list, count] = await plans(() =>
      store.items.listMatching(ids.workspace, { ownerId: ids.owner }, page),
    );
    expect(list).toMatch(
      /SEARCH items USING COVERING INDEX items_open_owner_idx \(workspace_id=\? AND owner_id=\?\)/,
    );
    expect(count).toMatch(/SEARCH items USING COVERING INDEX items_open_owner_idx/);
  });

  it('team: open items by team', async () => {
    const [list, count] = await plans(() =>
      store.items.listMatching(ids.workspace, { teams: ['Finance'] }, page),
    );
    expect(list).toMatch(
      /SEARCH items USING COVERING INDEX items_open_team_idx \(workspace_id=\? AND owner_team=\?\)/,
    );
    expect(count).toMatch(/SEARCH items USING COVERING INDEX items_open_team_idx/);
    const [teams] = await plans(() => store.items.listTeams(ids.workspace));
    expect(teams).toMatch(/SEARCH items USING COVERING INDEX items_workspace_team_idx/);
  });

  it('status: items of the named statuses, closed ones too', async () => {
    const [list, count] = await plans(() =>
      store.items.listMatching(ids.workspace, { statuses: ['blocked', 'done'] }, page),
    );
    expect(list).toMatch(
      /SEARCH items USING COVERING INDEX items_workspace_status_due_idx \(workspace_id=\? AND status=\?\)/,
    );
    expect(count).toMatch(/SEARCH items USING COVERING INDEX items_workspace_status_due_idx/);
  });

  it('report KEY: a page straight from the index in ref order, and its progress from the index alone', async () => {
    const [list, count] = await plans(() => store.items.pageByReport(ids.workspace, ids.report, page));
    expect(list).toMatch(
      /SEARCH items USING INDEX items_report_order_idx \(workspace_id=\? AND report_id=\?\)/,
    );
    expect(list).not.toMatch(/TEMP B-TREE/);
    expect(count).toMatch(/SEARCH items USING COVERING INDEX/);
    const [all, done, overdue] = await plans(() =>
      store.items.progress(ids.workspace, [ids.report], '2023-06-01'),
    );
    expect(all).toMatch(/SEARCH items USING COVERING INDEX items_report_(progress|order)_idx/);
    expect(done).toMatch(/SEARCH items USING COVERING INDEX items_report_progress_idx/);
    expect(overdue).toMatch(/SEARCH items USING COVERING INDEX items_(open_due|report_progress)_idx/);
  });

  it('search: only the candidates of the full-text index are read, each by its key', async () => {
    const [found] = await plans(() =>
      store.items.search(ids.workspace, { terms: ['forces', 'act'], reportId: null, ...page }),
    );
    expect(found).toMatch(/SCAN item_search VIRTUAL TABLE INDEX/);
    expect(found).toMatch(
      /SEARCH items USING INDEX sqlite_autoindex_items_\d \((workspace_id=\? AND )?id=\?\)/,
    );
    // Each candidate's notes by its id, not the workspace's notes for every candidate.
    expect(found).toMatch(/SEARCH updates USING INDEX updates_item_at_idx \(item_id=\?\)/);
    expect(found).not.toMatch(/SEARCH updates USING INDEX updates_workspace_at_idx/);
    expect(found).not.toMatch(
      /SCAN items|SEARCH items USING (COVERING )?INDEX items_\w+ \(workspace_id=\?\)/,
    );
  });

  it('add: the next number from one indexed query', async () => {
    const [next] = await plans(() => store.items.nextNumber(ids.workspace, ids.report, 'recommendation'));
    expect(next).toMatch(/SEARCH items USING INDEX/);
    expect(next).not.toMatch(/SCAN items/);
  });
});
