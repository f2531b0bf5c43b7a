import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { OnceDeps } from '../../src/core/answer-once.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { IdGenerator } from '../../src/ports/ids.ts';
import type { InboxEntry, InboxStore } from '../../src/ports/inbox.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { CardElement } from './cards.ts';
import {
  type HostedCloudAdapter,
  type KeptAuth,
  keepAuth,
  readAuthenticated,
  send,
  type TeamsRoute,
  toActivity,
} from './http.ts';
import { sendOnceIn, setAnswering, updateMessage } from './reply-sender.ts';

export const BUSY = 'rectrack is busy, try again in a minute.';
const STILL_WORKING = 'Working on it: the answer will follow here.';

export type TeamsInboxOptions = {
  inbox: InboxStore;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  once: OnceDeps;
  /** Unfinished entries (across instances) beyond which an activity is refused as busy. */
  limit: number;
  /** Called once an entry is written, so the worker takes it at once. */
  accepted(): void;
  /** Which reply addresses (serviceUrl) to accept; without credentials, only this machine's. */
  acceptsServiceUrl: (url: string) => boolean;
  /** How long a card press's request waits for its answer before saying it will follow. */
  invokeWaitMs?: number;
};

/** Teams gives up on an invoke after 15 seconds; the answer must be back well before. */
const INVOKE_WAIT_MS = 10_000;

type InvokeBody = { statusCode: number; type: string; value: unknown };

/** What an entry keeps: the activity as Teams sent it, and the claims its token proved (never the token). */
const stored = z.object({
  activity: z.record(z.string(), z.unknown()),
  auth: z.object({
    audience: z.string(),
    callerId: z.string().optional(),
    claims: z.array(z.object({ type: z.string(), value: z.string() })),
    isAuthenticated: z.boolean(),
  }),
}) satisfies z.ZodType<{ activity: Record<string, unknown>; auth: KeptAuth }>;

/**
 * /api/messages with the inbox in front of the turn: an authenticated activity (a message, a card
 * press, an install) is written to the database before Teams gets its HTTP answer, then run from
 * there (`process`), after a restart or on another instance if need be. A card press (an invoke)
 * waits for its answer, which goes back in the HTTP response as before; when it takes too long, or
 * the entry is run after a restart, the answer goes to the chat instead (the card updated in place,
 * or a message).
 */
export function createTeamsInbox(
  options: TeamsInboxOptions,
  adapter: HostedCloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
) {
  const { logger } = options;
  /** Invokes whose HTTP request is still open in this process, by entry id. */
  const waiting = new Map<string, (body: InvokeBody | undefined) => void>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readAuthenticated(req, res, adapter, logger, options.acceptsServiceUrl);
    if (!request) return;
    const { activity, auth } = request;
    if (!activity.id) {
      // Nothing names it, so a redelivery could not be told apart: run it in the request, as before.
      const result = await adapter.runAuthenticated(auth, activity, logic);
      return send(res, result?.status ?? 200, result?.body);
    }
    const id = options.ids.next();
    const invoke = activity.type === ActivityTypes.Invoke;
    const answered = invoke
      ? new Promise<InvokeBody | undefined>((resolve) => waiting.set(id, resolve))
      : undefined;
    const result = await options.inbox.accept(
      {
        id,
        source: 'teams',
        key: `${activity.type}:${activity.conversation.id}:${activity.id}`,
        payload: JSON.stringify({ activity, auth: keepAuth(auth) }),
        receivedAt: options.clock.now().toISOString(),
      },
      options.limit,
    );
    if (result !== 'accepted') waiting.delete(id);
    if (result === 'busy') {
      logger.warn('teams activity refused: the inbox is full', { type: activity.type });
      if (invoke) return send(res, 200, message(BUSY));
      if (activity.type === ActivityTypes.Message) {
        await adapter.runAuthenticated(auth, activity, async (context) => {
          await context.sendActivity(BUSY);
        });
      }
      return send(res, 200, undefined);
    }
    if (result === 'duplicate') {
      // A redelivery of one already taken in: it is answered once, from the first.
      return send(res, 200, invoke ? message(STILL_WORKING) : undefined);
    }
    options.accepted();
    if (!answered) return send(res, 200, undefined);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, options.invokeWaitMs ?? INVOKE_WAIT_MS, undefined);
    });
    const body = await Promise.race([answered, late]);
    clearTimeout(timer);
    waiting.delete(id);
    send(res, 200, body ?? message(STILL_WORKING));
  }

  return {
    route: ((req, res) =>
      route(req, res).catch((error: unknown) => {
        logger.error('teams activity not taken into the inbox', {
          error: error instanceof Error ? error.stack : String(error),
        });
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
        else res.end();
      })) satisfies TeamsRoute,
    /** Runs a stored activity's turn; resolves once it is answered. */
    async process(entry: InboxEntry): Promise<void> {
      const kept = stored.parse(JSON.parse(entry.payload));
      const activity = toActivity(kept.activity) as Activity;
      const auth = adapter.restore(kept.auth);
      const answering = { id: entry.id, next: 0, once: options.once };
      const result = await adapter.runAuthenticated(auth, activity, async (context) => {
        setAnswering(context, answering);
        await logic(context);
      });
      const body = result?.body as InvokeBody | undefined;
      const waiter = waiting.get(entry.id);
      if (waiter) return waiter(body);
      if (body) {
        // Nobody waits for this invoke's HTTP answer any more: say it in the chat instead.
        await adapter.runAuthenticated(auth, activity, async (context) => {
          setAnswering(context, answering);
          await answerInChat(context, body, logger);
        });
      }
    },
  };
}

function message(text: string): InvokeBody {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}

/** An invoke's answer given in the chat: a card in place of the pressed one, a line as a message. */
async function answerInChat(context: TurnContext, body: InvokeBody, logger: Logger): Promise<void> {
  const pressed = context.activity.replyToId;
  if (body.type === 'application/vnd.microsoft.card.adaptive' && pressed) {
    const card = { summary: 'rectrack', card: body.value as CardElement };
    await updateMessage(context, pressed, card, logger);
    return;
  }
  if (typeof body.value === 'string') {
    const text = body.value;
    await sendOnceIn(context, async () => (await context.sendActivity(text))?.id);
  }
}
