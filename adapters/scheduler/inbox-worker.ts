import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../../src/ports/clock.ts';
import type { InboxEntry, InboxSource, InboxStore } from '../../src/ports/inbox.ts';
import type { Logger } from '../../src/ports/logger.ts';

/** Processes one entry; resolves once it is answered. Throwing leaves it to be tried again. */
export type InboxHandler = (entry: InboxEntry) => Promise<void>;

export type InboxWorkerOptions = {
  inbox: InboxStore;
  clock: Clock;
  logger: Logger;
  /** The adapter that processes each source; a source left out is left to an instance that has it. */
  handlers: Partial<Record<InboxSource, InboxHandler>>;
  /** Entries this process works on at once. */
  concurrency?: number;
  /** How long a claim holds an entry; renewed while it is worked on, so only a dead claimer loses it. */
  leaseMs?: number;
  /** How often to look for entries nobody told this process about (another instance's, after a crash). */
  pollMs?: number;
  /** Claims after which an entry that keeps failing (or killing its process) is given up, and logged. */
  maxAttempts?: number;
  /** This process's name in claims; unique by default. */
  owner?: string;
};

export type InboxWorker = {
  /** Something was just accepted: work on it now rather than at the next poll. */
  poke(): void;
  start(): void;
  /** Stops taking new entries and waits for those in hand. */
  stop(): Promise<void>;
};

const DEFAULTS = { concurrency: 8, leaseMs: 30_000, pollMs: 1_000, maxAttempts: 5 };
/** Finished entries are kept a day (a platform's redelivery comes within minutes), then pruned. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Works through the inbox: claims entries with a lease, hands each to its adapter, and marks it done
 * once answered. Any number of processes may share one database; each entry is claimed by one.
 */
export function createInboxWorker(options: InboxWorkerOptions): InboxWorker {
  const { inbox, clock, logger } = options;
  const { concurrency, leaseMs, pollMs, maxAttempts } = { ...DEFAULTS, ...definedOnly(options) };
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const sources = Object.keys(options.handlers) as InboxSource[];
  const inHand = new Set<Promise<void>>();
  let pumping = false;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let prunedAt = 0;
  const leaseEnd = () => new Date(clock.now().getTime() + leaseMs).toISOString();

  async function work(entry: InboxEntry): Promise<void> {
    const handler = options.handlers[entry.source];
    const fields = { entry: entry.id, source: entry.source, key: entry.key, attempts: entry.attempts };
    if (!handler) return;
    if (entry.attempts > maxAttempts) {
      logger.error('inbox entry given up after repeated failures', fields);
      await inbox.finish(entry.id, owner, { at: clock.now().toISOString(), error: 'too many attempts' });
      return;
    }
    const renewing = setInterval(() => {
      void inbox.renew(entry.id, owner, leaseEnd()).catch((error: unknown) => {
        logger.warn('inbox lease not renewed', { ...fields, error: String(error) });
      });
    }, leaseMs / 3);
    try {
      await handler(entry);
      // After the answer went out: dying before this line answers again after restart (the core's
      // request ledger makes the redo change nothing), where marking it done first could lose it.
      await inbox.finish(entry.id, owner, { at: clock.now().toISOString() });
    } catch (error) {
      // Left claimed: it is tried again once its lease ends, up to maxAttempts.
      logger.error('inbox entry failed', {
        ...fields,
        error: error instanceof Error ? error.stack : String(error),
      });
    } finally {
      clearInterval(renewing);
    }
  }

  async function pump(): Promise<void> {
    for (;;) {
      again = false;
      const free = concurrency - inHand.size;
      if (stopped || free <= 0) return;
      const now = clock.now();
      const entries = await inbox.claim({
        owner,
        now: now.toISOString(),
        until: leaseEnd(),
        max: free,
        sources,
      });
      for (const entry of entries) {
        const job: Promise<void> = work(entry).finally(() => {
          inHand.delete(job);
          poke();
        });
        inHand.add(job);
      }
      if (entries.length < free && !again) return;
    }
  }

  function poke(): void {
    if (stopped) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    void pump()
      .catch((error: unknown) =>
        logger.warn('inbox claim failed; trying again shortly', { error: String(error) }),
      )
      .finally(() => {
        pumping = false;
        if (again) poke();
      });
  }

  async function poll(): Promise<void> {
    poke();
    const now = clock.now().getTime();
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    await inbox.prune(new Date(now - KEEP_MS).toISOString());
  }

  return {
    poke,
    start() {
      if (timer || stopped) return;
      timer = setInterval(() => {
        void poll().catch((error: unknown) => logger.warn('inbox prune failed', { error: String(error) }));
      }, pollMs);
      poke();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await Promise.allSettled([...inHand]);
    },
  };
}

function definedOnly(options: InboxWorkerOptions) {
  return Object.fromEntries(
    (['concurrency', 'leaseMs', 'pollMs', 'maxAttempts'] as const)
      .filter((name) => options[name] !== undefined)
      .map((name) => [name, options[name]]),
  ) as Partial<typeof DEFAULTS>;
}
