import { describe, expect, it } from 'vitest';
import { permanentDeliveryError, transientDeliveryError } from '../../src/core/delivery-error.ts';
import { channelKey } from '../../src/core/digest/address.ts';
import { formatDay, formatSlot, progressBar } from '../../src/core/digest/format.ts';
import type { DeliveryRun } from '../../src/core/digest/model.ts';
import { DEFAULT_POLICY, nextAttempt } from '../../src/core/digest/policy.ts';
import { reminderReason } from '../../src/core/digest/reminders.ts';
import type { Status } from '../../src/core/model/status.ts';

const DAY = '2024-03-18';

describe('which items a reminder carries', () => {
  const item = (dueOn: string | null, status: Status = 'in_progress', ownerId: string | null = 'bob') => ({
    dueOn,
    status,
    ownerId,
  });
  it.each([
    ['2024-03-25', undefined, 'week'],
    ['2024-03-24', undefined, null],
    ['2024-03-19', undefined, 'tomorrow'],
    ['2024-03-18', undefined, 'today'],
    ['2024-03-17', undefined, 'overdue'],
    ['2024-03-16', undefined, null],
    ['2024-03-10', undefined, 'overdue'],
    ['2024-03-03', undefined, 'overdue'],
    ['2024-03-04', undefined, null],
    // Snoozed until a later day: silent. The day a snooze ends, an overdue item comes back at once.
    ['2024-03-18', '2024-03-19', null],
    ['2024-03-05', '2024-03-18', 'overdue'],
    ['2024-03-19', '2024-03-18', 'tomorrow'],
  ] as const)('due %s, snoozed until %s -> %s', (dueOn, snoozed, expected) => {
    expect(reminderReason(item(dueOn), DAY, snoozed)).toBe(expected);
  });

  it('never reminds about closed, unowned or undated items', () => {
    expect(reminderReason(item(DAY, 'done'), DAY, undefined)).toBeNull();
    expect(reminderReason(item(DAY, 'not_for_us'), DAY, undefined)).toBeNull();
    expect(reminderReason(item(DAY, 'blocked', null), DAY, undefined)).toBeNull();
    expect(reminderReason(item(null), DAY, undefined)).toBeNull();
  });
});

describe('retries', () => {
  const run = (attempts: number): Pick<DeliveryRun, 'attempts'> => ({ attempts });
  const now = new Date('2024-03-18T09:00:00Z');
  it('backs off 1, 5, 15 and 60 minutes, then gives up', () => {
    const transient = transientDeliveryError('unavailable', 'HTTP 503');
    expect(
      [1, 2, 3, 4, 5].map((n) => nextAttempt(DEFAULT_POLICY, run(n), transient, now)?.toISOString()),
    ).toEqual([
      '2024-03-18T09:01:00.000Z',
      '2024-03-18T09:05:00.000Z',
      '2024-03-18T09:15:00.000Z',
      '2024-03-18T10:00:00.000Z',
      undefined,
    ]);
  });
  it('waits as long as the platform asks, and never retries a permanent failure', () => {
    const limited = transientDeliveryError('ratelimited', 'slow down', { retryAfterMs: 30 * 60_000 });
    expect(nextAttempt(DEFAULT_POLICY, run(1), limited, now)?.toISOString()).toBe('2024-03-18T09:30:00.000Z');
    expect(nextAttempt(DEFAULT_POLICY, run(1), permanentDeliveryError('removed', 'gone'), now)).toBeNull();
  });
});

describe('digest helpers', () => {
  it('keys a channel by its canonical JSON, and refuses what is not plain data', () => {
    expect(channelKey({ b: [1, { y: 2, x: null }], a: 'c' })).toBe('{"a":"c","b":[1,{"x":null,"y":2}]}');
    expect(channelKey({ a: undefined })).toBeNull();
    expect(channelKey(new Date(0))).toBeNull();
    expect(channelKey({ n: Number.NaN })).toBeNull();
    expect(channelKey(undefined)).toBeNull();
  });

  it('draws progress in whole tenths, and formats slots in their zone', () => {
    expect(progressBar(0, 0)).toBe('░░░░░░░░░░');
    expect(progressBar(6, 11)).toBe('▓▓▓▓▓░░░░░');
    expect(progressBar(11, 11)).toBe('▓▓▓▓▓▓▓▓▓▓');
    expect(formatSlot(new Date('2024-03-31T22:00:00Z'), 'Australia/Sydney')).toBe(
      'Monday 1 April 2024, 09:00',
    );
    expect(formatDay('2024-03-17')).toBe('Sunday 17 March 2024');
  });
});
