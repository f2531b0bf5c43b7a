import { describe, expect, it } from 'vitest';
import { parseEnum, parseOptionalEnum } from '../../adapters/db/columns.ts';

const STATUSES = ['open', 'closed'] as const;

describe('reading enum columns', () => {
  it('returns an allowed value and names the column when a value is not allowed', () => {
    expect(parseEnum(STATUSES, 'open', 'items.status')).toBe('open');
    expect(() => parseEnum(STATUSES, 'opne', 'items.status')).toThrow(
      'Unexpected value "opne" in items.status',
    );
    expect(parseOptionalEnum(STATUSES, null, 'items.status')).toBeNull();
  });

  it('checks each list of values on its own, however often the same list is used', () => {
    const other = ['draft'] as const;
    expect(parseEnum(other, 'draft', 'x.kind')).toBe('draft');
    expect(() => parseEnum(STATUSES, 'draft', 'items.status')).toThrow();
  });
});
