import { canonicalTimeZone, isValidTimeZone } from '../dates/index.ts';

import type { CommandOf } from '../grammar/commands.ts';
import { authorize } from '../permissions.ts';
import { fail, info, type Reply, success } from '../reply/reply.ts';
import { type CommandContext, findPerson } from './context.ts';

export async function makeAdmin(ctx: CommandContext, cmd: CommandOf<'make_admin'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const member = await findPerson(ctx, cmd.person, (mention) => `admin ${mention}`);
  if (member.role === 'admin') return info(`${member.displayName} is already an admin.`);
  await ctx.store.members.update(ctx.workspace.id, member.id, { role: 'admin' });
  return success(`${member.displayName} is now an admin.`);
}

export async function showSettings(ctx: CommandContext): Promise<Reply> {
  const w = ctx.workspace;
  const members = await ctx.store.members.list(w.id);
  const admins = members.filter((m) => m.role === 'admin').map((m) => m.displayName);
  return info(`Settings for ${w.name}.`, [
    {
      type: 'fields',
      fields: [
        { label: 'Time zone', value: w.timeZone },
        { label: 'Due soon (amber) window', value: `${w.dueSoonDays} days` },
        {
          label: 'Deadline revisions allowed',
          value: w.revisionLimit === null ? 'no limit' : String(w.revisionLimit),
        },
        {
          label: "Chief constable's comments due",
          value: `${w.s55CommentsDays} days before a section 55 response`,
        },
        { label: 'Admins', value: admins.join(', ') || 'none' },
      ],
    },
    {
      type: 'text',
      text: 'Change with: set timezone Europe/London | set revisions 1 | set due-soon 14 | set s55-comments 21',
    },
  ]);
}

export async function setTimeZone(ctx: CommandContext, cmd: CommandOf<'set_time_zone'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  if (!isValidTimeZone(cmd.timeZone)) {
    return fail(
      'settings.bad_time_zone',
      `"${cmd.timeZone}" is not a time zone I know. Use an IANA name.`,
      'set timezone Europe/London',
    );
  }
  const timeZone = canonicalTimeZone(cmd.timeZone);
  await ctx.store.workspaces.update(ctx.workspace.id, { timeZone });
  return success(`Time zone set to ${timeZone}.`);
}

export async function setRevisionLimit(
  ctx: CommandContext,
  cmd: CommandOf<'set_revision_limit'>,
): Promise<Reply> {
  authorize(ctx.actor, cmd);
  await ctx.store.workspaces.update(ctx.workspace.id, { revisionLimit: cmd.limit });
  return success(
    cmd.limit === null
      ? 'Deadlines may now be revised any number of times.'
      : `Each deadline may now be revised at most ${cmd.limit} time${cmd.limit === 1 ? '' : 's'}.`,
  );
}

export async function setDueSoon(ctx: CommandContext, cmd: CommandOf<'set_due_soon'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  await ctx.store.workspaces.update(ctx.workspace.id, { dueSoonDays: cmd.days });
  return success(`Items now turn amber ${cmd.days} days before their deadline.`);
}

export async function setS55Comments(
  ctx: CommandContext,
  cmd: CommandOf<'set_s55_comments'>,
): Promise<Reply> {
  authorize(ctx.actor, cmd);
  await ctx.store.workspaces.update(ctx.workspace.id, { s55CommentsDays: cmd.days });
  return success(
    `The chief constable's comments on a section 55 response are now due ${cmd.days} days before the response; admins are reminded a week before, the day before and on the day.`,
  );
}
