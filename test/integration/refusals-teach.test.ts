import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/grammar/commands.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, type SayOptions } from '../support/core-harness.ts';
import { IMPORT_DOCUMENT } from '../support/import-fixtures.ts';
import { type Person, PHRASING_CLOCK, SEED, snapshot } from '../support/phrasing-world.ts';

/*
 * Every refusal the core can give, each triggered by a message someone could type, in the office of
 * phrasing-world.ts: the answer is a refusal with that code, it carries an example, the example is a
 * command the grammar reads, of the family the person was trying (not a generic "help"), and nothing
 * in the store changed. The codes are collected from src/core, so a new refusal without a row fails here.
 */

type Family =
  | 'status'
  | 'deadline'
  | 'assign'
  | 'comment'
  | 'respond'
  | 'add'
  | 'report'
  | 'import'
  | 'digest'
  | 'list'
  | 'search'
  | 'settings'
  | 'show'
  | 'section55'
  | 'help'
  | 'export';

const FAMILY: Record<string, Family> = {
  status: 'status',
  status_many: 'status',
  disposition: 'status',
  revise: 'deadline',
  revise_many: 'deadline',
  event: 'deadline',
  assign: 'assign',
  assign_many: 'assign',
  search: 'search',
  comment: 'comment',
  respond: 'respond',
  item_add: 'add',
  report_new: 'report',
  report_list: 'report',
  report_show: 'report',
  report_delete: 'report',
  digest: 'digest',
  reminder: 'digest',
  list: 'list',
  settings: 'settings',
  set_time_zone: 'settings',
  set_revision_limit: 'settings',
  set_due_soon: 'settings',
  set_s55_comments: 'settings',
  s55_stage: 'section55',
  s55_show: 'section55',
  responses_show: 'respond',
  make_admin: 'settings',
  item_show: 'show',
  item_history: 'show',
  help: 'help',
  export: 'export',
  restore: 'export',
};

const familyOf = (command: Command): Family =>
  command.type.startsWith('import_') ? 'import' : (FAMILY[command.type] ?? 'help');

type Refusal = {
  say: string;
  /** The family the example must be of: what the person was trying, unless a comment says otherwise. */
  family: Family;
  by?: Person;
  /** Typed first by alice, an admin (a second report registered). */
  prepared?: string[];
  /** Typed first, by the same person (an import started, a report viewed). */
  given?: string[];
  options?: SayOptions;
  /** Run with the office's deps changed (a deployment without a scheduler). */
  without?: 'schedules';
};

const PASTE = `report import\n${IMPORT_DOCUMENT.text}`;
const PREVIEW = [PASTE];
const FILE = { name: 'memo.txt', bytes: new TextEncoder().encode('Recommendation 1\nForces should act.') };
const CHANNEL: SayOptions = { channel: { address: { channel: 'C1' }, name: 'audit-recs' } };
const bytes = (text: string) => new TextEncoder().encode(text);
/** A workspace of its own with no reports, where a restore gets as far as reading its file. */
const ELSEWHERE = { workspace: 'elsewhere' };
const SHEET = (rows: string) => ({ files: [{ name: 'items.csv', bytes: bytes(rows) }] });

