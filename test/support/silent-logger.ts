import type { Logger } from '../../src/ports/logger.ts';

/** A logger for tests and benches that expect no log lines worth reading. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
