import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DEFAULT_POLICY, type DeliveryPolicy } from '../../src/core/digest/policy.ts';
import { runDeliveries, type TickOptions, type TickSummary } from '../../src/core/digest/tick.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { Messengers } from '../../src/ports/messenger.ts';
import type { ScheduleCalendar } from '../../src/ports/schedule.ts';
import type { Store } from '../../src/ports/store.ts';

export type SchedulerOptions = {
  store: Store;
  clock: Clock;
  schedules: ScheduleCalendar;
  messengers: Messengers;
  logger: Logger;
  /** How often to look for due deliveries; 30 s keeps a digest within a minute of its slot. */
  intervalMs?: number;
  /** This process's name in the run ledger's leases; unique by default. */
  instance?: string;
  policy?: Partial<DeliveryPolicy>;
};

export type Scheduler = {
  /** One pass now (also what the timer runs); passes never overlap within a process. */
  tick(options?: TickOptions): Promise<TickSummary | undefined>;
  start(): void;
  /** Stops the timer and waits for a pass in progress to end. */
  stop(): Promise<void>;
};

const DEFAULT_INTERVAL_MS = 30_000;

/**
 * The ticker that runs the core's digest and reminder deliveries on a timer. Safe to run in several
 * processes on one database: the core claims every delivery in the run ledger before sending it.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const deps = {
    store: options.store,
    clock: options.clock,
    schedules: options.schedules,
    messengers: options.messengers,
    logger: options.logger,
    instance: options.instance ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    policy: { ...DEFAULT_POLICY, ...options.policy },
  };
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  const tick = (tickOptions: TickOptions = {}): Promise<TickSummary | undefined> => {
    const pass = queue.then(async () => {
      try {
        const summary = await runDeliveries(deps, tickOptions);
        const worked = Object.entries(summary).filter(([, n]) => n > 0);
        if (worked.length > 0) options.logger.info('deliveries', Object.fromEntries(worked));
        return summary;
      } catch (error) {
        // A database that is busy or briefly unavailable: log it and try again next tick.
        options.logger.error('scheduler tick failed', {
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
        return undefined;
      }
    });
    queue = pass;
    return pass;
  };

  const schedule = () => {
    timer = setTimeout(() => {
      void tick().finally(() => {
        if (running) schedule();
      });
    }, interval);
    // The scheduler alone must not keep a process alive that has nothing else to do.
    timer.unref();
  };

  return {
    tick,
    start() {
      if (running) return;
      running = true;
      void tick();
      schedule();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await queue;
    },
  };
}
