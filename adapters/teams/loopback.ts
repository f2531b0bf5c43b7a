import { isIP } from 'node:net';

/**
 * Whether a URL points at this machine: localhost, 127.0.0.0/8 or ::1 (and ::ffff:127.x). Without
 * credentials nothing proves an activity came from Teams, so its serviceUrl, where the bot sends its
 * replies, must not let a caller aim the bot at another machine.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(bare);
  return false;
}
