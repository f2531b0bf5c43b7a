import type { DocumentFile } from '../../ports/documents.ts';
import type { IdGenerator } from '../../ports/ids.ts';
import type { ScheduleCalendar } from '../../ports/schedule.ts';
import type { Store } from '../../ports/store.ts';
import type { DateContext, IsoDate } from '../dates/index.ts';
import type { ItemRef, PersonToken } from '../grammar/commands.ts';
import { describePerson } from '../grammar/people.ts';
import { formatRef } from '../grammar/refs.ts';
import type { Item, Member, Platform, Report, Update, Workspace } from '../model/entities.ts';
import { applyUpdate } from '../model/history.ts';
import { fail } from '../reply/reply.ts';

/** A person the adapter recognised in the message (e.g. a Slack or Teams mention). */
export type Mention = { externalId: string; displayName: string };

/** Everything one command runs with: the transaction's store, who is asking, where, and when. */
export type CommandContext = {
  store: Store;
  ids: IdGenerator;
  platform: Platform;
  workspace: Workspace;
  actor: Member;
  now: Date;
  today: IsoDate;
  dates: DateContext;
  mentions: readonly Mention[];
  /** Where the message was posted, if in a channel (digests subscribe it). */
  channel?: { address: unknown; name?: string } | undefined;
  /** Cron arithmetic for digest schedules, when this deployment has it. */
  schedules?: ScheduleCalendar | undefined;
  /** Files sent with a command that reads them as they are (restore, import csv), not as a report. */
  files?: readonly DocumentFile[] | undefined;
};

export async function findReport(ctx: CommandContext, key: string): Promise<Report> {
  const report = await ctx.store.reports.findByKey(ctx.workspace.id, key);
  if (report) return report;
  const known = (await ctx.store.reports.list(ctx.workspace.id)).map((r) => r.key);
  const hint =
    known.length > 0 ? ` Reports here: ${known.slice(0, 10).join(', ')}.` : ' There are no reports yet.';
  return fail('report.not_found', `There's no report with key ${key}.${hint}`, 'reports');
}

/**
 * Finds the item a reference names. A bare number uses the report this member last talked about,
 * or the only report with that item; if several reports have it, the user picks.
 */
export async function findItem(ctx: CommandContext, ref: ItemRef, retype: (full: string) => string) {
  if (ref.key) {
    const report = await findReport(ctx, ref.key);
    const item = await ctx.store.items.findByRef(ctx.workspace.id, report.id, ref.ref);
    if (!item) {
      return fail(
        'item.not_found',
        `${report.key} has no item ${ref.ref}. See its items with: report ${report.key}`,
        `report ${report.key}`,
      );
    }
    await remember(ctx, report);
    return { report, item };
  }
  const candidates = await ctx.store.items.findByRefInAnyReport(ctx.workspace.id, ref.ref);
  const last = candidates.find((c) => c.reportId === ctx.actor.lastReportId);
  const chosen = last ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (chosen) {
    const report = await ctx.store.reports.findById(ctx.workspace.id, chosen.reportId);
    if (report) {
      await remember(ctx, report);
      return { report, item: chosen };
    }
  }
  if (candidates.length === 0) {
    return fail(
      'item.not_found',
      `I can't find an item ${ref.ref} in any report. Use the full reference, like OSAEC23-${ref.ref}.`,
      `OSAEC23-${ref.ref}`,
    );
  }
  const reports = await Promise.all(
    candidates.map((c) => ctx.store.reports.findById(ctx.workspace.id, c.reportId)),
  );
  const choices = reports
    .filter((r): r is Report => r !== undefined)
    .slice(0, 10)
    .map((r) => ({ label: formatRef(r.key, ref.ref), command: retype(formatRef(r.key, ref.ref)) }));
  return fail(
    'item.ambiguous',
    `Several reports have an item ${ref.ref}. Which one did you mean?`,
    choices[0]?.command,
    choices,
  );
}

async function remember(ctx: CommandContext, report: Report): Promise<void> {
  if (ctx.actor.lastReportId === report.id) return;
  await ctx.store.members.update(ctx.workspace.id, ctx.actor.id, { lastReportId: report.id });
  ctx.actor = { ...ctx.actor, lastReportId: report.id };
}

/**
 * The member a person token names: a platform mention (created on first sight), an existing
 * member by name, or, in the console where names are the identity, a new local member. `retype` gives
 * the command again with a mention in place of the person, for the example when nobody is found.
 */
export async function findPerson(
  ctx: CommandContext,
  person: PersonToken,
  retype: (mention: string) => string,
): Promise<Member> {
  const { store, workspace } = ctx;
  if (person.kind === 'mention') {
    const existing = await store.members.findByExternal(workspace.id, person.externalId);
    if (existing) return existing;
    const known = ctx.mentions.find((m) => m.externalId === person.externalId);
    return addMember(ctx, person.externalId, known?.displayName ?? person.name ?? person.externalId);
  }
  const name = person.name.toLowerCase();
  const mention = ctx.mentions.find((m) => m.displayName.toLowerCase() === name);
  if (mention)
    return findPerson(
      ctx,
      { kind: 'mention', externalId: mention.externalId, name: mention.displayName },
      retype,
    );
  const members = await store.members.list(workspace.id);
  const byName = members.filter(
    (m) => m.displayName.toLowerCase() === name || m.externalId.toLowerCase() === name,
  );
  if (byName.length === 1 && byName[0]) return byName[0];
  if (ctx.platform === 'console') return addMember(ctx, person.name, person.name);
  return fail(
    'person.unknown',
    `I don't know ${describePerson(person)} yet. Mention them with @ so I can pick the right person.`,
    retype(describePerson(person)),
  );
}

async function addMember(ctx: CommandContext, externalId: string, displayName: string): Promise<Member> {
  const member: Member = {
    id: ctx.ids.next(),
    workspaceId: ctx.workspace.id,
    externalId,
    displayName,
    role: 'member',
    lastReportId: null,
    createdAt: ctx.now.toISOString(),
  };
  await ctx.store.members.insert(member);
  return member;
}

export type UpdateDraft = Partial<Omit<Update, 'id' | 'workspaceId' | 'itemId' | 'actorId' | 'at' | 'kind'>> &
  Pick<Update, 'kind'>;

/** Appends one history entry and moves the item's projection on by the same rule replay uses. */
export async function appendUpdate(ctx: CommandContext, item: Item, draft: UpdateDraft): Promise<Item> {
  const update: Update = {
    id: ctx.ids.next(),
    workspaceId: ctx.workspace.id,
    itemId: item.id,
    actorId: ctx.actor.id,
    at: ctx.now.toISOString(),
    fromStatus: null,
    toStatus: null,
    note: null,
    evidence: [],
    deadlineId: null,
    dueFrom: null,
    dueTo: null,
    ownerFrom: null,
    ownerTo: null,
    ownerTeam: null,
    ...draft,
  };
  await ctx.store.updates.append(update);
  const { status, ownerId, ownerTeam, blockedReason } = applyUpdate(item, update);
  const patch = { status, ownerId, ownerTeam, blockedReason, updatedAt: update.at };
  await ctx.store.items.update(ctx.workspace.id, item.id, patch);
  return { ...item, ...patch };
}

export async function memberName(ctx: CommandContext, id: string | null): Promise<string | null> {
  if (id === null) return null;
  return (await ctx.store.members.findById(ctx.workspace.id, id))?.displayName ?? 'someone';
}
