import { formatDate } from '../dates/index.ts';
import type { CommandOf, ItemRef } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import { statusLabel } from '../model/status.ts';
import { type Block, type Choice, info, ProblemError, type Reply, success } from '../reply/reply.ts';
import { type CommandContext, findItem, findPerson } from './context.ts';
import { reviseDeadline } from './deadlines.ts';
import { assign, changeStatus } from './updates.ts';

/*
 * "5 and 6 are done", "assign 1-4 to @bob", "push 3-5 back to 30/09/2026 - supplier delay": each item
 * changes as if named alone, through its own use case with its own checks (owner, closed item, an odd
 * date), and one reply names every item with what happened to it. A refusal for one item leaves the
 * others to go ahead. Each use case checks everything before it writes, so an item refused is an item
 * untouched; a bug still rolls the whole message back.
 */

export async function changeStatuses(ctx: CommandContext, cmd: CommandOf<'status_many'>): Promise<Reply> {
  const each = await forEach(ctx, cmd.items, (item) =>
    changeStatus(ctx, { type: 'status', item, status: cmd.status, note: cmd.note }),
  );
  const label = statusLabel(cmd.status);
  return summary(`${label.charAt(0).toUpperCase()}${label.slice(1)} for`, each, 'items');
}

export async function assignMany(ctx: CommandContext, cmd: CommandOf<'assign_many'>): Promise<Reply> {
  // Once, before any item: nobody to give them to changes nothing.
  const owner = await findPerson(
    ctx,
    cmd.person,
    (mention) =>
      `assign ${cmd.items.map((i) => (i.key ? formatRef(i.key, i.ref) : i.ref)).join(', ')} to ${mention}`,
  );
  const each = await forEach(ctx, cmd.items, (item) =>
    assign(ctx, { type: 'assign', item, person: cmd.person, team: cmd.team }),
  );
  const team = cmd.team ? ` (${cmd.team})` : '';
  return summary('Assigned', each, `items to ${owner.displayName}${team}`);
}

export async function reviseMany(ctx: CommandContext, cmd: CommandOf<'revise_many'>): Promise<Reply> {
  const { date, reason, deadline, confirmed } = cmd;
  const each = await forEach(ctx, cmd.items, (item) =>
    reviseDeadline(ctx, { type: 'revise', item, date, reason, deadline, confirmed }),
  );
  return summary('Moved', each, `items to ${formatDate(date)}`);
}

type Each = { lines: string[]; changed: number; total: number; choices: Choice[] };

async function forEach(
  ctx: CommandContext,
  items: readonly ItemRef[],
  run: (item: ItemRef) => Promise<Reply>,
): Promise<Each> {
  const each: Each = { lines: [], changed: 0, total: items.length, choices: [] };
  for (const typed of items) {
    let ref = typed.key ? formatRef(typed.key, typed.ref) : typed.ref;
    try {
      // Found first, so the reply names a bare "5" by its report, as later messages must.
      const { report, item } = await findItem(ctx, typed, (full) => full);
      ref = formatRef(report.key, item.ref);
      const reply = await run({ key: report.key, ref: item.ref });
      if (reply.kind === 'success') {
        each.changed++;
        each.lines.push(`✓ ${reply.text}`);
      } else if (reply.kind === 'question') {
        // "Is 1 March right for OSAEC23-3?": not changed; its answers stay one press away.
        each.lines.push(`? ${reply.text} Not changed yet.`);
        each.choices.push(...answers(reply, ref));
      } else {
        each.lines.push(`· ${reply.text}`);
      }
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      each.lines.push(`✗ ${ref}: ${error.reply.text}`);
    }
  }
  return each;
}

/** A question's answers that change something, each saying which item it is for. */
function answers(reply: Reply, ref: string): Choice[] {
  return reply.blocks
    .flatMap((block) => (block.type === 'choices' ? block.choices : []))
    .filter((choice) => !choice.readOnly)
    .map((choice) => ({ ...choice, label: `${ref}: ${choice.label}` }));
}

function summary(done: string, each: Each, what: string): Reply {
  const head = `${done} ${each.changed} of ${each.total} ${what}.`;
  const blocks: Block[] = [{ type: 'text', text: each.lines.join('\n') }];
  if (each.choices.length > 0) blocks.push({ type: 'choices', choices: each.choices });
  return each.changed > 0 ? success(head, blocks) : info(head, blocks);
}
