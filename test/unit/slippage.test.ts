import { describe, expect, it } from 'vitest';
import { slippage } from '../../src/core/model/deadline.ts';
import type { Deadline } from '../../src/core/model/entities.ts';
import { slippageText } from '../../src/core/view/item-view.ts';

function deadline(overrides: Partial<Deadline>): Deadline {
  return {
    id: 'd1',
    workspaceId: 'w',
    itemId: 'i',
    position: 0,
    kind: 'date',
    phrase: '31 October 2023',
    originalOn: '2023-10-31',
    dueOn: '2023-10-31',
    duration: null,
    condition: null,
    eventOn: null,
    revisions: 0,
    ...overrides,
  };
}

const SIX_MONTHS: Deadline['duration'] = { amount: 6, unit: 'month' };

describe('slippage: the current due date against the first one', () => {
  it.each<[string, Deadline[], string | null]>([
    ['never moved', [deadline({})], 'on original date'],
    ['moved once', [deadline({ dueOn: '2023-12-15', revisions: 1 })], 'slipped 45 days'],
    ['moved three times', [deadline({ dueOn: '2023-11-01', revisions: 3 })], 'slipped 1 day, 3 revisions'],
    ['moved back to where it began', [deadline({ revisions: 2 })], 'on original date, 2 revisions'],
    ['brought forward', [deadline({ dueOn: '2023-10-21', revisions: 1 })], 'brought forward 10 days'],
    ['no deadline', [deadline({ kind: 'none', originalOn: null, dueOn: null })], null],
    [
      'waiting for its event',
      [deadline({ kind: 'conditional', originalOn: null, dueOn: null, duration: SIX_MONTHS })],
      null,
    ],
    [
      'a conditional clock, moved after its event',
      [
        deadline({
          kind: 'conditional',
          originalOn: null,
          eventOn: '2024-03-01',
          dueOn: '2024-09-11',
          duration: SIX_MONTHS,
          revisions: 1,
        }),
      ],
      'slipped 10 days',
    ],
    [
      'two deadlines: the earliest date now against the earliest first given',
      [
        deadline({ dueOn: '2024-01-30', revisions: 1 }),
        deadline({ id: 'd2', position: 1, originalOn: '2024-06-30', dueOn: '2024-06-30' }),
      ],
      'slipped 91 days',
    ],
  ])('%s', (_name, deadlines, expected) => {
    const slip = slippage(deadlines);
    expect(slip === null ? null : slippageText(slip)).toBe(expected);
  });
});
