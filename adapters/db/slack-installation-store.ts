import type { Kysely } from 'kysely';
import type {
  SlackInstallationKey,
  SlackInstallationRecord,
  SlackInstallationStore,
} from '../../src/ports/slack-installations.ts';
import type { DB, SlackInstallationRow } from './schema.ts';
import { createSecretBox, type SecretBox } from './secret-box.ts';

/** The row id: an org-wide install is keyed by its enterprise, a workspace install by its team. */
function rowId(key: SlackInstallationKey): string {
  if (key.isEnterpriseInstall) return `enterprise:${key.enterpriseId ?? ''}`;
  return `team:${key.teamId ?? ''}`;
}

function fromRow(row: SlackInstallationRow, secrets: SecretBox): SlackInstallationRecord {
  return {
    enterpriseId: row.enterprise_id,
    teamId: row.team_id,
    isEnterpriseInstall: row.is_enterprise_install === 1,
    installation: secrets.open(row.installation, row.id),
    updatedAt: row.updated_at,
  };
}

/**
 * Installations hold the bot, user and refresh tokens, so `installation` is sealed with
 * RECTRACK_SECRET_KEY when one is set (plain otherwise; see secret-box.ts).
 */
export function createKyselySlackInstallationStore(
  db: Kysely<DB>,
  secrets: SecretBox = createSecretBox(undefined),
): SlackInstallationStore {
  return {
    async save(record) {
      const id = rowId(record);
      const row: SlackInstallationRow = {
        id,
        enterprise_id: record.enterpriseId,
        team_id: record.isEnterpriseInstall ? null : record.teamId,
        is_enterprise_install: record.isEnterpriseInstall ? 1 : 0,
        installation: secrets.seal(record.installation, id),
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
      return row && fromRow(row, secrets);
    },
    async delete(key) {
      await db.deleteFrom('slack_installations').where('id', '=', rowId(key)).execute();
    },
  };
}

/**
 * Seals every installation not yet sealed with the current key: plain rows from before a key was set,
 * and rows sealed with a previous key (rotation). Run at start, so after a restart with a new key the
 * previous one is no longer needed. A row no key opens is left as it is and counted.
 */
export async function resealSlackInstallations(
  db: Kysely<DB>,
  secrets: SecretBox,
): Promise<{ resealed: number; unreadable: number }> {
  const rows = await db.selectFrom('slack_installations').select(['id', 'installation']).execute();
  let resealed = 0;
  let unreadable = 0;
  for (const row of rows) {
    if (secrets.isCurrent(row.installation)) continue;
    let plain: string;
    try {
      plain = secrets.open(row.installation, row.id);
    } catch {
      unreadable++;
      continue;
    }
    // Only if unchanged since read: a reinstall saved meanwhile is already sealed and newer.
    await db
      .updateTable('slack_installations')
      .set({ installation: secrets.seal(plain, row.id) })
      .where('id', '=', row.id)
      .where('installation', '=', row.installation)
      .execute();
    resealed++;
  }
  return { resealed, unreadable };
}
