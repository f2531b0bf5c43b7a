import { parseCsv, unquoteFormula } from '../export/csv.ts';
import { COLUMNS, deadlineColumn } from '../export/items-table.ts';
import type { Command, CommandOf } from '../grammar/commands.ts';
import { ITEM_REF_PATTERN, KEY_PATTERN } from '../grammar/commands.ts';
import type { Item, ItemKind } from '../model/entities.ts';
import { STATUSES, type Status, statusLabel } from '../model/status.ts';
import { authorize } from '../permissions.ts';
import { fail, ProblemError, type Reply, success } from '../reply/reply.ts';
import type { CommandContext } from './context.ts';
import { execute } from './execute.ts';
import { oneFile } from './restore.ts';

/*
 * `import csv` / `import xlsx` with a spreadsheet attached (the columns `export csv` writes): each row
 * names an item by its reference and creates it, or changes what differs (status, owner, team, due
 * date with a reason, responses) through the same use cases as typed commands, so every change is in
 * the item's history. Every row is tried; if any has a problem, nothing is applied and the reply lists
 * each row's problem.
 */

const REASON = 'Reason';
const MAX_PROBLEMS_SHOWN = 20;
const KINDS: Record<string, ItemKind> = {
  recommendation: 'recommendation',
  'area for improvement': 'area_for_improvement',
  'cause of concern': 'cause_of_concern',
};

type Row = { line: number; get(column: string): string | undefined };

/** What is wrong with one row; gathered with the others into one answer, never shown alone. */
class RowProblem extends Error {}
function bad(text: string): never {
  throw new RowProblem(text);
}
const SHEET_EXAMPLE = 'export OSAEC23 csv';
type Outcome = 'created' | 'updated' | 'unchanged';

export async function importTable(ctx: CommandContext, cmd: CommandOf<'import_table'>): Promise<Reply> {
  authorize(ctx.actor, cmd);
  const rows = await readRows(ctx, cmd.format);
  const problems: string[] = [];
  const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    try {
      counts[await applyRow(ctx, row)]++;
    } catch (error) {
      if (!(error instanceof ProblemError || error instanceof RowProblem)) throw error;
      const ref = row.get(COLUMNS.reference) || [row.get(COLUMNS.reportKey), row.get(COLUMNS.ref)].join('-');
      const text = error instanceof ProblemError ? error.reply.text : error.message;
      problems.push(`Row ${row.line}${ref && ref !== '-' ? ` (${ref})` : ''}: ${text}`);
    }
  }
  if (problems.length > 0) {
    const more =
      problems.length > MAX_PROBLEMS_SHOWN ? `\n…and ${problems.length - MAX_PROBLEMS_SHOWN} more.` : '';
    return fail(
      'import_table.rows',
      `${problems.length} of ${rows.length} rows have a problem, so nothing was imported. Fix them and send the file again:\n${problems.slice(0, MAX_PROBLEMS_SHOWN).join('\n')}${more}`,
      // A fresh sheet in the columns the import reads.
      SHEET_EXAMPLE,
    );
  }
  return success(
    `Imported ${rows.length} row${rows.length === 1 ? '' : 's'}: ${counts.created} item${counts.created === 1 ? '' : 's'} created, ${counts.updated} updated, ${counts.unchanged} unchanged.`,
  );
}

async function readRows(ctx: CommandContext, format: 'csv' | 'xlsx'): Promise<Row[]> {
  const file = oneFile(ctx.files ?? [], `.${format}`, `import ${format}`);
  const read =
    format === 'csv'
      ? (() => {
          const parsed = parseCsv(new TextDecoder().decode(file.bytes));
          return parsed.ok
            ? parsed
            : { ok: false as const, message: `line ${parsed.problem.line}: ${parsed.problem.message}` };
        })()
      : await (await import('../export/xlsx.ts')).readXlsx(file.bytes);
  if (!read.ok)
    return fail(
      'import_table.unreadable',
      `I couldn't read ${file.name}: ${read.message}. Nothing was imported.`,
      SHEET_EXAMPLE,
    );
  const [header = [], ...body] = read.rows;
  const index = new Map(header.map((h, k) => [h.trim().toLowerCase(), k]));
  const has = (c: string) => index.has(c.toLowerCase());
  if (!has(COLUMNS.reference) && !(has(COLUMNS.reportKey) && has(COLUMNS.ref))) {
    return fail(
      'import_table.no_reference',
      `${file.name} has no "${COLUMNS.reference}" column (or "${COLUMNS.reportKey}" and "${COLUMNS.ref}"), so I can't tell which item each row is. Its first row should name the columns, as export csv writes them.`,
      SHEET_EXAMPLE,
    );
  }
  if (body.length === 0) {
    return fail('import_table.empty', `${file.name} has column names but no rows.`, SHEET_EXAMPLE);
  }
  return body.map((cells, k) => ({
    line: k + 2,
    get(column) {
      const at = index.get(column.toLowerCase());
      return at === undefined ? undefined : unquoteFormula((cells[at] ?? '').trim());
    },
  }));
}

