/*
 * One scheduler process for test/integration/scheduler-processes.test.ts: opens the shared SQLite file
 * and runs the real scheduler with a clock the test controls and a messenger that records to a file.
 *
 *   --at ISO          tick once at that instant (repeat for several ticks, in order), then exit
 *   --clock FILE      otherwise: tick each time FILE holds a new instant (write "stop" to end), and
 *                     acknowledge each tick by writing the instant to FILE.ack-ID
 *   --die-on-send     kill this process (SIGKILL) when it is about to post, i.e. after claiming
 */
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createKyselyStore } from '../../adapters/db/kysely-store.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { createCronCalendar } from '../../adapters/scheduler/cron-calendar.ts';
import { createScheduler } from '../../adapters/scheduler/scheduler.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { Messenger } from '../../src/ports/messenger.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    id: { type: 'string' },
    out: { type: 'string' },
    at: { type: 'string', multiple: true },
    clock: { type: 'string' },
    'die-on-send': { type: 'boolean' },
    'lease-ms': { type: 'string' },
  },
});
const id = values.id ?? 'worker';
const out = join(values.out ?? '.', `${id}.jsonl`);
let now = new Date(0);

const record = (entry: Record<string, unknown>) =>
  appendFileSync(out, `${JSON.stringify({ worker: id, ...entry })}\n`);
const heading = (reply: Reply) => reply.blocks.find((b) => b.type === 'heading')?.text ?? reply.text;

const messenger: Messenger = {
  async postToChannel(_workspace, address, reply) {
    if (values['die-on-send']) process.kill(process.pid, 'SIGKILL');
    const late = reply.blocks.some((b) => b.type === 'text' && b.text.startsWith('Late:'));
    record({ kind: 'channel', to: address, heading: heading(reply), late, at: now.toISOString() });
    return { refs: [] };
  },
  async sendDirect(_workspace, member, reply) {
    record({ kind: 'direct', to: member.displayName, heading: heading(reply), at: now.toISOString() });
    return 'sent';
  },
};

const logger: Logger = {
  info() {},
  warn: (message, fields) => process.stderr.write(`${id} warn ${message} ${JSON.stringify(fields)}\n`),
  error: (message, fields) => process.stderr.write(`${id} error ${message} ${JSON.stringify(fields)}\n`),
};

const db = await openSqlite<DB>(values.db ?? '');
const scheduler = createScheduler({
  store: createKyselyStore(db),
  clock: { now: () => new Date(now.getTime()) },
  schedules: createCronCalendar(),
  messengers: { console: messenger },
  logger,
  instance: id,
  policy: values['lease-ms'] ? { leaseMs: Number(values['lease-ms']) } : {},
});

if (values.at) {
  for (const at of values.at) {
    now = new Date(at);
    await scheduler.tick();
  }
} else if (values.clock) {
  const clockFile = values.clock;
  let last = '';
  for (;;) {
    const text = readFileSync(clockFile, 'utf8').trim();
    if (text === 'stop') break;
    if (text !== '' && text !== last) {
      now = new Date(text);
      await scheduler.tick();
      last = text;
      writeFileSync(`${clockFile}.ack-${id}.tmp`, text);
      renameSync(`${clockFile}.ack-${id}.tmp`, `${clockFile}.ack-${id}`);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}
await db.destroy();
