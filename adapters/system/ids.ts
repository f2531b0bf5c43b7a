import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../src/ports/ids.ts';

/** Random UUIDs, wired in src/main.ts; tests use test/support/sequential-ids.ts for predictable ones. */
export const randomIds: IdGenerator = { next: () => randomUUID() };
