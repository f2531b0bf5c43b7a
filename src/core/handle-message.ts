import type { Clock } from '../ports/clock.ts';
import type { DocumentFile, DocumentReader } from '../ports/documents.ts';
import type { IdGenerator } from '../ports/ids.ts';
import type { ScheduleCalendar } from '../ports/schedule.ts';
import type { Store } from '../ports/store.ts';
import type { CommandContext, Mention } from './commands/context.ts';
import { execute } from './commands/execute.ts';
import { type IncomingDocument, takeDocument, uploadedDocument } from './commands/import-intake.ts';
import { isReadOnly } from './commands/read-only.ts';
import { todayIn } from './dates/index.ts';
import { describeJob, makeFiles } from './export/make.ts';
import { parseCommand } from './grammar/parse.ts';
import { formatRef } from './grammar/refs.ts';
import type { Member, Platform, Workspace } from './model/entities.ts';
import { roleFor } from './permissions.ts';
import { ProblemError, problem, type Reply } from './reply/reply.ts';
import { StoreReadOnlyError } from './store-read-only-error.ts';

export type CoreDeps = {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  defaultTimeZone: string;
  /** Turns uploaded files into text for report import. */
  documents: DocumentReader;
  /** Cron arithmetic for digest schedules; without it, digest commands say they are unavailable. */
  schedules?: ScheduleCalendar;
};

/** A message as every adapter hands it to the core: who said what, where. */
export type IncomingMessage = {
  platform: Platform;
  workspace: { externalId: string; name: string };
  actor: { externalId: string; displayName: string; platformAdmin?: boolean };
  text: string;
  mentions?: readonly Mention[];
  /** Files sent with the message: a message carrying one is a report to import. */
  files?: readonly DocumentFile[];
  /**
   * The platform's id for this delivery (Slack event id, Teams activity id, a button press). A key
   * already handled in the workspace gets the first reply again and changes nothing.
   */
  idempotencyKey?: string;
  /**
   * The inbox entry this message came from, when it did: its answer is owed in the answer outbox
   * (src/ports/outbox.ts) from the same transaction that makes the command's change.
   */
  answerId?: string;
  /**
   * The channel the message was posted in, when it was (not a direct message): `address` is the
   * adapter's own JSON-able description of it, stored with a digest subscription and handed back to
   * the adapter's Messenger to post there later; `name` is for people ("recs" for #recs).
   */
  channel?: { address: unknown; name?: string };
  /**
   * Run it only if it only reads (sharing an answer runs its command again, for a channel): anything
   * else is refused with a problem and changes nothing.
   */
  readOnly?: boolean;
  /**
   * Told what the core is making when a command's answer takes time to build (an export's files);
   * the adapter shows it as a progress line if the answer is not back within a second.
   */
  progress?: (line: string) => void;
};

/** Platforms stop redelivering within minutes; a week of keys is ample and keeps the ledger small. */
const LEDGER_DAYS = 7;

/**
 * The one entry point for every platform. A command's reads and writes run in one transaction;
 * a user mistake comes back as a problem Reply (and rolls back); a bug propagates to the adapter.
 * A command that only reads, from someone already known, runs in a read-only transaction instead,
 * beside updates rather than queued behind them.
 */
