import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { migrations } from '../../migrations/index.ts';
import { type Run, runRectrack } from '../support/run-rectrack.ts';

// Root may write any file, so as root the permission cases run the CLI as "nobody", whom permissions bind.
// That needs the checkout readable by nobody; a clone inside a root-only folder (mktemp -d) is not, and
// there those two cases say so and skip rather than fail for a reason that is not the product's.
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const repo = join(import.meta.dirname, '..', '..');
// Nobody must reach the code and its dependencies (node_modules may be a link into a root-only folder).
const probe = ['bin/rectrack.mjs', 'node_modules/kysely/package.json'].map((f) => join(repo, f));
const nobodyCanRun =
  asRoot &&
  spawnSync(
    process.execPath,
    ['-e', `for (const f of ${JSON.stringify(probe)}) require('node:fs').accessSync(f, 4)`],
    {
      uid: NOBODY,
      gid: NOBODY,
    },
  ).status === 0;
const permissionsBind = !asRoot || nobodyCanRun;
const restricted = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
if (!permissionsBind) {
  console.warn(
    `start-up-database: skipping the read-only file and locked folder cases: running as root and ${repo} is not readable by nobody`,
  );
}

function expectSettingsMessage(run: Run, problem: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("rectrack can't start; fix these settings:");
  expect(run.stderr).toMatch(problem);
  // The operator's to fix, so a sentence, not a stack trace.
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

function migrationsApplied(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.all('select name from kysely_migration order by name', (e, rows: Array<{ name: string }>) => {
        db.close();
        if (e) reject(e);
        else resolve(rows.map((r) => r.name));
      });
    });
  });
}

describe('rectrack start-up on a database it cannot use', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rectrack-startup-'));
    if (asRoot && permissionsBind) chownSync(dir, NOBODY, NOBODY);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const rectrack = (args: string[]) => runRectrack(args, { cwd: dir, env: { HOME: dir } });
  const asSomeoneBound = (args: string[]) =>
    runRectrack(args, { cwd: dir, env: { HOME: dir }, ...restricted });

  it('a file that is not a database: the settings message and exit code 2', async () => {
    writeFileSync(join(dir, 'notes.sqlite'), 'These are my notes, not a database. '.repeat(10));
    const run = await rectrack(['chat', '--db', join(dir, 'notes.sqlite'), '-e', 'help']);
    expectSettingsMessage(run, /notes\.sqlite is not a SQLite database/);
  });

  it.skipIf(!permissionsBind)(
    'a read-only database file: the settings message and exit code 2, at start rather than at the first write',
    async () => {
      const file = join(dir, 'rectrack.sqlite');
      expect((await asSomeoneBound(['migrate', '--db', file])).code).toBe(0);
      chmodSync(file, 0o400);
      const run = await asSomeoneBound(['migrate', '--db', file]);
      expectSettingsMessage(run, /rectrack\.sqlite is read-only for this user/);
    },
  );

  it.skipIf(!permissionsBind)(
    'a folder it may not write in: the settings message and exit code 2',
    async () => {
      const locked = join(dir, 'locked');
      mkdirSync(locked, { mode: 0o555 });
      if (asRoot) chownSync(locked, NOBODY, NOBODY);
      chmodSync(locked, 0o555);
      const run = await asSomeoneBound(['migrate', '--db', join(locked, 'rectrack.sqlite')]);
      expectSettingsMessage(run, /can't open or create .*locked\/rectrack\.sqlite/);
    },
  );

  it('three `rectrack migrate` at once on a new file all succeed, and apply each migration once', async () => {
    for (const round of [1, 2]) {
      const file = join(dir, `new-${round}.sqlite`);
      const runs = await Promise.all([1, 2, 3].map(() => rectrack(['migrate', '--db', file])));
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.stderr).join('\n'),
      ).toEqual([0, 0, 0]);
      expect(await migrationsApplied(file)).toEqual(Object.keys(migrations).sort());
    }
  }, 60_000);

  it('three connections migrating one new file at the same moment all succeed', async () => {
    // In one process the three start together, so the race the CLI shows now and then happens every time.
    for (const round of [1, 2, 3]) {
      const file = join(dir, `race-${round}.sqlite`);
      const dbs = await Promise.all([1, 2, 3].map(() => openSqlite<DB>(file)));
      try {
        const applied = await Promise.all(dbs.map((db) => migrateToLatest(db)));
        expect(applied.flat().sort()).toEqual(Object.keys(migrations).sort());
      } finally {
        await Promise.all(dbs.map((db) => db.destroy()));
      }
    }
  });
});
