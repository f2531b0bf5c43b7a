import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '../../adapters/db/schema.ts';
import { createKyselyTeamsConversationStore } from '../../adapters/db/teams-conversation-store.ts';
import type { TeamsConversationRecord, TeamsConversationStore } from '../../src/ports/teams-conversations.ts';
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from '../support/test-databases.ts';

const A = 'tenant-a';
const B = 'tenant-b';

function record(change: Partial<TeamsConversationRecord> = {}): TeamsConversationRecord {
  return {
    tenantId: A,
    conversationId: 'a:personal-1',
    kind: 'personal',
    teamId: null,
    userId: 'user-1',
    reference: '{"serviceUrl":"https://smba.example/"}',
    updatedAt: '2024-03-14T10:00:00.000Z',
    ...change,
  };
}

describe.each(TEST_DATABASES)('KyselyTeamsConversationStore on %s (migration 0004)', (kind) => {
  let opened: TestDatabase;
  let db: Kysely<DB>;
  let store: TeamsConversationStore;
  beforeEach(async () => {
    opened = await openTestDatabase(kind);
    db = opened.db;
    store = createKyselyTeamsConversationStore(db);
  });
  afterEach(() => opened.close());

  it('says created the first time and updated after, keeping the newest reference', async () => {
    expect(await store.save(record())).toBe('created');
    expect(
      await store.save(
        record({ reference: '{"serviceUrl":"https://new/"}', updatedAt: '2024-03-15T10:00:00.000Z' }),
      ),
    ).toBe('updated');
    expect(await store.find(A, 'a:personal-1')).toEqual(
      record({ reference: '{"serviceUrl":"https://new/"}', updatedAt: '2024-03-15T10:00:00.000Z' }),
    );
    expect(await store.findPersonal(A, 'user-1')).toMatchObject({ conversationId: 'a:personal-1' });
  });

  it('keeps tenants apart: the same ids in another tenant are another conversation', async () => {
    await store.save(record());
    expect(await store.find(B, 'a:personal-1')).toBeUndefined();
    expect(await store.findPersonal(B, 'user-1')).toBeUndefined();
    expect(await store.save(record({ tenantId: B }))).toBe('created');
    await store.delete(A, 'a:personal-1');
    expect(await store.find(B, 'a:personal-1')).toBeDefined();
  });

  it('forgets every channel of a team at once, and only that team’s', async () => {
    await store.save(
      record({ conversationId: '19:general', kind: 'channel', teamId: 'team-1', userId: null }),
    );
    await store.save(
      record({ conversationId: '19:planning', kind: 'channel', teamId: 'team-1', userId: null }),
    );
    await store.save(record({ conversationId: '19:other', kind: 'channel', teamId: 'team-2', userId: null }));
    await store.deleteTeam(A, 'team-1');
    expect(await store.find(A, '19:general')).toBeUndefined();
    expect(await store.find(A, '19:planning')).toBeUndefined();
    expect(await store.find(A, '19:other')).toBeDefined();
  });
});
