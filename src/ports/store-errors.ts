/**
 * The store could not get the database's write lock in time, even after waiting and trying again:
 * other writers (another instance, a CLI import) kept it. Nothing was changed, and the same request
 * will most likely work a moment later, so it is answered as "busy", not as a bug.
 */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}