export async function handleMessage(deps: CoreDeps, message: IncomingMessage): Promise<Reply> {
  // Files are read before the transaction opens: parsing a PDF must not hold the database's write lock.
  let upload: IncomingDocument | undefined;
  const raw = readsFilesAsTheyAre(message.text, deps);
  if (!raw && message.files !== undefined && message.files.length > 0) {
    const read = await uploadedDocument(deps.documents, message.files);
    if (!read.ok) return read.reply;
    upload = read.document;
  }
  try {
    // A one-line command that only reads runs on a read connection, beside any write. An answer owed
    // through the inbox is recorded in the outbox, a write, so those take the write path.
    if (upload === undefined && message.answerId === undefined && isOneLine(message.text)) {
      const read = await answerReading(deps, message).catch((error: unknown) => {
        // It wrote after all (a view remembering the report for bare numbers): run it as a write.
        if (error instanceof StoreReadOnlyError) return undefined;
        throw error;
      });
      if (read) return await withFiles(read, message);
    }
    const reply = await deps.store.transaction(async (store) => {
      const now = deps.clock.now();
      const workspace = await ensureWorkspace(store, deps, message, now);
      if (message.answerId) await store.outbox.owe(message.answerId, now.toISOString());
      const key = message.idempotencyKey;
      if (key) {
        const handled = await store.requests.find(workspace.id, key);
        if (handled) return handled.reply;
      }
      const reply = await answer(
        store,
        deps,
        workspace,
        message,
        upload,
        now,
        raw ? message.files : undefined,
      );
      // An export changes nothing, and its files are not kept: a redelivery makes them again.
      if (key && !reply.making) {
        await store.requests.prune(
          workspace.id,
          new Date(now.getTime() - LEDGER_DAYS * 86_400_000).toISOString(),
        );
        await store.requests.record({ workspaceId: workspace.id, key, reply, at: now.toISOString() });
      }
      return reply;
    });
    return await withFiles(reply, message);
  } catch (error) {
    if (error instanceof ProblemError) return error.reply;
    throw error;
  }
}

/**
 * Makes an export's files after its transaction has ended, as an upload is read before it opens:
 * building a Word file or a chart must not hold the database. Says what it is making first, which an
 * adapter shows if the files take more than a moment.
 */
async function withFiles(reply: Reply, message: IncomingMessage): Promise<Reply> {
  const { making, ...rest } = reply;
  if (!making) return reply;
  message.progress?.(describeJob(making));
  return { ...rest, files: await makeFiles(making) };
}

/**
 * The answer to a message that needs no write, from a read-only transaction; undefined when it does
 * need one (a new workspace or member, a changed name or role, a command that changes something).
 * A one-line message is never a pasted document (import-intake.ts), so the grammar has it all. Its
 * delivery key is not recorded: running a read again changes nothing, so a redelivery is simply
 * answered afresh (one that was a write is found in the ledger here and answered as it was).
 */
function answerReading(deps: CoreDeps, message: IncomingMessage): Promise<Reply | undefined> {
  return deps.store.read(async (store) => {
    const now = deps.clock.now();
    const workspace = await store.workspaces.findByExternal(message.platform, message.workspace.externalId);
    if (!workspace) return undefined;
    const known = await store.members.findByExternal(workspace.id, message.actor.externalId);
    if (!known || memberChanges(known, message) !== undefined) return undefined;
    if (message.idempotencyKey) {
      const handled = await store.requests.find(workspace.id, message.idempotencyKey);
      if (handled) return handled.reply;
    }
    const ctx = commandContext(store, deps, workspace, known, message, now);
    const parsed = parseCommand(message.text, ctx.dates);
    if (message.readOnly) return answerShared(ctx, parsed);
    if (!parsed.ok) return parsed.reply;
    if (!isReadOnly(parsed.command)) return undefined;
    return { ...(await execute(ctx, parsed.command)), readOnly: true };
  });
}

function isOneLine(text: string): boolean {
  return text.trim() !== '' && !/[\r\n]/.test(text.trim());
}

/** Runs one message as a command (or takes it as an import document) inside the caller's transaction. */
async function answer(
  store: Store,
  deps: CoreDeps,
  workspace: Workspace,
  message: IncomingMessage,
  upload: IncomingDocument | undefined,
  now: Date,
  files: readonly DocumentFile[] | undefined,
): Promise<Reply> {
  const actor = await ensureMember(store, deps, workspace, message, now);
  const ctx = commandContext(store, deps, workspace, actor, message, now, files);
  if (message.readOnly) return answerShared(ctx, parseCommand(message.text, ctx.dates));
  const document = await takeDocument(ctx, message.text, upload);
  if (document) return document;
  const parsed = parseCommand(message.text, ctx.dates);
  if (!parsed.ok) return parsed.reply;
  const reply = await execute(ctx, parsed.command);
  return isReadOnly(parsed.command) ? { ...reply, readOnly: true } : reply;
}

