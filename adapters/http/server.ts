import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../src/ports/logger.ts';

/** A route the platform adapters mount (e.g. /slack/events, /api/messages). */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type HttpServerOptions = {
  routes: ReadonlyMap<string, Route>;
  ready: () => Promise<boolean>;
  logger: Logger;
};

/** The one HTTP server: platform routes plus /healthz (process up) and /readyz (database reachable). */
export function createHttpServer(options: HttpServerOptions): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    void handle(options, path, req, res).catch((error: unknown) => {
      options.logger.error('http request failed', {
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
    const ready = await options.ready().catch(() => false);
    return ready ? send(res, 200, 'ready') : send(res, 503, 'not ready');
  }

  const route = options.routes.get(path);
  if (route) return route(req, res);
  send(res, 404, 'not found');
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(body);
}
