import type { LogFields, Logger } from './ports/logger.ts';
import { redactSecrets } from './redact.ts';

/**
 * One JSON line per event on stderr, so stdout stays the conversation. A URL with a password in any
 * message or field (an error quoting a connection string) is printed without it.
 */
export function createStderrLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string, fields?: LogFields) =>
    stream.write(
      `${redactSecrets(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }))}\n`,
    );
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