function commandContext(
  store: Store,
  deps: CoreDeps,
  workspace: Workspace,
  actor: Member,
  message: IncomingMessage,
  now: Date,
  files?: readonly DocumentFile[],
): CommandContext {
  return {
    store,
    ids: deps.ids,
    platform: message.platform,
    workspace,
    actor,
    now,
    today: todayIn(workspace.timeZone, now),
    dates: { now, timeZone: workspace.timeZone },
    mentions: message.mentions ?? [],
    channel: message.channel,
    schedules: deps.schedules,
    files,
  };
}

/** A command run again to share its answer (IncomingMessage.readOnly): only a read is. */
async function answerShared(ctx: CommandContext, parsed: ReturnType<typeof parseCommand>): Promise<Reply> {
  if (!parsed.ok || !isReadOnly(parsed.command)) {
    // What can be shared is a view: of the item the command was about, or of the reports.
    const about = parsed.ok && 'item' in parsed.command ? parsed.command.item : null;
    const item = typeof about === 'object' ? about : null;
    const view = item ? (item.key ? formatRef(item.key, item.ref) : item.ref) : 'reports';
    return problem('command.not_read_only', NOT_READ_ONLY, view);
  }
  return { ...(await execute(ctx, parsed.command)), readOnly: true };
}

/** `restore` and `import csv` read their file's bytes themselves; any other file is a report to import. */
function readsFilesAsTheyAre(text: string, deps: CoreDeps): boolean {
  // Neither reads a date, so the default zone is as good as the workspace's here.
  const parsed = parseCommand(text, { now: deps.clock.now(), timeZone: deps.defaultTimeZone });
  return parsed.ok && (parsed.command.type === 'restore' || parsed.command.type === 'import_table');
}

const NOT_READ_ONLY = 'That command changes something, so I only run it for the person who typed it.';

async function ensureWorkspace(
  store: Store,
  deps: CoreDeps,
  message: IncomingMessage,
  now: Date,
): Promise<Workspace> {
  const existing = await store.workspaces.findByExternal(message.platform, message.workspace.externalId);
  if (existing) return existing;
  const workspace: Workspace = {
    id: deps.ids.next(),
    platform: message.platform,
    externalId: message.workspace.externalId,
    name: message.workspace.name,
    timeZone: deps.defaultTimeZone,
    dueSoonDays: 14,
    revisionLimit: null,
    s55CommentsDays: 21,
    createdAt: now.toISOString(),
  };
  await store.workspaces.insert(workspace);
  return workspace;
}

/** A known member's name and role as this message gives them, when either changed. */
function memberChanges(
  existing: Member,
  message: IncomingMessage,
): Pick<Member, 'displayName' | 'role'> | undefined {
  const { actor } = message;
  const role = roleFor({
    platformAdmin: actor.platformAdmin === true,
    current: existing.role,
    workspaceHasAdmin: true,
  });
  if (existing.displayName === actor.displayName && existing.role === role) return undefined;
  return { displayName: actor.displayName, role };
}

/** The member behind the message, created on first sight, with the role permissions.ts gives them. */
async function ensureMember(
  store: Store,
  deps: CoreDeps,
  workspace: Workspace,
  message: IncomingMessage,
  now: Date,
): Promise<Member> {
  const { actor } = message;
  const existing = await store.members.findByExternal(workspace.id, actor.externalId);
  if (existing) {
    const changes = memberChanges(existing, message);
    if (changes) {
      await store.members.update(workspace.id, existing.id, changes);
      return { ...existing, ...changes };
    }
    return existing;
  }
  const members = await store.members.list(workspace.id);
  const member: Member = {
    id: deps.ids.next(),
    workspaceId: workspace.id,
    externalId: actor.externalId,
    displayName: actor.displayName,
    role: roleFor({
      platformAdmin: actor.platformAdmin === true,
      current: null,
      workspaceHasAdmin: members.some((m) => m.role === 'admin'),
    }),
    lastReportId: null,
    createdAt: now.toISOString(),
  };
  await store.members.insert(member);
  return member;
}
