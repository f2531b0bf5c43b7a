/*
 * How a messenger reports that a post or direct message did not go out. Adapters translate their SDK's
 * errors into this at the boundary (Slack `not_in_channel`, `ratelimited`; Teams 403, 429), so the
 * core decides what to do without ever seeing an SDK type.
 */

/** transient: may work if tried again later; permanent: will not work until someone fixes something. */
export type DeliveryErrorKind = 'transient' | 'permanent';

/** Why, in words the core can show in `digests`. Pick the closest; 'unknown' when nothing fits. */
export type DeliveryReason =
  // permanent
  | 'not_in_channel'
  | 'channel_not_found'
  | 'archived'
  | 'removed'
  | 'forbidden'
  | 'unauthorized'
  | 'bad_address'
  | 'too_large'
  | 'partial'
  // transient
  | 'ratelimited'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'unknown';

export class DeliveryError extends Error {
  readonly kind: DeliveryErrorKind;
  readonly reason: DeliveryReason;
  /** From the platform (Slack's Retry-After, Teams' 429): wait at least this long before trying again. */
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: DeliveryErrorKind,
    reason: DeliveryReason,
    message: string,
    options: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeliveryError';
    this.kind = kind;
    this.reason = reason;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function transientDeliveryError(
  reason: DeliveryReason,
  message: string,
  options: { retryAfterMs?: number; cause?: unknown } = {},
): DeliveryError {
  return new DeliveryError('transient', reason, message, options);
}

export function permanentDeliveryError(
  reason: DeliveryReason,
  message: string,
  options: { cause?: unknown } = {},
): DeliveryError {
  return new DeliveryError('permanent', reason, message, options);
}
