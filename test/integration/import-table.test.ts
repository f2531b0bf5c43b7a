import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/core/export/csv.ts';
import { toXlsx } from '../../src/core/export/xlsx.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { type Harness, openHarness, STORE_KINDS } from '../support/core-harness.ts';

/* `import csv` / `import xlsx`: items created or updated by reference, all rows or none. */

async function exported(h: Harness): Promise<string[][]> {
  const reply = await h.say('alice', 'export CUST24 csv');
  const parsed = parseCsv(new TextDecoder().decode(reply.files?.[0]?.bytes));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.rows;
}

function edit(rows: string[][], ref: string, column: string, value: string): void {
  const [header = []] = rows;
  const row = rows.find((r) => r[0] === ref);
  if (!row) throw new Error(`no row ${ref}`);
  row[header.indexOf(column)] = value;
}

const csv = (rows: string[][]) => ({ name: 'items.csv', bytes: toCsv(rows[0] ?? [], rows.slice(1)) });

describe.each(STORE_KINDS)('import csv and xlsx (%s store)', (kind) => {
  let h: Harness;
  let history: (ref: string) => Promise<string>;
  beforeEach(async () => {
    h = await openHarness(kind, new Date('2024-06-14T10:00:00Z'));
    await h.say('alice', 'report new "Custody inspection" key CUST24 published 5 April 2024 s55');
    await h.say('bob', 'hello');
    await h.say(
      'alice',
      'add CUST24 "Chief Constables should review custody training." due 31 October 2024 number 2',
    );
    await h.say('alice', 'add CUST24 "Chief Constables should publish detention data." number 3');
    await h.say('alice', 'assign CUST24-2 @bob');
    history = async (ref) =>
      (await h.say('alice', `history ${ref}`)).blocks.map((b) => JSON.stringify(b)).join('\n');
  });
  afterEach(() => h.close());

  it('reads back its own export as unchanged, as CSV and as Excel', async () => {
    const rows = await exported(h);
    const again = await h.say('alice', 'import csv', { files: [csv(rows)] });
    expect(again.text).toBe('Imported 2 rows: 0 items created, 0 updated, 2 unchanged.');
    const xlsx = { name: 'items.xlsx', bytes: await toXlsx('Items', rows[0] ?? [], rows.slice(1)) };
    expect((await h.say('alice', 'import xlsx', { files: [xlsx] })).text).toContain('2 unchanged');
  });

  it('creates new items and changes what differs, each change in the item history', async () => {
    const rows = await exported(h);
    const header = rows[0] ?? [];
    edit(rows, 'CUST24-2', 'Status', 'in progress');
    edit(rows, 'CUST24-2', 'Force response', 'Accepted; training starts in July.');
    edit(rows, 'CUST24-2', 'Due', '2025-01-31');
    rows[0] = [...header, 'Reason'];
    for (const r of rows.slice(1)) r.push(r[0] === 'CUST24-2' ? 'trainers left' : '');
    edit(rows, 'CUST24-3', 'Owner', 'bob');
    edit(rows, 'CUST24-3', 'Team', 'Custody');
    const added = rows[0].map(() => '');
    added[rows[0].indexOf('Reference')] = 'CUST24-A1';
    added[rows[0].indexOf('Text')] = 'The force should improve its handover records.';
    added[rows[0].indexOf('Due')] = '2024-12-31';
    added[rows[0].indexOf('PCC response')] = 'I will check the records myself.';
    rows.push(added);

    const reply = await h.say('alice', 'import csv', { files: [csv(rows)] });
    expect(reply.text).toBe('Imported 3 rows: 1 item created, 2 updated, 0 unchanged.');
    const item = JSON.stringify((await h.say('alice', 'CUST24-2')).blocks);
    expect(item).toContain('in progress');
    expect(item).toContain('Accepted; training starts in July.');
    expect(await history('CUST24-2')).toContain('trainers left');
    expect(await history('CUST24-3')).toContain('bob');
    const afi = await h.say('alice', 'CUST24-A1');
    expect(afi.kind).not.toBe('problem');
    expect(JSON.stringify(afi.blocks)).toContain('I will check the records myself.');
  });

  it('applies nothing when any row has a problem, and says what each row needs', async () => {
    const rows = await exported(h);
    edit(rows, 'CUST24-2', 'Status', 'finished');
    edit(rows, 'CUST24-3', 'Force response', 'This would be fine alone.');
    edit(rows, 'CUST24-3', 'Due', '2025-02-01');
    const orphan = (rows[0] ?? []).map(() => '');
    orphan[0] = 'NOPE24-1';
    orphan[(rows[0] ?? []).indexOf('Text')] = 'Something.';
    const untitled = (rows[0] ?? []).map(() => '');
    untitled[0] = 'CUST24-9';
    rows.push(orphan, untitled);

    const reply: Reply = await h.say('alice', 'import csv', { files: [csv(rows)] });
    expect(reply.kind).toBe('problem');
    expect(reply.code).toBe('import_table.rows');
    expect(reply.text).toContain('4 of 4 rows have a problem, so nothing was imported');
    expect(reply.text).toContain('Row 2 (CUST24-2): Status "finished" is not one of: awaiting allocation,');
    expect(reply.text).toContain(
      'Row 3 (CUST24-3): Due moves from none to 2025-02-01; a revised deadline needs a reason',
    );
    expect(reply.text).toContain('Row 4 (NOPE24-1): there is no report NOPE24');
    expect(reply.text).toContain('Row 5 (CUST24-9): it is a new item, so it needs its Text.');
    expect(JSON.stringify((await h.say('alice', 'CUST24-3')).blocks)).not.toContain(
      'This would be fine alone.',
    );
  });

  it('refuses a member, a file without references, and a command without a file', async () => {
    const rows = await exported(h);
    expect((await h.say('bob', 'import csv', { files: [csv(rows)] })).code).toBe('permission.admin_only');
    const noRef = [['Text'], ['Something']];
    expect((await h.say('alice', 'import csv', { files: [csv(noRef)] })).code).toBe(
      'import_table.no_reference',
    );
    expect((await h.say('alice', 'import csv')).code).toBe('file.missing');
  });
});
