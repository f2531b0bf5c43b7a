import { setTimeout as sleep } from 'node:timers/promises';
import { StoreBusyError } from '../../src/core/store-busy-error.ts';

export type BusyRetryOptions = {
  /** Pauses before each new try, in ms; one try more than there are pauses. Each varies ±50%. */
  backoffMs?: readonly number[];
  /** Which errors mean "try again" (SQLite's busy lock by default; PostgreSQL passes its own). */
  retryOn?: (error: unknown) => boolean;
};

/**
 * Each try already waits out SQLite's busy_timeout for the write lock (open-sqlite.ts), so a lock
 * still held after it means a burst of writers: step back for a growing, jittered moment (so several
 * processes don't collide again in step) and try the whole transaction again, which rolled back and
 * changed nothing. Total time stays well inside Teams' 15 seconds with the default 5 s busy_timeout.
 */
const DEFAULT_BACKOFF_MS = [100, 400];

export async function retryWhenBusy<T>(run: () => Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const retryable = options.retryOn ?? isBusy;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!retryable(error)) throw error;
      const pause = backoff[attempt];
      if (pause === undefined) {
        throw new StoreBusyError(`the database stayed locked through ${attempt + 1} tries`, { cause: error });
      }
      await sleep(pause * (0.5 + Math.random()));
    }
  }
}

/** SQLITE_BUSY, or SQLITE_LOCKED (a lock held within this process), anywhere in the cause chain. */
function isBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (
      code === 'SQLITE_BUSY' ||
      code === 'SQLITE_LOCKED' ||
      /SQLITE_BUSY|database is locked/.test(e.message)
    )
      return true;
  }
  return false;
}
