import type { IsoDate } from '../dates/index.ts';
import type { Deadline, Item, Member, Report, Update, Workspace } from '../model/entities.ts';

/** One item with everything recorded about it: its deadlines (by position) and its history (oldest first). */
export type ItemRecord = { item: Item; deadlines: Deadline[]; updates: Update[] };

/** A report and its items in natural ref order ("2" before "10"). */
export type ReportRecord = { report: Report; items: ItemRecord[] };

/**
 * What an export is made from, read in one transaction so every file shows one moment. Exports are
 * pure functions of this: data in, bytes out.
 */
export type Snapshot = {
  workspace: Workspace;
  members: Member[];
  reports: ReportRecord[];
  /** Today in the workspace's time zone, and the instant the snapshot was read. */
  today: IsoDate;
  at: string;
};

/** A file an export made, ready for an adapter to deliver (console: a path; Slack: an upload; Teams: a card). */
export type ExportFile = { name: string; mediaType: string; bytes: Uint8Array };

export const MEDIA_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
} as const;

export function memberNames(snapshot: Pick<Snapshot, 'members'>): Map<string, string> {
  return new Map(snapshot.members.map((m) => [m.id, m.displayName]));
}
