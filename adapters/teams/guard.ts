import type { Clock } from '../../src/ports/clock.ts';

/**
 * Remembers which Teams deliveries this process has taken on, so a redelivery (Teams sends an
 * activity again when the bot took more than 15 seconds to answer it) is not answered twice. It only
 * spans one process: the same key also goes to the core as `idempotencyKey`, which is what keeps an
 * update from applying twice across restarts and instances. A turn that failed releases its key, so
 * the redelivery can try again (the core still applies nothing twice).
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
    release(key: string): void {
      seen.delete(key);
    },
  };
}

export type DeliveryGuard = ReturnType<typeof createDeliveryGuard>;
