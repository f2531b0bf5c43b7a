import type { IsoDate } from '../core/dates/index.ts';
import type { Extraction } from '../core/import/extraction.ts';
import type {
  Deadline,
  Instant,
  Item,
  ItemKind,
  Member,
  Platform,
  Report,
  Update,
  Workspace,
} from '../core/model/entities.ts';
import type { Section55Step } from '../core/model/section55.ts';
import type { Status } from '../core/model/status.ts';
import type { Reply } from '../core/reply/reply.ts';
import type { DigestStore } from './digest-store.ts';
import type { AnswerOutbox } from './outbox.ts';

/**
 * What the core needs from storage. Every read and write after the workspace lookup names the
 * workspace, so no query can reach another workspace's rows.
 */
export type Store = {
  /**
   * Runs fn with a store whose writes commit together or not at all, and as if no other transaction
   * ran at the same time. Inside fn use only `tx`: the outer store may wait for the transaction to
   * end. Calling transaction on `tx` runs in the same transaction: there is no nesting. When other
   * writers keep the database locked through the store's own retries, it throws StoreBusyError
   * (src/core/store-busy-error.ts) and nothing was written.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /**
   * Runs fn with a store that only reads, on one consistent snapshot, beside writers rather than
   * after them (the work of a list or a view must not hold up updates). A write inside rejects with
   * StoreReadOnlyError (src/core/store-read-only-error.ts) and nothing is written; the caller runs
   * the work in `transaction` instead. Called on a transaction's store, it reads within it.
   */
  read<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  workspaces: WorkspaceStore;
  members: MemberStore;
  reports: ReportStore;
  items: ItemStore;
  deadlines: DeadlineStore;
  updates: UpdateStore;
  pendingImports: PendingImportStore;
  requests: RequestLedger;
  /** The stages of section 55 responses. */
  section55: Section55Store;
  /** Which messages of each inbox entry's answer went out (src/ports/outbox.ts). */
  outbox: AnswerOutbox;
  /** Digest subscriptions, reminder preferences and the delivery run ledger. */
  digests: DigestStore;
};

/** The first reply to one platform delivery, kept so a redelivery is answered without being applied twice. */
export type HandledRequest = { workspaceId: string; key: string; reply: Reply; at: Instant };

export type RequestLedger = {
  find(workspaceId: string, key: string): Promise<HandledRequest | undefined>;
  /** Rejects if the key is already recorded for the workspace. */
  record(entry: HandledRequest): Promise<void>;
  /** Forgets entries recorded before the instant. */
  prune(workspaceId: string, before: Instant): Promise<void>;
};

export type WorkspaceSettings = Pick<
  Workspace,
  'name' | 'timeZone' | 'dueSoonDays' | 'revisionLimit' | 's55CommentsDays'
>;

/** Each stage a report's section 55 response has reached: appended once, never changed. */
export type Section55Store = {
  /** The steps of these reports (of the workspace), in the order of reportIds, then stage order. */
  listByReports(workspaceId: string, reportIds: readonly string[]): Promise<Section55Step[]>;
  /** Rejects a stage the report already has. */
  append(step: Section55Step): Promise<void>;
};

export type WorkspaceStore = {
  findByExternal(platform: Platform, externalId: string): Promise<Workspace | undefined>;
  insert(workspace: Workspace): Promise<void>;
  update(id: string, patch: Partial<WorkspaceSettings>): Promise<void>;
};

export type MemberStore = {
  findById(workspaceId: string, id: string): Promise<Member | undefined>;
  findByExternal(workspaceId: string, externalId: string): Promise<Member | undefined>;
  /** By display name. */
  list(workspaceId: string): Promise<Member[]>;
  insert(member: Member): Promise<void>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Member, 'displayName' | 'role' | 'lastReportId'>>,
  ): Promise<void>;
};

export type ReportStore = {
  /** Only reports not deleted. Keys compare case-insensitively (they are stored upper-case). */
  findByKey(workspaceId: string, key: string): Promise<Report | undefined>;
  /** Deleted reports too (check deletedAt). */
  findById(workspaceId: string, id: string): Promise<Report | undefined>;
  /** Live reports in natural key order. */
  list(workspaceId: string): Promise<Report[]>;
  /** The live report imported from a document with this hash; the earliest created if several. */
  findBySourceHash(workspaceId: string, sourceHash: string): Promise<Report | undefined>;
  /** Stores the key upper-case; rejects a key already used by a live report of the workspace. */
  insert(report: Report): Promise<void>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Report, 'forceResponse' | 'pccResponse' | 'deletedAt' | 'link'>>,
  ): Promise<void>;
};

export type ItemPatch = Partial<
  Pick<
    Item,
    | 'ownerId'
    | 'ownerTeam'
    | 'status'
    | 'blockedReason'
    | 'dueOn'
    | 'forceResponse'
    | 'pccResponse'
    | 'disposition'
    | 'updatedAt'
  >
>;

/** What a list asks for (mine, overdue, team Safeguarding, ...): every part given must match. */
export type ItemFilter = {
  ownerId?: string;
  /** Exact team names, as listTeams gives them. */
  teams?: readonly string[];
  reportId?: string;
  /** Without statuses, only open items. */
  statuses?: readonly Status[];
  /** Due on or after this date; an item without a date never matches a due bound. */
  dueFrom?: IsoDate;
  /** Due on or before this date. */
  dueBy?: IsoDate;
};

