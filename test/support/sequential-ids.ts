import type { IdGenerator } from '../../src/ports/ids.ts';

/** Predictable ids for tests: prefix-1, prefix-2, ... */
export function createSequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}
