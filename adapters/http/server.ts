import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../src/ports/logger.ts';

/** A route the platform adapters mount (e.g. /slack/events, /api/messages). */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type HttpServerOptions = {
  routes: ReadonlyMap<string, Route>;
  /** Why this instance should get no traffic now (database, migrations, inbox, shutting down); empty when ready. */
  ready: () => Promise<boolean | string[]>;
  logger: Logger;
};

/** A caller's own request id (a proxy's x-request-id) is kept when it is a plain token. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * The one HTTP server: platform routes plus /healthz (process up) and /readyz (ready for traffic).
 * Every request gets an id, sent back as x-request-id and in its log line, so an operator can follow
 * one request through a load balancer's logs and ours.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    // Probes come every few seconds from every load balancer: only a failing one is worth a line.
    res.once('finish', () => {
      if (PROBES.has(path) && res.statusCode < 400) return;
      options.logger.info('http request', {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      });
    });
    void handle(options, path, req, res).catch((error: unknown) => {
      options.logger.error('http request failed', {
        requestId,
        path,
        error: error instanceof Error ? error.stack : String(error),
      });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
  });
}

async function handle(options: HttpServerOptions, path: string, req: IncomingMessage, res: ServerResponse) {
  if (path === '/healthz') return send(res, 200, 'ok');
  if (path === '/readyz') {
    // A failing check means "not ready" (503, so a load balancer waits), not a server error.
    const answer = await options.ready().catch(() => false);
    if (answer === true || (Array.isArray(answer) && answer.length === 0)) return send(res, 200, 'ready');
    return send(res, 503, answer === false ? 'not ready' : `not ready: ${answer.join('; ')}`);
  }

  const route = options.routes.get(path);
  if (route) return route(req, res);
  send(res, 404, 'not found');
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(body);
}
