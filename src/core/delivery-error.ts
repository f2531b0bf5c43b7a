/*
 * How a messenger reports that a post or direct message did not go out. Adapters translate their SDK's
 * errors into this at the boundary (Slack `not_in_channel`, `ratelimited`; Teams 403, 429), so the
 * core decides what to do without ever seeing an SDK type.
 */

/**
 * transient: nothing went out, and trying again later may work; permanent: will not work until someone
 * fixes something; uncertain: the platform may or may not have posted it (a timeout, a 5xx, a dropped
 * connection), so it may be tried again only after looking for the post.
 */
export type DeliveryErrorKind = 'transient' | 'permanent' | 'uncertain';

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
  | 'unconfirmed'
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

/** The platform may have posted it: the next attempt looks for the post before posting again. */
export function uncertainDeliveryError(
  reason: DeliveryReason,
  message: string,
  options: { cause?: unknown } = {},
): DeliveryError {
  return new DeliveryError('uncertain', reason, message, options);
}
