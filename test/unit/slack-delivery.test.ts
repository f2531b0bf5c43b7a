import { describe, expect, it } from 'vitest';
import { toDeliveryError } from '../../adapters/slack/delivery-errors.ts';
import type { SlackFailure } from '../../adapters/slack/errors.ts';
import { channelOf } from '../../adapters/slack/translate.ts';

const failure = (code: string, retryAfterSeconds?: number): SlackFailure => ({
  code,
  message: 'x',
  unreachableConversation: false,
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});

describe('the channel a Slack message subscribes', () => {
  it.each([
    ['a public channel', 'T1', { id: 'C1', name: 'recs' }, { team: 'T1', channel: 'C1' }, 'recs'],
    ['a private channel', 'T1', { id: 'G1', name: 'privategroup' }, { team: 'T1', channel: 'G1' }, undefined],
    ['a mention (no name)', 'T1', { id: 'C2' }, { team: 'T1', channel: 'C2' }, undefined],
  ])('%s', (_case, team, conversation, address, name) => {
    expect(channelOf(team, conversation)).toEqual({
      address: { platform: 'slack', ...address },
      ...(name ? { name } : {}),
    });
  });

  it.each([
    ['the DM with the app', 'T1', { id: 'D024BE91L', name: 'directmessage' }],
    ['no team', undefined, { id: 'C1', name: 'recs' }],
    ['no conversation', 'T1', undefined],
  ])('none from %s', (_case, team, conversation) => {
    expect(channelOf(team, conversation)).toBeUndefined();
  });
});

describe('Slack refusals as delivery errors', () => {
  it.each([
    ['not_in_channel', 'permanent', 'not_in_channel'],
    ['channel_not_found', 'permanent', 'channel_not_found'],
    ['is_archived', 'permanent', 'archived'],
    ['account_inactive', 'permanent', 'unauthorized'],
    ['invalid_auth', 'permanent', 'unauthorized'],
    ['token_revoked', 'permanent', 'unauthorized'],
    ['missing_scope', 'permanent', 'forbidden'],
    ['slack_unreachable', 'transient', 'network'],
    ['internal_error', 'uncertain', 'unavailable'],
    ['slack_no_answer', 'uncertain', 'timeout'],
    ['invalid_blocks', 'transient', 'unknown'],
    ['constructor', 'transient', 'unknown'],
  ])('%s before anything was posted: %s %s', (code, kind, reason) => {
    expect(toDeliveryError(failure(code), 0)).toMatchObject({ kind, reason });
  });

  it('passes Retry-After on while nothing was posted, and is permanent "partial" after', () => {
    expect(toDeliveryError(failure('ratelimited', 30), 0)).toMatchObject({
      kind: 'transient',
      reason: 'ratelimited',
      retryAfterMs: 30_000,
    });
    expect(toDeliveryError(failure('ratelimited', 30), 2)).toMatchObject({
      kind: 'permanent',
      reason: 'partial',
    });
    expect(toDeliveryError(failure('not_in_channel'), 2)).toMatchObject({ reason: 'not_in_channel' });
  });
});
