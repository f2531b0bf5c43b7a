import type { RespondArguments, webApi } from '@slack/bolt';
import { type AnswerPart, type OnceDeps, type OnceMessage, sendOnce } from '../../src/core/answer-once.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { describeSlackError, type SlackFailure, withRateLimitRetry } from './errors.ts';
import { findTagged } from './find-posted.ts';
import { escapeMrkdwn, markedRepeat, type SlackMessage } from './render.ts';

/**
 * Where an answer goes. `respond` uses the response_url of a command or click (no channel membership
 * needed; up to 5 posts in 30 minutes: https://docs.slack.dev/interactivity/handling-user-interaction);
 * `channel` posts for everyone; `ephemeral` shows it to one person in a channel.
 */
export type Destination = { userId: string; answering?: Answering } & (
  | { kind: 'respond'; respond: Respond; replaceOriginal: boolean; inChannel?: boolean }
  | { kind: 'channel'; channel: string; threadTs?: string }
  | { kind: 'ephemeral'; channel: string; threadTs?: string }
);

/**
 * The inbox entry being answered (set by the inbox as Bolt's context.answering): every message sent
 * for it is numbered, in order, and sent once across crashes (src/core/answer-once.ts).
 */
export type Answering = { id: string; next: number };

/** Bolt's respond(), or the same for a response_url kept in a modal's private_metadata. */
export type Respond = (message: RespondArguments) => Promise<unknown>;

export type Delivery = { delivered: boolean; failure?: SlackFailure };

export type ReplySenderOptions = {
  logger: Logger;
  /** How long rate-limit waits take; tests keep the real clock (Slack's Retry-After is 1s there). */
  sleep?: (ms: number) => Promise<void>;
  /** The answer outbox, for messages answering an inbox entry. */
  once: OnceDeps;
};

const RESPONSE_URL_USES = 5;

/** An answer message's tag in Slack message metadata, to find it again after a crash. */
const ANSWER_EVENT = 'rectrack_answer';

/**
 * Sends rendered messages later, after the ack: in order, waiting out rate limits, and falling back
 * to the person's DM with the app when the conversation is out of reach (`not_in_channel`,
 * `channel_not_found`, an expired response_url). Failures are logged with Slack's error name, never
 * with a token, and never thrown: the listener that called this has already acknowledged Slack.
 */
