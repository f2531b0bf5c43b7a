import type { webApi } from '@slack/bolt';
import type { ExportFile } from '../../src/core/export/snapshot.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { describeSlackError, withRateLimitRetry } from './errors.ts';

/**
 * An export's files into the conversation, with Slack's current upload flow
 * (https://docs.slack.dev/messaging/working-with-files#uploading_files): files.getUploadURLExternal
 * for each file, the bytes POSTed to the upload URL it gives (no token: the URL is signed), then one
 * files.completeUploadExternal that shares them all in the channel with a line saying what they are.
 * A conversation rectrack cannot post in (`not_in_channel`, `channel_not_found`) gets them in the
 * person's DM with the app instead. Never throws: the command was acknowledged long ago.
 */
export async function uploadFiles(
  client: webApi.WebClient,
  to: { channel: string | undefined; userId: string; threadTs?: string },
  files: readonly ExportFile[],
  comment: string,
  options: { logger: Logger; sleep: (ms: number) => Promise<void> },
): Promise<boolean> {
  const { logger } = options;
  const retry = { retries: 3, maxWaitSeconds: 30, sleep: options.sleep };
  try {
    const uploaded: { id: string; title: string }[] = [];
    for (const file of files) {
      const started = await withRateLimitRetry(
        () => client.files.getUploadURLExternal({ filename: file.name, length: file.bytes.byteLength }),
        retry,
      );
      if (!started.upload_url || !started.file_id)
        throw new Error('files.getUploadURLExternal gave no upload URL');
      const sent = await fetch(started.upload_url, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: file.bytes,
      });
      if (!sent.ok) throw new Error(`the upload URL answered ${sent.status}`);
      uploaded.push({ id: started.file_id, title: file.name });
    }
    const share = (channel: string) =>
      withRateLimitRetry(
        () =>
          client.files.completeUploadExternal({
            files: uploaded as [{ id: string; title: string }],
            channel_id: channel,
            initial_comment: comment,
            ...(to.threadTs && channel === to.channel ? { thread_ts: to.threadTs } : {}),
          }),
        retry,
      );
    try {
      await share(to.channel ?? (await dmOf(client, to.userId)));
    } catch (error) {
      const failure = describeSlackError(error);
      if (!to.channel || !failure.unreachableConversation) throw error;
      logger.info('export shared in the DM instead', { channel: to.channel, reason: failure.code });
      await share(await dmOf(client, to.userId));
    }
    return true;
  } catch (error) {
    logger.warn('export upload to Slack failed', { reason: describeSlackError(error).message });
    return false;
  }
}

/** The id of the person's DM with the app (files are shared into a conversation id, not a user id). */
async function dmOf(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new Error('conversations.open gave no channel');
  return id;
}
