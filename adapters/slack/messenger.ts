import { webApi } from '@slack/bolt';
import { z } from 'zod';
import { permanentDeliveryError } from '../../src/core/delivery-error.ts';
import type { Messenger } from '../../src/ports/messenger.ts';
import { toDeliveryError, UNREACHABLE_PERSON } from './delivery-errors.ts';
import { describeSlackError, type SlackFailure, withRateLimitRetry } from './errors.ts';
import { findTagged, HISTORY_LIMIT } from './find-posted.ts';
import { renderReply, type SlackMessage } from './render.ts';
import type { SlackChannelAddress } from './translate.ts';

/** A digest subscription's address (translate.ts channelOf), read back from the database as plain data. */
const channelAddress = z.object({
  platform: z.literal('slack'),
  team: z.string().min(1),
  // Channel ids only: a user id or a #name would post somewhere nobody subscribed.
  channel: z.string().regex(/^[CG][A-Z0-9]+$/),
}) satisfies z.ZodType<SlackChannelAddress>;

const SLACK_USER = /^[UW][A-Z0-9]+$/;

export type ProactiveOptions = {
  /** A team's bot token: SLACK_BOT_TOKEN, or the team's OAuth installation; undefined if not installed. */
  botToken(teamId: string): Promise<string | undefined>;
  clientOptions: webApi.WebClientOptions;
  sleep: (ms: number) => Promise<void>;
  /** Rate-limit waits allowed for one reply once its first part is out; well inside the 5-minute lease. */
  maxWaitMs?: number;
  /** Each Web API call's time limit (tests shorten it); 20 seconds by default. */
  requestTimeoutMs?: number;
};

const MAX_WAIT_MS = 120_000;
/** Each Web API call gives up after this (the SDK has no timeout by default), keeping a send bounded. */
const REQUEST_TIMEOUT_MS = 20_000;

/** A digest part's tag in Slack message metadata: https://docs.slack.dev/messaging/message-metadata/ */
const DIGEST_EVENT = 'rectrack_digest';
const digestPayload = z.object({ run_id: z.string(), part: z.number().int().nonnegative() });

type Posted = { posted: number; refs: string[]; failure?: SlackFailure };

/** How one channel post is tagged and which of its parts an earlier attempt already put out (part -> ts). */
type PartsPlan = { runId?: string; done: ReadonlyMap<number, string> };

/**
 * Digests and reminders, sent outside any request with the workspace's bot token. Errors leave here
 * as DeliveryError (delivery-errors.ts) and the scheduler decides on retries; nothing is logged here,
 * so no token can be. Digests need the bot in the channel: chat:write posts only where it is a member.
 */
