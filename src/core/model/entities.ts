import type { Duration, IsoDate } from '../dates/index.ts';
import type { Status } from './status.ts';

/** ISO-8601 UTC instant as text, written from the Clock. */
export type Instant = string;

export type Platform = 'slack' | 'teams' | 'console';
export type Role = 'admin' | 'member';

/** A Slack workspace, a Teams tenant, or the local console. All data belongs to exactly one. */
export type Workspace = {
  id: string;
  platform: Platform;
  externalId: string;
  name: string;
  timeZone: string;
  /** RAG turns amber this many days before a deadline. */
  dueSoonDays: number;
  /** Workspace policy: how many times one deadline may be revised; null = no limit. */
  revisionLimit: number | null;
  /** The chief constable's comments on a section 55 response are due this many days before it is. */
  s55CommentsDays: number;
  createdAt: Instant;
};

export type Member = {
  id: string;
  workspaceId: string;
  /** The platform's user id (Slack U…, Teams AAD object id, console user name). */
  externalId: string;
  displayName: string;
  role: Role;
  /** The report this member last talked about: lets "14 is blocked" resolve without a key. */
  lastReportId: string | null;
  createdAt: Instant;
};

export type Report = {
  id: string;
  workspaceId: string;
  key: string;
  title: string;
  publisher: string | null;
  publishedOn: IsoDate | null;
  link: string | null;
  section55: boolean;
  forceResponse: string | null;
  pccResponse: string | null;
  /** Hash of the imported document's normalised text, so a second import of it is recognised; null if typed in. */
  sourceHash: string | null;
  createdBy: string;
  createdAt: Instant;
  deletedAt: Instant | null;
};

export const ITEM_KINDS = ['recommendation', 'area_for_improvement', 'cause_of_concern'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const DISPOSITIONS = ['accepted', 'not_accepted', 'not_for_us'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/**
 * A recommendation, area for improvement or cause of concern. Status, owner and dueOn are a
 * projection of the item's append-only history, kept on the row so digests can query them by index.
 */
export type Item = {
  id: string;
  workspaceId: string;
  reportId: string;
  /** Unique within the report: "5" for recommendation 5, "A3" for area for improvement 3, "C1" for a cause of concern. */
  ref: string;
  kind: ItemKind;
  label: string | null;
  number: number | null;
  text: string;
  addressees: string[];
  disposition: Disposition | null;
  parentId: string | null;
  ownerId: string | null;
  ownerTeam: string | null;
  status: Status;
  blockedReason: string | null;
  /** The earliest open deadline's current date. */
  dueOn: IsoDate | null;
  forceResponse: string | null;
  pccResponse: string | null;
  createdAt: Instant;
  updatedAt: Instant;
};

export const DEADLINE_KINDS = ['date', 'immediate', 'relative', 'conditional', 'none'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type Deadline = {
  id: string;
  workspaceId: string;
  itemId: string;
  /** 0 is the main deadline; an item can carry more than one. */
  position: number;
  kind: DeadlineKind;
  phrase: string;
  /** The date as first set; kept forever so slippage stays visible. */
  originalOn: IsoDate | null;
  dueOn: IsoDate | null;
  duration: Duration | null;
  condition: string | null;
  eventOn: IsoDate | null;
  revisions: number;
};

export const UPDATE_KINDS = [
  'created',
  'status',
  'comment',
  'assigned',
  'deadline_revised',
  'event_recorded',
  'response',
] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** One entry of an item's history. Never changed once written. */
export type Update = {
  id: string;
  workspaceId: string;
  itemId: string;
  actorId: string;
  at: Instant;
  kind: UpdateKind;
  fromStatus: Status | null;
  toStatus: Status | null;
  note: string | null;
  evidence: string[];
  deadlineId: string | null;
  dueFrom: IsoDate | null;
  dueTo: IsoDate | null;
  ownerFrom: string | null;
  ownerTo: string | null;
  ownerTeam: string | null;
};
