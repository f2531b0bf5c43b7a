import type { Duration } from '../../src/core/dates/index.ts';
import { DEADLINE_KINDS, type Deadline, UPDATE_KINDS, type Update } from '../../src/core/model/entities.ts';
import { STATUSES } from '../../src/core/model/status.ts';
import type { DeadlineStore } from '../../src/ports/store.ts';
import { parseEnum, parseOptionalEnum, parseStringList, stringifyStringList, toInteger } from './columns.ts';
import type { DeadlineRow, UpdateRow } from './schema.ts';

const DURATION_UNITS = ['day', 'week', 'month', 'year'] as const satisfies readonly Duration['unit'][];

/** A duration is two columns (amount, unit) rather than JSON, so both halves are plain and checkable. */
function durationFromRow(row: DeadlineRow): Duration | null {
  if (row.duration_amount === null && row.duration_unit === null) return null;
  if (row.duration_amount === null || row.duration_unit === null) {
    throw new Error(`Deadline ${row.id} has only half a duration`);
  }
  return {
    amount: toInteger(row.duration_amount, 'deadlines.duration_amount'),
    unit: parseEnum(DURATION_UNITS, row.duration_unit, 'deadlines.duration_unit'),
  };
}

export function deadlineFromRow(row: DeadlineRow): Deadline {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    itemId: row.item_id,
    position: toInteger(row.position, 'deadlines.position'),
    kind: parseEnum(DEADLINE_KINDS, row.kind, 'deadlines.kind'),
    phrase: row.phrase,
    originalOn: row.original_on,
    dueOn: row.due_on,
    duration: durationFromRow(row),
    condition: row.condition,
    eventOn: row.event_on,
    revisions: toInteger(row.revisions, 'deadlines.revisions'),
  };
}

export function deadlineToRow(deadline: Deadline): DeadlineRow {
  return {
    id: deadline.id,
    workspace_id: deadline.workspaceId,
    item_id: deadline.itemId,
    position: deadline.position,
    kind: deadline.kind,
    phrase: deadline.phrase,
    original_on: deadline.originalOn,
    due_on: deadline.dueOn,
    duration_amount: deadline.duration?.amount ?? null,
    duration_unit: deadline.duration?.unit ?? null,
    condition: deadline.condition,
    event_on: deadline.eventOn,
    revisions: deadline.revisions,
  };
}

export function deadlinePatchToRow(patch: Parameters<DeadlineStore['update']>[2]): Partial<DeadlineRow> {
  const row: Partial<DeadlineRow> = {};
  if (patch.dueOn !== undefined) row.due_on = patch.dueOn;
  if (patch.eventOn !== undefined) row.event_on = patch.eventOn;
  if (patch.revisions !== undefined) row.revisions = patch.revisions;
  return row;
}

export function updateFromRow(row: UpdateRow): Update {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    itemId: row.item_id,
    actorId: row.actor_id,
    at: row.at,
    kind: parseEnum(UPDATE_KINDS, row.kind, 'updates.kind'),
    fromStatus: parseOptionalEnum(STATUSES, row.from_status, 'updates.from_status'),
    toStatus: parseOptionalEnum(STATUSES, row.to_status, 'updates.to_status'),
    note: row.note,
    evidence: parseStringList(row.evidence, 'updates.evidence'),
    deadlineId: row.deadline_id,
    dueFrom: row.due_from,
    dueTo: row.due_to,
    ownerFrom: row.owner_from,
    ownerTo: row.owner_to,
    ownerTeam: row.owner_team,
  };
}

/** Everything but seq, which the insert computes from the rows already there. */
export function updateToRow(update: Update): Omit<UpdateRow, 'seq'> {
  return {
    id: update.id,
    workspace_id: update.workspaceId,
    item_id: update.itemId,
    actor_id: update.actorId,
    at: update.at,
    kind: update.kind,
    from_status: update.fromStatus,
    to_status: update.toStatus,
    note: update.note,
    evidence: stringifyStringList(update.evidence),
    deadline_id: update.deadlineId,
    due_from: update.dueFrom,
    due_to: update.dueTo,
    owner_from: update.ownerFrom,
    owner_to: update.ownerTo,
    owner_team: update.ownerTeam,
  };
}
