import {
  type DeliveryError,
  permanentDeliveryError,
  transientDeliveryError,
  uncertainDeliveryError,
} from '../../src/core/delivery-error.ts';
import type { TeamsFailure } from './errors.ts';

/**
 * A Teams refusal as the core's DeliveryError. Retrying is only offered while nothing was posted:
 * the whole reply goes out again on a retry.
 */
export function toDeliveryError(failure: TeamsFailure, sent: number): DeliveryError {
  const options = { cause: failure };
  // Teams cannot be asked whether it has the message, so the next attempt gives up (src/core/digest).
  if (failure.mayHaveArrived) return uncertainDeliveryError('unavailable', failure.message, options);
  const transient = (reason: 'ratelimited' | 'unavailable' | 'network', retryAfterMs?: number) =>
    sent > 0
      ? permanentDeliveryError('partial', `${failure.message} (after ${sent} part(s) were posted)`, options)
      : transientDeliveryError(reason, failure.message, {
          ...options,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
  switch (failure.code) {
    case 'forbidden':
      return permanentDeliveryError(
        failure.conversationGone ? 'removed' : 'forbidden',
        failure.message,
        options,
      );
    case 'not_found':
      return permanentDeliveryError('channel_not_found', failure.message, options);
    case 'too_large':
      return permanentDeliveryError('too_large', failure.message, options);
    case 'unauthorized':
      return permanentDeliveryError('unauthorized', failure.message, options);
    case 'rate_limited':
      return transient('ratelimited', (failure.retryAfterSeconds ?? 1) * 1000);
    case 'unreachable':
      return transient('network');
    default:
      return transient('unavailable');
  }
}
