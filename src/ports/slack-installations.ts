import type { Instant } from '../core/model/entities.ts';

/**
 * Which installation of the Slack app: a workspace (team) install, or an Enterprise Grid org-wide
 * install (teamId null). Slack's ids are globally unique, so these two name exactly one row.
 */
export type SlackInstallationKey = {
  enterpriseId: string | null;
  teamId: string | null;
  isEnterpriseInstall: boolean;
};

/**
 * One installation as the Slack adapter hands it over. `installation` is the SDK's record as JSON
 * text: storage keeps it opaque (it holds the bot token, so it is never logged), and only the
 * adapter reads it back.
 */
export type SlackInstallationRecord = SlackInstallationKey & { installation: string; updatedAt: Instant };

/** Where multi-workspace (OAuth) installs live; single-workspace mode uses SLACK_BOT_TOKEN instead. */
export type SlackInstallationStore = {
  /** Inserts, or replaces the installation with the same key (a reinstall with new scopes). */
  save(record: SlackInstallationRecord): Promise<void>;
  /** For a team install, the team's row; for an org-wide install, the enterprise's row. */
  find(key: SlackInstallationKey): Promise<SlackInstallationRecord | undefined>;
  delete(key: SlackInstallationKey): Promise<void>;
};
