import type { AnswerOutbox } from '../../src/ports/outbox.ts';

/** One answer's progress, as adapters/db/outbox-store.ts keeps it in the outbox table. */
export type MemoryOutboxRow = { sent: number; attempt: number | null; attemptAt: string | null };

/** The answer outbox in the memory store's state, held to the same contract as the Kysely one. */
export function createMemoryOutbox(
  rows: () => Map<string, MemoryOutboxRow>,
  run: <T>(op: () => T) => Promise<T>,
): AnswerOutbox {
  return {
    owe: (id) =>
      run(() => {
        if (!rows().has(id)) rows().set(id, { sent: 0, attempt: null, attemptAt: null });
      }),
    begin: (id, part, at) =>
      run(() => {
        const row = rows().get(id);
        if (row && part < row.sent) return { state: 'sent' as const };
        if (row && row.attempt === part && row.attemptAt !== null) {
          return { state: 'unconfirmed' as const, since: row.attemptAt };
        }
        rows().set(id, { sent: row?.sent ?? 0, attempt: part, attemptAt: at });
        return { state: 'new' as const };
      }),
    confirm: (id, part) =>
      run(() => {
        const row = rows().get(id);
        if (row && row.sent <= part) rows().set(id, { sent: part + 1, attempt: null, attemptAt: null });
      }),
  };
}
