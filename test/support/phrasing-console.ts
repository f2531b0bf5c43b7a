import { copyFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { runConsoleChat } from '../../adapters/console/console-chat.ts';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { Database, DB } from '../../adapters/db/schema.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { randomIds } from '../../adapters/system/ids.ts';
import type { CoreDeps } from '../../src/core/handle-message.ts';
import { fakeDocuments } from './fake-documents.ts';
import { createFixedClock } from './fixed-clock.ts';
import { PHRASING_CLOCK } from './phrasing-world.ts';
import { silentLogger } from './silent-logger.ts';

/** A rectrack SQLite file opened the way `rectrack chat` opens it, with the phrasing clock. */
export type ConsoleOffice = { db: Database; deps: CoreDeps; close(): Promise<void> };

export async function openConsoleOffice(path: string, copyOf?: string): Promise<ConsoleOffice> {
  if (copyOf) copyFileSync(copyOf, path);
  const db = await openSqlite<DB>(path);
  await migrateToLatest(db);
  const deps: CoreDeps = {
    store: createKyselyStore(db),
    clock: createFixedClock(PHRASING_CLOCK),
    ids: randomIds,
    defaultTimeZone: 'Europe/London',
    documents: fakeDocuments,
    schedules: createCronCalendar(),
  };
  return { db, deps, close: () => db.destroy() };
}

/**
 * Lines typed at the console by `user`, through the console adapter's own input handling (numbers pick
 * a question's choices, "> line" echoes); returns what it printed after each line.
 */
export async function typeAtConsole(office: ConsoleOffice, user: string, lines: readonly string[]) {
  let printed = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed += chunk.toString();
      done();
    },
  });
  await runConsoleChat({
    deps: office.deps,
    user,
    input: Readable.from(lines.map((line) => `${line}\n`)),
    output,
    interactive: false,
    color: false,
    logger: silentLogger,
  });
  // Each line's answer follows its echo, "> line".
  return printed.split(/^> /m).slice(1);
}

/** The console's one workspace. */
export async function consoleWorkspaceId(office: ConsoleOffice): Promise<string> {
  const workspace = await office.deps.store.workspaces.findByExternal('console', 'local');
  if (!workspace) throw new Error('the console workspace was never created');
  return workspace.id;
}
