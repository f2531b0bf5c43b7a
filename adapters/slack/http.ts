import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/ports/logger.ts';

/** A request handler for one path, in node:http's shape (our HTTP server mounts these). */
export type SlackRoute = (req: IncomingMessage, res: ServerResponse) => void;

/** HTTPReceiver throws for a path or method it doesn't serve; answer that instead of crashing. */
export function mount(receiver: HTTPReceiver, logger: Logger): SlackRoute {
  return (req, res) => {
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      logger.info('slack route refused', { method: req.method, url: req.url, error: String(error) });
      if (!res.headersSent) res.writeHead(405, { 'content-type': 'text/plain' });
      res.end('method not allowed');
    }
  };
}
