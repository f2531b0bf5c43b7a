import type { Clock } from '../../src/ports/clock.ts';

/** The real clock, wired in src/main.ts; tests use test/support/fixed-clock.ts instead. */
export const systemClock: Clock = { now: () => new Date() };
