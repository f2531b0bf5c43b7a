import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPEAT_NOTE } from '../../src/core/answer-once.ts';
import { directMessage } from '../support/fake-slack-payloads.ts';
import { type CrashWorld, startCrashWorld } from '../support/inbox-crash.ts';

/**
 * kill -9 between an answer's send and its confirmation: the real `rectrack serve` process, killed by
 * the Slack stand-in the moment the answer reaches it, then started again on the same SQLite file.
 * The entry is processed again after the restart: an answer Slack lets us look up is not sent a
 * second time, one that never reached Slack still goes out once, and one that cannot be looked up (a
 * response_url) is sent again marked as a possible repeat, never left unsaid. The change is made once.
 */
describe('an answer interrupted by kill -9 after the restart', () => {
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

  /** The text of each answer at a command's response_url, and how often its note is in the history. */
  async function answersAndNotes(name: string, note: string) {
    const texts = world.answers(name).map((call) => String(call.params.text));
    const res = await world.command('history CRASH-1', 'history', 'trigger-history');
    expect(res.status).toBe(200);
    const history = await world.api.waitFor(() => world.answers('history')[0], 10_000);
    return { texts, notes: JSON.stringify(history.params).split(note).length - 1 };
  }

  it('a slash command whose answer reached Slack: answered again, marked as a possible repeat; one note', {
    timeout: 60_000,
  }, async () => {
    killOnArrival('response_url', false);
    const res = await world.command('CRASH-1 note: said once', 'once', 'trigger-once');
    expect(res.status).toBe(200);
    await restartAndSettle();
    const { texts, notes } = await answersAndNotes('once', 'said once');
    expect(texts).toHaveLength(2);
    expect(texts[0]).not.toContain(REPEAT_NOTE);
    expect(texts[1]?.startsWith(REPEAT_NOTE)).toBe(true);
    expect(notes).toBe(1);
  });

  it('a slash command whose answer never reached Slack: answered once after the restart; one note', {
    timeout: 60_000,
  }, async () => {
    killOnArrival('response_url', true);
    const res = await world.command('CRASH-1 note: cut short', 'cut', 'trigger-cut');
    expect(res.status).toBe(200);
    await restartAndSettle();
    const { texts, notes } = await answersAndNotes('cut', 'cut short');
    expect(texts).toHaveLength(1);
    expect(texts[0]?.startsWith(REPEAT_NOTE)).toBe(true);
    expect(notes).toBe(1);
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
