import { describe, expect, it } from 'vitest';
import { deriveRag } from '../../src/core/model/rag.ts';
import type { Status } from '../../src/core/model/status.ts';

const today = '2024-03-14';

describe('deriveRag', () => {
  it.each<[Status, string | null, string]>([
    ['done', '2020-01-01', 'green'],
    ['not_adopted', '2020-01-01', 'grey'],
    ['not_for_us', null, 'grey'],
    ['in_progress', '2024-03-13', 'red'],
    ['pending_signoff', '2024-03-13', 'red'],
    ['blocked', '2024-03-13', 'red'],
    ['awaiting_allocation', '2023-10-31', 'red'],
    ['in_progress', '2024-03-14', 'amber'],
    ['not_started', '2024-03-28', 'amber'],
    ['not_started', '2024-03-29', 'none'],
    ['blocked', '2025-01-01', 'amber'],
    ['blocked', null, 'amber'],
    ['in_progress', null, 'none'],
  ])('%s due %s is %s', (status, dueOn, rag) => {
    expect(deriveRag({ status, dueOn, today, dueSoonDays: 14 })).toBe(rag);
  });

  it('uses the workspace amber window', () => {
    expect(deriveRag({ status: 'in_progress', dueOn: '2024-03-20', today, dueSoonDays: 5 })).toBe('none');
    expect(deriveRag({ status: 'in_progress', dueOn: '2024-03-19', today, dueSoonDays: 5 })).toBe('amber');
  });
});