/** One message per refusal code. */
const REFUSALS: Record<string, Refusal> = {
  'add.empty_due': { say: 'add OSAEC23 "Forces should act" due', family: 'add' },
  'add.no_key': { say: 'add "Forces should act" due 31 May 2024', family: 'add' },
  'add.no_text': { say: 'add OSAEC23 due 31 May 2024', family: 'add' },
  'add.unexpected': { say: 'add OSAEC23 "Forces should act" by the summer', family: 'add' },
  'admin.no_person': { say: 'admin everyone', family: 'settings' },
  'assign.extra': { say: 'assign OSAEC23-1 @bob asap', family: 'assign' },
  'assign.no_person': { say: 'assign OSAEC23-1 to the training team', family: 'assign' },
  'command.empty': { say: '   ', family: 'help' },
  // The zod check behind every command: a key longer than a report key may be, typed as an import key.
  'command.invalid': { say: 'digest off 0', family: 'help' },
  // Only a view can be shared in a channel: the example is the view of the item the command was about.
  'command.not_read_only': { say: 'OSAEC23-5 done', family: 'show', options: { readOnly: true } },
  'command.unknown': { say: 'frobnicate the widgets', family: 'status' },
  'command.usage': { say: 'history', family: 'show' },
  'comment.empty': { say: 'OSAEC23-5 note:', family: 'comment' },
  'date.impossible': { say: 'OSAEC23-5 due 31/02/2025 because of a typo', family: 'deadline' },
  'date.unreadable': { say: 'OSAEC23-5 due sometime soonish because reasons', family: 'deadline' },
  'deadline.closed': { say: 'OSAEC23-12 due 30 September 2024 because of the audit', family: 'status' },
  'deadline.no_condition': { say: 'OSAEC23-5 event happened 1 March 2024', family: 'show' },
  'deadline.no_such': { say: 'OSAEC23-5 due 31 May 2024 deadline 3 because of x', family: 'deadline' },
  'deadline.reason_required': { say: 'OSAEC23-5 due 30 June 2024', family: 'deadline' },
  // Revising beyond the workspace's limit is an admin's policy to change, and the example says how.
  'deadline.revision_limit': {
    say: 'OSAEC23-5 due 31 July 2024 because of y',
    given: ['set revisions 1', 'OSAEC23-5 due 30 June 2024 because of x'],
    family: 'settings',
  },
  'deadline.unreadable': { say: 'add OSAEC23 "Forces should act" due when pigs fly', family: 'add' },
  'digest.bad_cron': { say: 'digest cron "0 9 * * 8"', family: 'digest', options: CHANNEL },
  'digest.bad_time_zone': {
    say: 'digest weekly Monday 9am in Mars/Olympus',
    family: 'digest',
    options: CHANNEL,
  },
  'digest.no_channel': { say: 'digest weekly Monday 9am', family: 'digest' },
  'digest.no_such': { say: 'digest off 3', family: 'digest', options: CHANNEL },
  'digest.none_here': { say: 'digest off', family: 'digest', options: CHANNEL },
  'digest.schedule': { say: 'digest fortnightly-ish', family: 'digest', options: CHANNEL },
  'digest.status': { say: 'digest weekly status sleepy', family: 'digest', options: CHANNEL },
  // Nothing about digests works without the scheduler; the lists they would post still do.
  'digest.unavailable': {
    say: 'digest weekly Monday 9am',
    family: 'list',
    options: CHANNEL,
    without: 'schedules',
  },
  'due_soon.range': { say: 'due soon 900 days', family: 'list' },
  'import.bad_ref': { say: 'import drop 99', family: 'import', given: PREVIEW },
  'import.duplicate': {
    say: 'import confirm CAL24',
    family: 'import',
    given: [PASTE, 'import confirm CAL23', PASTE],
  },
  'import.file_name': { say: 'report import ./calderbrook.pdf', family: 'import' },
  'import.merge_kinds': { say: 'import merge 1 A1', family: 'import', given: PREVIEW },
  'import.merge_self': { say: 'import merge 2 2', family: 'import', given: PREVIEW },
  'import.needs_quotes': { say: 'import text 2 The force should act', family: 'import', given: PREVIEW },
  'import.no_items': { say: 'report import\nNothing to see here, just a memo about parking.', family: 'add' },
  'import.none': { say: 'import confirm CAL24', family: 'import' },
  'import.one_file': {
    say: 'here are both',
    family: 'import',
    given: ['report import'],
    options: { files: [FILE, FILE] },
  },
  'import.split_empty': { say: 'import split 1 after "carried out."', family: 'import', given: PREVIEW },
  'import.split_not_found': { say: 'import split 1 after "bananas"', family: 'import', given: PREVIEW },
  'import.usage': { say: 'import frobnicate', family: 'import', given: PREVIEW },
  'import.waiting': { say: 'import confirm CAL24', family: 'import', given: ['report import'] },
  'item.ambiguous': {
    say: '3 done',
    by: 'bob',
    family: 'status',
    prepared: ['report new "Other" key OTH24', 'add OTH24 "Forces should act" number 3'],
  },
  'item.bad_parent': { say: 'add OSAEC23 "Forces should act" under 5', family: 'add' },
  // The report's view lists the items there are.
  'item.not_found': { say: 'OSAEC23-99 done', family: 'report' },
  'item.number_taken': { say: 'add OSAEC23 "Forces should act" number 5', family: 'show' },
  'list.repeated_filter': { say: 'overdue owner @bob owner @carol', family: 'list' },
  'list.report_missing': { say: 'overdue report', family: 'list' },
  'list.team_missing': { say: 'overdue team', family: 'list' },
  'list.unknown_filter': { say: 'overdue by colour', family: 'list' },
  'list.unknown_status': { say: 'status blockd', family: 'list' },
  'owner.no_person': { say: 'owner bob', family: 'list' },
  'date.missing': { say: 'push 3-5 back', family: 'deadline' },
  'ref.too_many': { say: 'assign OSAEC23 1-40 and 41-60 to @bob', family: 'assign' },
  'page.range': { say: 'overdue page 0', family: 'list' },
  'page.which_list': { say: 'more', family: 'list' },
  'search.empty': { say: 'search', family: 'search' },
  'search.too_many': { say: 'search a b c d e f g h i j k l m n', family: 'search' },
  'team.unknown': { say: 'team Safegarding', family: 'list' },
  // Someone who may not change an item can still comment on it, and the example shows how.
  'permission.not_owner': { say: 'OSAEC23-5 done', by: 'carol', family: 'comment' },
  'person.unknown': { say: 'owner @nobody', family: 'list' },
  'ref.missing': { say: 'blocked on funding', family: 'status' },
  'ref.needs_key': { say: '5 force response: accepted', family: 'respond' },
  'ref.range': { say: 'mark 6-2 done', family: 'status' },
  'ref.several': { say: 'OSAEC23-5 and 6 are sort of nearly there', family: 'status' },
  'report.bad_key': { say: 'report new "Audit" key 2024AUDIT', family: 'report' },
  'report.bad_link': { say: 'report new "Audit" key AUD24 link not-a-link', family: 'report' },
  'report.key_taken': { say: 'report new "Another" key OSAEC23', family: 'report' },
  'report.no_key': { say: 'report new "Audit of referrals"', family: 'report' },
  'report.no_title': { say: 'report new key AUD24', family: 'report' },
  'report.not_found': { say: 'NOPE24-5 done', family: 'report' },
  'report.s55_needs_date': { say: 'report new "Audit" key AUD24 s55', family: 'report' },
  'report.unexpected': { say: 'report new "Audit" soon key AUD24', family: 'report' },
  'respond.empty': { say: 'respond OSAEC23-5 force:', family: 'respond' },
  'respond.usage': { say: 'respond to the panel', family: 'respond' },
  'settings.bad_time_zone': { say: 'set timezone Mars/Olympus', family: 'settings' },
  'settings.due_soon_range': { say: 'set due-soon 99', family: 'settings' },
  'settings.s55_comments_range': { say: 'set s55-comments 70', family: 'settings' },
  's55.no_url': { say: 'OSAEC23 published on the website', family: 'section55' },
  's55.unexpected_link': { say: 'OSAEC23 sent https://example.org/letter', family: 'section55' },
  's55.date_unreadable': { say: 'OSAEC23 sent the other week', family: 'section55' },
  's55.out_of_order': { say: 'OSAEC23 sent', family: 'section55' },
  // PEEL24 has no section 55 response: the example shows the report, which says so.
  's55.not_section55': { say: 'PEEL24 comments received', family: 'report' },
  's55.future': { say: 'OSAEC23 comments received on 1 April 2024', family: 'section55' },
  's55.before_publication': { say: 'OSAEC23 comments received on 1 March 2023', family: 'section55' },
  's55.before_previous': {
    say: 'OSAEC23 approved on 1 May 2023 confirmed',
    family: 'section55',
    prepared: ['OSAEC23 comments received on 10 May 2023'],
  },
  'snooze.past': { say: 'snooze OSAEC23-5 until 1 March 2024', family: 'digest' },
  'snooze.too_long': { say: 'snooze OSAEC23-5 for 3 years', family: 'digest' },
  'snooze.usage': { say: 'snooze', family: 'digest' },
  'snooze.when': { say: 'snooze OSAEC23-5 for a bit', family: 'digest' },
  'status.blocked_reason': { say: 'OSAEC23-5 blocked', family: 'status' },
  'export.since': { say: 'export pack since whenever', family: 'export' },
  'export.unknown_word': { say: 'export OSAEC23 spreadsheetz', family: 'export' },
  'export.usage': { say: 'export OSAEC23', family: 'export' },
  'export.response_needs_key': { say: 'export response', family: 'export' },
  'export.json_whole': { say: 'export OSAEC23 json', family: 'export' },
  'export.format': { say: 'export OSAEC23 csv docx', family: 'export' },
  'export.since_pack_only': { say: 'export csv since 1 March 2024', family: 'export' },
  // Nothing to export until a report is registered: the example registers one.
  'export.no_reports': { say: 'export all csv', family: 'report', options: ELSEWHERE },
  // A restore never mixes: the reports already here must go first (or restore elsewhere).
  'restore.not_empty': {
    say: 'restore',
    family: 'report',
    options: { files: [{ name: 'b.json', bytes: bytes('{}') }] },
  },
  'restore.not_json': {
    say: 'restore',
    family: 'export',
    options: { ...ELSEWHERE, files: [{ name: 'b.json', bytes: bytes('not json') }] },
  },
  'restore.invalid': {
    say: 'restore',
    family: 'export',
    options: { ...ELSEWHERE, files: [{ name: 'b.json', bytes: bytes('{"format":"rectrack-backup"}') }] },
  },
  'file.missing': { say: 'restore', family: 'export', options: ELSEWHERE },
  'file.several': {
    say: 'import csv',
    family: 'import',
    options: {
      files: [
        { name: 'a.csv', bytes: bytes('x') },
        { name: 'b.csv', bytes: bytes('y') },
      ],
    },
  },
  'file.wrong_type': {
    say: 'import csv',
    family: 'import',
    options: { files: [{ name: 'a.xlsx', bytes: bytes('x') }] },
  },
  // The import's answers point to a sheet in the columns it reads: the report exported as CSV.
  'import_table.rows': {
    say: 'import csv',
    family: 'export',
    options: SHEET('Reference,Status\r\nOSAEC23-5,finished\r\nNOPE24-1,done\r\n'),
  },
  'import_table.unreadable': {
    say: 'import csv',
    family: 'export',
    options: SHEET('Reference\r\n"OSAEC23-5\r\n'),
  },
  'import_table.no_reference': {
    say: 'import csv',
    family: 'export',
    options: SHEET('Text\r\nSomething\r\n'),
  },
  'import_table.empty': { say: 'import csv', family: 'export', options: SHEET('Reference,Status\r\n') },
};

