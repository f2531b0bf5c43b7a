import type { Clock } from '../../src/ports/clock.ts';

/**
 * Remembers which Slack deliveries this process has already taken on, so a retry (same event_id,
 * X-Slack-Retry-Num; https://docs.slack.dev/apis/events-api/#retries) or a repeated interaction is
 * answered once. It only spans one process: the same key also travels to the core as
 * `idempotencyKey`, which is what keeps an update from applying twice across restarts and instances.
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
