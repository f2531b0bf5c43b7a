import { describe, expect, it } from 'vitest';
import { runInboxCrash } from '../support/inbox-crash.ts';

/**
 * Acknowledged work survives kill -9: the real `rectrack serve` process on a SQLite file takes a
 * burst of signed slash commands, is killed half-way, started again, and sent the rest. bench/inbox-crash.ts
 * is the same with 500 commands, and prints the figures.
 */
describe('slash commands acknowledged before a kill -9', () => {
  it('are each applied once and answered after the restart, any second copy marked; none is lost', {
    timeout: 120_000,
  }, async () => {
    const figures = await runInboxCrash({ commands: 50, killAfter: 25, parallel: 10 });
    console.log('inbox crash figures', figures);
    expect(figures.acknowledged).toBeGreaterThanOrEqual(25);
    expect(figures.lost).toBe(0);
    expect(figures.answeredOnce + figures.answeredAgainMarked).toBe(figures.acknowledged);
    expect(figures.answeredTwiceOrMore).toBe(0);
    expect(figures.appliedOnce).toBe(figures.acknowledged);
    expect(figures.appliedTwiceOrMore).toBe(0);
  });
});
