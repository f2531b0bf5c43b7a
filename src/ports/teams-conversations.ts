import type { Instant } from '../core/model/entities.ts';

/** Where in Teams a conversation is: the personal chat with one user, a team channel or a group chat. */
export type TeamsConversationKind = 'personal' | 'channel' | 'groupChat';

/**
 * A conversation the bot can write to later (digests, reminders), as the Teams adapter hands it over.
 * `reference` is the SDK's conversation reference as JSON text: storage keeps it opaque and only the
 * adapter reads it back, so a move to another Teams SDK changes no table.
 */
export type TeamsConversationRecord = {
  /** The Microsoft Entra tenant: the rectrack workspace. */
  tenantId: string;
  conversationId: string;
  kind: TeamsConversationKind;
  /** The team's thread id for a channel; null elsewhere. Uninstalling from a team drops all its channels. */
  teamId: string | null;
  /** The user's Entra object id for a personal chat; null elsewhere. */
  userId: string | null;
  reference: string;
  updatedAt: Instant;
};

/** Conversation references for proactive messages, one per tenant and conversation. */
export type TeamsConversationStore = {
  /** Inserts, or refreshes the stored reference; says which, so a welcome goes out once. */
  save(record: TeamsConversationRecord): Promise<'created' | 'updated'>;
  find(tenantId: string, conversationId: string): Promise<TeamsConversationRecord | undefined>;
  /** The personal chat of one user in one tenant. */
  findPersonal(tenantId: string, userId: string): Promise<TeamsConversationRecord | undefined>;
  delete(tenantId: string, conversationId: string): Promise<void>;
  /** Every channel of a team, after the app is removed from it. */
  deleteTeam(tenantId: string, teamId: string): Promise<void>;
};
