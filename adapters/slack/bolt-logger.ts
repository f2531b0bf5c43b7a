import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/ports/logger.ts';

/** Bolt's logger onto ours: debug dropped (it dumps request bodies), tokens masked in every line. */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  const line = (parts: unknown[]) =>
    parts
      .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' ')
      .replace(/xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+/g, '[token]');
  return {
    debug: () => {},
    info: (...parts: unknown[]) => logger.info(line(parts), { source: name }),
    warn: (...parts: unknown[]) => logger.warn(line(parts), { source: name }),
    error: (...parts: unknown[]) => logger.error(line(parts), { source: name }),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
