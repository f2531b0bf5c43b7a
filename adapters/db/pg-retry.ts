/**
 * PostgreSQL's answer when two serializable transactions overlap in a way that could not have happened
 * one after the other (40001), or when they wait on each other's locks (40P01). Either way the
 * transaction rolled back whole and changed nothing, so running it again is safe and is what
 * PostgreSQL asks of the client
 * (https://www.postgresql.org/docs/current/mvcc-serialization-failure-handling.html). The same page
 * advises retrying a unique-key failure (23505) too: two transactions that each read the next history
 * number and insert it collide on the key before the serialization check can report them.
 */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

export function isSerializationFailure(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (RETRYABLE.has((e as { code?: unknown }).code as string)) return true;
  }
  return false;
}

/**
 * More and shorter pauses than SQLite's (busy-retry.ts): a serialization failure comes at once rather
 * than after a 5 s lock wait, and several instances writing to one item collide again quickly.
 */
export const SERIALIZATION_BACKOFF_MS = [10, 20, 40, 80, 160, 320, 640, 1000, 1000, 1000, 1000, 1000, 1000];
