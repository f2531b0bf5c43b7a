import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Clock } from '../../src/ports/clock.ts';
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

/**
 * How far ahead of our clock a request's timestamp may be. Bolt refuses one more than five minutes
 * old but not one from the future, which a captured request signed ahead of time could use to be
 * replayed later: https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
const MAX_AHEAD_SECONDS = 5 * 60;

/** Answers 401 to a request stamped more than five minutes ahead, before `next` sees it. */
export function refuseFutureRequests(next: SlackRoute, logger: Logger, clock: Clock): SlackRoute {
  return (req, res) => {
    if (!fromTheFuture(req, clock)) return next(req, res);
    logger.warn('slack request refused: its timestamp is more than 5 minutes ahead', { url: req.url });
    res.writeHead(401, { 'content-type': 'text/plain' });
    res.end('request timestamp is in the future');
  };
}

function fromTheFuture(req: IncomingMessage, clock: Clock): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const stamp = Number(Array.isArray(header) ? header[0] : header);
  if (!Number.isFinite(stamp)) return false; // no stamp: Bolt refuses the request itself
  return stamp - clock.now().getTime() / 1000 > MAX_AHEAD_SECONDS;
}
