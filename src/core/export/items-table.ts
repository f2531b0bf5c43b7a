import { formatRef } from '../grammar/refs.ts';
import { slippage } from '../model/deadline.ts';
import { deriveRag, ragLabel } from '../model/rag.ts';
import { statusLabel } from '../model/status.ts';
import { type ItemRecord, memberNames, type ReportRecord, type Snapshot } from './snapshot.ts';

/**
 * Every item with every field, one row per item, for committee spreadsheets (CSV and Excel). The
 * columns `import csv` reads back are named in IMPORT_COLUMNS; the rest are for reading. Each item's
 * deadlines fill "Deadline N ..." columns, as many as the item with the most has.
 */
export type ItemsTable = { header: string[]; rows: string[][] };

export const COLUMNS = {
  reference: 'Reference',
  reportKey: 'Report',
  reportTitle: 'Report title',
  ref: 'Ref',
  kind: 'Kind',
  label: 'Label',
  number: 'Number',
  underConcern: 'Under cause of concern',
  text: 'Text',
  addressees: 'Addressed to',
  disposition: 'Disposition',
  status: 'Status',
  rag: 'RAG',
  owner: 'Owner',
  team: 'Team',
  blockedReason: 'Blocked reason',
  due: 'Due',
  originalDue: 'Originally due',
  slippageDays: 'Slippage (days)',
  revisions: 'Revisions',
  forceResponse: 'Force response',
  pccResponse: 'PCC response',
  lastUpdate: 'Last update',
  lastUpdateOn: 'Last update on',
  created: 'Created',
} as const;

const DEADLINE_FIELDS = [
  'kind',
  'phrase',
  'originally',
  'due',
  'condition',
  'event on',
  'revisions',
] as const;

export function deadlineColumn(n: number, field: (typeof DEADLINE_FIELDS)[number]): string {
  return `Deadline ${n} ${field}`;
}

export function itemsTable(snapshot: Snapshot): ItemsTable {
  const names = memberNames(snapshot);
  const most = Math.max(1, ...snapshot.reports.flatMap((r) => r.items.map((i) => i.deadlines.length)));
  const header = [
    ...Object.values(COLUMNS),
    ...Array.from({ length: most }, (_, k) => DEADLINE_FIELDS.map((f) => deadlineColumn(k + 1, f))).flat(),
  ];
  const rows = snapshot.reports.flatMap((report) => {
    const refs = new Map(report.items.map((i) => [i.item.id, i.item.ref]));
    return report.items.map((record) => row(record, report.report, refs, snapshot, names, most));
  });
  return { header, rows };
}

function row(
  record: ItemRecord,
  report: ReportRecord['report'],
  refs: ReadonlyMap<string, string>,
  snapshot: Snapshot,
  names: Map<string, string>,
  most: number,
): string[] {
  const { item, deadlines, updates } = record;
  const slipped = slippage(deadlines);
  const main = deadlines[0];
  const latest = [...updates].reverse().find((u) => u.note !== null && u.kind !== 'created');
  const parent = item.parentId ? refs.get(item.parentId) : undefined;
  const rag = deriveRag({
    status: item.status,
    dueOn: item.dueOn,
    today: snapshot.today,
    dueSoonDays: snapshot.workspace.dueSoonDays,
  });
  const fields: Record<keyof typeof COLUMNS, string> = {
    reference: formatRef(report.key, item.ref),
    reportKey: report.key,
    reportTitle: report.title,
    ref: item.ref,
    kind: item.kind.replace(/_/g, ' '),
    label: item.label ?? '',
    number: item.number === null ? '' : String(item.number),
    underConcern: parent ?? '',
    text: item.text,
    addressees: item.addressees.join('; '),
    disposition: item.disposition?.replace(/_/g, ' ') ?? '',
    status: statusLabel(item.status),
    rag: ragLabel(rag),
    owner: item.ownerId ? (names.get(item.ownerId) ?? '') : '',
    team: item.ownerTeam ?? '',
    blockedReason: item.blockedReason ?? '',
    due: item.dueOn ?? '',
    originalDue: main?.originalOn ?? '',
    slippageDays: slipped ? String(slipped.days) : '',
    revisions: slipped ? String(slipped.revisions) : '0',
    forceResponse: item.forceResponse ?? '',
    pccResponse: item.pccResponse ?? '',
    lastUpdate: latest?.note ?? '',
    lastUpdateOn: latest?.at.slice(0, 10) ?? '',
    created: item.createdAt.slice(0, 10),
  };
  const perDeadline = Array.from({ length: most }, (_, k) => {
    const d = deadlines[k];
    if (!d) return DEADLINE_FIELDS.map(() => '');
    return [
      d.kind,
      d.phrase,
      d.originalOn ?? '',
      d.dueOn ?? '',
      d.condition ?? '',
      d.eventOn ?? '',
      String(d.revisions),
    ];
  }).flat();
  return [...(Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((k) => fields[k]), ...perDeadline];
}
