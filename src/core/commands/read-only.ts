import type { Command } from '../grammar/commands.ts';

// Commands that only read: running one again changes nothing, so its answer may be shared.
const READ_ONLY: ReadonlySet<Command['type']> = new Set([
  'help',
  'report_list',
  'report_show',
  'item_show',
  'item_history',
  'list',
  'search',
  'settings',
  'export',
]);

export function isReadOnly(command: Command): boolean {
  return READ_ONLY.has(command.type);
}
