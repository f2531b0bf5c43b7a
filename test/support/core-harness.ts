import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import type { Mention } from '../../src/core/commands/context.ts';
import { type CoreDeps, handleMessage } from '../../src/core/handle-message.ts';
import type { Platform } from '../../src/core/model/entities.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { Store } from '../../src/ports/store.ts';
import { fakeDocuments } from './fake-documents.ts';
import { createFixedClock } from './fixed-clock.ts';
import { createMemoryStore } from './memory-store.ts';
import { createSequentialIds } from './sequential-ids.ts';
import { openTestDatabase, TEST_DATABASES, type TestDatabaseKind } from './test-databases.ts';

/** The memory fake, and the Kysely store on each database (test-databases.ts: PostgreSQL too). */
export type StoreKind = 'memory' | TestDatabaseKind;
export const STORE_KINDS: StoreKind[] = ['memory', ...TEST_DATABASES];

export type SayOptions = {
  workspace?: string;
  platform?: Platform;
  mentions?: Mention[];
  platformAdmin?: boolean;
  files?: DocumentFile[];
  idempotencyKey?: string;
  /** The channel the message is posted in (digests subscribe it). */
  channel?: { address: unknown; name?: string };
  /** Run it only if it only reads (as "Share in channel" does). */
  readOnly?: boolean;
};

/** The core wired to a real store and a fixed clock, driven the way every adapter drives it. */
export type Harness = {
  store: Store;
  clock: ReturnType<typeof createFixedClock>;
  deps: CoreDeps;
  say(user: string, text: string, options?: SayOptions): Promise<Reply>;
  close(): Promise<void>;
};

export async function openHarness(
  kind: StoreKind,
  start = new Date('2024-03-14T10:00:00Z'),
): Promise<Harness> {
  const clock = createFixedClock(start);
  let store: Store;
  let close = async () => {};
  if (kind === 'memory') {
    store = createMemoryStore();
  } else {
    const opened = await openTestDatabase(kind);
    store = createKyselyStore(opened.db);
    close = opened.close;
  }
  const deps: CoreDeps = {
    store,
    clock,
    ids: createSequentialIds(kind),
    defaultTimeZone: 'Europe/London',
    documents: fakeDocuments,
    schedules: createCronCalendar(),
  };
  return {
    store,
    clock,
    deps,
    close,
    say: (user, text, options = {}) =>
      handleMessage(deps, {
        platform: options.platform ?? 'console',
        workspace: { externalId: options.workspace ?? 'local', name: options.workspace ?? 'Local' },
        actor: { externalId: user, displayName: user, platformAdmin: options.platformAdmin ?? false },
        text,
        mentions: options.mentions ?? [],
        ...(options.files ? { files: options.files } : {}),
        ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
        ...(options.channel ? { channel: options.channel } : {}),
        ...(options.readOnly ? { readOnly: true } : {}),
      }),
  };
}

/** Every line of a reply's text and blocks, for assertions on what the user sees. */
export function visible(reply: Reply): string {
  const parts = [reply.text];
  for (const block of reply.blocks) {
    if (block.type === 'heading' || block.type === 'text') parts.push(block.text);
    if (block.type === 'fields') parts.push(...block.fields.map((f) => `${f.label}: ${f.value}`));
    if (block.type === 'items' && block.title) parts.push(block.title);
    if (block.type === 'items')
      parts.push(...block.items.map((i) => `${i.rag} ${i.ref} ${i.owner ?? '-'} ${i.dueText}`));
    if (block.type === 'history') parts.push(...block.entries.map((e) => `${e.who}: ${e.text}`));
    if (block.type === 'choices') parts.push(...block.choices.map((c) => `[${c.label} -> ${c.command}]`));
  }
  return parts.join('\n');
}
