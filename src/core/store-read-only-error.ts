/**
 * What a Store's `read` throws (src/ports/store.ts) when the function tried to write: nothing was
 * written, and the caller runs the work again in `transaction`. The core owns the class, as it owns
 * StoreBusyError; store adapters throw it.
 */
export class StoreReadOnlyError extends Error {
  override readonly name = 'StoreReadOnlyError';
}
