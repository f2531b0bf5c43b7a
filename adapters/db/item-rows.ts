import { DISPOSITIONS, ITEM_KINDS, type Item } from '../../src/core/model/entities.ts';
import { STATUSES } from '../../src/core/model/status.ts';
import type { ItemPatch } from '../../src/ports/store.ts';
import { parseEnum, parseOptionalEnum, parseStringList, stringifyStringList, toInteger } from './columns.ts';
import type { ItemRow } from './schema.ts';

export function itemFromRow(row: ItemRow): Item {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    reportId: row.report_id,
    ref: row.ref,
    kind: parseEnum(ITEM_KINDS, row.kind, 'items.kind'),
    label: row.label,
    number: row.number === null ? null : toInteger(row.number, 'items.number'),
    text: row.text,
    addressees: parseStringList(row.addressees, 'items.addressees'),
    disposition: parseOptionalEnum(DISPOSITIONS, row.disposition, 'items.disposition'),
    parentId: row.parent_id,
    ownerId: row.owner_id,
    ownerTeam: row.owner_team,
    status: parseEnum(STATUSES, row.status, 'items.status'),
    blockedReason: row.blocked_reason,
    dueOn: row.due_on,
    forceResponse: row.force_response,
    pccResponse: row.pcc_response,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function itemToRow(item: Item): ItemRow {
  return {
    id: item.id,
    workspace_id: item.workspaceId,
    report_id: item.reportId,
    ref: item.ref,
    kind: item.kind,
    label: item.label,
    number: item.number,
    text: item.text,
    addressees: stringifyStringList(item.addressees),
    disposition: item.disposition,
    parent_id: item.parentId,
    owner_id: item.ownerId,
    owner_team: item.ownerTeam,
    status: item.status,
    blocked_reason: item.blockedReason,
    due_on: item.dueOn,
    force_response: item.forceResponse,
    pcc_response: item.pccResponse,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
  };
}

export function itemPatchToRow(patch: ItemPatch): Partial<ItemRow> {
  const row: Partial<ItemRow> = {};
  if (patch.ownerId !== undefined) row.owner_id = patch.ownerId;
  if (patch.ownerTeam !== undefined) row.owner_team = patch.ownerTeam;
  if (patch.status !== undefined) row.status = patch.status;
  if (patch.blockedReason !== undefined) row.blocked_reason = patch.blockedReason;
  if (patch.dueOn !== undefined) row.due_on = patch.dueOn;
  if (patch.forceResponse !== undefined) row.force_response = patch.forceResponse;
  if (patch.pccResponse !== undefined) row.pcc_response = patch.pccResponse;
  if (patch.disposition !== undefined) row.disposition = patch.disposition;
  if (patch.updatedAt !== undefined) row.updated_at = patch.updatedAt;
  return row;
}

// Numeric collation puts "2" before "10" and "A3" before "A10"; SQL has no portable equivalent, so
// item lists are sorted here after the query.
const natural = new Intl.Collator('en', { numeric: true });

/** Orders refs (and report keys) the way people number them. Falls back to code points on a tie. */
export function compareNatural(a: string, b: string): number {
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** An item with its report's key, for ordering lists that span reports. */
export type KeyedItem = { item: Item; reportKey: string };

/** Report by key, then natural ref order. */
export function byReportThenRef(a: KeyedItem, b: KeyedItem): number {
  return compareNatural(a.reportKey, b.reportKey) || compareNatural(a.item.ref, b.item.ref);
}

/** Earliest due first, then as byReportThenRef. Items without a due date go last. */
export function byDueThenRef(a: KeyedItem, b: KeyedItem): number {
  const dueA = a.item.dueOn ?? '9999-12-31';
  const dueB = b.item.dueOn ?? '9999-12-31';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return compareNatural(a.item.ref, b.item.ref) || compareNatural(a.reportKey, b.reportKey);
}
