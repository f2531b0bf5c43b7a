/**
 * The current instant. The core never reads the system clock itself, so tests can fix time
 * (adapters/system/clock.ts is the real one, test/support/fixed-clock.ts the one tests set).
 */
export type Clock = { now(): Date };
