/**
 * What a Store's `transaction` throws (src/ports/store.ts) when it could not get the database's write
 * lock in time, even after waiting and trying again: other writers (another instance, a CLI import)
 * kept it. Nothing was changed, and the same request will most likely work a moment later, so it is
 * answered as "busy", not as a bug. The core owns the class, as it owns DeliveryError, because ports
 * declare types only; store adapters throw it.
 */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}
