import { type Authorize, webApi } from '@slack/bolt';
import type { Logger } from '../../src/ports/logger.ts';
import { describeSlackError } from './errors.ts';

/**
 * One workspace's token. auth.test names the bot (so Bolt can ignore its own messages) and runs on
 * the first request, then is remembered; if it fails (a revoked token) requests still reach the
 * listeners, whose Web API calls then fail with a message the user sees instead of silence.
 */
export function singleWorkspace(
  options: { botToken?: string; logger: Logger },
  clientOptions: webApi.WebClientOptions,
): Authorize<boolean> {
  const token = options.botToken ?? '';
  const client = new webApi.WebClient(token, clientOptions);
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  const test = async () => {
    try {
      const result = await client.auth.test();
      return {
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.user_id ? { botUserId: result.user_id } : {}),
      };
    } catch (error) {
      identity = undefined;
      options.logger.error('SLACK_BOT_TOKEN was not accepted by auth.test', {
        code: describeSlackError(error).code,
      });
      return {};
    }
  };
  return async () => {
    identity ??= test();
    return { botToken: token, ...(await identity) };
  };
}
