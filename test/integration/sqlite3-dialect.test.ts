import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseConnection, Generated } from 'kysely';
import { Kysely, sql } from 'kysely';
import type { Database } from 'sqlite3';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import { Sqlite3Dialect } from '../../adapters/db/sqlite3-dialect.ts';

interface TestDb {
  person: { id: Generated<number>; name: string; age: number | null };
  pet: { id: Generated<number>; owner_id: number; name: string };
}

async function createSchema(db: Kysely<TestDb>): Promise<void> {
  await db.schema
    .createTable('person')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('age', 'integer')
    .execute();
  await db.schema
    .createTable('pet')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
}

async function names(db: Kysely<TestDb>): Promise<string[]> {
  const rows = await db.selectFrom('person').select('name').orderBy('id').execute();
  return rows.map((row) => row.name);
}

/** A promise plus the function that resolves it, for handing control between concurrent tasks. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = (): void => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

function openRaw(file: string): Promise<Database> {
  return new Promise((resolve, reject) => {
    const database: Database = new sqlite3.Database(file, (error) =>
      error ? reject(error) : resolve(database),
    );
  });
}

function rawGet(database: Database, query: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    database.get(query, (error: Error | null, row: unknown) => (error ? reject(error) : resolve(row)));
  });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rectrack-sqlite3-'));
}

describe.each([
  { target: ':memory:', onDisk: false },
  { target: 'a temp file', onDisk: true },
])('Sqlite3Dialect on $target', ({ onDisk }) => {
  let db: Kysely<TestDb>;
  let dir: string | undefined;
  let file: string | undefined;

  beforeEach(async () => {
    if (onDisk) {
      dir = tempDir();
      file = join(dir, 'nested', 'deeper', 'test.sqlite');
    }
    db = await openSqlite<TestDb>(file ?? ':memory:');
    await createSchema(db);
  });

  afterEach(async () => {
    await db.destroy();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    file = undefined;
  });

  it('round-trips insert, select, update and delete with counts and insert ids', async () => {
    const ada = await db.insertInto('person').values({ name: 'Ada', age: 36 }).executeTakeFirstOrThrow();
    expect(ada.insertId).toBe(1n);
    expect(ada.numInsertedOrUpdatedRows).toBe(1n);
    const grace = await db
      .insertInto('person')
      .values({ name: 'Grace', age: null })
      .executeTakeFirstOrThrow();
    expect(grace.insertId).toBe(2n);

    expect(await db.selectFrom('person').selectAll().orderBy('id').execute()).toEqual([
      { id: 1, name: 'Ada', age: 36 },
      { id: 2, name: 'Grace', age: null },
    ]);

    const updated = await db.updateTable('person').set({ age: 40 }).executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);
    const none = await db
      .updateTable('person')
      .set({ age: 1 })
      .where('name', '=', 'Nobody')
      .executeTakeFirst();
    expect(none.numUpdatedRows).toBe(0n);

    const deleted = await db.deleteFrom('person').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(deleted.numDeletedRows).toBe(1n);
    expect(await db.selectFrom('person').selectAll().execute()).toEqual([{ id: 2, name: 'Grace', age: 40 }]);
  });

  it('returns rows from insert, update and delete with returning', async () => {
    const inserted = await db
      .insertInto('person')
      .values([{ name: 'Ada' }, { name: 'Grace' }])
      .returning(['id', 'name'])
      .execute();
    expect(inserted).toEqual([
      { id: 1, name: 'Ada' },
      { id: 2, name: 'Grace' },
    ]);
    const updated = await db
      .updateTable('person')
      .set({ age: 50 })
      .where('id', '=', 2)
      .returning('age')
      .execute();
    expect(updated).toEqual([{ age: 50 }]);
    const deleted = await db.deleteFrom('person').where('id', '=', 1).returningAll().execute();
    expect(deleted).toEqual([{ id: 1, name: 'Ada', age: null }]);
    expect(await names(db)).toEqual(['Grace']);
  });

  it('reads rows and counts from raw SQL', async () => {
    const insert = await sql`insert into person (name) values (${'Ada'})`.execute(db);
    expect(insert.numAffectedRows).toBe(1n);
    expect(insert.insertId).toBe(1n);
    const update = await sql`update person set age = ${7}`.execute(db);
    expect(update.numAffectedRows).toBe(1n);
    expect(update.insertId).toBeUndefined();
    const select = await sql<{ n: number }>`-- leading comment
      /* and a block one */ select count(*) as n from person`.execute(db);
    expect(select.rows).toEqual([{ n: 1 }]);
    const returning = await sql<{
      id: number;
    }>`insert into person (name) values ('Grace') returning id`.execute(db);
    expect(returning.rows).toEqual([{ id: 2 }]);
    const ddl = await sql`create table scratch (x)`.execute(db);
    expect(ddl.numAffectedRows).toBeUndefined();
  });

  it('commits a transaction and returns its result', async () => {
    const result = await db.transaction().execute(async (trx) => {
      await trx.insertInto('person').values({ name: 'Ada' }).execute();
      await trx.insertInto('person').values({ name: 'Grace' }).execute();
      return 'done';
    });
    expect(result).toBe('done');
    expect(await names(db)).toEqual(['Ada', 'Grace']);
  });

  it('rolls a transaction back completely when its callback throws', async () => {
    await db.insertInto('person').values({ name: 'Before' }).execute();
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('person').values({ name: 'Ada' }).execute();
      await trx.updateTable('person').set({ age: 99 }).execute();
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await db.selectFrom('person').selectAll().execute()).toEqual([
      { id: 1, name: 'Before', age: null },
    ]);
  });

  it('rolls back when a statement inside the transaction fails, and the next transaction works', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('person').values({ name: 'Ada' }).execute();
      await trx.insertInto('pet').values({ owner_id: 999, name: 'Orphan' }).execute();
    });
    await expect(failing).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    await db.transaction().execute((trx) => trx.insertInto('person').values({ name: 'Grace' }).execute());
    expect(await names(db)).toEqual(['Grace']);
  });

  it('lands all of 50 concurrent inserts with distinct insert ids', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db
          .insertInto('person')
          .values({ name: `p${i}` })
          .executeTakeFirstOrThrow(),
      ),
    );
    const ids = results.map((result) => Number(result.insertId)).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const { n } = await db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(50);
  });

  it('runs concurrent transactions one after another', async () => {
    // Each transaction reads then writes; interleaved on one connection, the second BEGIN would fail.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          const { n } = await trx
            .selectFrom('person')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          await sleep(1);
          await trx
            .insertInto('person')
            .values({ name: `t${i}`, age: n })
            .execute();
        }),
      ),
    );
    const ages = await db.selectFrom('person').select('age').orderBy('id').execute();
    expect(ages.map((row) => row.age)).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it('queues queries issued during a transaction behind it, so its rollback undoes only its own writes', async () => {
    const inside = signal();
    let transactionSettled = false;
    const transaction = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('person').values({ name: 'in-trx-1' }).execute();
        inside.fire();
        await sleep(50);
        await trx.insertInto('person').values({ name: 'in-trx-2' }).execute();
        throw new Error('abort');
      })
      .finally(() => {
        transactionSettled = true;
      });

    await inside.promise;
    const outside = Array.from({ length: 10 }, (_, i) =>
      db
        .insertInto('person')
        .values({ name: `outside-${i}` })
        .execute()
        .then(() => transactionSettled),
    );
    const countDuring = db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name', 'like', 'in-trx%')
      .executeTakeFirstOrThrow();

    await expect(transaction).rejects.toThrow('abort');
    // Every outside insert finished only after the transaction ended: none ran inside it.
    expect(await Promise.all(outside)).toEqual(Array.from({ length: 10 }, () => true));
    expect((await countDuring).n).toBe(0);
    expect(await names(db)).toEqual(Array.from({ length: 10 }, (_, i) => `outside-${i}`));
  });

  it('supports savepoints in a controlled transaction, with any savepoint name', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('person').values({ name: 'kept' }).execute();
    const name = `it's a "quoted" name`;
    const atSavepoint = await trx.savepoint(name).execute();
    await atSavepoint.insertInto('person').values({ name: 'undone' }).execute();
    const rolledBack = await atSavepoint.rollbackToSavepoint(name).execute();
    const released = await rolledBack.releaseSavepoint(name).execute();
    await released.insertInto('person').values({ name: 'after' }).execute();
    await released.commit().execute();
    expect(await names(db)).toEqual(['kept', 'after']);
  });

  it('refuses transaction settings SQLite cannot honour, and accepts serializable', async () => {
    const readCommitted = db
      .transaction()
      .setIsolationLevel('read committed')
      .execute(async () => 1);
    await expect(readCommitted).rejects.toThrow(/always serializable/);
    const serializable = await db
      .transaction()
      .setIsolationLevel('serializable')
      .execute(async (trx) => trx.insertInto('person').values({ name: 'Ada' }).execute());
    expect(serializable).toHaveLength(1);
    expect(await names(db)).toEqual(['Ada']);
  });

  it('enforces foreign keys', async () => {
    const orphan = db.insertInto('pet').values({ owner_id: 42, name: 'Rex' }).execute();
    await expect(orphan).rejects.toThrow(/FOREIGN KEY constraint failed/);
    await db.insertInto('person').values({ name: 'Ada' }).execute();
    await db.insertInto('pet').values({ owner_id: 1, name: 'Rex' }).execute();
    await db.deleteFrom('person').execute();
    expect(await db.selectFrom('pet').selectAll().execute()).toEqual([]);
  });

  it('applies the pragmas openSqlite promises', async () => {
    // Each pragma answers one row with one column (busy_timeout's is called `timeout`).
    const pragma = async (name: string): Promise<unknown> => {
      const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(db);
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma('journal_mode')).toBe(onDisk ? 'wal' : 'memory');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('synchronous')).toBe(1); // NORMAL
    if (file !== undefined) expect(existsSync(file)).toBe(true);
  });

  it('rejects a SQL error with the sqlite error and stays usable', async () => {
    const bad = sql`select * from missing_table`.execute(db);
    await expect(bad).rejects.toMatchObject({
      code: 'SQLITE_ERROR',
      message: expect.stringContaining('no such table: missing_table'),
    });
    const syntax = sql`selec 1`.execute(db);
    await expect(syntax).rejects.toThrow(/syntax error/);
    await db.insertInto('person').values({ name: 'Ada' }).execute();
    expect(await names(db)).toEqual(['Ada']);
  });

  it('streams rows in chunks, and releases the connection when the reader stops early', async () => {
    await db
      .insertInto('person')
      .values(Array.from({ length: 25 }, (_, i) => ({ name: `p${i}` })))
      .execute();
    const streamed: string[] = [];
    for await (const row of db.selectFrom('person').select('name').orderBy('id').stream(10)) {
      streamed.push(row.name);
    }
    expect(streamed).toEqual(Array.from({ length: 25 }, (_, i) => `p${i}`));

    const firstThree: string[] = [];
    for await (const row of db.selectFrom('person').select('name').orderBy('id').stream(2)) {
      firstThree.push(row.name);
      if (firstThree.length === 3) break;
    }
    expect(firstThree).toEqual(['p0', 'p1', 'p2']);
    // Breaking out released the connection (else this would wait forever) and the statement is done.
    const deleted = await db.deleteFrom('person').executeTakeFirstOrThrow();
    expect(deleted.numDeletedRows).toBe(25n);
  });

  it('binds safe values and refuses ones sqlite3 would silently corrupt', async () => {
    const { rows } = await sql<{
      b: number;
      n: number;
      t: string;
    }>`select ${true} as b, ${5n} as n, ${'x'} as t`.execute(db);
    expect(rows).toEqual([{ b: 1, n: 5, t: 'x' }]);
    await expect(sql`select ${2n ** 60n}`.execute(db)).rejects.toThrow(RangeError);
    await expect(sql`select ${new Date(0)}`.execute(db)).rejects.toThrow(/cannot bind a Date/);
    await expect(sql`select ${{ a: 1 }}`.execute(db)).rejects.toThrow(/cannot bind an? object/);
    await expect(sql`select ${undefined}`.execute(db)).rejects.toThrow(/cannot bind undefined/);
  });
});

