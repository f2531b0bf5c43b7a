import type { CommandOf } from '../grammar/commands.ts';
import { allUrls } from '../grammar/normalize.ts';
import { formatRef } from '../grammar/refs.ts';
import { statusLabel } from '../model/status.ts';
import { authorize, recordedStatus, standingOf } from '../permissions.ts';
import { fail, info, type Reply, success } from '../reply/reply.ts';
import { itemActions } from '../view/item-view.ts';
import { appendUpdate, type CommandContext, findItem, findPerson } from './context.ts';

export async function assign(ctx: CommandContext, cmd: CommandOf<'assign'>): Promise<Reply> {
  const { report, item } = await findItem(
    ctx,
    cmd.item,
    (full) => `assign ${full} ${personText(cmd.person)}`,
  );
  const ref = formatRef(report.key, item.ref);
  authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
  const owner = await findPerson(ctx, cmd.person, (mention) => `assign ${ref} ${mention}`);
  if (item.ownerId === owner.id && item.ownerTeam === cmd.team) {
    return info(`${ref} is already owned by ${owner.displayName}.`);
  }
  const toStatus = item.status === 'awaiting_allocation' ? 'not_started' : item.status;
  await appendUpdate(ctx, item, {
    kind: 'assigned',
    ownerFrom: item.ownerId,
    ownerTo: owner.id,
    ownerTeam: cmd.team,
    fromStatus: item.status,
    toStatus,
  });
  const team = cmd.team ? ` (${cmd.team})` : '';
  return success(`${ref} is now owned by ${owner.displayName}${team}.`, [
    { type: 'choices', choices: [{ label: `Show ${ref}`, command: ref }] },
  ]);
}

export async function changeStatus(ctx: CommandContext, cmd: CommandOf<'status'>): Promise<Reply> {
  const { report, item } = await findItem(
    ctx,
    cmd.item,
    (full) => `${full} ${statusLabel(cmd.status)}${cmd.note ? `: ${cmd.note}` : ''}`,
  );
  const ref = formatRef(report.key, item.ref);
  authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
  if (cmd.status === 'blocked' && !cmd.note) {
    return fail(
      'status.blocked_reason',
      `Say what ${ref} is blocked on.`,
      `${ref} blocked: waiting for the national training product`,
    );
  }
  const status = recordedStatus(cmd.status, standingOf(ctx.actor));
  if (status === item.status && (status !== 'blocked' || cmd.note === item.blockedReason)) {
    // "OSAEC23-5 done, evidence https://..." after it was marked done: keep the note and its links.
    if (cmd.note && status !== 'blocked') {
      await appendUpdate(ctx, item, { kind: 'comment', note: cmd.note, evidence: allUrls(cmd.note) });
      return success(`${ref} is already ${statusLabel(status)}; your note is added to its history.`, [
        { type: 'choices', choices: itemActions(ref, item) },
      ]);
    }
    return info(`${ref} is already ${statusLabel(status)}.`, [
      { type: 'choices', choices: itemActions(ref, item) },
    ]);
  }
  const note = cmd.note;
  const updated = await appendUpdate(ctx, item, {
    kind: 'status',
    fromStatus: item.status,
    toStatus: status,
    note,
    evidence: note ? allUrls(note) : [],
  });
  if (status === 'not_for_us') {
    await ctx.store.items.update(ctx.workspace.id, item.id, { disposition: 'not_for_us' });
  }
  const signOff = status !== cmd.status ? ' An admin signs it off to mark it done.' : '';
  return success(`${ref} is now ${statusLabel(status)} (was ${statusLabel(item.status)}).${signOff}`, [
    { type: 'choices', choices: itemActions(ref, updated) },
  ]);
}

export async function comment(ctx: CommandContext, cmd: CommandOf<'comment'>): Promise<Reply> {
  const { report, item } = await findItem(ctx, cmd.item, (full) => `${full} note: ${cmd.note}`);
  await appendUpdate(ctx, item, { kind: 'comment', note: cmd.note, evidence: allUrls(cmd.note) });
  return success(`Noted on ${formatRef(report.key, item.ref)}.`);
}

export async function respondToItem(
  ctx: CommandContext,
  cmd: CommandOf<'respond'>,
  itemRef: string,
): Promise<Reply> {
  const { report, item } = await findItem(
    ctx,
    { key: cmd.key, ref: itemRef },
    (full) => `respond ${full} ${cmd.who}: ${cmd.text}`,
  );
  const ref = formatRef(report.key, item.ref);
  authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
  const who = cmd.who === 'force' ? 'Force' : 'PCC';
  // A form sent again with the same words (or a retyped command) changes nothing and adds no history.
  if ((cmd.who === 'force' ? item.forceResponse : item.pccResponse) === cmd.text) {
    return info(`${ref}'s ${who === 'Force' ? 'force' : 'PCC'} response already reads that way.`);
  }
  await ctx.store.items.update(
    ctx.workspace.id,
    item.id,
    cmd.who === 'force' ? { forceResponse: cmd.text } : { pccResponse: cmd.text },
  );
  await appendUpdate(ctx, item, { kind: 'response', note: `${who} response: ${cmd.text}` });
  return success(`Recorded the ${who === 'Force' ? 'force' : 'PCC'} response for ${ref}.`);
}

function personText(person: CommandOf<'assign'>['person']): string {
  return person.kind === 'name' ? `@${person.name}` : `<@${person.externalId}>`;
}

/**
 * Records the force's decision. "Not accepted" closes the item as not adopted; "accepted" leaves the
 * status alone. Both are admin decisions, like the statuses they stand for.
 */
export async function setDisposition(ctx: CommandContext, cmd: CommandOf<'disposition'>): Promise<Reply> {
  const label = cmd.disposition === 'accepted' ? 'accepted' : 'not accepted';
  const { report, item } = await findItem(ctx, cmd.item, (full) => `${full} ${label}`);
  const ref = formatRef(report.key, item.ref);
  authorize(ctx.actor, cmd, { ownerId: item.ownerId, ref });
  if (item.disposition === cmd.disposition) return info(`${ref} is already recorded as ${label}.`);
  await ctx.store.items.update(ctx.workspace.id, item.id, { disposition: cmd.disposition });
  const closing = cmd.disposition === 'not_accepted' && item.status !== 'not_adopted';
  // Accepting leaves the status as it was: the history says what was recorded, not "not started → not started".
  await appendUpdate(
    ctx,
    item,
    closing
      ? { kind: 'status', fromStatus: item.status, toStatus: 'not_adopted', note: `recorded as ${label}` }
      : { kind: 'comment', note: `recorded as ${label}`, evidence: [] },
  );
  return success(`${ref} is recorded as ${label}${closing ? ' and closed as not adopted' : ''}.`);
}
