import { describe, expect, it } from 'vitest';
import { createHomeRefresher } from '../../adapters/slack/home.ts';
import type { SlackWho } from '../../adapters/slack/translate.ts';
import { silentLogger } from '../support/silent-logger.ts';

type Publish = Parameters<typeof createHomeRefresher>[0]['publish'];
// Never called: publish here is the test's own.
const client = {} as Parameters<Publish>[0];
const person = (userId: string): SlackWho => ({ teamId: 'T1', enterpriseId: undefined, userId });
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('App Home refreshes', () => {
  it('run one at a time across people, and a change while a refresh waits its turn joins it', async () => {
    const started: string[] = [];
    const finish: Array<() => void> = [];
    const refresher = createHomeRefresher({
      windowMs: 5,
      logger: silentLogger,
      publish: (_client, who) => {
        started.push(who.userId);
        return new Promise<void>((resolve) => finish.push(resolve));
      },
    });
    for (const user of ['U1', 'U2', 'U3']) refresher.schedule(client, person(user));
    await tick(40);
    expect(started).toEqual(['U1']);
    // U3 changes something again while waiting: still one refresh for U3.
    refresher.schedule(client, person('U3'));
    finish.shift()?.();
    await tick(10);
    expect(started).toEqual(['U1', 'U2']);
    finish.shift()?.();
    await tick(10);
    expect(started).toEqual(['U1', 'U2', 'U3']);
    finish.shift()?.();
    await tick(40);
    expect(started).toEqual(['U1', 'U2', 'U3']);
    // Once published, the next change gets a refresh of its own.
    refresher.schedule(client, person('U1'));
    await tick(40);
    expect(started).toEqual(['U1', 'U2', 'U3', 'U1']);
    finish.shift()?.();
    refresher.cancel();
  });
});
