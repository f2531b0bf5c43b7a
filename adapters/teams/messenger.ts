import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { permanentDeliveryError } from '../../src/core/delivery-error.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { Messenger } from '../../src/ports/messenger.ts';
import type { TeamsConversationRecord, TeamsConversationStore } from '../../src/ports/teams-conversations.ts';
import { toDeliveryError } from './delivery-errors.ts';
import { chatLinkFor, renderReply } from './render.ts';
import { type Delivery, logFailure, sendMessages } from './reply-sender.ts';
import { conversationSchema } from './translate.ts';

/** What a channel's digest subscription stores (IncomingMessage.channel.address): the conversation. */
export const channelAddress = z.object({ conversationId: z.string().min(1) });
export type TeamsChannelAddress = z.infer<typeof channelAddress>;

/** The Messenger port for Teams, plus the delivery detail the adapter's own callers may want. */
export type TeamsMessenger = Messenger & {
  /** Sends to one stored conversation; never throws for a Teams refusal (see `failure`). */
  deliver(record: TeamsConversationRecord, reply: Reply): Promise<Delivery>;
};

export type TeamsMessengerOptions = {
  adapter: CloudAdapter;
  /** Our Microsoft App ID ('' without credentials). */
  appId: string;
  conversations: TeamsConversationStore;
  logger: Logger;
  maxMessageBytes: number;
};

/**
 * Proactive messages (digests, reminders) through a stored conversation reference:
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * A reference Teams says is gone for good (bot removed, blocked) is deleted, so it isn't tried again.
 */
export function createTeamsMessenger(options: TeamsMessengerOptions): TeamsMessenger {
  const { adapter, conversations, logger } = options;

  async function deliver(record: TeamsConversationRecord, reply: Reply): Promise<Delivery> {
    const reference = readReference(record);
    const messages = renderReply(reply, {
      personal: record.kind === 'personal',
      maxBytes: options.maxMessageBytes,
      ...(reference.bot?.id ? { chatLink: chatLinkFor(reference.bot.id) } : {}),
    });
    let delivery: Delivery = { delivered: false, sent: 0, ids: [] };
    try {
      await adapter.continueConversationAsync(options.appId, reference, async (context) => {
        // The SDK makes each send a reply to its made-up continuation activity; a digest is a new post.
        context.onSendActivities(async (_context, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        delivery = await sendMessages(context, messages, logger);
      });
    } catch (error) {
      const failure = logFailure(logger, 'teams proactive message failed', error, record.conversationId, 0);
      delivery = { delivered: false, sent: 0, ids: [], failure };
    }
    if (delivery.failure?.conversationGone) {
      await conversations.delete(record.tenantId, record.conversationId);
      logger.warn('teams conversation forgotten: rectrack can no longer post there', {
        tenant: record.tenantId,
        conversation: record.conversationId,
        detail: delivery.failure.detail,
      });
    }
    return delivery;
  }

  return {
    deliver,
    async postToChannel(workspace, address, reply, post) {
      const parsed = channelAddress.safeParse(address);
      if (!parsed.success) throw permanentDeliveryError('bad_address', 'Not a Teams channel address.');
      if (post?.unconfirmedSince) {
        // The Bot Connector cannot list a conversation's messages, so an earlier attempt that got no
        // answer cannot be checked: a missed digest is better than a second copy.
        throw permanentDeliveryError(
          'unconfirmed',
          'the last attempt got no answer from Teams and may have posted it; Teams offers no way to check, so it is not posted again',
        );
      }
      const record = await conversations.find(workspace.externalId, parsed.data.conversationId);
      if (!record) {
        throw permanentDeliveryError(
          'removed',
          'rectrack is no longer installed in that Teams conversation.',
        );
      }
      const delivery = await deliver(record, reply);
      if (delivery.failure) throw toDeliveryError(delivery.failure, delivery.sent);
      return { refs: delivery.ids };
    },
    async sendDirect(workspace, member, reply) {
      const record = await conversations.findPersonal(workspace.externalId, member.externalId);
      // Teams can only start a personal chat once the person has the app (or an admin installs it).
      if (!record) return 'unreachable';
      const delivery = await deliver(record, reply);
      if (!delivery.failure) return 'sent';
      if (delivery.failure.conversationGone && delivery.sent === 0) return 'unreachable';
      throw toDeliveryError(delivery.failure, delivery.sent);
    },
  };
}

const referenceSchema = z.object({
  channelId: z.string().optional(),
  serviceUrl: z.string(),
  locale: z.string().optional(),
  bot: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  conversation: conversationSchema,
});

/** The stored JSON back as the SDK's reference; a record that doesn't parse is a bug, so it throws. */
function readReference(record: TeamsConversationRecord): Partial<ConversationReference> {
  const parsed = referenceSchema.parse(JSON.parse(record.reference));
  const conversation = parsed.conversation;
  return {
    channelId: parsed.channelId ?? 'msteams',
    serviceUrl: parsed.serviceUrl,
    ...(parsed.locale ? { locale: parsed.locale } : {}),
    ...(parsed.bot ? { bot: { id: parsed.bot.id, name: parsed.bot.name ?? '' } } : {}),
    conversation: {
      id: conversation.id,
      conversationType: conversation.conversationType ?? record.kind,
      isGroup: conversation.isGroup ?? record.kind !== 'personal',
      name: conversation.name ?? '',
      tenantId: conversation.tenantId ?? record.tenantId,
    },
  };
}
