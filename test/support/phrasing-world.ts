import { expect } from 'vitest';
import type { Status } from '../../src/core/model/status.ts';
import type { Store } from '../../src/ports/store.ts';

/*
 * The office every phrasing row is typed into, the same on the console, Slack and Teams: two reports
 * registered by alice (the first person, so an admin), owners bob and carol, and a clock fixed on
 * Thursday 14 March 2024. Mentions are written `@bob`; each platform's runner turns them into its own
 * mention (Slack `<@U…>`, Teams `<at>…</at>`), as the platforms deliver them.
 */

/** Thursday 14 March 2024, 10:00 in London: every runner's clock. */
export const PHRASING_CLOCK = new Date('2024-03-14T10:00:00Z');

/** The people who type, by the name the console knows them by. */
export const PEOPLE = ['alice', 'bob', 'carol'] as const;
export type Person = (typeof PEOPLE)[number];

/** Item refs of OSAEC23, with gaps as real reports have (the seed has 1, 2, 5, 8, 9, 11-16). */
export const OSAEC23_REFS = ['1', '2', '5', '6', '8', '9', '11', '12', '13', '14', '15'] as const;

/**
 * Typed by alice, in order. Most items are due 30 April 2024 (six weeks away), so moving a deadline
 * later needs no confirmation; 9 is overdue; 12 is done; 14 waits for an event; PEEL24 is the report
 * alice named last, so a bare number with no report viewed first is one of PEEL24's.
 */
export const SEED: readonly string[] = [
  'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
  ...OSAEC23_REFS.filter((r) => r !== '9' && r !== '14').map(
    (ref) => `add OSAEC23 "Chief Constables should act on finding ${ref}" number ${ref} due 30 April 2024`,
  ),
  'add OSAEC23 "Forces should audit referrals" number 9 due 31 October 2023',
  'add OSAEC23 "Forces should adopt the new tool" number 14 due 6 months after the new prioritisation tool is implemented',
  'assign OSAEC23-5 @bob',
  'assign OSAEC23-8 @bob team Safeguarding',
  'assign OSAEC23-9 @carol',
  'assign OSAEC23-12 @carol',
  'OSAEC23-8 in progress',
  'OSAEC23-12 done: signed off by the board',
  'report new "PEEL 2024" key PEEL24 published 1 February 2024 publisher HMICFRS',
  ...['1', '2', '3', '4', '5', '6'].map(
    (ref) => `add PEEL24 "The force should improve area ${ref}" number ${ref} due 31 May 2024`,
  ),
];

/** What a row must leave an item as; only the fields given are checked. */
export type ItemState = {
  status?: Status;
  /** The note of the update this row appended to the item, exactly as typed (null: none). */
  note?: string | null;
  /** The item's current due date. */
  due?: string | null;
  /** The owner's display name, compared without case (platforms add surnames: "Bob" for bob). */
  owner?: string | null;
  team?: string | null;
};

/** Everything a command could change, read through the store, so two can be compared whole. */
export type Snapshot = {
  reports: unknown[];
  /** Section 55 stages recorded. */
  section55: unknown[];
  items: Record<string, { item: unknown; deadlines: unknown[]; updates: unknown[] }>;
};

export async function snapshot(store: Store, workspaceId: string): Promise<Snapshot> {
  const reports = await store.reports.list(workspaceId);
  const items: Snapshot['items'] = {};
  for (const report of reports) {
    for (const item of await store.items.listByReport(workspaceId, report.id)) {
      items[`${report.key}-${item.ref}`] = {
        item,
        deadlines: await store.deadlines.listByItems(workspaceId, [item.id]),
        updates: await store.updates.listByItem(workspaceId, item.id),
      };
    }
  }
  const section55 = await store.section55.listByReports(
    workspaceId,
    reports.map((r) => r.id),
  );
  return { reports, section55, items };
}

type Found = { status: Status; ownerId: string | null; ownerTeam: string | null; dueOn: string | null };

/**
 * Checks `after` against `before`: the items in `expected` are as it says and gained at least one
 * update (a note is the newest update's); every other item, and every report, is exactly as it was.
 */
export async function expectState(
  store: Store,
  workspaceId: string,
  before: Snapshot,
  after: Snapshot,
  expected: Record<string, ItemState>,
): Promise<void> {
  expect(after.reports, 'reports changed').toEqual(before.reports);
  for (const [ref, was] of Object.entries(before.items)) {
    if (expected[ref]) continue;
    expect(after.items[ref], `${ref} changed, and the row did not name it`).toEqual(was);
  }
  for (const [ref, state] of Object.entries(expected)) {
    const now = after.items[ref];
    expect(now, `${ref} is missing`).toBeDefined();
    if (!now) continue;
    const item = now.item as Found;
    const updates = now.updates as Array<{ note: string | null }>;
    const added = updates.length - (before.items[ref]?.updates.length ?? 0);
    expect(added, `${ref} got no update`).toBeGreaterThan(0);
    const got: ItemState = {};
    if (state.status !== undefined) got.status = item.status;
    if (state.note !== undefined) got.note = updates.at(-1)?.note ?? null;
    if (state.due !== undefined) got.due = item.dueOn;
    if (state.team !== undefined) got.team = item.ownerTeam;
    if (state.owner !== undefined) {
      const member = item.ownerId ? await store.members.findById(workspaceId, item.ownerId) : undefined;
      got.owner = member ? member.displayName.split(' ')[0]?.toLowerCase() : null;
    }
    expect(got, `${ref}`).toEqual(state);
  }
}
