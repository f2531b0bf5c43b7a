import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createSecretBox } from '../../adapters/db/secret-box.ts';
import {
  createKyselySlackInstallationStore,
  resealSlackInstallations,
} from '../../adapters/db/slack-installation-store.ts';
import { loadConfig } from '../../src/config.ts';
import type { SlackInstallationRecord } from '../../src/ports/slack-installations.ts';

const TOKENS = { bot: 'xoxb-bot-secret', user: 'xoxp-user-secret', refresh: 'xoxe-refresh-secret' };
const KEY = { enterpriseId: null, teamId: 'T0SEALED', isEnterpriseInstall: false };
const RECORD: SlackInstallationRecord = {
  ...KEY,
  installation: JSON.stringify({
    team: { id: 'T0SEALED' },
    bot: { token: TOKENS.bot, refreshToken: TOKENS.refresh },
    user: { token: TOKENS.user },
  }),
  updatedAt: '2024-03-14T10:00:00.000Z',
};

const box = (current?: Buffer, ...previous: Buffer[]) =>
  createSecretBox(current ? { current, previous } : undefined);

describe('secrets at rest, on a real SQLite file', () => {
  let dir: string;
  let db: Kysely<DB>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rectrack-secrets-'));
    db = await openSqlite<DB>(join(dir, 'data', 'rectrack.sqlite'));
    await migrateToLatest(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const raw = async () =>
    (await db.selectFrom('slack_installations').select('installation').executeTakeFirstOrThrow())
      .installation;

  it('creates the database, its -wal and -shm readable by the owner only (0600)', () => {
    for (const name of ['rectrack.sqlite', 'rectrack.sqlite-wal', 'rectrack.sqlite-shm']) {
      expect((statSync(join(dir, 'data', name)).mode & 0o777).toString(8), name).toBe('600');
    }
    expect((statSync(join(dir, 'data')).mode & 0o777).toString(8)).toBe('700');
  });

  it('with RECTRACK_SECRET_KEY, no bot, user or refresh token is in the file; they read back whole', async () => {
    const store = createKyselySlackInstallationStore(db, box(randomBytes(32)));
    await store.save(RECORD);
    const stored = await raw();
    for (const token of Object.values(TOKENS)) expect(stored).not.toContain(token);
    expect(stored).toMatch(/^enc:v1:/);
    expect(await store.find(KEY)).toEqual(RECORD);
  });

  it('without a key, rows are plain as before; a key set later reads them and seals them when written', async () => {
    await createKyselySlackInstallationStore(db).save(RECORD);
    expect(await raw()).toContain(TOKENS.bot);
    const key = randomBytes(32);
    const keyed = createKyselySlackInstallationStore(db, box(key));
    expect(await keyed.find(KEY)).toEqual(RECORD);
    await keyed.save({ ...RECORD, updatedAt: '2024-03-15T10:00:00.000Z' });
    expect(await raw()).not.toContain(TOKENS.bot);
  });

  it('at start, plain rows are sealed with the key, so none is left in the clear', async () => {
    await createKyselySlackInstallationStore(db).save(RECORD);
    const key = randomBytes(32);
    expect(await resealSlackInstallations(db, box(key))).toEqual({ resealed: 1, unreadable: 0 });
    expect(await raw()).not.toContain(TOKENS.bot);
    expect(await createKyselySlackInstallationStore(db, box(key)).find(KEY)).toEqual(RECORD);
  });

  it('rotates: the previous key still opens, and at start rows move to the new key', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    await createKyselySlackInstallationStore(db, box(oldKey)).save(RECORD);
    const both = box(newKey, oldKey);
    expect(await createKyselySlackInstallationStore(db, both).find(KEY)).toEqual(RECORD);
    expect(await resealSlackInstallations(db, both)).toEqual({ resealed: 1, unreadable: 0 });
    expect(await createKyselySlackInstallationStore(db, box(newKey)).find(KEY)).toEqual(RECORD);
    await expect(createKyselySlackInstallationStore(db, box(oldKey)).find(KEY)).rejects.toThrow(
      /RECTRACK_SECRET_KEY/,
    );
  });

  it('a sealed row does not open without its key, nor when copied into another row', async () => {
    const key = randomBytes(32);
    await createKyselySlackInstallationStore(db, box(key)).save(RECORD);
    await expect(createKyselySlackInstallationStore(db).find(KEY)).rejects.toThrow(/RECTRACK_SECRET_KEY/);
    const sealed = await raw();
    await db
      .insertInto('slack_installations')
      .values({
        id: 'team:T0OTHER',
        enterprise_id: null,
        team_id: 'T0OTHER',
        is_enterprise_install: 0,
        installation: sealed,
        updated_at: RECORD.updatedAt,
      })
      .execute();
    const other = { ...KEY, teamId: 'T0OTHER' };
    await expect(createKyselySlackInstallationStore(db, box(key)).find(other)).rejects.toThrow();
  });
});

describe('RECTRACK_SECRET_KEY settings', () => {
  const key = randomBytes(32);
  it('takes base64 or hex, and a comma-separated list of previous keys', () => {
    const loaded = loadConfig({
      RECTRACK_SECRET_KEY: key.toString('base64'),
      RECTRACK_SECRET_KEY_PREVIOUS: `${randomBytes(32).toString('hex')}, ${randomBytes(32).toString('base64')}`,
    });
    expect(loaded.ok && Buffer.from(loaded.config.secretKeys?.current ?? []).equals(key)).toBe(true);
    expect(loaded.ok && loaded.config.secretKeys?.previous.length).toBe(2);
  });

  it.each([['too-short'], [randomBytes(16).toString('base64')]])(
    'refuses %s without printing it',
    (value) => {
      const loaded = loadConfig({ RECTRACK_SECRET_KEY: value });
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(loaded.problems.join('\n')).toContain('RECTRACK_SECRET_KEY: must be 32 random bytes');
      expect(loaded.problems.join('\n')).not.toContain(value);
    },
  );
});
