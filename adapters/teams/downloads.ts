import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ExportFile } from '../../src/core/export/snapshot.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { TeamsRoute } from './http.ts';

export const DOWNLOADS_PATH = '/exports';
/** Long enough to click the link in the card; short enough that a forwarded link soon stops working. */
export const DOWNLOAD_TTL_MS = 15 * 60 * 1000;

export type OfferedFile = { name: string; url: string };
/** A file held for a file consent card (consent.ts): its id goes in the card's accept and decline context. */
export type HeldFile = { id: string; file: ExportFile };

export type Downloads = {
  /** Links to the files, each signed and valid for DOWNLOAD_TTL_MS; undefined without a public address. */
  offer(files: readonly ExportFile[]): OfferedFile[] | undefined;
  /** Holds the files for DOWNLOAD_TTL_MS without a link, for the personal chat's file consent cards. */
  hold(files: readonly ExportFile[]): HeldFile[];
  /** Gives a held file up once (accepted or declined); undefined once expired or already taken. */
  take(id: string): ExportFile | undefined;
  route: TeamsRoute;
};

/**
 * The exported files Teams is offered, held by id until they expire. The personal chat gets a file
 * consent card per file (consent.ts). Channels and group chats get short-lived signed download links
 * served by rectrack: a bot cannot attach a file to a channel message, so the card links to `/exports?f=ID.EXPIRES.SIGNATURE`, an HMAC with a
 * key made at start-up. The files are held in this process's memory until they expire: behind a load
 * balancer, pin /exports to the instance (or run one), since another instance does not have them.
 */
export function createDownloads(options: { publicUrl: string | undefined; clock: Clock }): Downloads {
  const key = randomBytes(32);
  const held = new Map<string, { file: ExportFile; expires: number }>();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

  function sweep(now: number) {
    for (const [id, entry] of held) if (entry.expires <= now) held.delete(id);
  }

  function keep(files: readonly ExportFile[]) {
    const now = options.clock.now().getTime();
    sweep(now);
    return files.map((file) => {
      const id = randomBytes(16).toString('base64url');
      const expires = now + DOWNLOAD_TTL_MS;
      held.set(id, { file, expires });
      return { id, file, expires };
    });
  }

  return {
    offer(files) {
      const { publicUrl } = options;
      if (publicUrl === undefined) return undefined;
      return keep(files).map(({ id, file, expires }) => {
        const token = `${id}.${expires}.${sign(`${id}.${expires}`)}`;
        return { name: file.name, url: `${publicUrl}${DOWNLOADS_PATH}?f=${token}` };
      });
    },
    hold(files) {
      return keep(files).map(({ id, file }) => ({ id, file }));
    },
    take(id) {
      const entry = held.get(id);
      held.delete(id);
      return entry && entry.expires > options.clock.now().getTime() ? entry.file : undefined;
    },
    async route(req, res) {
      if (req.method !== 'GET') {
        res.writeHead(405, { 'content-type': 'text/plain' }).end('GET only');
        return;
      }
      const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('f') ?? '';
      const [id = '', expires = '', signature = ''] = token.split('.');
      const expected = Buffer.from(sign(`${id}.${expires}`));
      const given = Buffer.from(signature);
      const genuine = given.length === expected.length && timingSafeEqual(given, expected);
      const entry = genuine ? held.get(id) : undefined;
      if (!entry || entry.expires <= options.clock.now().getTime() || String(entry.expires) !== expires) {
        res
          .writeHead(404, { 'content-type': 'text/plain' })
          .end('This download link has expired or is not valid. Ask rectrack for the export again.');
        return;
      }
      res.writeHead(200, {
        'content-type': entry.file.mediaType,
        'content-length': entry.file.bytes.byteLength,
        'content-disposition': `attachment; filename="${entry.file.name.replace(/"/g, '')}"`,
        'cache-control': 'no-store',
      });
      res.end(Buffer.from(entry.file.bytes));
    },
  };
}
