import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { redactSecrets } from '../../src/redact.ts';
import { createStderrLogger } from '../../src/stderr-logger.ts';

const URL_WITH_PASSWORD = 'postgres://rectrack:s3cr3t-Pa55@db.internal:5432/rectrack';

describe('secrets are never printed', () => {
  it('a DATABASE_URL with a password is quoted without it in the config error', () => {
    // A database rectrack cannot use, so the URL is quoted back in the error.
    const result = loadConfig({ DATABASE_URL: URL_WITH_PASSWORD.replace('postgres:', 'mysql:') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join('\n');
    expect(text).not.toContain('s3cr3t-Pa55');
    expect(text).toContain('mysql://rectrack:***@db.internal:5432/rectrack');
  });

  it('the log prints no URL password or secret query parameter, in the message or any field', () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (d: Buffer) => {
      written += d.toString();
    });
    const logger = createStderrLogger(out);
    logger.error(`could not connect to ${URL_WITH_PASSWORD}`, {
      error: `ECONNREFUSED ${URL_WITH_PASSWORD}`,
      url: 'https://hooks.example.org/x?token=xoxb-123&ok=1',
    });
    expect(written).not.toContain('s3cr3t-Pa55');
    expect(written).not.toContain('xoxb-123');
    expect(written).toContain('rectrack:***@db.internal');
    expect(written).toContain('token=***&ok=1');
    expect(() => JSON.parse(written)).not.toThrow();
  });

  it.each([
    ['https://user:pw@example.org/a', 'https://user:***@example.org/a'],
    ['mysql://:only-password@h/db', 'mysql://:***@h/db'],
    ['https://example.org:8443/path@x', 'https://example.org:8443/path@x'],
    ['sqlite:./data/rectrack.sqlite', 'sqlite:./data/rectrack.sqlite'],
    ['see https://h/x?password=p&q=1', 'see https://h/x?password=***&q=1'],
  ])('%s → %s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });
});
