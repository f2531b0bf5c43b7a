import type { Instant, Platform } from '../core/model/entities.ts';
import type { Reply } from '../core/reply/reply.ts';

/** The workspace a delivery belongs to, as its platform knows it (Slack team key, Teams tenant id). */
export type DeliveryWorkspace = { platform: Platform; externalId: string; name: string };

/** A person to message directly: the platform's user id (Member.externalId) and a name for logs. */
export type DeliveryMember = { externalId: string; displayName: string };

export type DirectOutcome = 'sent' | 'unreachable';

/** Which delivery a channel post is: the same on every attempt of it, so an attempt can find another's. */
export type ChannelPost = {
  /** The run ledger's key: carried with the post (Slack message metadata) to find it again. */
  runId: string;
  /**
   * Set when an earlier attempt's outcome is unknown (it timed out, or its instance died mid-post):
   * when that attempt began. Look for what it posted first and post only what is missing; a platform
   * that cannot look throws a permanent DeliveryError with reason 'unconfirmed' and posts nothing.
   */
  unconfirmedSince: Instant | null;
};

/** What a channel post left on the platform: its messages' ids (Slack ts, Teams activity ids), in order. */
export type PostReceipt = { refs: string[] };

/**
 * Sends messages later, outside any request: digests to channels and reminders to people. One per
 * platform (SlackMessenger, TeamsMessenger, the console's); the scheduler picks it by the workspace's
 * platform. Failures are thrown as DeliveryError (src/core/delivery-error.ts), never as an SDK error.
 *
 * A send must finish well within the scheduler's lease (5 minutes): keep SDK timeouts and any
 * rate-limit waits inside that.
 */
export type Messenger = {
  /**
   * Posts `reply` in a channel. `address` is exactly what the adapter set as
   * `IncomingMessage.channel.address` when the channel subscribed, stored as JSON and read back:
   * plain data, so check its shape. Render natively and split to the platform's limits (Slack: 50
   * blocks a message; Teams: the card size); resolve once every part is posted, in order.
   *
   * Throw DeliveryError: permanent for what retrying cannot fix (removed from the channel, channel
   * archived, address unusable); transient (with retryAfterMs when the platform gives one) only while
   * no part has been posted, because the whole reply is posted again on retry. Once a part is out,
   * wait out rate limits yourself, or throw permanent with reason 'partial'. Throw uncertain when the
   * platform may have posted it without saying so (a timeout, a 5xx, a dropped connection): never post
   * blindly again in the same call, since a second copy is worse than a late one.
   */
  postToChannel(
    workspace: DeliveryWorkspace,
    address: unknown,
    reply: Reply,
    post?: ChannelPost,
  ): Promise<PostReceipt>;
  /**
   * Sends `reply` to one person privately (Slack: their DM with the app; Teams: the personal chat).
   * Resolves 'unreachable' when the platform offers no way to reach them (Teams: no conversation with
   * that user yet; Slack: the user is deactivated): the channel digest then lists them instead.
   * Throws DeliveryError as postToChannel does.
   */
  sendDirect(workspace: DeliveryWorkspace, member: DeliveryMember, reply: Reply): Promise<DirectOutcome>;
};

/** The messenger for each platform this instance can send on; a platform left out is not delivered here. */
export type Messengers = Partial<Record<Platform, Messenger>>;
