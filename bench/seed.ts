/*
 * Large workspaces for the read and digest benchmarks, written straight into SQLite with multi-row
 * inserts in one transaction (100,000 items take seconds, not the minutes one command each would).
 * Rows go through the store's own row mapping, so they are what the app itself would write.
 */
import type { Kysely } from 'kysely';
import { subscriptionToRow } from '../adapters/db/digest-rows.ts';
import { deadlineToRow } from '../adapters/db/history-rows.ts';
import { itemToRow } from '../adapters/db/item-rows.ts';
import { memberToRow, reportToRow, workspaceToRow } from '../adapters/db/rows.ts';
import type { DB } from '../adapters/db/schema.ts';
import type { Deadline, Item, Member, Report, Workspace } from '../src/core/model/entities.ts';
import type { Status } from '../src/core/model/status.ts';

const AT = '2023-01-02T09:00:00.000Z';
// Four in ten closed, the rest open, one in ten of those blocked; due dates from 2022 to 2026 around
// the benchmarks' "today" (14 March 2024), so about half the open items are overdue.
const STATUS_CYCLE: Status[] = [
  'done',
  'in_progress',
  'not_started',
  'done',
  'blocked',
  'in_progress',
  'not_for_us',
  'awaiting_allocation',
  'done',
  'in_progress',
];
const TEAMS = ['Safeguarding and Investigations', 'Finance', 'Contact Management', 'Custody', null];

export type SeedShape = {
  /** Workspace external ids are `${prefix}${n}`; the first workspace's first member is `alice`, an admin. */
  prefix: string;
  workspaces: number;
  itemsPerWorkspace: number;
  reportsPerWorkspace: number;
  membersPerWorkspace: number;
  /** Digest subscriptions per workspace (channels ch-0, ch-1, ...), weekly on Monday 9am. */
  subscriptionsPerWorkspace?: number;
};

async function insertAll<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Record<string, unknown>[]) {
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  // Well under SQLite's bound-parameter limit per statement.
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let start = 0; start < rows.length; start += size) {
    // The rows come from the store's own typed row mappers; Kysely cannot check a table chosen at run time.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}

export async function seed(db: Kysely<DB>, shape: SeedShape): Promise<void> {
  const rows = {
    workspaces: [] as Record<string, unknown>[],
    members: [] as Record<string, unknown>[],
    reports: [] as Record<string, unknown>[],
    items: [] as Record<string, unknown>[],
    deadlines: [] as Record<string, unknown>[],
    digest_subscriptions: [] as Record<string, unknown>[],
  };
  for (let w = 0; w < shape.workspaces; w++) {
    const workspace: Workspace = {
      id: `ws-${w}`,
      platform: 'console',
      externalId: `${shape.prefix}${w}`,
      name: `Force ${w}`,
      timeZone: 'Europe/London',
      dueSoonDays: 14,
      s55CommentsDays: 21,
      revisionLimit: null,
      createdAt: AT,
    };
    rows.workspaces.push(workspaceToRow(workspace));
    const members: Member[] = Array.from({ length: shape.membersPerWorkspace }, (_, m) => ({
      id: `${workspace.id}-m${m}`,
      workspaceId: workspace.id,
      externalId: m === 0 ? 'alice' : `owner${m}`,
      displayName: m === 0 ? 'alice' : `Owner ${m}`,
      role: m === 0 ? 'admin' : 'member',
      lastReportId: null,
      createdAt: AT,
    }));
    rows.members.push(...members.map(memberToRow));
    const reports: Report[] = Array.from({ length: shape.reportsPerWorkspace }, (_, r) => ({
      id: `${workspace.id}-r${r}`,
      workspaceId: workspace.id,
      key: `R${r + 1}`,
      title: `Inspection report ${r + 1}`,
      publisher: 'HMICFRS',
      publishedOn: '2022-01-10',
      link: null,
      section55: false,
      forceResponse: null,
      pccResponse: null,
      sourceHash: null,
      createdBy: members[0]?.id ?? '',
      createdAt: AT,
      deletedAt: null,
    }));
    rows.reports.push(...reports.map(reportToRow));
    for (let n = 0; n < shape.itemsPerWorkspace; n++) {
      const report = reports[n % reports.length] as Report;
      const number = Math.floor(n / reports.length) + 1;
      const day = new Date(Date.UTC(2022, 0, 1) + ((n * 7919) % 1600) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const status = STATUS_CYCLE[n % STATUS_CYCLE.length] as Status;
      // Owner by n / 10 and status by n % 10, so everyone owns items of every status.
      const owner =
        status === 'awaiting_allocation' ? null : (members[Math.floor(n / 10) % members.length] ?? null);
      const item: Item = {
        id: `${workspace.id}-i${n}`,
        workspaceId: workspace.id,
        reportId: report.id,
        ref: String(number),
        kind: 'recommendation',
        label: 'Recommendation',
        number,
        text: `By ${day}, chief constables should make sure that every officer dealing with case type ${n % 97} has had the training, and that supervisors check it is used.`,
        addressees: ['Chief Constables'],
        disposition: 'accepted',
        parentId: null,
        ownerId: owner?.id ?? null,
        ownerTeam: owner ? (TEAMS[n % TEAMS.length] ?? null) : null,
        status,
        blockedReason: status === 'blocked' ? 'waiting for the national product' : null,
        dueOn: day,
        forceResponse: null,
        pccResponse: null,
        createdAt: AT,
        updatedAt: AT,
      };
      rows.items.push(itemToRow(item));
      const deadline: Deadline = {
        id: `${item.id}-d`,
        workspaceId: workspace.id,
        itemId: item.id,
        position: 0,
        kind: 'date',
        phrase: `By ${day}`,
        originalOn: day,
        dueOn: day,
        duration: null,
        condition: null,
        eventOn: null,
        revisions: 0,
      };
      rows.deadlines.push(deadlineToRow(deadline));
    }
    for (let s = 0; s < (shape.subscriptionsPerWorkspace ?? 0); s++) {
      rows.digest_subscriptions.push(
        subscriptionToRow({
          id: `${workspace.id}-s${s}`,
          workspaceId: workspace.id,
          channelKey: JSON.stringify({ platform: 'console', channel: `ch-${s}` }),
          address: { platform: 'console', channel: `ch-${s}` },
          channelName: `ch-${s}`,
          cron: '0 9 * * 1',
          scheduleLabel: 'every Monday at 09:00',
          timeZone: null,
          filters: { reportId: null, ownerId: null, statuses: [] },
          skipEmpty: false,
          createdBy: members[0]?.id ?? '',
          createdAt: AT,
          scheduleFrom: AT,
          pausedAt: null,
          pauseReason: null,
          failures: 0,
        }),
      );
    }
  }
  await db.transaction().execute(async (tx) => {
    for (const table of [
      'workspaces',
      'reports',
      'members',
      'items',
      'deadlines',
      'digest_subscriptions',
    ] as const) {
      if (rows[table].length > 0) await insertAll(tx, table, rows[table]);
    }
  });
}
