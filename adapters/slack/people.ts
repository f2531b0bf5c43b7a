import type { webApi } from '@slack/bolt';
import type { Clock } from '../../src/ports/clock.ts';
import { describeSlackError, type SlackFailure } from './errors.ts';

/** A Slack user as rectrack sees them. Workspace owners and admins are rectrack admins too. */
export type Person = {
  displayName: string;
  platformAdmin: boolean;
  timeZone: string | null;
  /** The user's home team and org: someone from another organisation in a shared channel differs. */
  teamId: string | null;
  enterpriseId: string | null;
};

export type Lookup = { person: Person; failure?: SlackFailure };

export type PeopleOptions = {
  clock: Clock;
  /** How long a users.info answer is trusted: a renamed user or a new admin shows up after this. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries: number;
};

type Entry = { person: Person; expires: number };

/**
 * users.info with a cache, so a busy channel doesn't spend Slack's rate limit (Tier 4) on the same
 * people. Failures are never cached and never fatal: the payload's user name stands in.
 * https://docs.slack.dev/reference/methods/users.info
 */
export function createPeople(options: PeopleOptions) {
  const cache = new Map<string, Entry>();

  function remember(key: string, person: Person): void {
    cache.delete(key);
    cache.set(key, { person, expires: options.clock.now().getTime() + options.ttlMs });
    while (cache.size > options.maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  }

  return {
    async lookup(
      client: webApi.WebClient,
      workspace: string,
      userId: string,
      fallbackName?: string,
    ): Promise<Lookup> {
      const key = `${workspace}/${userId}`;
      const hit = cache.get(key);
      if (hit && hit.expires > options.clock.now().getTime()) return { person: hit.person };
      try {
        const result = await client.users.info({ user: userId });
        const user = result.user;
        const person: Person = {
          displayName:
            nonEmpty(user?.profile?.display_name) ??
            nonEmpty(user?.real_name) ??
            nonEmpty(user?.name) ??
            fallbackName ??
            userId,
          platformAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
          timeZone: nonEmpty(user?.tz) ?? null,
          teamId: nonEmpty(user?.team_id) ?? null,
          enterpriseId: nonEmpty(user?.enterprise_user?.enterprise_id) ?? null,
        };
        remember(key, person);
        return { person };
      } catch (error) {
        return {
          person: {
            displayName: fallbackName ?? userId,
            platformAdmin: false,
            timeZone: null,
            teamId: null,
            enterpriseId: null,
          },

          failure: describeSlackError(error),
        };
      }
    },
    /** Forgets a person (after a user_change event, or in tests). */
    forget(workspace: string, userId: string): void {
      cache.delete(`${workspace}/${userId}`);
    },
  };
}

export type People = ReturnType<typeof createPeople>;

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