export type ItemStore = {
  findById(workspaceId: string, id: string): Promise<Item | undefined>;
  findByRef(workspaceId: string, reportId: string, ref: string): Promise<Item | undefined>;
  /** Items with this ref in any live report of the workspace (to resolve a bare "14"). */
  findByRefInAnyReport(workspaceId: string, ref: string): Promise<Item[]>;
  /** Natural ref order: "2" before "10". */
  listByReport(workspaceId: string, reportId: string): Promise<Item[]>;
  /** Items of live reports, by report key then natural ref order. */
  listByOwner(workspaceId: string, ownerId: string): Promise<Item[]>;
  /** Open items of live reports whose dueOn is on or before the date, earliest first, then by ref. */
  listOpenDueBy(workspaceId: string, date: IsoDate): Promise<Item[]>;
  /**
   * One page of the items of live reports matching every part of the filter, each with its report's
   * key, and how many match in all. With a due bound, earliest due first (then by ref, then report key);
   * otherwise by report key, then ref. Keys and refs are ordered as people number them: the letters
   * before the trailing number, then the number ("2" before "10", "5" before "A1").
   */
  listMatching(workspaceId: string, filter: ItemFilter, page: Page): Promise<ItemPage>;
  /** One page of a report's items (every status) in ref order as listMatching's, and how many it has. */
  pageByReport(workspaceId: string, reportId: string, page: Page): Promise<{ items: Item[]; total: number }>;
  /**
   * Per report (only those given that have items): its items, how many are done, and how many are
   * overdue (open and due before `today`).
   */
  progress(workspaceId: string, reportIds: readonly string[], today: IsoDate): Promise<ReportProgress[]>;
  /** One more than the highest number among the report's items of that kind (1 for the first). */
  nextNumber(workspaceId: string, reportId: string, kind: ItemKind): Promise<number>;
  /** Every team named on an item of a live report, once each, in alphabetical order. */
  listTeams(workspaceId: string): Promise<string[]>;
  /**
   * Items of live reports (of one report, if reportId is set) in which every term occurs: in the item's
   * text, its force or PCC response, or the note of any of its updates other than a response (the item
   * holds the response itself); the terms need not occur in the same one. Terms are lower-case and
   * compared with the stored text lower-cased (ASCII letters at least: SQLite folds no others); a space
   * in a term matches any one character (so "body worn" finds "body-worn"), and every other character,
   * % and _ included, matches only itself. Each word of a term (a run of letters and digits) must also
   * start a word of the item, which is what a full-text index can answer: "train" finds "training",
   * "rain" does not; a term with no letter or digit ("%") is matched by the rule above alone. Items whose text holds every term come first, then the most
   * recently updated, then by report key and ref (a shorter ref first, so "2" before "10"); at most
   * `limit` from `offset`, with `total` counting them all.
   */
  search(workspaceId: string, query: ItemSearch): Promise<ItemSearchResult>;
  insert(item: Item): Promise<void>;
  update(workspaceId: string, id: string, patch: ItemPatch): Promise<void>;
};

export type ItemSearch = { terms: string[]; reportId: string | null } & Page;

export type ItemSearchResult = ItemPage;

/** Where a page of a list starts (0 for the first) and how many it holds at most. */
export type Page = { offset: number; limit: number };

/** An item with its report's key, for lists that span reports. */
export type KeyedItem = { item: Item; reportKey: string };

/** One page of a list, and how many items the whole list has. */
export type ItemPage = { items: KeyedItem[]; total: number };

export type ReportProgress = { reportId: string; total: number; done: number; overdue: number };

export type DeadlineStore = {
  /** In the order of itemIds, then by position. */
  listByItems(workspaceId: string, itemIds: string[]): Promise<Deadline[]>;
  insert(deadline: Deadline): Promise<void>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Deadline, 'dueOn' | 'eventOn' | 'revisions'>>,
  ): Promise<void>;
};

export type UpdateStore = {
  append(update: Update): Promise<void>;
  /** Oldest first; updates with the same instant in the order they were appended. */
  listByItem(workspaceId: string, itemId: string): Promise<Update[]>;
  /** Every update of the workspace at or after the instant, oldest first as listByItem. */
  listSince(workspaceId: string, since: Instant): Promise<Update[]>;
  /** One page of listByItem's list, and how many updates the item has. */
  pageByItem(workspaceId: string, itemId: string, page: Page): Promise<{ updates: Update[]; total: number }>;
  /** The histories of several items (an export): in the order of itemIds, each oldest first as above. */
  listByItems(workspaceId: string, itemIds: string[]): Promise<Update[]>;
};

/**
 * A document waiting for its import to be confirmed: what was extracted (with the user's edits), and
 * from what. `ours` are the refs the user kept as ordinary items although they are addressed only to
 * other bodies (import ours 5); absent when there are none.
 */
export type PendingDocument = {
  extraction: Extraction;
  sourceName: string;
  sourceHash: string;
  ours?: string[];
};

/**
 * A member's import in progress, at most one per member and workspace. `document` is null while the
 * bot waits for the member to paste or upload it; `key` is null until the member chooses one.
 */
export type PendingImport = {
  workspaceId: string;
  memberId: string;
  createdAt: Instant;
  document: PendingDocument | null;
  key: string | null;
};

export type PendingImportStore = {
  get(workspaceId: string, memberId: string): Promise<PendingImport | undefined>;
  /** Inserts, or replaces the member's earlier pending import. */
  put(pending: PendingImport): Promise<void>;
  delete(workspaceId: string, memberId: string): Promise<void>;
};
