import type { Kysely } from 'kysely';
import type { DigestTables } from './digest-rows.ts';

/*
 * Row types as the database holds them: snake_case columns, text for ids, instants, dates, enums and
 * JSON, integer 0/1 for booleans. They stay inside adapters/db; the stores map them to the core's
 * entities and back, so the core never sees a row.
 */

export type DB = {
  workspaces: WorkspaceRow;
  members: MemberRow;
  reports: ReportRow;
  items: ItemRow;
  deadlines: DeadlineRow;
  updates: UpdateRow;
  pending_imports: PendingImportRow;
  slack_installations: SlackInstallationRow;
  teams_conversations: TeamsConversationRow;
  handled_requests: HandledRequestRow;
  inbox: InboxRow;
  section55_steps: Section55StepRow;
  outbox: OutboxRow;
} & DigestTables;

/** One stage a section 55 response reached (migration 0011); `stage` is a core S55Stage. */
export type Section55StepRow = {
  id: string;
  workspace_id: string;
  report_id: string;
  stage: string;
  on_date: string;
  url: string | null;
  actor_id: string;
  at: string;
};

/** `payload` is the adapter's text; status is pending, claimed, done or failed. */
export type InboxRow = {
  id: string;
  source: string;
  key: string;
  payload: string;
  status: string;
  claimed_by: string | null;
  lease_until: string | null;
  attempts: number;
  received_at: string;
  finished_at: string | null;
  error: string | null;
};

/** One inbox entry's answer: `sent` messages confirmed, `attempt` begun at `attempt_at` and unconfirmed. */
export type OutboxRow = {
  id: string;
  sent: number;
  attempt: number | null;
  attempt_at: string | null;
  created_at: string;
};

/** The open database, as src/main.ts holds it without naming Kysely. */
export type Database = Kysely<DB>;

/** `reply` is the core's Reply as JSON. */
export type HandledRequestRow = { workspace_id: string; key: string; reply: string; at: string };

export type WorkspaceRow = {
  id: string;
  platform: string;
  external_id: string;
  name: string;
  time_zone: string;
  due_soon_days: number;
  revision_limit: number | null;
  s55_comments_days: number;
  created_at: string;
};

export type MemberRow = {
  id: string;
  workspace_id: string;
  external_id: string;
  display_name: string;
  role: string;
  last_report_id: string | null;
  created_at: string;
};

export type ReportRow = {
  id: string;
  workspace_id: string;
  key: string;
  title: string;
  publisher: string | null;
  published_on: string | null;
  link: string | null;
  /** 0 or 1. */
  section55: number;
  force_response: string | null;
  pcc_response: string | null;
  source_hash: string | null;
  created_by: string;
  created_at: string;
  deleted_at: string | null;
};

export type ItemRow = {
  id: string;
  workspace_id: string;
  report_id: string;
  ref: string;
  kind: string;
  label: string | null;
  number: number | null;
  text: string;
  /** JSON array of strings. */
  addressees: string;
  disposition: string | null;
  parent_id: string | null;
  owner_id: string | null;
  owner_team: string | null;
  status: string;
  blocked_reason: string | null;
  due_on: string | null;
  force_response: string | null;
  pcc_response: string | null;
  created_at: string;
  updated_at: string;
};

export type DeadlineRow = {
  id: string;
  workspace_id: string;
  item_id: string;
  position: number;
  kind: string;
  phrase: string;
  original_on: string | null;
  due_on: string | null;
  duration_amount: number | null;
  duration_unit: string | null;
  condition: string | null;
  event_on: string | null;
  revisions: number;
};

export type UpdateRow = {
  id: string;
  workspace_id: string;
  item_id: string;
  actor_id: string;
  at: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  /** JSON array of strings. */
  evidence: string;
  deadline_id: string | null;
  due_from: string | null;
  due_to: string | null;
  owner_from: string | null;
  owner_to: string | null;
  owner_team: string | null;
  /** 1, 2, 3... per item in the order updates were appended; ties on `at` keep this order. */
  seq: number;
};

/** The three document columns are all null (waiting for the document) or all set. */
export type PendingImportRow = {
  workspace_id: string;
  member_id: string;
  created_at: string;
  source_name: string | null;
  source_hash: string | null;
  /** JSON of the core's Extraction. */
  extraction: string | null;
  key: string | null;
  /** JSON list of refs kept as ours; null when none (migration 0007). */
  ours: string | null;
};

/** A Slack OAuth installation; `installation` is the Slack SDK's record as JSON (it holds the bot token). */
export type SlackInstallationRow = {
  id: string;
  enterprise_id: string | null;
  team_id: string | null;
  /** 0 or 1. */
  is_enterprise_install: number;
  installation: string;
  updated_at: string;
};

/** A Teams conversation reference (adapters/teams keeps `reference` opaque JSON; no secrets in it). */
export type TeamsConversationRow = {
  tenant_id: string;
  conversation_id: string;
  /** personal, channel or groupChat. */
  kind: string;
  team_id: string | null;
  user_id: string | null;
  reference: string;
  updated_at: string;
};