export function createReplySender(options: ReplySenderOptions) {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retry = { retries: 3, maxWaitSeconds: 30, sleep };

  /** One message, sent once when it answers an inbox entry. */
  async function post(client: webApi.WebClient, to: Destination, message: SlackMessage, first: boolean) {
    if (!to.answering) return send(client, to, message, first);
    const at = { id: to.answering.id, part: to.answering.next++ };
    const once: OnceMessage = {
      send: (repeat) => send(client, to, repeat ? markedRepeat(message) : message, first, at),
    };
    // Posted in a conversation (not to a user id, which Slack turns into the DM): it can be looked up.
    if (to.kind === 'channel' && /^[CDG]/.test(to.channel)) {
      const channel = to.channel;
      once.find = (since) => findAnswer(client, channel, at, since);
    }
    // Over the card that was pressed: a second copy takes the first one's place.
    if (to.kind === 'respond' && first && to.replaceOriginal) once.replaces = true;
    await sendOnce(options.once, at, once);
  }

  async function send(
    client: webApi.WebClient,
    to: Destination,
    message: SlackMessage,
    first: boolean,
    tag?: AnswerPart,
  ) {
    switch (to.kind) {
      case 'respond':
        await to.respond({
          text: message.text,
          blocks: message.blocks,
          response_type: to.inChannel ? 'in_channel' : 'ephemeral',
          replace_original: first && to.replaceOriginal,
        });
        return;
      case 'channel':
        await withRateLimitRetry(
          () =>
            client.chat.postMessage({
              channel: to.channel,
              text: message.text,
              blocks: message.blocks,
              ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
              ...(tag
                ? {
                    metadata: {
                      event_type: ANSWER_EVENT,
                      event_payload: { inbox_id: tag.id, part: tag.part },
                    },
                  }
                : {}),
            }),
          retry,
        );
        return;
      case 'ephemeral':
        await withRateLimitRetry(
          () =>
            client.chat.postEphemeral({
              channel: to.channel,
              user: to.userId,
              text: message.text,
              blocks: message.blocks,
              ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
            }),
          retry,
        );
        return;
    }
  }

  /**
   * Whether message `at` is in the conversation: true or false, or undefined when Slack could not say
   * (an error, or too many messages since to read them all).
   */
  async function findAnswer(
    client: webApi.WebClient,
    channel: string,
    at: AnswerPart,
    since: string,
  ): Promise<boolean | undefined> {
    try {
      const { found, complete } = await findTagged(client, channel, ANSWER_EVENT, since);
      const there = found.some(({ payload }) => {
        const tag = payload as { inbox_id?: unknown; part?: unknown } | undefined;
        return tag?.inbox_id === at.id && tag.part === at.part;
      });
      return there || (complete ? false : undefined);
    } catch (error) {
      options.logger.warn('slack answer not looked up', { code: describeSlackError(error).code });
      return undefined;
    }
  }

  /** The person's DM with the app: posting to a user id opens it (https://docs.slack.dev/reference/methods/chat.postMessage#app_home). */
  async function toDm(
    client: webApi.WebClient,
    { userId, answering }: Destination,
    messages: SlackMessage[],
    why?: string,
  ) {
    const dm: Destination = { kind: 'channel', channel: userId, userId, ...(answering ? { answering } : {}) };
    const lead = why
      ? [
          {
            text: why,
            blocks: [
              { type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: escapeMrkdwn(why) }] },
            ],
          },
        ]
      : [];
    for (const [i, message] of [...lead, ...messages].entries()) await post(client, dm, message, i === 0);
  }

  return {
    async deliver(client: webApi.WebClient, to: Destination, messages: SlackMessage[]): Promise<Delivery> {
      const direct = to.kind === 'respond' ? messages.slice(0, RESPONSE_URL_USES) : messages;
      const overflow = to.kind === 'respond' ? messages.slice(RESPONSE_URL_USES) : [];
      let sent = 0;
      try {
        for (const message of direct) {
          await post(client, to, message, sent === 0);
          sent++;
        }
        if (overflow.length > 0) await toDm(client, to, overflow, 'The rest of that answer:');
        return { delivered: true };
      } catch (error) {
        const failure = describeSlackError(error);
        options.logger.warn('slack delivery failed', { code: failure.code, destination: to.kind, sent });
        if (!failure.unreachableConversation && failure.code !== 'ratelimited')
          return { delivered: false, failure };
        try {
          await toDm(client, to, [...direct.slice(sent), ...overflow], failure.message);
          return { delivered: true, failure };
        } catch (second) {
          const again = describeSlackError(second);
          options.logger.error('slack delivery failed, DM too', { code: again.code, first: failure.code });
          return { delivered: false, failure: again };
        }
      }
    },
  };
}

export type ReplySender = ReturnType<typeof createReplySender>;

/**
 * A respond() for a response_url kept from earlier (a modal remembers the card it was opened from).
 * Only Slack's hooks host (or a trusted test host) gets the POST: the URL came back to us in a signed
 * payload, but it is still data.
 */
export function respondTo(
  url: string,
  trustedHosts: readonly string[],
  fetchFn: typeof fetch = fetch,
): Respond | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const trusted =
    trustedHosts.includes(parsed.host) || (parsed.protocol === 'https:' && parsed.host === 'hooks.slack.com');
  if (!trusted) return undefined;
  return async (message) => {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
    if (!response.ok) throw new ResponseUrlError(response.status);
    return response;
  };
}

/** Shaped like Bolt's RespondError so errors.ts reads both the same way. */
class ResponseUrlError extends Error {
  readonly code = 'slack_bolt_respond_error';
  constructor(readonly statusCode: number) {
    super(`response_url answered HTTP ${statusCode}`);
    this.name = 'ResponseUrlError';
  }
}