describe('Sqlite3Dialect lifecycle', () => {
  it('opens the database lazily through the factory, once, and runs onCreateConnection once', async () => {
    let opened = 0;
    const created: DatabaseConnection[] = [];
    const db = new Kysely<TestDb>({
      dialect: new Sqlite3Dialect({
        database: async () => {
          opened += 1;
          return openRaw(':memory:');
        },
        onCreateConnection: async (connection) => {
          created.push(connection);
          await connection.executeQuery(sql`pragma user_version = 7`.compile(db));
        },
      }),
    });
    expect(opened).toBe(0);
    await Promise.all([createSchema(db), sql`select 1`.execute(db)]);
    const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
    expect(rows).toEqual([{ user_version: 7 }]);
    expect(opened).toBe(1);
    expect(created).toHaveLength(1);
    await db.destroy();
  });

  it('destroy waits for an open transaction, then closes the database', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'lifecycle.sqlite');
      const raw = await openRaw(file);
      const db = new Kysely<TestDb>({ dialect: new Sqlite3Dialect({ database: raw }) });
      await createSchema(db);

      const inside = signal();
      const transaction = db.transaction().execute(async (trx) => {
        inside.fire();
        await sleep(30);
        await trx.insertInto('person').values({ name: 'late' }).execute();
        return 'committed';
      });
      await inside.promise;
      await db.destroy();
      await expect(transaction).resolves.toBe('committed');

      await expect(rawGet(raw, 'select 1')).rejects.toMatchObject({ code: 'SQLITE_MISUSE' });
      await expect(db.selectFrom('person').selectAll().execute()).rejects.toThrow(/destroyed|closed/);

      const reopened = await openSqlite<TestDb>(file);
      try {
        expect(await names(reopened)).toEqual(['late']);
      } finally {
        await reopened.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
