import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/ports/logger.ts';
import { describeTeamsError } from './errors.ts';
import type { UserMention } from './translate.ts';

/**
 * Entra object ids for mentioned people whose mention carried only their 29:… id, from the
 * conversation's member list (GET /v3/conversations/{id}/members/{memberId}):
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context#get-single-member-details
 * A lookup that fails leaves the 29:… id, which still names the person, only not across bots.
 */
export async function resolveMentions(
  context: TurnContext,
  mentions: readonly UserMention[],
  logger: Logger,
): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.aadObjectId || resolved.has(mention.id)) continue;
    const member = await lookup(context, mention.id, logger);
    if (member?.aadObjectId) resolved.set(mention.id, member.aadObjectId);
  }
  return resolved;
}

/** The display name of someone picked in the people picker (an Entra object id), if Teams will say. */
export async function nameOf(
  context: TurnContext,
  entraId: string,
  logger: Logger,
): Promise<string | undefined> {
  const member = await lookup(context, entraId, logger);
  return member?.name?.trim() || undefined;
}

async function lookup(context: TurnContext, id: string, logger: Logger) {
  try {
    return await TeamsInfo.getMember(context, id);
  } catch (error) {
    const failure = describeTeamsError(error);
    logger.warn('teams member lookup failed', {
      code: failure.code,
      status: failure.status,
      detail: failure.detail,
    });
    return undefined;
  }
}
