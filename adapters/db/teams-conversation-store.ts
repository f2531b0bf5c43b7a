import type { Kysely } from 'kysely';
import type {
  TeamsConversationKind,
  TeamsConversationRecord,
  TeamsConversationStore,
} from '../../src/ports/teams-conversations.ts';
import type { DB, TeamsConversationRow } from './schema.ts';

const KINDS: readonly TeamsConversationKind[] = ['personal', 'channel', 'groupChat'];

function fromRow(row: TeamsConversationRow): TeamsConversationRecord {
  const kind = KINDS.find((k) => k === row.kind);
  if (!kind) throw new Error(`teams_conversations row has an unknown kind: ${row.kind}`);
  return {
    tenantId: row.tenant_id,
    conversationId: row.conversation_id,
    kind,
    teamId: row.team_id,
    userId: row.user_id,
    reference: row.reference,
    updatedAt: row.updated_at,
  };
}

export function createKyselyTeamsConversationStore(db: Kysely<DB>): TeamsConversationStore {
  return {
    async save(record) {
      const row: TeamsConversationRow = {
        tenant_id: record.tenantId,
        conversation_id: record.conversationId,
        kind: record.kind,
        team_id: record.teamId,
        user_id: record.userId,
        reference: record.reference,
        updated_at: record.updatedAt,
      };
      // Insert-or-nothing first, so two deliveries racing for a new conversation (Teams sends
      // conversationUpdate and installationUpdate together) see exactly one 'created'.
      const inserted = await db
        .insertInto('teams_conversations')
        .values(row)
        .onConflict((oc) => oc.columns(['tenant_id', 'conversation_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'created';
      await db
        .updateTable('teams_conversations')
        .set({
          kind: row.kind,
          team_id: row.team_id,
          user_id: row.user_id,
          reference: row.reference,
          updated_at: row.updated_at,
        })
        .where('tenant_id', '=', row.tenant_id)
        .where('conversation_id', '=', row.conversation_id)
        .execute();
      return 'updated';
    },
    async find(tenantId, conversationId) {
      const row = await db
        .selectFrom('teams_conversations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async findPersonal(tenantId, userId) {
      const row = await db
        .selectFrom('teams_conversations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('kind', '=', 'personal')
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async delete(tenantId, conversationId) {
      await db
        .deleteFrom('teams_conversations')
        .where('tenant_id', '=', tenantId)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    async deleteTeam(tenantId, teamId) {
      await db
        .deleteFrom('teams_conversations')
        .where('tenant_id', '=', tenantId)
        .where('team_id', '=', teamId)
        .execute();
    },
  };
}
