import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directMessage } from '../support/fake-slack-payloads.ts';
import { type CrashWorld, startCrashWorld } from '../support/inbox-crash.ts';

/**
 * kill -9 between an answer's send and its confirmation: the real `rectrack serve` process, killed by
 * the Slack stand-in the moment the answer reaches it, then started again on the same SQLite file.
 * The entry is processed again after the restart; the answer must not be sent a second time, and an
 * answer that never reached Slack must still go out once.
 */
describe('an answer interrupted by kill -9 is sent exactly once after the restart', () => {
  let world: CrashWorld;
  const DM = 'D0ELLISRO';

  beforeEach(async () => {
    world = await startCrashWorld();
    await world.command('report new "Crash inspection" key CRASH published 1 February 2024', 'seed-0', 's0');
    await world.api.waitFor(() => world.answers('seed-0')[0], 20_000);
    await world.command('add CRASH "Forces should answer once" due 1 March 2027', 'seed-1', 's1');
    await world.api.waitFor(() => world.answers('seed-1')[0], 20_000);
  }, 60_000);

  afterEach(async () => {
    await world.close();
  });

  let killed: Promise<void>;

  /** The stand-in kills the server as `method`'s call arrives; `drop` loses that call on the way. */
  function killOnArrival(method: string, drop: boolean) {
    killed = new Promise((resolve) => {
      world.api.whenCalled(method, () => {
        world.server().kill('SIGKILL');
        resolve();
        return drop ? 'drop' : undefined;
      });
    });
  }

  /** Once the stand-in has killed the server: the restart, and the restarted server's work done. */
  async function restartAndSettle() {
    await killed;
    await world.kill();
    await world.restart();
    await world.settled(30_000);
  }

  it('a slash command answered through response_url: one answer, one note', { timeout: 60_000 }, async () => {
    killOnArrival('response_url', false);
    const res = await world.command('CRASH-1 note: said once', 'once', 'trigger-once');
    expect(res.status).toBe(200);
    await restartAndSettle();
    expect(world.answers('once')).toHaveLength(1);
    const notes = await world.command('history CRASH-1', 'history', 'trigger-history');
    expect(notes.status).toBe(200);
    const history = await world.api.waitFor(() => world.answers('history')[0], 10_000);
    expect(JSON.stringify(history.params).match(/said once/g)).toHaveLength(1);
  });

  it('a direct message answered with chat.postMessage: found by its metadata, not posted again', {
    timeout: 60_000,
  }, async () => {
    killOnArrival('chat.postMessage', false);
    const res = await world.event(directMessage('CRASH-1 note: posted once', 'Ev-once'));
    expect(res.status).toBe(200);
    await restartAndSettle();
    expect(world.api.callsTo('conversations.history').length).toBeGreaterThan(0);
    const posted = world.api.messagesIn(DM);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.metadata).toMatchObject({ event_type: 'rectrack_answer' });
  });

  it('a direct message whose post never reached Slack: looked for, not found, posted once', {
    timeout: 60_000,
  }, async () => {
    killOnArrival('chat.postMessage', true);
    const res = await world.event(directMessage('CRASH-1 note: lost on the way', 'Ev-lost'));
    expect(res.status).toBe(200);
    await restartAndSettle();
    expect(world.api.callsTo('conversations.history').length).toBeGreaterThan(0);
    expect(world.api.messagesIn(DM)).toHaveLength(1);
  });
});
