import {
  type DeliveryError,
  type DeliveryReason,
  permanentDeliveryError,
  transientDeliveryError,
  uncertainDeliveryError,
} from '../../src/core/delivery-error.ts';
import type { SlackFailure } from './errors.ts';

/*
 * Slack's refusals of a digest or reminder, as the core's DeliveryError: permanent for what only a
 * person can fix (the scheduler records it, shows it in `digests` and stops trying), transient for the
 * rest. Error names: https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */

const REINSTALL = 'a workspace admin needs to reinstall rectrack';

const PERMANENT = new Map<string, { reason: DeliveryReason; message: string }>([
  [
    'not_in_channel',
    {
      reason: 'not_in_channel',
      message: 'rectrack is not in that channel; invite it with /invite @rectrack',
    },
  ],
  [
    'channel_not_found',
    {
      reason: 'channel_not_found',
      message: 'Slack cannot find that channel (deleted, or private and rectrack was removed from it)',
    },
  ],
  ['is_archived', { reason: 'archived', message: 'the channel is archived' }],
  [
    'account_inactive',
    { reason: 'unauthorized', message: `rectrack's Slack token is inactive; ${REINSTALL}` },
  ],
  ['invalid_auth', { reason: 'unauthorized', message: `Slack rejected rectrack's token; ${REINSTALL}` }],
  ['not_authed', { reason: 'unauthorized', message: `Slack rejected rectrack's token; ${REINSTALL}` }],
  ['token_revoked', { reason: 'unauthorized', message: `rectrack's Slack token was revoked; ${REINSTALL}` }],
  ['token_expired', { reason: 'unauthorized', message: `rectrack's Slack token expired; ${REINSTALL}` }],
  ['missing_scope', { reason: 'forbidden', message: `rectrack lacks a Slack permission; ${REINSTALL}` }],
  ['restricted_action', { reason: 'forbidden', message: 'a workspace setting stops rectrack posting there' }],
  ['ekm_access_denied', { reason: 'forbidden', message: 'workspace admins have suspended posting' }],
  ['team_access_not_granted', { reason: 'forbidden', message: 'rectrack has no access to that workspace' }],
  ['msg_too_long', { reason: 'too_large', message: 'Slack said the message is too long' }],
  ['msg_blocks_too_long', { reason: 'too_large', message: 'Slack said the message is too long' }],
]);

const TRANSIENT = new Map<string, DeliveryReason>([
  ['ratelimited', 'ratelimited'],
  ['slack_unreachable', 'network'],
]);

/**
 * Failures after which the message may be in the channel all the same: no answer in time, a dropped
 * connection, a 5xx, or Slack's own "it's possible some aspect of the operation succeeded".
 */
const UNCERTAIN = new Map<string, DeliveryReason>([
  ['slack_no_answer', 'timeout'],
  ['internal_error', 'unavailable'],
  ['fatal_error', 'unavailable'],
  ['service_unavailable', 'unavailable'],
  ['request_timeout', 'timeout'],
]);

/**
 * `posted` parts of the reply were already out: a retry would post them again, so anything that is
 * not permanent anyway becomes permanent 'partial' (the contract in src/ports/messenger.ts).
 */
export function toDeliveryError(failure: SlackFailure, posted: number): DeliveryError {
  const options = { cause: failure };
  const permanent = PERMANENT.get(failure.code);
  if (permanent) return permanentDeliveryError(permanent.reason, permanent.message, options);
  const detail = failure.code === 'unknown' ? failure.message : `Slack answered ${failure.code}`;
  const uncertain = UNCERTAIN.get(failure.code);
  // Safe after some parts too: the next attempt finds the parts that are out and posts the rest.
  if (uncertain) return uncertainDeliveryError(uncertain, detail, options);
  if (posted > 0) {
    return permanentDeliveryError('partial', `${detail} after ${posted} part(s) were posted`, options);
  }
  const seconds = failure.retryAfterSeconds;
  return transientDeliveryError(TRANSIENT.get(failure.code) ?? 'unknown', detail, {
    ...options,
    ...(seconds !== undefined ? { retryAfterMs: seconds * 1000 } : {}),
  });
}

/** Slack errors that mean this person cannot get a direct message from the app (deactivated, a bot). */
export const UNREACHABLE_PERSON = new Set(['user_not_found', 'user_disabled', 'cannot_dm_bot']);
