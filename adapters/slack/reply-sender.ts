import type { RespondArguments, webApi } from '@slack/bolt';
import type { Logger } from '../../src/ports/logger.ts';
import { describeSlackError, type SlackFailure, withRateLimitRetry } from './errors.ts';
import { escapeMrkdwn, type SlackMessage } from './render.ts';

/**
 * Where an answer goes. `respond` uses the response_url of a command or click (no channel membership
 * needed; up to 5 posts in 30 minutes: https://docs.slack.dev/interactivity/handling-user-interaction);
 * `channel` posts for everyone; `ephemeral` shows it to one person in a channel.
 */
export type Destination = { userId: string } & (
  | { kind: 'respond'; respond: Respond; replaceOriginal: boolean; inChannel?: boolean }
  | { kind: 'channel'; channel: string; threadTs?: string }
  | { kind: 'ephemeral'; channel: string; threadTs?: string }
);

/** Bolt's respond(), or the same for a response_url kept in a modal's private_metadata. */
export type Respond = (message: RespondArguments) => Promise<unknown>;

export type Delivery = { delivered: boolean; failure?: SlackFailure };

export type ReplySenderOptions = {
  logger: Logger;
  /** How long rate-limit waits take; tests keep the real clock (Slack's Retry-After is 1s there). */
  sleep?: (ms: number) => Promise<void>;
};

const RESPONSE_URL_USES = 5;

/**
 * Sends rendered messages later, after the ack: in order, waiting out rate limits, and falling back
 * to the person's DM with the app when the conversation is out of reach (`not_in_channel`,
 * `channel_not_found`, an expired response_url). Failures are logged with Slack's error name, never
 * with a token, and never thrown: the listener that called this has already acknowledged Slack.
 */
export function createReplySender(options: ReplySenderOptions) {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retry = { retries: 3, maxWaitSeconds: 30, sleep };

  async function post(client: webApi.WebClient, to: Destination, message: SlackMessage, first: boolean) {
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

  /** The person's DM with the app: posting to a user id opens it (https://docs.slack.dev/reference/methods/chat.postMessage#app_home). */
  async function toDm(client: webApi.WebClient, userId: string, messages: SlackMessage[], why?: string) {
    const dm: Destination = { kind: 'channel', channel: userId, userId };
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
        if (overflow.length > 0) await toDm(client, to.userId, overflow, 'The rest of that answer:');
        return { delivered: true };
      } catch (error) {
        const failure = describeSlackError(error);
        options.logger.warn('slack delivery failed', { code: failure.code, destination: to.kind, sent });
        if (!failure.unreachableConversation && failure.code !== 'ratelimited')
          return { delivered: false, failure };
        try {
          await toDm(client, to.userId, [...direct.slice(sent), ...overflow], failure.message);
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
