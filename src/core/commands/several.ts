import type { CommandOf } from '../grammar/commands.ts';
import { formatRef } from '../grammar/refs.ts';
import { statusLabel } from '../model/status.ts';
import { info, ProblemError, type Reply, success } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';
import { changeStatus } from './updates.ts';

/**
 * "5 and 6 are done": each item changes as if named alone, with its own checks (owner, reason), and one
 * reply says what happened to each. A refusal for one item leaves the others to go ahead.
 */
export async function changeStatuses(ctx: CommandContext, cmd: CommandOf<'status_many'>): Promise<Reply> {
  const lines: string[] = [];
  let changed = 0;
  for (const item of cmd.items) {
    try {
      const reply = await changeStatus(ctx, { type: 'status', item, status: cmd.status, note: cmd.note });
      if (reply.kind === 'success') changed++;
      lines.push(`✓ ${reply.text}`);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      lines.push(`✗ ${item.key ? formatRef(item.key, item.ref) : item.ref}: ${error.reply.text}`);
    }
  }
  const label = statusLabel(cmd.status);
  const head = `${label.charAt(0).toUpperCase()}${label.slice(1)} for ${changed} of ${cmd.items.length} items.`;
  const blocks = [{ type: 'text' as const, text: lines.join('\n') }];
  return changed > 0 ? success(head, blocks) : info(head, blocks);
}
