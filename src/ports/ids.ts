import { randomUUID } from 'node:crypto';

/** Ids are made by the app (portable text keys), never by the database. */
export type IdGenerator = { next(): string };

export const randomIds: IdGenerator = { next: () => randomUUID() };

/** Predictable ids for tests: prefix-1, prefix-2, ... */
export function createSequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}
