import { addDays, daysBetween, formatDate, formatShortDate, type IsoDate } from '../dates/index.ts';
import { formatRef } from '../grammar/refs.ts';
import { slippage } from '../model/deadline.ts';
import { deriveRag, type Rag, ragLabel } from '../model/rag.ts';
import { isClosed, statusLabel } from '../model/status.ts';
import { historyEntry, summarise } from '../view/item-view.ts';
import { chart, type RAG_COLOURS, slippageSpec, statusByReportSpec } from './charts.ts';
import { type Doc, type DocBlock, heading, para } from './document.ts';
import type { ItemRecord, ReportRecord, Snapshot } from './snapshot.ts';

/** Without "since", the pack shows what changed in the four weeks before it was made. */
const DEFAULT_SINCE_DAYS = 28;

type Row = { ref: string; record: ItemRecord; report: ReportRecord; rag: Rag };

/**
 * The panel pack a policy officer takes to the Police and Crime Panel or an audit committee: RAG
 * summary, charts of status by report and of slippage, what changed since the last meeting, overdue and
 * revised items with their reasons, and the full history of every flagged item (overdue, blocked or
 * revised). For one report, or every report with open items.
 */
export async function packDocument(
  snapshot: Snapshot,
  key: string | null,
  since: IsoDate | null,
): Promise<Doc> {
  const from = since ?? addDays(snapshot.today, -DEFAULT_SINCE_DAYS);
  const reports = key
    ? snapshot.reports
    : snapshot.reports.filter((r) => r.items.some((i) => !isClosed(i.item.status)));
  const rows: Row[] = reports.flatMap((report) =>
    report.items.map((record) => ({
      ref: formatRef(report.report.key, record.item.ref),
      record,
      report,
      rag: deriveRag({
        status: record.item.status,
        dueOn: record.item.dueOn,
        today: snapshot.today,
        dueSoonDays: snapshot.workspace.dueSoonDays,
      }),
    })),
  );
  const title = key && reports[0] ? `Panel pack: ${reports[0].report.title}` : 'Panel pack: open reports';
  const blocks: DocBlock[] = [
    { type: 'title', text: title },
    para(
      `Progress on inspection recommendations as at ${formatDate(snapshot.today)}; changes since ${formatDate(from)}.`,
    ),
    heading(1, 'RAG summary'),
    ragTable(reports, rows),
    await chart('Items by RAG status, per report', statusByReportSpec(statusRows(reports, rows))),
    ...(await slippageSection(rows)),
    ...changesSection(rows, snapshot, from),
    ...overdueSection(rows, snapshot),
    ...revisedSection(rows),
    ...historySection(rows, snapshot),
  ];
  return { title, blocks };
}

const RAGS = ['red', 'amber', 'green', 'grey', 'none'] as const;

function ragTable(reports: ReportRecord[], rows: Row[]): DocBlock {
  const count = (of: Row[], rag: Rag) => String(of.filter((r) => r.rag === rag).length);
  return {
    type: 'table',
    header: ['Report', 'Red', 'Amber', 'Green', 'Grey', 'Open', 'Total'],
    rows: [
      ...reports.map((report) => {
        const of = rows.filter((r) => r.report === report);
        return [report.report.key, ...RAGS.map((rag) => count(of, rag)), String(of.length)];
      }),
      ['All', ...RAGS.map((rag) => count(rows, rag)), String(rows.length)],
    ],
  };
}

function statusRows(reports: ReportRecord[], rows: Row[]) {
  return reports.flatMap((report) =>
    RAGS.map((rag, order) => ({
      report: report.report.key,
      rag: ragLabel(rag) as keyof typeof RAG_COLOURS,
      order,
      items: rows.filter((r) => r.report === report && r.rag === rag).length,
    })).filter((r) => r.items > 0),
  );
}

async function slippageSection(rows: Row[]): Promise<DocBlock[]> {
  const moved = rows.flatMap((r) => {
    const slipped = slippage(r.record.deadlines);
    const current = r.record.item.dueOn;
    const original = r.record.deadlines.find(
      (d) => d.originalOn !== null && d.originalOn !== d.dueOn,
    )?.originalOn;
    return slipped && slipped.revisions > 0 && current && original
      ? [{ item: r.ref, original, current }]
      : [];
  });
  const blocks: DocBlock[] = [heading(1, 'Slippage: original and current deadlines')];
  if (moved.length === 0) return [...blocks, para('No deadline has been revised.')];
  return [
    ...blocks,
    await chart('Original (grey) and current (red) deadlines of revised items', slippageSpec(moved)),
  ];
}

