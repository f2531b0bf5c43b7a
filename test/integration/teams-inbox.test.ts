import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../adapters/db/migrate.ts';
import { openSqlite } from '../../adapters/db/open-sqlite.ts';
import type { Database, DB } from '../../adapters/db/schema.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts';
import { button, cardOf, textOf } from '../support/fake-bot-connector-cards.ts';
import {
  type Activity,
  fixture,
  personal,
  startTeamsHarness,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

/**
 * Teams through the inbox, as `rectrack serve` runs it: the real botbuilder CloudAdapter behind our
 * HTTP server on a SQLite file, the Bot Connector a local stand-in. Every activity is written down
 * before Teams gets its HTTP answer, and answered from there, once, by this process or the next.
 */
describe('the Teams inbox', () => {
  let dir: string;
  let db: Database;
  let connector: FakeBotConnector;
  const open: TeamsHarness[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rectrack-teams-inbox-'));
    db = await openSqlite<DB>(join(dir, 'rectrack.sqlite'));
    await migrateToLatest(db);
    connector = await startFakeBotConnector();
  });

  afterEach(async () => {
    for (const h of open.splice(0)) await h.close();
    await connector.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function instance(inbox: NonNullable<Parameters<typeof startTeamsHarness>[0]>['inbox'] = {}) {
    const h = await startTeamsHarness({ db, connector, inbox });
    open.push(h);
    return h;
  }

  const sent = () => connector.calls.filter((c) => c.kind === 'send' || c.kind === 'reply');

  async function until<T>(check: () => T | undefined, what: string): Promise<T> {
    const start = Date.now();
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Says `text` and waits for the answer's messages (how many the connector got meanwhile). */
  async function say(h: TeamsHarness, text: string) {
    const before = sent().length;
    const res = await h.post(personal(h, text));
    expect(res.status).toBe(200);
    await until(() => (sent().length > before ? true : undefined), `an answer to ${text}`);
    await settled();
    return sent().slice(before);
  }

  async function openEntries(): Promise<number> {
    const row = await db
      .selectFrom('inbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', ['pending', 'claimed'])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function settled() {
    const start = Date.now();
    while ((await openEntries()) > 0) {
      if (Date.now() - start > 10_000) throw new Error('the inbox did not settle');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('a message is written down before the 200 and answered once from there', async () => {
    const h = await instance({ worker: false });
    const res = await h.post(personal(h, 'help'));
    expect(res.status).toBe(200);
    // Taken in, and nothing answered yet: the turn runs from the inbox, not in the request.
    expect(await openEntries()).toBe(1);
    expect(sent()).toHaveLength(0);
    await instance();
    await until(() => sent()[0], 'the answer');
    await settled();
    expect(sent()).toHaveLength(1);
    expect(textOf(cardOf(sent()[0]?.activity))).toContain('report new');
  });

  it('a restart finishes the work: an update taken in by one process is applied and answered once by the next', async () => {
    const first = await instance();
    await say(first, 'report new "Teams inbox" key TIN published 1 February 2024 publisher HMICFRS');
    await say(first, 'add TIN "Forces should keep every message" due 1 March 2027');
    await first.close();
    open.splice(open.indexOf(first), 1);
    // The next process takes a message in and dies before running it (its worker never starts).
    const dying = await instance({ worker: false });
    const res = await dying.post(personal(dying, 'TIN-1 note: survived the restart'));
    expect(res.status).toBe(200);
    await dying.close();
    open.splice(open.indexOf(dying), 1);
    const before = sent().length;
    const restarted = await instance();
    await until(() => (sent().length > before ? true : undefined), 'the answer after the restart');
    await settled();
    expect(sent().slice(before)).toHaveLength(1);
    const history = await say(restarted, 'history TIN-1');
    expect(JSON.stringify(history).match(/survived the restart/g)).toHaveLength(1);
  });

  it('a card press (invoke) is written down and answered in its HTTP response', async () => {
    const h = await instance();
    await say(h, 'report new "Teams presses" key TPR published 1 February 2024 publisher HMICFRS');
    await say(h, 'add TPR "Forces should answer presses" due 1 March 2027');
    const [card] = await say(h, 'TPR-1');
    const done = button(cardOf(card?.activity), 'Done');
    const res = await h.post(press(h, done.data));
    expect(res.status).toBe(200);
    const answer = res.body as { type: string; value: unknown };
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(answer.value)).toContain('TPR-1 is now done');
    await settled();
    expect(connector.calls.filter((c) => c.kind === 'update')).toHaveLength(0);
  });

  it('a press whose request stopped waiting is answered in the chat: the card updated in place', async () => {
    const h = await instance({ invokeWaitMs: 0 });
    await say(h, 'report new "Slow presses" key SLO published 1 February 2024 publisher HMICFRS');
    await say(h, 'add SLO "Forces should answer late presses" due 1 March 2027');
    const [card] = await say(h, 'SLO-1');
    const done = button(cardOf(card?.activity), 'Done');
    const res = await h.post(press(h, done.data));
    expect(res.status).toBe(200);
    expect((res.body as { value: unknown }).value).toMatch(/answer will follow/);
    const update = await until(() => connector.calls.find((c) => c.kind === 'update'), 'the card update');
    expect(textOf(cardOf(update.activity))).toContain('SLO-1 is now done');
    await settled();
    expect(connector.calls.filter((c) => c.kind === 'update')).toHaveLength(1);
  });

  it('a full inbox answers "busy, try again in a minute" and takes nothing in', async () => {
    const h = await instance({ limit: 1, worker: false });
    await h.post(personal(h, 'help'));
    const res = await h.post(personal(h, 'mine'));
    expect(res.status).toBe(200);
    const busy = await until(() => sent()[0], 'the busy answer');
    expect(busy.activity?.text).toBe('rectrack is busy, try again in a minute.');
    expect(await openEntries()).toBe(1);
  });
});

/** A Universal Action press carrying a button's data. */
function press(h: TeamsHarness, data: Record<string, unknown> | undefined): Activity {
  const activity = fixture(h, 'invoke-adaptiveCard-action');
  activity.value = {
    action: { type: 'Action.Execute', title: 'x', verb: 'rectrack', data: { ...data } },
    trigger: 'manual',
  };
  return activity;
}