async function applyRow(ctx: CommandContext, row: Row): Promise<Outcome> {
  const [key, ref] = reference(row);
  const report = await ctx.store.reports.findByKey(ctx.workspace.id, key);
  if (!report) return bad(`there is no report ${key}; register it first (report new ...).`);
  const existing = await ctx.store.items.findByRef(ctx.workspace.id, report.id, ref);
  if (!existing) {
    await run(ctx, createCommand(row, key, ref));
  } else {
    const text = row.get(COLUMNS.text);
    if (text && flat(text) !== flat(existing.text)) {
      return bad(
        'its text differs from the recorded wording, which rectrack keeps as it was published. Leave the Text column as exported.',
      );
    }
  }
  const item = existing ?? (await ctx.store.items.findByRef(ctx.workspace.id, report.id, ref));
  if (!item) throw new Error(`item ${key}-${ref} missing after it was added`);
  const owner = item.ownerId ? await ctx.store.members.findById(ctx.workspace.id, item.ownerId) : undefined;
  const changes = changesFor(row, item, key, owner?.displayName ?? null);
  for (const command of changes) await run(ctx, command);
  return existing ? (changes.length > 0 ? 'updated' : 'unchanged') : 'created';
}

function reference(row: Row): [string, string] {
  const full = row.get(COLUMNS.reference);
  const match = full ? /^([A-Za-z][A-Za-z0-9]{1,15})-([A-Za-z]{0,3}\d{1,4})$/.exec(full) : null;
  const key = (match?.[1] ?? row.get(COLUMNS.reportKey) ?? '').toUpperCase();
  const ref = (match?.[2] ?? row.get(COLUMNS.ref) ?? '').toUpperCase();
  if (!KEY_PATTERN.test(key) || !ITEM_REF_PATTERN.test(ref)) {
    return bad(`"${full ?? `${key}-${ref}`}" is not an item reference like OSAEC23-5.`);
  }
  return [key, ref];
}

function createCommand(row: Row, key: string, ref: string): Command {
  const text = row.get(COLUMNS.text);
  if (!text) return bad('it is a new item, so it needs its Text.');
  const kindWord = row.get(COLUMNS.kind)?.toLowerCase();
  const kind = kindWord
    ? KINDS[kindWord]
    : /^A/.test(ref)
      ? 'area_for_improvement'
      : /^C/.test(ref)
        ? 'cause_of_concern'
        : 'recommendation';
  if (!kind) return bad(`Kind "${kindWord}" is not one of: ${Object.keys(KINDS).join(', ')}.`);
  const phrase = row.get(deadlineColumn(1, 'phrase')) || row.get(COLUMNS.due);
  const parent = row.get(COLUMNS.underConcern);
  return {
    type: 'item_add',
    key,
    text,
    deadlines: phrase ? [phrase] : [],
    kind,
    number: Number(/\d+/.exec(ref)?.[0]),
    parent: parent ? parent.toUpperCase() : null,
  };
}

/** The commands that make the item what the row says, for the columns the row fills in. */
function changesFor(row: Row, item: Item, key: string, ownerName: string | null): Command[] {
  const at = { key, ref: item.ref };
  const commands: Command[] = [];
  const status = row.get(COLUMNS.status);
  if (status) {
    const wanted = STATUSES.find(
      (s) => statusLabel(s) === status.toLowerCase() || s === status.toLowerCase(),
    );
    if (!wanted) return bad(`Status "${status}" is not one of: ${STATUSES.map(statusLabel).join(', ')}.`);
    if (wanted !== item.status)
      commands.push({ type: 'status', item: at, status: wanted as Status, note: null });
  }
  const owner = row.get(COLUMNS.owner);
  const team = row.get(COLUMNS.team);
  if (owner && (owner.replace(/^@/, '') !== ownerName || (team ?? '') !== (item.ownerTeam ?? ''))) {
    commands.push({
      type: 'assign',
      item: at,
      person: { kind: 'name', name: owner.replace(/^@/, '') },
      team: team || null,
    });
  }
  const due = row.get(COLUMNS.due);
  if (due && due !== (item.dueOn ?? '')) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due))
      return bad(`Due "${due}" is not a date written as YYYY-MM-DD, as export writes it.`);
    const reason = row.get(REASON);
    if (!reason)
      return bad(
        `Due moves from ${item.dueOn ?? 'none'} to ${due}; a revised deadline needs a reason: add a "${REASON}" column.`,
      );
    commands.push({ type: 'revise', item: at, date: due, reason, deadline: null, confirmed: true });
  }
  for (const [who, column, now] of [
    ['force', COLUMNS.forceResponse, item.forceResponse],
    ['pcc', COLUMNS.pccResponse, item.pccResponse],
  ] as const) {
    const text = row.get(column);
    if (text && flat(text) !== flat(now ?? ''))
      commands.push({ type: 'respond', key, item: item.ref, who, text });
  }
  return commands;
}

async function run(ctx: CommandContext, command: Command): Promise<void> {
  const reply = await execute(ctx, command);
  if (reply.kind === 'problem' || reply.kind === 'question')
    throw new ProblemError({ ...reply, kind: 'problem' });
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
