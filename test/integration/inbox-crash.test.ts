import { describe, expect, it } from 'vitest';
import { runInboxCrash } from '../support/inbox-crash.ts';

/** What the inbox worker has in hand at once (adapters/scheduler/inbox-worker.ts). */
const IN_HAND = 8;

/**
 * Acknowledged work survives kill -9: the real `rectrack serve` process on a SQLite file takes a
 * burst of signed slash commands, is killed half-way, and is started again. bench/inbox-crash.ts is
 * the same with 500 commands, and prints the figures.
 */
describe('slash commands acknowledged before a kill -9', () => {
  it('are each applied once and answered after the restart; none is lost', { timeout: 120_000 }, async () => {
    const figures = await runInboxCrash({ commands: 50, killAfter: 25, parallel: 10 });
    console.log('inbox crash figures', figures);
    expect(figures.acknowledged).toBeGreaterThanOrEqual(25);
    expect(figures.lost).toBe(0);
    expect(figures.answeredOnce + figures.answeredTwiceOrMore).toBe(figures.acknowledged);
    expect(figures.appliedOnce).toBe(figures.acknowledged);
    expect(figures.appliedTwiceOrMore).toBe(0);
    // Only a command whose answer was already out when the process died, before the inbox recorded
    // it, is answered a second time (from the request ledger, changing nothing).
    expect(figures.answeredTwiceOrMore).toBeLessThanOrEqual(IN_HAND);
  });
});