/*
 * Answers that are not refusals of what someone typed, and so teach nothing: the database busy past its
 * retries, and a bug. Both say to try again, and neither changes anything.
 */
const NOT_REFUSALS = ['internal.error', 'store.busy'];

/*
 * Guards the chat cannot reach, kept for the day another way in can: the importer always finds a title (the
 * first line at worst) and `import title` refuses an empty one; an empty document never reaches the core
 * (the platforms drop empty messages, the console answers an empty paste itself, and "report import" alone
 * asks for the document).
 */
const GUARDS = ['import.no_title', 'import.empty'];

/*
 * Refusals whose answer is its choices rather than one example. An admin-only command has no form a
 * member could type instead; the text names who can do it.
 */
const CHOICES_INSTEAD = ['permission.admin_only'];

/** Every code passed to fail(), reject() or problem(), or given as a refusal's code, in src/core. */
function codesInCore(): string[] {
  const root = join(import.meta.dirname, '..', '..', 'src', 'core');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const codes = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(/\b(?:fail|reject|problem)\(\s*'([a-z0-9_]+\.[a-z0-9_.]+)'/g))
      codes.add(m[1] ?? '');
    for (const m of source.matchAll(/\b(?:code|problem): '([a-z0-9_]+\.[a-z0-9_.]+)'/g))
      codes.add(m[1] ?? '');
  }
  return [...codes].sort();
}

