import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/export/csv.ts';
import { COLUMNS } from '../../src/core/export/items-table.ts';
import type { ExportFile } from '../../src/core/export/snapshot.ts';
import { readXlsx } from '../../src/core/export/xlsx.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, STORE_KINDS } from '../support/core-harness.ts';

/*
 * `export csv` / `export xlsx` (every item, every field), `export json` (a backup) and `restore` (into an
 * empty workspace, to the same state).
 */

function only(reply: Reply): ExportFile {
  expect(reply.kind, reply.text).toBe('success');
  const [file] = reply.files ?? [];
  if (!file || reply.files?.length !== 1) throw new Error(`expected one file: ${reply.text}`);
  return file;
}

/** A backup with every id replaced by the order it first appears in, so two copies compare equal. */
function canonical(file: ExportFile): unknown {
  const names = new Map<string, string>();
  const text = new TextDecoder().decode(file.bytes);
  const ids = new Set<string>();
  JSON.parse(text, (key, value) => {
    if (typeof value === 'string' && /(?:^id|Id|From|To)$/.test(key) && !/^(?:due|status)/.test(key))
      ids.add(value);
    return value;
  });
  return JSON.parse(text, (_key, value) => {
    if (typeof value !== 'string' || !ids.has(value)) return value;
    if (!names.has(value)) names.set(value, `#${names.size}`);
    return names.get(value);
  });
}

async function buildWorkspace(h: Harness) {
  const say = (user: string, text: string) => h.say(user, text, { workspace: 'A' });
  await say(
    'alice',
    'report new "Custody inspection" key CUST24 published 5 April 2024 publisher HMICFRS s55',
  );
  await say('bob', 'hello');
  await say('alice', 'add CUST24 "Forces are failing detainees." as concern number 1');
  await say(
    'alice',
    'add CUST24 "By 31 October 2024, Chief Constables should review custody training." due 31 October 2024 under C1 number 2',
  );
  await say(
    'alice',
    'add CUST24 "Chief Constables should publish detention data, = monthly." due within 6 months; due 6 months after the tool is implemented number 3',
  );
  await say('alice', 'assign CUST24-2 @bob team Custody');
  await say('bob', 'CUST24-2 in progress: training plan approved, see https://example.org/plan');
  await say('alice', 'CUST24-2 due 31 March 2025 because the trainers left');
  await say('alice', 'respond CUST24-2 force: We accept this; "review" starts in May.');
  await say('alice', 'respond CUST24-3 pcc: I expect the data, line one.\nLine two.');
  await say('alice', 'respond CUST24 pcc: I welcome the report.');
  await say('alice', 'CUST24-3 note: waiting for the data team');
  await say('alice', 'set due-soon 21');
}

describe.each(STORE_KINDS)('export csv, xlsx and json; restore (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind, new Date('2024-06-14T10:00:00Z'));
    await buildWorkspace(h);
  });
  afterEach(() => h.close());

  it('writes every item, one row each, every field in its column, as CSV and as Excel', async () => {
    const csv = only(await h.say('bob', 'export CUST24 csv', { workspace: 'A' }));
    expect(csv.name).toBe('CUST24-items.csv');
    const parsed = parseCsv(new TextDecoder().decode(csv.bytes));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const xlsx = only(await h.say('bob', 'export all xlsx', { workspace: 'A' }));
    const sheet = await readXlsx(xlsx.bytes);
    if (!sheet.ok) throw new Error(sheet.message);

    for (const rows of [parsed.rows, sheet.rows]) {
      const [header = [], ...items] = rows;
      expect(items).toHaveLength(3);
      const col = (name: string) => header.indexOf(name);
      for (const name of Object.values(COLUMNS)) expect(header).toContain(name);
      const two = items.find((r) => r[col('Reference')] === 'CUST24-2') ?? [];
      expect(two[col('Text')]).toBe('By 31 October 2024, Chief Constables should review custody training.');
      expect(two[col('Under cause of concern')]).toBe('C1');
      expect(two[col('Owner')]).toBe('bob');
      expect(two[col('Team')]).toBe('Custody');
      expect(two[col('Status')]).toBe('in progress');
      expect(two[col('Due')]).toBe('2025-03-31');
      expect(two[col('Originally due')]).toBe('2024-10-31');
      expect(two[col('Revisions')]).toBe('1');
      expect(two[col('Force response')]).toBe('We accept this; "review" starts in May.');
      const three = items.find((r) => r[col('Reference')] === 'CUST24-3') ?? [];
      expect(three[col('PCC response')]).toBe('I expect the data, line one.\nLine two.');
      expect(three[col('Deadline 1 kind')]).toBe('relative');
      expect(three[col('Deadline 1 due')]).toBe('2024-10-05');
      expect(three[col('Deadline 2 kind')]).toBe('conditional');
      expect(three[col('Deadline 2 condition')]).toContain('tool is implemented');
      expect(three[col('Last update')]).toBe('waiting for the data team');
    }
  });

  it('restores a backup into an empty workspace to the same state', async () => {
    const backup = only(await h.say('alice', 'export json', { workspace: 'A' }));
    expect(backup.name).toBe('rectrack-backup-2024-06-14.json');

    // Alice restores it into a new workspace: the people in the backup are matched by platform id.
    const restored = await h.say('alice', 'restore', { workspace: 'B', files: [backup] });
    expect(restored.text).toContain('Restored 1 report and 3 items');
    const again = only(await h.say('alice', 'export json', { workspace: 'B' }));
    const strip = (b: unknown) => ({
      ...(b as object),
      workspace: { ...(b as { workspace: object }).workspace, name: '' },
    });
    expect(strip(canonical(again))).toEqual(strip(canonical(backup)));
    // The restored workspace works as the first did: its people own their items (settings are in the backup).
    expect((await h.say('bob', 'CUST24-2 done: all trained', { workspace: 'B' })).text).toContain(
      'pending sign-off',
    );
    // Workspace A is untouched.
    const a = await h.store.workspaces.findByExternal('console', 'A');
    const report = a && (await h.store.reports.findByKey(a.id, 'CUST24'));
    const item = report && (await h.store.items.findByRef(a.id, report.id, '2'));
    expect(item?.status).toBe('in_progress');
  });

  it('refuses a workspace that has reports, a file that is no backup, and a member, changing nothing', async () => {
    const backup = only(await h.say('alice', 'export json', { workspace: 'A' }));
    const full = await h.say('alice', 'restore', { workspace: 'A', files: [backup] });
    expect(full.code).toBe('restore.not_empty');
    expect(full.text).toContain('CUST24');

    await h.say('carol', 'hello', { workspace: 'B' });
    const member = await h.say('dave', 'restore', { workspace: 'B', files: [backup] });
    expect(member.code).toBe('permission.admin_only');

    const broken = new TextEncoder().encode(
      new TextDecoder().decode(backup.bytes).replace('"in_progress"', '"halfway"'),
    );
    const invalid = await h.say('carol', 'restore', {
      workspace: 'B',
      files: [{ name: 'b.json', bytes: broken }],
    });
    expect(invalid.code).toBe('restore.invalid');
    expect(invalid.text).toMatch(/reports\.0\.items\.\d\.item\.status/);
    const notJson = await h.say('carol', 'restore', {
      workspace: 'B',
      files: [{ name: 'b.json', bytes: new Uint8Array([1, 2]) }],
    });
    expect(notJson.code).toBe('restore.not_json');
    expect((await h.say('carol', 'reports', { workspace: 'B' })).text).not.toContain('CUST24');
  });
});