export function createSlackProactiveMessenger(options: ProactiveOptions): Messenger {
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;

  async function clientFor(team: string): Promise<webApi.WebClient> {
    const token = await options.botToken(team);
    if (!token) {
      throw permanentDeliveryError(
        'unauthorized',
        `rectrack is not installed in Slack workspace ${team}; a workspace admin needs to install it again`,
      );
    }
    return new webApi.WebClient(token, {
      ...options.clientOptions,
      timeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      // Never retried by the client: a post that timed out may be in the channel already. The
      // scheduler tries again later, and looks for the post first (findPosted).
      retryConfig: { retries: 0 },
    });
  }

  /**
   * Posts every part in order. A rate limit on the first part is the scheduler's to wait out (nothing
   * is posted yet, so a retry repeats nothing); after that this waits, within maxWaitMs in all.
   */
  async function postAll(
    client: webApi.WebClient,
    channel: string,
    parts: SlackMessage[],
    plan: PartsPlan = { done: new Map() },
  ): Promise<Posted> {
    let posted = 0;
    let waited = 0;
    const refs: string[] = [];
    const sleep = async (ms: number) => {
      waited += ms;
      await options.sleep(ms);
    };
    for (const [index, part] of parts.entries()) {
      const earlier = plan.done.get(index);
      if (earlier !== undefined) {
        refs.push(earlier);
        posted++;
        continue;
      }
      const { runId } = plan;
      const post = () =>
        client.chat.postMessage({
          channel,
          text: part.text,
          blocks: part.blocks,
          ...(runId
            ? { metadata: { event_type: DIGEST_EVENT, event_payload: { run_id: runId, part: index } } }
            : {}),
        });
      try {
        const answer =
          posted === 0
            ? await post()
            : await withRateLimitRetry(post, {
                retries: 3,
                maxWaitSeconds: Math.max(0, Math.floor((maxWaitMs - waited) / 1000)),
                sleep,
              });
        refs.push(answer.ts ?? '');
      } catch (error) {
        return { posted, refs, failure: describeSlackError(error) };
      }
      posted++;
    }
    return { posted, refs };
  }

  /**
   * The parts of run `runId` an earlier attempt already put in the channel, found by their metadata in
   * the channel's history since that attempt began.
   */
  async function findPosted(
    client: webApi.WebClient,
    channel: string,
    runId: string,
    since: string,
  ): Promise<Map<number, string>> {
    let tagged: Awaited<ReturnType<typeof findTagged>>;
    try {
      tagged = await findTagged(client, channel, DIGEST_EVENT, since);
    } catch (error) {
      throw toDeliveryError(describeSlackError(error), 0);
    }
    if (!tagged.complete) {
      throw permanentDeliveryError(
        'unconfirmed',
        `more than ${HISTORY_LIMIT} messages since the last attempt: cannot tell whether it was posted, so it is not posted again`,
      );
    }
    const found = new Map<number, string>();
    for (const { payload, ts } of tagged.found) {
      const tag = digestPayload.safeParse(payload);
      if (tag.success && tag.data.run_id === runId) found.set(tag.data.part, ts);
    }
    return found;
  }

  /** False for a person Slack says cannot get a DM: deactivated, unknown, or a bot. */
  async function canMessage(client: webApi.WebClient, user: string): Promise<boolean> {
    try {
      const found = (await client.users.info({ user })).user;
      return !(found?.deleted === true || found?.is_bot === true);
    } catch (error) {
      const failure = describeSlackError(error);
      if (UNREACHABLE_PERSON.has(failure.code)) return false;
      throw toDeliveryError(failure, 0);
    }
  }

  return {
    async postToChannel(workspace, address, reply, post) {
      const parsed = channelAddress.safeParse(address);
      if (!parsed.success)
        throw permanentDeliveryError('bad_address', 'That is not a Slack channel address.');
      const { team, channel } = parsed.data;
      // A subscription belongs to its workspace: never post one workspace's digest with another's token.
      if (team !== workspace.externalId) {
        throw permanentDeliveryError(
          'bad_address',
          `That channel belongs to another Slack workspace (${team}).`,
        );
      }
      const client = await clientFor(team);
      const done = post?.unconfirmedSince
        ? await findPosted(client, channel, post.runId, post.unconfirmedSince)
        : new Map<number, string>();
      const result = await postAll(client, channel, renderReply(reply), {
        ...(post ? { runId: post.runId } : {}),
        done,
      });
      if (result.failure) throw toDeliveryError(result.failure, result.posted);
      return { refs: result.refs };
    },

    async sendDirect(workspace, member, reply) {
      const user = member.externalId;
      // Someone known only by name (never mentioned as <@U…>) has no Slack account to message.
      if (!SLACK_USER.test(user)) return 'unreachable';
      const client = await clientFor(workspace.externalId);
      if (!(await canMessage(client, user))) return 'unreachable';
      // A user id as the channel posts in their DM with the app, with no conversations.open (and no
      // im:write scope): https://docs.slack.dev/reference/methods/chat.postMessage#app_home
      const result = await postAll(client, user, renderReply(reply));
      if (!result.failure) return 'sent';
      if (result.posted === 0 && UNREACHABLE_PERSON.has(result.failure.code)) return 'unreachable';
      throw toDeliveryError(result.failure, result.posted);
    },
  };
}