function changesSection(rows: Row[], snapshot: Snapshot, from: IsoDate): DocBlock[] {
  const people = new Map(snapshot.members.map((m) => [m.id, m]));
  const lines = rows.flatMap((r) =>
    r.record.updates
      .filter((u) => u.at.slice(0, 10) >= from && u.kind !== 'created')
      .map((u) => {
        const entry = historyEntry(u, people, snapshot.workspace.timeZone);
        return [entry.when, r.ref, entry.who, entry.text];
      }),
  );
  lines.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
  const blocks: DocBlock[] = [heading(1, `What changed since ${formatDate(from)}`)];
  if (lines.length === 0) return [...blocks, para('Nothing was updated in that time.')];
  return [...blocks, { type: 'table', header: ['When', 'Item', 'Who', 'What'], rows: lines }];
}

function overdueSection(rows: Row[], snapshot: Snapshot): DocBlock[] {
  const names = new Map(snapshot.members.map((m) => [m.id, m.displayName]));
  const overdue = rows.filter((r) => r.rag === 'red');
  const blocks: DocBlock[] = [heading(1, 'Overdue items')];
  if (overdue.length === 0) return [...blocks, para('No item is overdue.')];
  return [
    ...blocks,
    {
      type: 'table',
      header: ['Item', 'Owner', 'Due', 'Days overdue', 'Status', 'Reason or latest note'],
      rows: overdue.map((r) => {
        const { item, updates } = r.record;
        const latest = [...updates].reverse().find((u) => u.note !== null && u.kind !== 'created');
        return [
          `${r.ref}: ${summarise(item.text, 80)}`,
          item.ownerId ? (names.get(item.ownerId) ?? '') : 'nobody yet',
          item.dueOn ? formatShortDate(item.dueOn) : '',
          item.dueOn ? String(daysBetween(item.dueOn, snapshot.today)) : '',
          statusLabel(item.status),
          item.blockedReason ?? latest?.note ?? 'none recorded',
        ];
      }),
    },
  ];
}

function revisedSection(rows: Row[]): DocBlock[] {
  const revised = rows.filter((r) => r.record.deadlines.some((d) => d.revisions > 0));
  const blocks: DocBlock[] = [heading(1, 'Revised deadlines')];
  if (revised.length === 0) return [...blocks, para('No deadline has been revised.')];
  return [
    ...blocks,
    {
      type: 'table',
      header: ['Item', 'Originally due', 'Now due', 'Revisions', 'Reasons'],
      rows: revised.map((r) => {
        const main = r.record.deadlines.find((d) => d.revisions > 0);
        const reasons = r.record.updates
          .filter((u) => u.kind === 'deadline_revised')
          .map((u) => u.note ?? 'no reason given');
        return [
          r.ref,
          main?.originalOn ? formatShortDate(main.originalOn) : '',
          main?.dueOn ? formatShortDate(main.dueOn) : '',
          String(main?.revisions ?? 0),
          reasons.join('\n'),
        ];
      }),
    },
  ];
}

/** Flagged: overdue, blocked, or with a revised deadline: the items a panel asks about. */
function historySection(rows: Row[], snapshot: Snapshot): DocBlock[] {
  const people = new Map(snapshot.members.map((m) => [m.id, m]));
  const flagged = rows.filter(
    (r) =>
      r.rag === 'red' ||
      r.record.item.status === 'blocked' ||
      r.record.deadlines.some((d) => d.revisions > 0),
  );
  const blocks: DocBlock[] = [heading(1, 'History of flagged items')];
  if (flagged.length === 0) return [...blocks, para('No item is overdue, blocked or revised.')];
  return [
    ...blocks,
    ...flagged.flatMap((r): DocBlock[] => [
      heading(2, `${r.ref}: ${summarise(r.record.item.text, 90)}`),
      {
        type: 'bullets',
        items: r.record.updates.map((u) => {
          const entry = historyEntry(u, people, snapshot.workspace.timeZone);
          return `${entry.when}, ${entry.who}: ${entry.text}`;
        }),
      },
    ]),
  ];
}
