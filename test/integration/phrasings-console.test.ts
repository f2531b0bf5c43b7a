import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsoleOffice,
  consoleWorkspaceId,
  openConsoleOffice,
  typeAtConsole,
} from '../support/phrasing-console.ts';
import { PHRASING_ROWS } from '../support/phrasing-rows.ts';
import { expectState, SEED, type Snapshot, snapshot } from '../support/phrasing-world.ts';

/*
 * Every phrasing row typed at the real console chat (its own input handling and rendering) on a real
 * SQLite file: each row on a fresh copy of the seeded office, then the store is read back and compared
 * with the state the row must leave behind. Refusals and questions must change nothing.
 */
const dir = mkdtempSync(join(tmpdir(), 'rectrack-phrasings-'));
const template = join(dir, 'seeded.sqlite');
let seeded: Snapshot;
let rowNumber = 0;

beforeAll(async () => {
  const office = await openConsoleOffice(template);
  const answers = await typeAtConsole(office, 'alice', SEED);
  const failed = answers.filter((a) => !a.includes('✓'));
  expect(failed, 'every seed line succeeds').toEqual([]);
  seeded = await snapshot(office.deps.store, await consoleWorkspaceId(office));
  await office.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('everyday phrasings at the console leave the state they must', () => {
  it.each(PHRASING_ROWS.map((r) => [`${r.by ?? 'alice'}: ${r.say}`, r] as const))('%s', async (_, row) => {
    rowNumber += 1;
    const office: ConsoleOffice = await openConsoleOffice(join(dir, `row-${rowNumber}.sqlite`), template);
    try {
      const answers = await typeAtConsole(office, row.by ?? 'alice', [...(row.given ?? []), row.say]);
      const answer = answers.at(-1) ?? '';
      const after = await snapshot(office.deps.store, await consoleWorkspaceId(office));
      const store = office.deps.store;
      const workspace = await consoleWorkspaceId(office);
      if (typeof row.then === 'object') {
        expect(answer, 'a success').toMatch(/(?:^|\n)✓ /);
        await expectState(store, workspace, seeded, after, row.then);
        return;
      }
      if (row.then === 'refused') expect(answer, 'a refusal').toMatch(/\n✗ /);
      if (row.then === 'asked') expect(answer, 'a question with numbered choices').toMatch(/\[1\] /);
      if (row.then === 'unchanged') expect(answer).not.toMatch(/✗|✓/);
      await expectState(store, workspace, seeded, after, {});
    } finally {
      await office.close();
    }
  });
});
