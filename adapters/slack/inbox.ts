import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type App, HTTPModuleFunctions, isRawBodyError } from '@slack/bolt';
import { z } from 'zod';
import type { Clock } from '../../src/ports/clock.ts';
import type { IdGenerator } from '../../src/ports/ids.ts';
import type { InboxEntry, InboxStore } from '../../src/ports/inbox.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { SlackRoute } from './http.ts';
import { SLASH_COMMAND } from './manifest.ts';
import type { Answering } from './reply-sender.ts';

export const BUSY = 'rectrack is busy, try again in a minute.';

export type SlackInboxOptions = {
  inbox: InboxStore;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  signingSecret: string;
  /** Unfinished entries (across instances) beyond which a request is refused as busy, not acknowledged. */
  limit: number;
  bodyLimit: number;
  /** Called once an entry is written, so the worker takes it at once. */
  accepted(): void;
};

/** What is kept of a request: its parsed body, exactly as Bolt would have dispatched it. */
const stored = z.object({ body: z.record(z.string(), z.unknown()) });

/**
 * /slack/events with the inbox in front of Bolt: a signed slash command, event or button press is
 * written to the database before the acknowledgement goes back, then dispatched to the same Bolt
 * listeners from there (`process`), after a restart or on another instance if need be. Requests that
 * must be answered in the HTTP response (a modal's submit, URL verification) and anything that fails
 * verification go straight to Bolt's receiver, which answers them as before.
 */
export function createSlackInbox(options: SlackInboxOptions, receiver: SlackRoute) {
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Record<string, unknown>;
    try {
      // The receiver reuses this buffered body (req.rawBody) if it gets the request after all.
      const verified = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
        { signingSecret: options.signingSecret, bodyLimit: options.bodyLimit },
        req,
        res,
      );
      body = HTTPModuleFunctions.parseHTTPRequestBody(verified) as Record<string, unknown>;
    } catch (error) {
      if (isRawBodyError(error)) return answer(res, 413, 'text/plain', 'payload too large');
      return receiver(req, res);
    }
    const key = deliveryKey(body);
    if (!key) return receiver(req, res);
    const result = await options.inbox.accept(
      {
        id: options.ids.next(),
        source: 'slack',
        key,
        payload: JSON.stringify({ body }),
        receivedAt: options.clock.now().toISOString(),
      },
      options.limit,
    );
    if (result === 'busy') {
      options.logger.warn('slack request refused: the inbox is full', { key });
      // A slash command shows this text to the person; an event is retried by Slack after a 503.
      if (typeof body.command === 'string') {
        return answer(
          res,
          200,
          'application/json',
          JSON.stringify({ response_type: 'ephemeral', text: BUSY }),
        );
      }
      res.setHeader('retry-after', '60');
      return answer(res, 503, 'text/plain', BUSY);
    }
    answer(res, 200, 'text/plain', '');
    if (result === 'accepted') options.accepted();
  }

  return {
    route: ((req, res) => {
      void route(req, res).catch((error: unknown) => {
        options.logger.error('slack request not taken into the inbox', {
          error: error instanceof Error ? error.stack : String(error),
        });
        if (!res.headersSent) answer(res, 500, 'text/plain', 'internal error');
        else res.end();
      });
    }) satisfies SlackRoute,
    /** Dispatches a stored request to the Bolt listeners; resolves once they are done with it. */
    async process(app: App, entry: InboxEntry): Promise<void> {
      const { body } = stored.parse(JSON.parse(entry.payload));
      // Acknowledged long ago, when it was written down: the listeners' ack() has nothing left to do.
      // `answering` numbers the messages its listener sends, each sent once (reply-sender.ts).
      const answering: Answering = { id: entry.id, next: 0 };
      await app.processEvent({ body, ack: async () => {}, customProperties: { answering } });
    },
  };
}

/**
 * The platform's own name for a delivery, which a Slack retry repeats: a slash command's or button
 * press's trigger id, an event's id. Undefined for what is not taken into the inbox.
 */
function deliveryKey(body: Record<string, unknown>): string | undefined {
  const team = text(body.team_id) ?? text(field(body.team, 'id')) ?? '';
  // Another app's command is left to Bolt, which answers 404 for a command nobody listens to.
  if (body.command === SLASH_COMMAND) return keyed('command', team, body.trigger_id);
  if (body.type === 'event_callback') return keyed('event', team, body.event_id);
  if (body.type === 'block_actions') {
    // A retry repeats the body byte for byte; the digest keeps two presses apart even if a client
    // ever reused a trigger id.
    const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
    return keyed('action', team, text(body.trigger_id) && `${body.trigger_id}:${digest}`);
  }
  return undefined;
}

function keyed(kind: string, team: string, id: unknown): string | undefined {
  const name = text(id);
  return name ? `${kind}:${team}:${name}` : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function answer(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
