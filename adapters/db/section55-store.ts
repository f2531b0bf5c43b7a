import type { Kysely } from 'kysely';
import { S55_STAGES, type Section55Step } from '../../src/core/model/section55.ts';
import type { Section55Store } from '../../src/ports/store.ts';
import { parseEnum } from './columns.ts';
import type { DB, Section55StepRow } from './schema.ts';

function stepFromRow(row: Section55StepRow): Section55Step {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    reportId: row.report_id,
    stage: parseEnum(S55_STAGES, row.stage, 'section55_steps.stage'),
    on: row.on_date,
    url: row.url,
    actorId: row.actor_id,
    at: row.at,
  };
}

export function createKyselySection55Store(db: Kysely<DB>): Section55Store {
  return {
    async listByReports(workspaceId, reportIds) {
      if (reportIds.length === 0) return [];
      const rows = await db
        .selectFrom('section55_steps')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('report_id', 'in', [...reportIds])
        .execute();
      // At most four rows a report: ordered here, by the caller's report order, then stage order.
      const order = new Map(reportIds.map((id, i) => [id, i]));
      return rows
        .map(stepFromRow)
        .sort(
          (a, b) =>
            (order.get(a.reportId) ?? 0) - (order.get(b.reportId) ?? 0) ||
            S55_STAGES.indexOf(a.stage) - S55_STAGES.indexOf(b.stage),
        );
    },
    async append(step) {
      await db
        .insertInto('section55_steps')
        .values({
          id: step.id,
          workspace_id: step.workspaceId,
          report_id: step.reportId,
          stage: step.stage,
          on_date: step.on,
          url: step.url,
          actor_id: step.actorId,
          at: step.at,
        })
        .execute();
    },
  };
}
