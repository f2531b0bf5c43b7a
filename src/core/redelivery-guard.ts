import type { Clock } from '../ports/clock.ts';

/**
 * Remembers which platform deliveries this process has already taken on, so a redelivery (Slack
 * retries a request not acknowledged in 3 seconds, https://docs.slack.dev/apis/events-api/#retries;
 * Teams sends an activity again after 15) is not answered twice. It spans one process only: the same
 * key goes to handleMessage as `idempotencyKey`, which keeps an update from applying twice across
 * restarts and instances. The turn pipeline (turn.ts) owns one.
 */
export function createDeliveryGuard(options: { clock: Clock; ttlMs: number; maxEntries: number }) {
  const seen = new Map<string, number>();
  return {
    /** True the first time a key is claimed (within the time-to-live), false for every repeat. */
    claim(key: string): boolean {
      const now = options.clock.now().getTime();
      const expires = seen.get(key);
      if (expires !== undefined && expires > now) return false;
      seen.delete(key);
      seen.set(key, now + options.ttlMs);
      // Oldest first: a Map iterates in insertion order, so this bounds memory under a flood.
      while (seen.size > options.maxEntries) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      return true;
    },
  };
}

export type DeliveryGuard = ReturnType<typeof createDeliveryGuard>;