function exampleOf(reply: Reply): string | null {
  for (const block of reply.blocks) {
    if (block.type === 'text' && block.text.startsWith('For example: ')) return block.text.slice(13);
  }
  return null;
}

describe('every refusal says what was wrong and shows an example that fits', () => {
  it('has a row for every refusal code in src/core', () => {
    const covered = [...Object.keys(REFUSALS), ...NOT_REFUSALS, ...GUARDS, ...CHOICES_INSTEAD];
    const codes = codesInCore();
    expect(
      codes.filter((c) => !covered.includes(c)),
      'codes without a row',
    ).toEqual([]);
    expect(
      covered.filter((c) => !codes.includes(c)),
      'rows for codes no longer in src/core',
    ).toEqual([]);
  });

  let h: Harness;
  beforeEach(async () => {
    h = await openHarness('sqlite', PHRASING_CLOCK);
    for (const line of SEED) expect((await h.say('alice', line)).kind, line).toBe('success');
    // carol and bob have spoken before, as people who own items have.
    await h.say('bob', 'mine');
    await h.say('carol', 'mine');
  });
  afterEach(() => h.close());

  it.each(Object.entries(REFUSALS))('%s', async (code, row) => {
    const by = row.by ?? 'alice';
    for (const line of row.prepared ?? []) await h.say('alice', line);
    for (const line of row.given ?? []) await h.say(by, line, row.options);
    if (row.without === 'schedules') h.deps.schedules = undefined;
    const workspace = (await h.store.workspaces.findByExternal('console', 'local'))?.id ?? '';
    const before = await snapshot(h.store, workspace);
    const pendingBefore = await pendingImports(h);

    const reply = await h.say(by, row.say, row.options);

    expect({ kind: reply.kind, code: reply.code }).toEqual({ kind: 'problem', code });
    const example = exampleOf(reply);
    expect(example, `${code} gives an example`).not.toBeNull();
    for (const alternative of (example ?? '').split(' | ')) {
      const parsed = parseCommand(alternative, { now: PHRASING_CLOCK, timeZone: 'Europe/London' });
      expect(parsed.ok, `the example "${alternative}" parses`).toBe(true);
      if (parsed.ok) expect(familyOf(parsed.command), `the example "${alternative}"`).toBe(row.family);
    }
    expect(await snapshot(h.store, workspace), 'nothing changed').toEqual(before);
    expect(await pendingImports(h), 'the import waiting is as it was').toEqual(pendingBefore);
  });
});

async function pendingImports(h: Harness): Promise<unknown[]> {
  const workspace = (await h.store.workspaces.findByExternal('console', 'local'))?.id ?? '';
  const members = await h.store.members.list(workspace);
  return Promise.all(members.map((m) => h.store.pendingImports.get(workspace, m.id)));
}
