import type { Kysely } from 'kysely';
import type {
  SlackInstallationKey,
  SlackInstallationRecord,
  SlackInstallationStore,
} from '../../src/ports/slack-installations.ts';
import type { DB, SlackInstallationRow } from './schema.ts';

/** The row id: an org-wide install is keyed by its enterprise, a workspace install by its team. */
function rowId(key: SlackInstallationKey): string {
  if (key.isEnterpriseInstall) return `enterprise:${key.enterpriseId ?? ''}`;
  return `team:${key.teamId ?? ''}`;
}

function fromRow(row: SlackInstallationRow): SlackInstallationRecord {
  return {
    enterpriseId: row.enterprise_id,
    teamId: row.team_id,
    isEnterpriseInstall: row.is_enterprise_install === 1,
    installation: row.installation,
    updatedAt: row.updated_at,
  };
}

export function createKyselySlackInstallationStore(db: Kysely<DB>): SlackInstallationStore {
  return {
    async save(record) {
      const row: SlackInstallationRow = {
        id: rowId(record),
        enterprise_id: record.enterpriseId,
        team_id: record.isEnterpriseInstall ? null : record.teamId,
        is_enterprise_install: record.isEnterpriseInstall ? 1 : 0,
        installation: record.installation,
        updated_at: record.updatedAt,
      };
      // Portable upsert (SQLite and PostgreSQL both accept ON CONFLICT ... DO UPDATE).
      await db
        .insertInto('slack_installations')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            enterprise_id: row.enterprise_id,
            team_id: row.team_id,
            is_enterprise_install: row.is_enterprise_install,
            installation: row.installation,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
    async find(key) {
      const row = await db
        .selectFrom('slack_installations')
        .selectAll()
        .where('id', '=', rowId(key))
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async delete(key) {
      await db.deleteFrom('slack_installations').where('id', '=', rowId(key)).execute();
    },
  };
}
