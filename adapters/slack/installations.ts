import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Clock } from '../../src/ports/clock.ts';
import type { SlackInstallationKey, SlackInstallationStore } from '../../src/ports/slack-installations.ts';

/**
 * Bolt's InstallationStore over our port, so OAuth installs live in rectrack's database next to the
 * data they unlock. https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth
 */
export function toBoltInstallationStore(store: SlackInstallationStore, clock: Clock): InstallationStore {
  return {
    async storeInstallation(installation) {
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      await store.save({
        enterpriseId: installation.enterprise?.id ?? null,
        teamId: isEnterpriseInstall ? null : (installation.team?.id ?? null),
        isEnterpriseInstall,
        installation: JSON.stringify(installation),
        updatedAt: clock.now().toISOString(),
      });
    },
    async fetchInstallation(query) {
      const record = await store.find(keyOf(query));
      // Bolt expects a throw for "not installed" and turns it into an authorization failure.
      if (!record) throw new Error(`rectrack is not installed in ${describe(query)}`);
      return parseInstallation(record.installation);
    },
    async deleteInstallation(query) {
      await store.delete(keyOf(query));
    },
  };
}

export function keyOf(query: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall: boolean;
}): SlackInstallationKey {
  return {
    enterpriseId: query.enterpriseId ?? null,
    teamId: query.isEnterpriseInstall ? null : (query.teamId ?? null),
    isEnterpriseInstall: query.isEnterpriseInstall,
  };
}

/**
 * The bot token of a team's OAuth installation, for messages sent outside any request (digests,
 * reminders); undefined when the team has not installed rectrack or has uninstalled it. The manifest
 * keeps org-wide installs off (org_deploy_enabled: false), so a team install is the only kind.
 */
export async function findBotToken(
  store: SlackInstallationStore,
  teamId: string,
): Promise<string | undefined> {
  const record = await store.find({ enterpriseId: null, teamId, isEnterpriseInstall: false });
  return record ? parseInstallation(record.installation).bot?.token : undefined;
}

function parseInstallation(text: string): Installation {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || !('user' in value)) {
    throw new Error('stored Slack installation is not an installation record');
  }
  // Written by storeInstallation above from Bolt's own record; checked for shape, not re-validated.
  return value as Installation;
}

function describe(query: InstallationQuery<boolean>): string {
  return query.isEnterpriseInstall
    ? `enterprise ${query.enterpriseId ?? '?'}`
    : `team ${query.teamId ?? '?'}`;
}
